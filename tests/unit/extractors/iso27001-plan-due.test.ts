import { extractor } from '../../../extractors/iso27001-plan-due';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const same = (text: string, value: string): Valid<string> => ({ page: text, value, quote: text });

const valid: Valid<string>[] = [
  same('We will be certified against ISO 27001:2022 by the end of 2025.', '2025-12-31'),
  same('ISO 27001 certification is expected in early 2026.', '2026-04-30'),
  same('ISO 27001 certification is planned for 2026.', '2026-12-31'),
  same('Larkspur is not yet ISO 27001 certified; an external audit is scheduled for Q2 2026.', '2026-06-30'),
  same('ISO 27001 audit underway, with certification expected in 2026.', '2026-12-31'),
  same('We are working towards ISO/IEC 27001 certification by Q3 2025.', '2025-09-30'),
  same('We aim to achieve ISO 27001 in 2027.', '2027-12-31'),
  same('Our ISO 27001 stage 2 audit is scheduled for September 2026.', '2026-09-30'),
  same('We are pursuing ISO 27001 and expect certification in the first half of 2026.', '2026-06-30'),
  same('ISO 27001: in progress, target Q4 2025.', '2025-12-31'),
  {
    page: [{ kind: 'table-row', text: 'ISO/IEC 27001 | Planned (H2 2026)', cells: ['ISO/IEC 27001', 'Planned (H2 2026)'], header: ['Standard', 'Status'] }],
    value: '2026-12-31',
    quote: 'ISO/IEC 27001 | Planned (H2 2026)',
  },
  {
    page: [{ kind: 'question', text: 'Are you ISO 27001 certified?' }, { text: 'Not yet. We expect to be certified by mid-2026.', question: 'Are you ISO 27001 certified?' }],
    value: '2026-08-31',
    quote: 'Not yet. We expect to be certified by mid-2026.',
  },
  same('Our ISO 27001 certification is targeted for late 2025.', '2025-12-31'),
  same('We will become ISO 27001 certified in the third quarter of 2026.', '2026-09-30'),
  same('We are in the process of obtaining ISO 27001 certification, expected by 31 December 2025.', '2025-12-31'),
];

const invalid: Invalid[] = [
  { page: 'We are ISO 27001:2022 certified since 2023.' },
  { page: 'Our hosting provider plans ISO 27001 certification by 2026.' },
  { page: 'We follow ISO 27001 principles.' },
  { page: 'ISO 27001 certification is on our roadmap.' },
  { page: 'We expect SOC 2 Type II by Q3 2025.' },
  { page: 'Our ISO 27001 certificate is valid until March 2027.' },
  { page: 'We plan to expand to the EU in 2026.' },
  { page: 'If your organisation needs ISO 27001 by the end of 2025, we can help.' },
  { page: 'We have no plans to pursue ISO 27001 in 2026.' },
  { page: 'We might look at ISO 27001 in 2027.' },
  { page: "Amazon's data centres are certified against ISO 27001 and will be recertified in 2026." },
  { page: 'We achieved ISO 27001 certification in 2024.' },
  { page: 'ISO 27001 certification audit is in progress.' },
  { page: 'Our platform helps you get ISO 27001 certified by Q2 2026.' },
  { page: 'We transitioned to ISO 27001:2022 in 2025.' },
];

runTable(extractor, valid, invalid);
