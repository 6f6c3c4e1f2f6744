import { extractor } from '../../../extractors/iso27001-valid-until';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = 'ISO 27001';
const same = (text: string, value: string): Valid<string> => ({ page: text, value, quote: text });

const valid: Valid<string>[] = [
  same('Our ISO 27001 certificate is valid until 14 March 2027.', '2027-03-14'),
  same('ISO/IEC 27001:2022 certified — certificate expires June 2027.', '2027-06'),
  same('Acme is ISO 27001 certified; the certificate is valid from 15 March 2024 to 14 March 2027.', '2027-03-14'),
  same('We hold ISO 27001 certification (certificate IS 712345), valid through December 31, 2026.', '2026-12-31'),
  same('Our ISO 27001 certification expires on 2026-09-30 and is renewed every three years.', '2026-09-30'),
  {
    page: [{ kind: 'heading', text: H }, { kind: 'label-value', label: 'Valid until', value: '31 August 2027', text: 'Valid until 31 August 2027', headings: [H] }],
    value: '2027-08-31',
    quote: 'Valid until 31 August 2027',
  },
  {
    page: [{ kind: 'heading', text: H }, { kind: 'label-value', label: 'Expiry date', value: 'January 15, 2027', text: 'Expiry date January 15, 2027', headings: [H] }],
    value: '2027-01-15',
    quote: 'Expiry date January 15, 2027',
  },
  {
    page: [{ kind: 'heading', text: H }, { kind: 'list-item', text: 'Validity: 2024-03-15 – 2027-03-14', headings: [H] }],
    value: '2027-03-14',
    quote: 'Validity: 2024-03-15 – 2027-03-14',
  },
  same('Larkspur has been ISO 27001 certified since 2021; the current certificate expires in October 2027.', '2027-10'),
  {
    page: [{ kind: 'table-row', text: 'ISO/IEC 27001 | Certified | Expires 30 Nov 2026', cells: ['ISO/IEC 27001', 'Certified', 'Expires 30 Nov 2026'], header: ['Standard', 'Status', 'Notes'] }],
    value: '2026-11-30',
    quote: 'ISO/IEC 27001 | Certified | Expires 30 Nov 2026',
  },
  {
    page: [{ kind: 'question', text: 'Is your ISO 27001 certificate current?' }, { text: 'Yes. Our ISO 27001 certificate is valid until May 2027.', question: 'Is your ISO 27001 certificate current?' }],
    value: '2027-05',
    quote: 'Our ISO 27001 certificate is valid until May 2027.',
  },
  same('Our ISMS is ISO 27001:2022 certified by BSI (expiration date: 2027-02-28).', '2027-02-28'),
  {
    page: [{ kind: 'heading', text: H }, { text: 'We are certified. The certificate remains in force until 1 July 2026.', headings: [H] }],
    value: '2026-07-01',
    quote: 'The certificate remains in force until 1 July 2026.',
  },
  same('Acme holds an ISO 27001 certificate, effective until 2025-12-31.', '2025-12-31'),
  same('We are ISO 27001 certified, with our certificate valid to 30 April 2027.', '2027-04-30'),
];

const invalid: Invalid[] = [
  { page: "AWS's ISO 27001 certificate is valid until 2027-05-01." },
  { page: 'Our SOC 2 Type II report is valid until March 2027.' },
  { page: 'ISO 27001 certificates are valid for three years.' },
  { page: 'Our ISO 27001 certificate expires after three years and is renewed.' },
  { page: 'We expect our ISO 27001 certificate, once issued in 2026, to be valid until 2029.' },
  { page: 'Our hosting provider’s ISO 27001 certificate expires on 30 June 2026.' },
  { page: 'We are not ISO 27001 certified; our penetration test report is valid until June 2026.' },
  { page: [{ kind: 'heading', text: 'Subprocessors' }, { kind: 'list-item', text: 'Hetzner — hosting. ISO 27001 certificate valid until 2027-01-31.', headings: ['Subprocessors'] }] },
  { page: 'Your API keys expire on 31 December 2026.' },
  { page: 'ISO 27001 certification is planned; the audit is valid until 2027.' },
  { page: 'Our ISO 27001 certificate is valid until revoked.' },
  { page: [{ kind: 'heading', text: H }, { text: 'Our pricing is valid until 31 December 2026.', headings: [H] }] },
  { page: 'Our ISO 27001 certificate is valid until February 30, 2027.' },
  { page: 'If your ISO 27001 certificate expires on 1 June 2026, renew it early.' },
  { page: 'We follow ISO 27001 principles; this policy is valid until 2027-01-01.' },
];

runTable(extractor, valid, invalid);
