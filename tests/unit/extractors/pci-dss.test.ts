import { extractor, type PciValue } from '../../../extractors/pci-dss';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = (heading: string, text: string) => [{ text: heading, kind: 'heading' as const, headings: [heading] }, { text, headings: [heading] }];
const QA = (question: string, text: string) => [{ text: question, kind: 'question' as const }, { text, question }];
const row = (cells: string[], header = ['Standard', 'Status']) => [{ text: cells.join(' | '), kind: 'table-row' as const, cells, header }];
const s = (page: string, value: PciValue, quote = page): Valid<PciValue> => ({ page, value, quote });

const valid: Valid<PciValue>[] = [
  // Out of scope, said as an answer: to a scope question, a bare "No."; to any PCI question, "Not applicable".
  {
    page: [{ kind: 'question', text: 'Is Larkfield in scope for PCI DSS?' }, { text: 'No. Larkfield never handles card numbers.', question: 'Is Larkfield in scope for PCI DSS?' }],
    value: 'not_applicable',
    quote: 'No. Larkfield never handles card numbers.',
  },
  {
    page: [{ kind: 'question', text: 'Are you PCI DSS compliant?' }, { text: 'Not applicable. We do not store, process or transmit cardholder data.', question: 'Are you PCI DSS compliant?' }],
    value: 'not_applicable',
    quote: 'Not applicable.',
  },
  {
    page: [{ kind: 'label-value', label: 'PCI DSS', value: 'Not in scope — card payments are handled entirely by our payment processor', text: 'PCI DSS Not in scope — card payments are handled entirely by our payment processor' }],
    value: 'not_applicable',
    quote: 'PCI DSS Not in scope — card payments are handled entirely by our payment processor',
  },
  s('PayGrid is validated as a PCI DSS Level 1 Service Provider, the highest level of certification in the payments industry.', 'level1'),
  s('We are certified PCI DSS Level 1.', 'level1'),
  s('Our Attestation of Compliance for PCI DSS v4.0 is available on request.', 'compliant'),
  s('We are PCI DSS compliant.', 'compliant'),
  { page: H('PCI DSS', 'Validated annually by a Qualified Security Assessor as a Level 1 Service Provider.'), value: 'level1', quote: 'Validated annually by a Qualified Security Assessor as a Level 1 Service Provider.' },
  { page: QA('Are you PCI compliant?', 'Yes.'), value: 'compliant', quote: 'Yes.' },
  s('PCI DSS does not apply to our service, as it is not a payment product.', 'not_applicable'),
  { page: row(['PCI DSS', 'Not applicable']), value: 'not_applicable', quote: 'PCI DSS | Not applicable' },
  s('Our product is out of scope for PCI.', 'not_applicable'),
  s('AlderPay is assessed annually against PCI DSS as a Level 2 service provider.', 'compliant'),
  s('Acme Pay is a PCI DSS Level 1 certified service provider.', 'level1'),
  { page: row(['PCI DSS', 'Level 1 Service Provider (AOC on request)']), value: 'level1', quote: 'PCI DSS | Level 1 Service Provider (AOC on request)' },
  s('Our card vault has been assessed as compliant with PCI DSS v4.0.1 by a QSA.', 'compliant'),
  s('We maintain PCI DSS compliance for the card-present terminals we manage.', 'compliant'),
  { page: H('Payment card data', 'We complete an annual PCI DSS Self-Assessment Questionnaire and Attestation of Compliance.'), value: 'compliant', quote: 'We complete an annual PCI DSS Self-Assessment Questionnaire and Attestation of Compliance.' },
  s('Because we never process cardholder data ourselves, PCI DSS is not applicable to the product.', 'not_applicable'),
];

const invalid: Invalid[] = [
  { page: 'Card payments from your clients go through Stripe, which is certified as a PCI DSS Level 1 Service Provider.' },
  { page: 'Subscriptions are billed by Paddle, which holds PCI DSS Level 1 certification.' },
  { page: 'No. We never handle card numbers: payments are taken by Stripe Checkout.' },
  // A processor as the subject holds its own certificate, however it is named.
  { page: 'The processor is a PCI DSS Level 1 certified provider; card numbers never reach our servers.' },
  { page: 'Our processor is PCI DSS Level 1 compliant, so card data never touches Larkfield.' },
  { page: 'The card processor we use is PCI DSS compliant.' },
  // A provider named in an appositive is still the subject.
  { page: 'Our cloud provider, AWS, also holds PCI DSS Level 1.' },
  { page: 'Our payment processor, Stripe, is PCI DSS Level 1 certified.' },
  { page: 'Rent payments are handled by Stripe, and we never store card data on our servers.' },
  { page: 'Stripe is certified as a PCI Level 1 Service Provider.', title: 'Security overview – Mossbank' },
  { page: row(['Stripe, Inc.', 'Payment processing', 'United States', 'PCI DSS Level 1 Service Provider, SOC 2 Type II'], ['Subprocessor', 'Purpose', 'Location', 'Certifications']) },
  { page: 'Most merchants can complete the shortest self-assessment questionnaire, SAQ A.' },
  { page: 'We are working towards PCI DSS compliance in 2027.' },
  { page: 'We are not PCI compliant.' },
  { page: 'Our payment processor is PCI DSS compliant.' },
  { page: 'Card payments are processed through our PCI-compliant payment partner.' },
  { page: 'Payments are processed by our payment provider, which is PCI DSS Level 1 certified.' },
  { page: 'PCI DSS certification is on our roadmap for 2027.' },
  { page: 'We do not store, process or transmit cardholder data.' },
  { page: 'PCI' },
  { page: QA('Are you PCI compliant?', 'No.') },
  { page: 'Learn how PCI DSS affects online merchants in our guide.' },
  { page: H('Subprocessors', 'Stripe — payments (PCI DSS Level 1).') },
];

runTable(extractor, valid, invalid);
