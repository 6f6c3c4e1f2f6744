import { extractor, type DpaValue } from '../../../extractors/gdpr-dpa';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const QA = (question: string, text: string) => [{ text: question, kind: 'question' as const }, { text, question }];
const s = (page: string, value: DpaValue = 'available', quote = page): Valid<DpaValue> => ({ page, value, quote });

const valid: Valid<DpaValue>[] = [
  s('Our Data Processing Agreement is available to all customers and can be signed electronically from the billing settings.'),
  s('This Data Processing Addendum ("DPA") forms part of the Northwind Forms Terms of Service (the "Agreement").'),
  s('The Data Processing Agreement is available at example.com/legal/dpa and is incorporated by reference into our Terms of Service.'),
  s('We offer a GDPR-compliant DPA, including the EU Standard Contractual Clauses.'),
  s('A DPA is available on request for all paid plans.'),
  s('Customers can download our pre-signed DPA from the legal page.'),
  s('Where our customers are subject to the GDPR, our Data Processing Agreement applies to our processing of customer personal data.'),
  { page: [{ text: 'GDPR | DPA available on request', kind: 'table-row', cells: ['GDPR', 'DPA available on request'], header: ['Standard', 'Status'] }], value: 'available', quote: 'GDPR | DPA available on request' },
  { page: [{ text: 'GDPR DPA available', kind: 'list-item' }], value: 'available', quote: 'GDPR DPA available' },
  { page: QA('Do you offer a DPA?', 'Yes. Our standard DPA is linked from our Terms of Service.'), value: 'available', quote: 'Our standard DPA is linked from our Terms of Service.' },
  { page: QA('Will you sign a data processing agreement?', 'Yes.'), value: 'available', quote: 'Yes.' },
  s('We will sign your DPA if it is consistent with our security practices.'),
  s('Einen Vertrag zur Auftragsverarbeitung (AVV) stellen wir Ihnen gerne zur Verfügung.'),
  s('Enterprise customers may request a countersigned data processing addendum.'),
  s('Our DPA includes the UK International Data Transfer Addendum.'),
  s('A DPA is part of our Terms of Service for all customers.'),
];

const invalid: Invalid[] = [
  { page: [{ text: 'DPA · Terms', kind: 'paragraph' }] },
  { page: 'Each subprocessor is bound by a written agreement with data protection obligations at least as protective as our own.' },
  { page: 'We do not currently sign custom DPAs.' },
  { page: 'A standard DPA is on our roadmap for 2027.' },
  { page: 'Our hosting provider offers a DPA to its customers.' },
  { page: 'We are GDPR compliant.' },
  { page: 'Read our Privacy Policy to learn how we process personal data.' },
  { page: QA('Do you offer a DPA?', 'No.') },
  { page: 'DPA' },
  { page: 'Data processing happens in the EU.' },
  { page: 'The Data Protection Authority in Ireland is our lead supervisory authority.' },
  { page: 'Under GDPR, you have the right to data portability.' },
  { page: 'Processor shall process Customer Personal Data only on the documented instructions of Controller.' },
  { page: 'You agree to our use of cookies.' },
  { page: 'DPA signing is not available on the Free plan.' },
];

runTable(extractor, valid, invalid);
