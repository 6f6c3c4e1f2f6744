import { extractor } from '../../../extractors/soc2-plan-due';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const same = (text: string, value: string): Valid<string> => ({ page: text, value, quote: text });

const valid: Valid<string>[] = [
  same('We expect to complete our SOC 2 Type II audit by Q3 2025.', '2025-09-30'),
  same('SOC 2 Type II certification is on our roadmap for 2027.', '2027-12-31'),
  same('We are working towards SOC 2 Type II, expected in early 2026.', '2026-04-30'),
  same('Acme is currently undergoing a SOC 2 Type I audit, which we expect to complete by the end of 2025.', '2025-12-31'),
  same('Our SOC 2 Type II report is expected in Q1 2026.', '2026-03-31'),
  same('We plan to achieve SOC 2 compliance in 2027.', '2027-12-31'),
  same('SOC 2 Type 2 audit scheduled for the second half of 2026.', '2026-12-31'),
  same('We are pursuing SOC 2 Type II and target completion by June 30, 2026.', '2026-06-30'),
  same('Our SOC 2 Type II observation window is underway, with the report expected mid-2026.', '2026-08-31'),
  same('We have begun our SOC 2 readiness assessment and aim to be audited by H1 2026.', '2026-06-30'),
  {
    page: [{ kind: 'table-row', text: 'SOC 2 Type II | In progress (ETA Q4 2025)', cells: ['SOC 2 Type II', 'In progress (ETA Q4 2025)'], header: ['Framework', 'Status'] }],
    value: '2025-12-31',
    quote: 'SOC 2 Type II | In progress (ETA Q4 2025)',
  },
  {
    page: [{ kind: 'question', text: 'Are you SOC 2 compliant?' }, { text: 'Not yet. We are targeting SOC 2 Type I by March 2026.', question: 'Are you SOC 2 compliant?' }],
    value: '2026-03-31',
    quote: 'We are targeting SOC 2 Type I by March 2026.',
  },
  same('Founded in 2019, Acme is preparing for its SOC 2 Type II audit in Q2 2026.', '2026-06-30'),
  same('SOC 2 Type II: coming in late 2026.', '2026-12-31'),
  same('In 2026 we plan to complete our first SOC 2 Type II audit.', '2026-12-31'),
];

const invalid: Invalid[] = [
  { page: 'We have been SOC 2 Type II certified since 2021.' },
  { page: 'We achieved SOC 2 Type I in 2024.' },
  { page: 'Our hosting provider plans to renew its SOC 2 report by Q2 2026.' },
  { page: 'SOC 2 Type II certification is on our roadmap.' },
  { page: 'We expect to complete our ISO 27001 certification by Q3 2025.' },
  { page: 'Our SOC 2 Type II report for 2025 is available under NDA.' },
  { page: 'We plan to publish a new trust centre in Q2 2026.' },
  { page: 'If you need SOC 2 by the end of 2025, contact our sales team.' },
  { page: 'We have no plans to pursue SOC 2 in 2026.' },
  { page: 'We may consider SOC 2 in 2027.' },
  { page: [{ kind: 'heading', text: 'Subprocessors' }, { kind: 'list-item', text: 'Vectorly — embeddings; SOC 2 Type II expected in Q1 2026.', headings: ['Subprocessors'] }] },
  { page: 'Our SOC 2 Type II audit is in progress; we will share the report soon.' },
  { page: 'SOC 2 Type II report issued March 2026.' },
  { page: 'We help customers achieve SOC 2 by Q3 2025.' },
  { page: 'We are SOC 2 Type II compliant, audited in January 2026.' },
];

runTable(extractor, valid, invalid);
