import { extractor } from '../../../extractors/soc2-period';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = 'SOC 2 Type II report';
const under = (text: string, kind: 'paragraph' | 'list-item' = 'paragraph') => [{ kind: 'heading' as const, text: H }, { kind, text, headings: [H] }];
const lv = (label: string, value: string) => [{ kind: 'heading' as const, text: H }, { kind: 'label-value' as const, label, value, text: `${label} ${value}`, headings: [H] }];

const valid: Valid<string>[] = [
  {
    page: 'Our SOC 2 Type II report covers the period January 1 – December 31, 2025.',
    value: '2025-01-01/2025-12-31',
    quote: 'Our SOC 2 Type II report covers the period January 1 – December 31, 2025.',
  },
  {
    page: 'Acme completed its SOC 2 Type II examination covering the period from October 1, 2024 to September 30, 2025.',
    value: '2024-10-01/2025-09-30',
    quote: 'Acme completed its SOC 2 Type II examination covering the period from October 1, 2024 to September 30, 2025.',
  },
  {
    page: 'We hold a SOC 2 Type 2 report for the period ended September 30, 2025, available under NDA.',
    value: '../2025-09-30',
    quote: 'We hold a SOC 2 Type 2 report for the period ended September 30, 2025, available under NDA.',
  },
  {
    page: 'Our most recent SOC 2 Type II report, dated March 15, 2026, is available to customers under NDA.',
    value: '2026-03-15',
    quote: 'Our most recent SOC 2 Type II report, dated March 15, 2026, is available to customers under NDA.',
  },
  { page: under('Our latest report covers 1 April 2025 – 31 March 2026.'), value: '2025-04-01/2026-03-31', quote: 'Our latest report covers 1 April 2025 – 31 March 2026.' },
  { page: lv('Audit period', 'January 1, 2025 – December 31, 2025'), value: '2025-01-01/2025-12-31', quote: 'Audit period January 1, 2025 – December 31, 2025' },
  { page: lv('Report date', 'February 2026'), value: '2026-02', quote: 'Report date February 2026' },
  {
    page: 'We are SOC 2 Type II compliant. The report covers July 1, 2024 through June 30, 2025 and was issued by Prescient Assurance.',
    value: '2024-07-01/2025-06-30',
    quote: 'The report covers July 1, 2024 through June 30, 2025 and was issued by Prescient Assurance.',
  },
  {
    page: 'Acme’s SOC 2 Type I report was issued on 2 February 2026.',
    value: '2026-02-02',
    quote: 'Acme’s SOC 2 Type I report was issued on 2 February 2026.',
  },
  {
    page: [{ kind: 'table-row', text: 'SOC 2 Type II | Oct 2024 – Sep 2025 | Available under NDA', cells: ['SOC 2 Type II', 'Oct 2024 – Sep 2025', 'Available under NDA'], header: ['Report', 'Period', 'Access'] }],
    value: '2024-10/2025-09',
    quote: 'SOC 2 Type II | Oct 2024 – Sep 2025 | Available under NDA',
  },
  {
    page: 'Our SOC 2 Type II attestation covers the twelve-month period ending June 30, 2025.',
    value: '../2025-06-30',
    quote: 'Our SOC 2 Type II attestation covers the twelve-month period ending June 30, 2025.',
  },
  {
    page: [{ kind: 'question', text: 'Do you have a SOC 2 report?' }, { text: 'Yes. Our SOC 2 Type II report covers 2025-01-01 to 2025-12-31.', question: 'Do you have a SOC 2 report?' }],
    value: '2025-01-01/2025-12-31',
    quote: 'Our SOC 2 Type II report covers 2025-01-01 to 2025-12-31.',
  },
  { page: under('Audited annually; the current report is dated 31 January 2026.'), value: '2026-01-31', quote: 'Audited annually; the current report is dated 31 January 2026.' },
  {
    page: 'Acme maintains SOC 2 Type II compliance, most recently for the period November 1, 2024 – October 31, 2025.',
    value: '2024-11-01/2025-10-31',
    quote: 'Acme maintains SOC 2 Type II compliance, most recently for the period November 1, 2024 – October 31, 2025.',
  },
  { page: under('Report period: 1 Jan 2025 – 31 Dec 2025', 'list-item'), value: '2025-01-01/2025-12-31', quote: 'Report period: 1 Jan 2025 – 31 Dec 2025' },
];

const invalid: Invalid[] = [
  { page: "AWS's SOC 2 report covers the period October 1, 2024 to September 30, 2025." },
  { page: 'Our hosting provider’s SOC 2 Type II report covers January 1 – December 31, 2025.' },
  { page: 'Our SOC 2 Type II observation period runs from January 1 to June 30, 2026, and we expect the report in Q3 2026.' },
  { page: 'Our first SOC 2 Type II audit will cover April 1 – September 30, 2026.' },
  { page: 'We have been SOC 2 Type II certified since January 2022.' },
  { page: 'We are not yet SOC 2 certified; the audit window is January 1 – March 31, 2026.' },
  { page: 'Our SOC 2 Type II report is available under NDA.' },
  { page: 'Our ISO 27001 certificate is valid from 15 March 2024 to 14 March 2027.' },
  { page: [{ kind: 'heading', text: 'Subprocessors' }, { kind: 'list-item', text: 'Stripe — payments. SOC 2 Type II report for January 1 – December 31, 2025.', headings: ['Subprocessors'] }] },
  { page: 'If you need a SOC 2 report for the period January 1 – December 31, 2025, contact us.' },
  { page: 'Our SOC 2 Type II report covers the period from Q1 to Q4.' },
  { page: 'The scheduled maintenance window runs January 1 – January 3, 2026.' },
  { page: under('Our pen test was performed by NCC Group between March 1 and March 14, 2026. It is summarised in our trust centre. We are also ISO 27001 certified, valid until March 2027.') },
  { page: 'SOC 2 helps companies prove their controls; a typical audit covers January 1 – December 31.' },
  { page: 'Our next SOC 2 report, dated June 2026, will be shared on request.' },
  { page: 'We achieved SOC 2 Type I on February 30, 2025.' },
  { page: 'As of January 2026, Acme is SOC 2 Type II compliant.' },
];

runTable(extractor, valid, invalid);
