import { extractor } from '../../../extractors/soc2-auditor';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = 'SOC 2 Type II';
const under = (text: string) => [{ kind: 'heading' as const, text: H }, { text, headings: [H] }];

const valid: Valid<string>[] = [
  { page: 'Our SOC 2 Type II report was audited by Prescient Assurance.', value: 'Prescient Assurance', quote: 'Our SOC 2 Type II report was audited by Prescient Assurance.' },
  { page: 'Our SOC 2 auditor is A-LIGN.', value: 'A-LIGN', quote: 'Our SOC 2 auditor is A-LIGN.' },
  {
    page: 'Johanson Group LLP, an independent CPA firm, audited our SOC 2 Type II controls.',
    value: 'Johanson Group LLP',
    quote: 'Johanson Group LLP, an independent CPA firm, audited our SOC 2 Type II controls.',
  },
  {
    page: 'Acme is SOC 2 Type II compliant; the examination was conducted by an independent CPA firm, Insight Assurance.',
    value: 'Insight Assurance',
    quote: 'Acme is SOC 2 Type II compliant; the examination was conducted by an independent CPA firm, Insight Assurance.',
  },
  {
    page: 'We completed our SOC 2 Type 2 audit in 2025. The audit was performed by Schellman & Company, LLC and covers security and availability.',
    value: 'Schellman & Company, LLC',
    quote: 'The audit was performed by Schellman & Company, LLC and covers security and availability.',
  },
  { page: under('Our report was issued by KirkpatrickPrice in February 2026.'), value: 'KirkpatrickPrice', quote: 'Our report was issued by KirkpatrickPrice in February 2026.' },
  {
    page: [{ kind: 'heading', text: H }, { kind: 'label-value', label: 'Auditor', value: 'Sensiba LLP', text: 'Auditor Sensiba LLP', headings: [H] }],
    value: 'Sensiba LLP',
    quote: 'Auditor Sensiba LLP',
  },
  {
    page: 'We maintain a SOC 2 Type II attestation, audited annually by Moss Adams LLP.',
    value: 'Moss Adams LLP',
    quote: 'We maintain a SOC 2 Type II attestation, audited annually by Moss Adams LLP.',
  },
  {
    page: 'Our auditor, Advantage Partners, issued an unqualified opinion on our SOC 2 Type II report.',
    value: 'Advantage Partners',
    quote: 'Our auditor, Advantage Partners, issued an unqualified opinion on our SOC 2 Type II report.',
  },
  {
    page: [{ kind: 'question', text: 'Who performs your SOC 2 audit?' }, { text: 'Our SOC 2 Type II audit is conducted by BARR Advisory.', question: 'Who performs your SOC 2 audit?' }],
    value: 'BARR Advisory',
    quote: 'Our SOC 2 Type II audit is conducted by BARR Advisory.',
  },
  {
    page: 'Acme has achieved SOC 2 Type 1 compliance, attested by Prescient Assurance.',
    value: 'Prescient Assurance',
    quote: 'Acme has achieved SOC 2 Type 1 compliance, attested by Prescient Assurance.',
  },
  { page: under('The report, signed by BDO USA, LLP, is available under NDA.'), value: 'BDO USA, LLP', quote: 'The report, signed by BDO USA, LLP, is available under NDA.' },
  {
    page: 'Our SOC 2 Type II report was prepared by Ernst & Young LLP and covers the Trust Services Criteria for security.',
    value: 'Ernst & Young LLP',
    quote: 'Our SOC 2 Type II report was prepared by Ernst & Young LLP and covers the Trust Services Criteria for security.',
  },
  {
    page: 'We are SOC 2 Type II certified. Our independent auditor is Linford & Company.',
    value: 'Linford & Company',
    quote: 'Our independent auditor is Linford & Company.',
  },
  {
    page: [{ kind: 'table-row', text: 'SOC 2 Type II | Certified | Auditor: Constellation GRC', cells: ['SOC 2 Type II', 'Certified', 'Auditor: Constellation GRC'], header: ['Framework', 'Status', 'Notes'] }],
    value: 'Constellation GRC',
    quote: 'SOC 2 Type II | Certified | Auditor: Constellation GRC',
  },
];

const invalid: Invalid[] = [
  { page: "AWS's SOC reports are audited by Ernst & Young LLP." },
  { page: 'Our cloud provider’s SOC 2 Type II report is audited by Ernst & Young.' },
  { page: 'Our SOC 2 Type II report was audited by an independent third-party auditor.' },
  { page: 'Our SOC 2 Type II audit, to be conducted by A-LIGN, is scheduled for Q3 2026.' },
  { page: 'We are not yet SOC 2 certified. We have engaged Prescient Assurance as our auditor.' },
  { page: 'SOC 2 Type II is in progress. The audit is being conducted by A-LIGN.' },
  { page: 'Our ISO 27001 certification was audited by BSI.' },
  { page: 'Our annual penetration test is performed by NCC Group.' },
  { page: 'Our SOC 2 controls are reviewed by our internal audit team.' },
  { page: [{ kind: 'heading', text: 'Subprocessors' }, { kind: 'list-item', text: 'Google Cloud — hosting. SOC 2 Type II, audited by Coalfire.', headings: ['Subprocessors'] }] },
  { page: 'Customers who need SOC 2 evidence can request the report audited by A-LIGN.' },
  { page: 'Our next SOC 2 Type II report will be issued by Johanson Group.' },
  { page: 'We are SOC 2 Type II compliant. Our data is hosted by Amazon Web Services.' },
  { page: 'Our SOC 2 Type II report was audited by AICPA standards.' },
  { page: 'SOC 2 is an audit framework developed by the AICPA.' },
  { page: 'Our SOC 2 Type II report was issued by our auditor and is available on request.' },
];

runTable(extractor, valid, invalid);
