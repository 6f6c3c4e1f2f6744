import { extractor, type HipaaValue } from '../../../extractors/hipaa';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = (heading: string, text: string) => [{ text, headings: [heading] }];
const QA = (question: string, text: string) => [{ text: question, kind: 'question' as const }, { text, question }];
const s = (page: string, value: HipaaValue, quote = page): Valid<HipaaValue> => ({ page, value, quote });

const valid: Valid<HipaaValue>[] = [
  {
    page: 'We are not yet ISO 27001 certified (nor PCI DSS or HIPAA), and have no plans to be.',
    value: 'not_compliant',
    quote: 'We are not yet ISO 27001 certified (nor PCI DSS or HIPAA), and have no plans to be.',
  },
  s('HealthBridge signs a Business Associate Agreement (BAA) with every covered entity before any PHI is sent through the platform.', 'baa_available'),
  s('We will sign a BAA with customers on our Enterprise plan.', 'baa_available'),
  s('A Business Associate Addendum is available on request for healthcare customers.', 'baa_available'),
  { page: H('HIPAA', 'We sign BAAs with customers on the Enterprise plan.'), value: 'baa_available', quote: 'We sign BAAs with customers on the Enterprise plan.' },
  { page: [{ text: 'HIPAA BAA available on Enterprise', kind: 'list-item' }], value: 'baa_available', quote: 'HIPAA BAA available on Enterprise' },
  { page: QA('Will you sign a BAA?', 'Yes.'), value: 'baa_available', quote: 'Yes.' },
  { page: [{ text: 'HIPAA compliant (with BAA for Enterprise)', kind: 'list-item' }], value: 'baa_available', quote: 'HIPAA compliant (with BAA for Enterprise)' },
  s('Our platform is HIPAA compliant.', 'compliant'),
  s('We sign BAAs with all healthcare customers, and PHI is never shared with advertisers.', 'baa_available'),
  s('Acme Notes complies with HIPAA and the HITECH Act.', 'compliant'),
  { page: QA('Is the service HIPAA compliant?', 'Yes, for all paid workspaces.'), value: 'compliant', quote: 'Yes, for all paid workspaces.' },
  s('HIPAA compliance is on our roadmap for clinic customers in the United States.', 'planned'),
  s('We are working towards HIPAA compliance and expect to offer BAAs in 2027.', 'planned'),
  s('Cobaltmint is not HIPAA compliant and we do not sign Business Associate Agreements.', 'not_compliant'),
  s('We do not offer a BAA, so please do not store PHI in your workspace.', 'not_compliant'),
  { page: QA('Will you sign a BAA?', 'No. We are not designed to store protected health information.'), value: 'not_compliant', quote: 'No. We are not designed to store protected health information.' },
  { page: [{ text: 'HIPAA | Not applicable — do not upload PHI', kind: 'table-row', cells: ['HIPAA', 'Not applicable — do not upload PHI'], header: ['Standard', 'Status'] }], value: 'not_compliant', quote: 'HIPAA | Not applicable — do not upload PHI' },
  s('Customers must not upload protected health information to the service.', 'not_compliant'),
  {
    page: QA('Will you sign a BAA?', 'No. Quillfeather is not designed to store protected health information, and our terms do not allow it.'),
    title: 'Security FAQ – Quillfeather',
    value: 'not_compliant',
    quote: 'No. Quillfeather is not designed to store protected health information, and our terms do not allow it.',
  },
];

const invalid: Invalid[] = [
  // A provider named in an appositive is still the subject.
  { page: 'Our hosting partner, Render, is HIPAA compliant and will sign a BAA.' },
  { page: [{ text: 'MongoDB, Inc. | Managed database | Ireland | SOC 2 Type II, ISO 27001, HIPAA-ready', kind: 'table-row', cells: ['MongoDB, Inc.', 'Managed database', 'Ireland', 'SOC 2 Type II, ISO 27001, HIPAA-ready'], header: ['Subprocessor', 'Purpose', 'Location', 'Certifications'] }] },
  { page: 'PHI is stored only in HIPAA-eligible AWS services in the us-east-2 region.' },
  { page: 'The HIPAA Breach Notification Rule allows up to 60 days.' },
  { page: 'Our cloud provider is HIPAA compliant and will sign a BAA with us.' },
  { page: H('Subprocessors', 'Sentry (Functional Software, Inc.) — error monitoring, HIPAA BAA available.') },
  { page: 'Learn more about HIPAA in our blog post.' },
  { page: 'HealthBridge undergoes an annual HIPAA risk assessment.' },
  { page: 'We are SOC 2 Type II certified and GDPR compliant.' },
  { page: QA('Do you support SSO?', 'No.') },
  { page: 'Health plans and clinics use our scheduling tool every day.' },
  { page: 'Patients can read their health records in the app.' },
  { page: 'The HIPAA Security Rule requires covered entities to assess risks.' },
  { page: H('Compliance', 'Our ISO 27001 certificate is available on request.') },
  { page: 'Stripe is certified as a PCI Level 1 Service Provider.', title: 'Security – Acme' },
  { page: 'HIPAA' },
];

runTable(extractor, valid, invalid);
