import { extractor, type PenTestValue } from '../../../extractors/pen-test';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = (heading: string, text: string) => [{ text, headings: [heading] }];
const QA = (question: string, text: string) => [{ text: question, kind: 'question' as const }, { text, question }];
const LV = (label: string, value: string) => [{ text: `${label} ${value}`, kind: 'label-value' as const, label, value }];

const s = (page: string, value: PenTestValue, quote = page): Valid<PenTestValue> => ({ page, value, quote });

const valid: Valid<PenTestValue>[] = [
  s('An independent security firm performs a penetration test of our application and infrastructure every year.', 'annual_third_party'),
  s('We engage a CREST-accredited firm to carry out penetration testing at least annually.', 'annual_third_party'),
  s('Third-party penetration tests are conducted twice a year and after major releases.', 'annual_third_party'),
  s('An outside firm tests our application for vulnerabilities twice a year.', 'annual_third_party'),
  s('We commission annual penetration tests from external security specialists; summaries are available under NDA.', 'annual_third_party'),
  { page: LV('Penetration testing', 'Annual, by a CHECK-approved third party'), value: 'annual_third_party', quote: 'Penetration testing Annual, by a CHECK-approved third party' },
  { page: H('Penetration testing', 'Performed annually by an independent CREST-accredited firm.'), value: 'annual_third_party', quote: 'Performed annually by an independent CREST-accredited firm.' },
  s('Our platform is pen-tested by an independent third party.', 'third_party'),
  { page: [{ text: 'Penetration testing by an external provider at least annually.', kind: 'list-item', headings: ['Annex II – Technical and Organisational Measures'] }], value: 'annual_third_party', quote: 'Penetration testing by an external provider at least annually.' },
  s('We hire external pentesters before every major launch.', 'third_party'),
  s('Our internal red team tests new features before release.', 'internal'),
  s('Penetration tests are performed in-house by our security engineers.', 'internal'),
  s('We perform regular penetration testing of the platform.', 'stated'),
  s('An independent firm runs our annual penetration test, and results are never shared publicly.', 'annual_third_party'),
  { page: [{ text: 'Annual penetration test', kind: 'list-item' }], value: 'stated', quote: 'Annual penetration test' },
  s('Pen test reports are available under NDA.', 'stated'),
  s('Our first third-party penetration test is planned for Q3 2026.', 'planned'),
  s('We are working towards an external penetration test by the end of 2026.', 'planned'),
  s("No, we don't do penetration testing.", 'none'),
  s('We have not yet performed a penetration test.', 'none'),
  { page: QA('Do you do penetration testing?', 'Not at the moment. We run automated dependency scanning.'), value: 'none', quote: 'Not at the moment.' },
  { page: QA('Do you perform penetration tests?', 'Yes.'), value: 'stated', quote: 'Yes.' },
  {
    page: ['Quarterly external vulnerability scans are performed by an Approved Scanning Vendor, and an independent firm conducts penetration tests twice per year.'],
    value: 'annual_third_party',
    quote: 'Quarterly external vulnerability scans are performed by an Approved Scanning Vendor, and an independent firm conducts penetration tests twice per year.',
  },
];

const invalid: Invalid[] = [
  { page: 'We do not currently commission external penetration tests.' },
  { page: 'We implement appropriate measures, including regular security testing.' },
  { page: 'Quarterly external vulnerability scans are performed by an Approved Scanning Vendor.' },
  { page: H('Disaster recovery', 'RPO: 1 hour. RTO: 8 hours. Tested twice a year.') },
  { page: 'We run automated dependency and container scanning on every build.' },
  { page: 'Our SOC 2 Type II audit is performed annually by an independent CPA firm.' },
  { page: 'Pen testing of our services by customers requires prior written approval.' },
  { page: 'Our cloud provider performs annual penetration tests of its data centres.' },
  { page: 'AWS permits customers to carry out security assessments of their own resources.' },
  { page: 'Static analysis runs in CI and a security review is required for every pull request.' },
  { page: H('Security testing', 'Summary letters are available to customers under NDA.') },
  { page: 'We test restores from backup every quarter.' },
  { page: 'Our annual security awareness training is delivered by an external provider.' },
  { page: 'Bug bounty researchers test our application continuously.' },
  { page: H('Subprocessors', 'Amazon Web Services — hosting; annual third-party penetration tests.') },
  { page: 'Penetration testing' },
  { page: [{ text: 'Penetration testing', kind: 'list-item' }] },
];

runTable(extractor, valid, invalid);
