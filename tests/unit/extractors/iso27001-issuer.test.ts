import { extractor } from '../../../extractors/iso27001-issuer';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = 'ISO 27001';
const same = (text: string, value: string): Valid<string> => ({ page: text, value, quote: text });

const valid: Valid<string>[] = [
  same('Our ISMS is certified to ISO 27001 by BSI.', 'BSI'),
  same('Acme is ISO 27001:2022 certified by BSI, an accredited certification body.', 'BSI'),
  same('Our ISO 27001 certificate was issued by Schellman & Company, LLC in March 2024.', 'Schellman & Company, LLC'),
  same('We hold ISO/IEC 27001 certification, audited by a UKAS-accredited certification body, DNV.', 'DNV'),
  same('Larkspur has been ISO 27001 certified since 2021; our certification body is TÜV SÜD.', 'TÜV SÜD'),
  same('A-LIGN, an ANAB-accredited certification body, certified our ISO 27001 ISMS in 2025.', 'A-LIGN'),
  {
    page: [{ kind: 'heading', text: H }, { kind: 'label-value', label: 'Certification body', value: 'Bureau Veritas', text: 'Certification body Bureau Veritas', headings: [H] }],
    value: 'Bureau Veritas',
    quote: 'Certification body Bureau Veritas',
  },
  {
    page: [{ kind: 'heading', text: H }, { kind: 'list-item', text: 'Issued by: LRQA', headings: [H] }],
    value: 'LRQA',
    quote: 'Issued by: LRQA',
  },
  same('We are certified against ISO/IEC 27001:2022 by Coalfire ISO.', 'Coalfire ISO'),
  {
    page: [{ kind: 'question', text: 'Who certified you for ISO 27001?' }, { text: 'Our ISO 27001 certificate was granted by NQA.', question: 'Who certified you for ISO 27001?' }],
    value: 'NQA',
    quote: 'Our ISO 27001 certificate was granted by NQA.',
  },
  same('We achieved ISO 27001 certification in 2023, assessed by Intertek.', 'Intertek'),
  {
    page: [{ kind: 'table-row', text: 'ISO/IEC 27001 | Certified | Registrar: SGS', cells: ['ISO/IEC 27001', 'Certified', 'Registrar: SGS'], header: ['Standard', 'Status', 'Notes'] }],
    value: 'SGS',
    quote: 'ISO/IEC 27001 | Certified | Registrar: SGS',
  },
  same('Our information security management system is ISO 27001 certified, registered by Prescient Security.', 'Prescient Security'),
  {
    page: [{ kind: 'heading', text: H }, { text: 'We are certified. The certificate was issued by Certification Europe and is renewed every three years.', headings: [H] }],
    value: 'Certification Europe',
    quote: 'The certificate was issued by Certification Europe and is renewed every three years.',
  },
  same('Acme holds an ISO 27001 certificate issued by Sensiba LLP.', 'Sensiba LLP'),
];

const invalid: Invalid[] = [
  { page: 'We are ISO 27001 certified by an accredited certification body.' },
  { page: 'Our ISO 27001 certification is accredited by UKAS.' },
  { page: 'AWS is ISO 27001 certified by EY CertifyPoint.', title: 'Acme — Trust Center' },
  { page: 'Our hosting provider is ISO 27001 certified by BSI.' },
  { page: 'Our SOC 2 Type II report was issued by Prescient Assurance.' },
  { page: 'We plan to be certified to ISO 27001 by BSI in 2026.' },
  { page: 'We are not ISO 27001 certified; our controls were reviewed by Deloitte.' },
  { page: 'ISO 27001 is published by ISO and IEC.' },
  { page: [{ kind: 'heading', text: 'Subprocessors' }, { kind: 'list-item', text: 'Hetzner — hosting. ISO 27001 certified by TÜV Rheinland.', headings: ['Subprocessors'] }] },
  { page: 'Our penetration tests are performed by Cure53.' },
  { page: 'Our ISO 27001 certificate was issued by our certification body.' },
  { page: 'We help customers get ISO 27001 certified by BSI.' },
  { page: 'Our ISO 27001 stage 2 audit will be conducted by DNV in Q2 2026.' },
  { page: 'We follow ISO 27001, as recommended by NIST.' },
  { page: 'Our ISO 27001 certification is available on request.' },
];

runTable(extractor, valid, invalid);
