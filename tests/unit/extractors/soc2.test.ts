import { extractor } from '../../../extractors/soc2';
import type { Soc2Value } from '../../../claims/types';
import { describe, expect, it } from 'vitest';
import { best, run, runTable, type Invalid, type Valid } from '../helpers/extractor-table';
import type { BlockSpec } from '../helpers/page';

const q = (text: string) => ({ kind: 'question' as const, text });
const a = (question: string, text: string) => ({ text, question });

const valid: Valid<Soc2Value>[] = [
  {
    page: 'Our SOC 2 Type I audit is in flight with an independent CPA firm, and we expect to share the report next year.',
    value: 'planned',
    quote: 'Our SOC 2 Type I audit is in flight with an independent CPA firm, and we expect to share the report next year.',
  },
  { page: 'We are SOC 2 Type II certified.', value: 'type2', quote: 'We are SOC 2 Type II certified.' },
  {
    page: 'As a SOC2 Type 2 audited company, Brightlane keeps customer data separated per tenant.',
    value: 'type2',
    quote: 'As a SOC2 Type 2 audited company, Brightlane keeps customer data separated per tenant.',
  },
  { page: 'Kestrel has completed its SOC 2 Type 1 audit.', value: 'type1', quote: 'Kestrel has completed its SOC 2 Type 1 audit.' },
  {
    page: 'Our SOC 2 Type II report is available to customers under NDA.',
    value: 'type2',
    quote: 'Our SOC 2 Type II report is available to customers under NDA.',
  },
  {
    page: 'We undergo an annual SOC 2 audit performed by an independent CPA firm.',
    value: 'compliant',
    quote: 'We undergo an annual SOC 2 audit performed by an independent CPA firm.',
  },
  { page: [{ kind: 'list-item', text: 'SOC 2 Type II', headings: ['Trust', 'Certifications'] }], value: 'type2', quote: 'SOC 2 Type II' },
  {
    page: [{ kind: 'list-item', text: 'SOC2 Type 2 attestation, renewed every year', headings: ['Security & compliance'] }],
    value: 'type2',
    quote: 'SOC2 Type 2 attestation, renewed every year',
  },
  {
    // FAQ pair: the type comes from the answer
    page: [q('Are you SOC 2 compliant?'), a('Are you SOC 2 compliant?', 'Yes. Our latest SOC 2 Type II report covers the Security and Availability criteria.')],
    value: 'type2',
    quote: 'Our latest SOC 2 Type II report covers the Security and Availability criteria.',
  },
  {
    // FAQ pair: a bare "Yes." takes the type from the question
    page: [q('Do you have a SOC 2 Type 2 report?'), a('Do you have a SOC 2 Type 2 report?', 'Yes.')],
    value: 'type2',
    quote: 'Yes.',
  },
  {
    page: [q('Is Kestrel SOC 2 certified?'), a('Is Kestrel SOC 2 certified?', 'Not yet.')],
    value: 'not_certified',
    quote: 'Not yet.',
  },
  {
    page: [
      q('Do you have SOC 2?'),
      a('Do you have SOC 2?', 'Not yet — we have started our SOC 2 Type I audit with an external firm and expect the report in Q3.'),
    ],
    value: 'planned',
    quote: 'Not yet — we have started our SOC 2 Type I audit with an external firm and expect the report in Q3.',
  },
  {
    page: "We're currently undergoing our SOC 2 Type II audit and expect to receive the report by the end of 2026.",
    value: 'planned',
    quote: "We're currently undergoing our SOC 2 Type II audit and expect to receive the report by the end of 2026.",
  },
  {
    // current status wins over the plan
    page: 'Our platform is SOC 2 Type I compliant, and we are working toward SOC 2 Type II.',
    value: 'type1',
    quote: 'Our platform is SOC 2 Type I compliant, and we are working toward SOC 2 Type II.',
  },
  { page: 'We are not SOC 2 certified at this time.', value: 'not_certified', quote: 'We are not SOC 2 certified at this time.' },
  { page: 'Kestrel does not currently hold a SOC 2 report.', value: 'not_certified', quote: 'Kestrel does not currently hold a SOC 2 report.' },
  { page: "We haven't pursued SOC 2 certification.", value: 'not_certified', quote: "We haven't pursued SOC 2 certification." },
  {
    page: [{ kind: 'table-row', text: 'SOC 2 Type II | Certified | Annual', cells: ['SOC 2 Type II', 'Certified', 'Annual'], header: ['Standard', 'Status', 'Renewal'] }],
    value: 'type2',
    quote: 'SOC 2 Type II | Certified | Annual',
  },
  {
    page: [{ kind: 'label-value', label: 'SOC 2', value: 'Type II (report available on request)', text: 'SOC 2 Type II (report available on request)' }],
    value: 'type2',
    quote: 'SOC 2 Type II (report available on request)',
  },
  {
    // a subprocessor row does not hide the vendor sentence
    page: [
      { kind: 'list-item', headings: ['Subprocessors'], text: 'Render — application hosting. SOC 2 Type II certified.' },
      'We completed our first SOC 2 Type I examination in March 2025.',
    ],
    value: 'type1',
    quote: 'We completed our first SOC 2 Type I examination in March 2025.',
  },
  {
    // denied now, planned in the next sentence
    page: 'We are not yet SOC 2 certified. An audit is planned for early 2026.',
    value: 'planned',
    quote: 'We are not yet SOC 2 certified. An audit is planned for early 2026.',
  },
  {
    page: [{ kind: 'list-item', text: 'SOC 2 Type II certification is on our roadmap for next year.', headings: ['Compliance'] }],
    value: 'planned',
    quote: 'SOC 2 Type II certification is on our roadmap for next year.',
  },
  {
    // only the heading names the topic
    page: [{ kind: 'heading', text: 'SOC 2' }, { text: 'We finished our Type II examination in May; the report is shared under NDA.', headings: ['SOC 2'] }],
    value: 'type2',
    quote: 'We finished our Type II examination in May; the report is shared under NDA.',
  },
  {
    // a bracket about the next type is its own clause
    page: [{ kind: 'label-value', label: 'SOC 2', value: 'Type I (Type II in progress)', text: 'SOC 2 Type I (Type II in progress)' }],
    value: 'type1',
    quote: 'SOC 2 Type I (Type II in progress)',
  },
  {
    page: 'Kestrel has completed a SOC 1 Type II and a SOC 2 Type I examination. We are currently in the observation period for our first SOC 2 Type II report.',
    value: 'type1',
    quote: 'Kestrel has completed a SOC 1 Type II and a SOC 2 Type I examination.',
  },
  {
    page: 'We are currently in the observation period for our SOC 2 Type II audit.',
    value: 'planned',
    quote: 'We are currently in the observation period for our SOC 2 Type II audit.',
  },
  {
    page: 'Our SOC 2 Type II report is coming soon.',
    value: 'planned',
    quote: 'Our SOC 2 Type II report is coming soon.',
  },
  {
    page: 'We are currently SOC 2 Type I certified and expect to complete our Type II audit in Q1 2026.',
    value: 'type1',
    quote: 'We are currently SOC 2 Type I certified and expect to complete our Type II audit in Q1 2026.',
  },
  { page: [{ kind: 'list-item', text: 'SOC 2 Type II (expected Q3 2026)', headings: ['Compliance'] }], value: 'planned', quote: 'SOC 2 Type II (expected Q3 2026)' },
  // with the page title known, the vendor's own name stays the vendor's
  { title: 'Security | Brightlane', page: 'Brightlane Cloud is SOC 2 Type II audited.', value: 'type2', quote: 'Brightlane Cloud is SOC 2 Type II audited.' },
  { page: [q('Is Brightlane SOC 2 certified?'), a('Is Brightlane SOC 2 certified?', 'Currently, no.')], value: 'not_certified', quote: 'Currently, no.' },
  {
    page: [q('Is Brightlane SOC 2 certified?'), a('Is Brightlane SOC 2 certified?', "We're in the process of obtaining SOC 2 Type 1.")],
    value: 'planned',
    quote: "We're in the process of obtaining SOC 2 Type 1.",
  },
  { page: ['Our certifications:', { kind: 'list-item', text: 'SOC 2' }, { kind: 'list-item', text: 'ISO 27001' }], value: 'compliant', quote: 'SOC 2' },
  {
    page: [{ kind: 'heading', text: 'SOC 2 Type II' }, { text: 'Our annual audit is performed by an independent CPA firm.', headings: ['SOC 2 Type II'] }],
    value: 'type2',
    quote: 'Our annual audit is performed by an independent CPA firm.',
  },
  { page: [{ kind: 'heading', text: 'SOC 2 Type II' }, { text: 'Coming Q2 2026.', headings: ['SOC 2 Type II'] }], value: 'planned', quote: 'Coming Q2 2026.' },
  {
    page: 'Independent auditors review our controls annually (SOC 2 Type II).',
    value: 'type2',
    quote: 'Independent auditors review our controls annually (SOC 2 Type II).',
  },
  {
    page: 'Brightlane is SOC 2 Type II compliant. Our sub-processors are also SOC 2 certified.',
    value: 'type2',
    quote: 'Brightlane is SOC 2 Type II compliant.',
  },
  {
    page: 'We are working with an auditor to become SOC 2 compliant.',
    value: 'planned',
    quote: 'We are working with an auditor to become SOC 2 compliant.',
  },
  { page: 'SOC 2 readiness assessment completed in 2025.', value: 'planned', quote: 'SOC 2 readiness assessment completed in 2025.' },
  { page: 'A SOC 2 report is not available yet.', value: 'not_certified', quote: 'A SOC 2 report is not available yet.' },
  { page: 'We have yet to undergo a SOC 2 audit.', value: 'not_certified', quote: 'We have yet to undergo a SOC 2 audit.' },
  {
    page: 'Our SOC 2 Type II report is not publicly available, but can be shared under NDA.',
    value: 'type2',
    quote: 'Our SOC 2 Type II report is not publicly available, but can be shared under NDA.',
  },
  {
    page: [{ kind: 'question', text: 'Is Brightlane SOC 2 certified? Yes, we are SOC 2 Type II certified.' }],
    value: 'type2',
    quote: 'Yes, we are SOC 2 Type II certified.',
  },
  {
    page: [{ kind: 'list-item', text: 'SOC 2 Type II (in progress), SOC 2 Type I (completed)', headings: ['Compliance'] }],
    value: 'type1',
    quote: 'SOC 2 Type II (in progress), SOC 2 Type I (completed)',
  },
  {
    page: [{ kind: 'list-item', text: 'ISO 27001 (certified), SOC 2 (planned for 2026)', headings: ['Compliance'] }],
    value: 'planned',
    quote: 'ISO 27001 (certified), SOC 2 (planned for 2026)',
  },
  {
    page: [{ kind: 'heading', text: 'Certifications & attestations' }, { text: 'SOC 2 Type II', headings: ['Certifications & attestations'] }],
    value: 'type2',
    quote: 'SOC 2 Type II',
  },
  {
    page: 'Brightlane’s SOC 2 Type II report is available upon request for customers under NDA.',
    value: 'type2',
    quote: 'Brightlane’s SOC 2 Type II report is available upon request for customers under NDA.',
  },
  // --- 9c8ad8d, ten rephrasings each ---
  // The vendor's own name in the text when the title names no vendor (used twice, never a host the page introduces).
  { title: 'Security FAQ', page: ['Ledgerloop Cloud is SOC 2 Type II audited once a year.', 'Ledgerloop Cloud encrypts every workspace at rest.'], value: 'type2', quote: 'Ledgerloop Cloud is SOC 2 Type II audited once a year.' },
  { title: 'Overview', page: ['NimbusDesk holds a SOC 2 Type 2 attestation covering security and availability.', 'NimbusDesk stores customer tickets in Frankfurt.'], value: 'type2', quote: 'NimbusDesk holds a SOC 2 Type 2 attestation covering security and availability.' },
  { title: 'Compliance', page: ['TallyForge has completed a SOC 2 Type I examination.', 'TallyForge keeps audit logs for a year.'], value: 'type1', quote: 'TallyForge has completed a SOC 2 Type I examination.' },
  { title: 'Help Center', page: ['OrbitNote Health completed its SOC 2 Type 2 audit in March.', 'OrbitNote Health is also HIPAA ready.'], value: 'type2', quote: 'OrbitNote Health completed its SOC 2 Type 2 audit in March.' },
  { title: 'Security FAQ', page: ['We are hosted on Hetzner.', 'Cobaltline is SOC 2 Type II audited.', 'Cobaltline staff use hardware keys.', 'Cobaltline encrypts backups.'], value: 'type2', quote: 'Cobaltline is SOC 2 Type II audited.' },
  // A possessive of that name is the vendor's.
  { title: 'Security FAQ', page: ["LedgerLoop's SOC 2 Type II report covers security, availability and confidentiality.", 'LedgerLoop encrypts data at rest.'], value: 'type2', quote: "LedgerLoop's SOC 2 Type II report covers security, availability and confidentiality." },
  { title: 'Overview', page: ['Fennwick Analytics’ SOC 2 Type 1 report is available to customers.', 'Fennwick Analytics is used by 400 teams.'], value: 'type1', quote: 'Fennwick Analytics’ SOC 2 Type 1 report is available to customers.' },
  { title: 'Trust Centre', page: ['QuillStack’s SOC 2 Type 2 report is shared under NDA.', 'QuillStack backs up data daily.'], value: 'type2', quote: 'QuillStack’s SOC 2 Type 2 report is shared under NDA.' },
  { title: 'Security', page: ['MarlinOps’ latest SOC 2 Type II audit found no exceptions.', 'MarlinOps is trusted by 300 teams.'], value: 'type2', quote: 'MarlinOps’ latest SOC 2 Type II audit found no exceptions.' },
  // Possession states the status.
  { page: 'We have our SOC 2 Type 2.', value: 'type2', quote: 'We have our SOC 2 Type 2.' },
  { page: 'We now have SOC 2 Type II!', value: 'type2', quote: 'We now have SOC 2 Type II!' },
  { page: 'Good news: we already have our SOC 2 Type 2.', value: 'type2', quote: 'Good news: we already have our SOC 2 Type 2.' },
  { page: 'We possess a SOC 2 Type II.', value: 'type2', quote: 'We possess a SOC 2 Type II.' },
  // An answer never inherits the subject of the question before it ("the Vendor" is the one answering).
  { page: 'Has the Vendor been audited? Currently undergoing SOC 2 Type 1, with the report expected in June.', value: 'planned', quote: 'Currently undergoing SOC 2 Type 1, with the report expected in June.' },
  { page: 'Does the vendor hold a SOC 2 report? This year we completed our SOC 2 Type II audit.', value: 'type2', quote: 'This year we completed our SOC 2 Type II audit.' },
  { page: 'Has the service provider undergone an independent audit? Yes: our SOC 2 Type II report covers January to December.', value: 'type2', quote: 'Yes: our SOC 2 Type II report covers January to December.' },
  { page: 'Has the Vendor completed a SOC 2 audit? Not yet; SOC 2 Type I fieldwork is scheduled for May.', value: 'planned', quote: 'Not yet; SOC 2 Type I fieldwork is scheduled for May.' },
  { page: 'Has the vendor been independently assessed? They completed a SOC 2 Type II examination last spring.', value: 'type2', quote: 'They completed a SOC 2 Type II examination last spring.' },
  { page: 'Is your cloud provider SOC 2 compliant? It is, and we hold our own SOC 2 Type II report too.', value: 'type2', quote: 'It is, and we hold our own SOC 2 Type II report too.' },
  // "use ... and are certified" is not a used thing's certificate.
  { page: 'We use strict access controls and are SOC 2 Type II certified.', value: 'type2', quote: 'We use strict access controls and are SOC 2 Type II certified.' },
  // A pointer in its own clause or sentence leaves the claim beside it standing.
  { page: 'We are SOC 2 Type II certified; see the Trust Center for more details.', value: 'type2', quote: 'We are SOC 2 Type II certified; see the Trust Center for more details.' },
  { page: 'Brightlane has been SOC 2 Type II audited since 2022. For more details, see our Trust Center.', value: 'type2', quote: 'Brightlane has been SOC 2 Type II audited since 2022.' },
  { page: 'Visitors to our trust portal can download our SOC 2 Type II report.', value: 'type2', quote: 'Visitors to our trust portal can download our SOC 2 Type II report.' },
  { page: 'Readers of our blog know we completed our SOC 2 Type 2 audit in 2024.', value: 'type2', quote: 'Readers of our blog know we completed our SOC 2 Type 2 audit in 2024.' },
  // A real plan is still a plan; openness next to a denial leaves the denial.
  { page: 'We are pursuing SOC 2 Type II and expect the report in Q3.', value: 'planned', quote: 'We are pursuing SOC 2 Type II and expect the report in Q3.' },
  { page: 'We are not SOC 2 certified and may not pursue it.', value: 'not_certified', quote: 'We are not SOC 2 certified and may not pursue it.' },
];

const invalid: Invalid[] = [
  // Named clouds and processors as the subject, coordinated, or asked about in the FAQ's question.
  { title: 'Security FAQ - Larkfield', page: 'Yes; Google Cloud and Cloudflare both hold SOC 2 Type II and ISO 27001.' },
  { title: 'Security FAQ - Larkfield', page: 'Google Cloud, which hosts Larkfield, holds ISO 27001, SOC 2 Type II and many other certifications.' },
  { title: 'Security FAQ - Larkfield', page: [q('Is Microsoft Azure certified?'), a('Is Microsoft Azure certified?', 'Azure holds SOC 2 Type II, ISO 27001 and many other attestations.')] },
  { title: 'Security FAQ - Larkfield', page: [q('Does Cloudflare have SOC 2?'), a('Does Cloudflare have SOC 2?', 'Cloudflare maintains a SOC 2 Type II report for its edge network.')] },
  { title: 'Help - Larkfield', page: 'A: Microsoft Azure holds a long list of certifications, including SOC 2, and you can read about them in its trust portal.' },
  // A certificate that describes other organisations.
  { page: 'Our clients range from startups to SOC 2 audited banks.' },
  { page: 'We resell capacity from SOC 2 Type II certified hosts in three regions.' },
  // The customer's certification, on a compliance-automation page.
  { page: 'Customers who use Auditly pass their SOC 2 Type II audits 3x faster.' },
  { page: 'We help startups achieve SOC 2 Type II compliance in weeks.' },
  { page: 'Auditly collects the evidence for your SOC 2 Type 2 report automatically.' },
  { page: [{ kind: 'list-item', headings: ['Subprocessors'], text: 'Fly.io — server and database hosting. SOC 2 Type II certified.' }] },
  { page: [{ kind: 'list-item', text: 'Postmark — transactional email delivery. SOC 2 Type II certified.' }] },
  { page: 'Our infrastructure provider is SOC 2 compliant.' },
  { page: 'Embeddings are stored in Pinecone, a SOC 2 Type II certified vector database.' },
  { page: 'All data is hosted on SOC 2 certified data centres.' },
  { page: [{ kind: 'list-item', lead: "AWS's data center operations have been accredited under:", text: 'SOC 1 and SOC 2/SSAE 16' }] },
  { page: [{ kind: 'list-item', headings: ['Current sub-processors'], text: 'Turbopuffer: Vector database (SOC 2 Type 2 certified)' }] },
  { page: 'If SOC 2 compliance is a requirement for your organization, please contact us to discuss your needs.' },
  { page: 'Customers requiring a SOC 2 report can request our completed security questionnaire instead.' },
  { page: [q('Do you do penetration testing?'), a('Do you do penetration testing?', 'No.')] },
  { page: [q('Are your subprocessors SOC 2 compliant?'), a('Are your subprocessors SOC 2 compliant?', 'Yes.')] },
  { page: 'A SOC 1 Type II report is available on request.' },
  { page: 'Learn more about SOC 2 on the AICPA website.' },
  { page: 'Our platform helps you achieve SOC 2 compliance faster.' },
  { page: 'We use Stripe, which is PCI DSS Level 1 and SOC 2 Type II compliant.' },
  { page: 'We require all of our subprocessors to maintain SOC 2 Type II reports.' },
  { page: 'Hosting partner Hetzner is ISO 27001 and SOC 2 certified.' },
  { page: [q('Is Kestrel SOC 2 certified?')] },
  { page: [{ kind: 'heading', text: 'SOC 2 Compliance' }] },
  { page: 'Our SOC 2 controls are aligned with the AICPA Trust Services Criteria.' },
  { page: 'Many enterprise customers require SOC 2 reports from their vendors.' },
  { page: 'Get SOC 2 compliant in weeks, not months.' },
  { page: 'SOC 2 Type II certification is maintained by our cloud provider.' },
  { page: "We're often asked whether we have a SOC 2 report." },
  { page: 'Our payment processor Stripe is SOC 2 and PCI certified.' },
  { page: 'SOC 2 reports for our subprocessors are available on request.' },
  { page: 'We rely on Vercel and Supabase, both SOC 2 Type II certified.' },
  { title: 'Security | Brightlane', page: 'Google Cloud maintains SOC 2 Type II and ISO 27001 attestations.' },
  { page: [q('Is my data stored securely?'), a('Is my data stored securely?', 'Yes, in SOC 2 certified data centers.')] },
  { page: [q('Are you SOC 2 compliant?'), a('Are you SOC 2 compliant?', 'We rely on AWS, which is SOC 2 compliant.')] },
  { page: [{ kind: 'list-item', text: 'SOC 2', headings: ['Compliance'] }, { kind: 'list-item', text: 'GDPR', headings: ['Compliance'] }] },
  { page: [{ kind: 'list-item', text: 'SOC 2', headings: ['Trust Center'] }] },
  { page: [{ kind: 'heading', text: 'SOC 2' }, { text: 'We do not store card data.', headings: ['SOC 2'] }] },
  { page: [{ kind: 'heading', text: 'SOC 2' }, { text: 'SOC 2 is a framework developed by the AICPA.', headings: ['SOC 2'] }] },
  { page: 'Built with SOC 2 compliance in mind.' },
  { page: 'Our controls map to SOC 2 Trust Services Criteria.' },
  { page: 'SOC 2-compliant infrastructure (AWS) with encrypted storage.' },
  { page: [{ kind: 'table-row', text: 'SOC 2 | —', cells: ['SOC 2', '—'], header: ['Certification', 'Status'] }] },
  { page: 'We are SOC 2 ready.' },
  { page: [{ kind: 'question', text: 'Are you SOC 2 compliant' }] },
  { page: ['Are you SOC 2 compliant', 'We get this question a lot.'] },
  { page: [{ kind: 'heading', text: 'Resources' }, { text: 'SOC 2 Type II', headings: ['Resources'] }] },
  { page: 'Our data centers are operated by Equinix, which holds SOC 1 and SOC 2 reports.' },
  { page: 'We build on AWS’s SOC 2 Type II attestation for physical security.' },
  // --- 9c8ad8d, ten rephrasings each ---
  // A host the page introduces is never the vendor, however often it is named, possessive or not.
  { title: 'Security FAQ', page: ['Our application runs on DigitalOcean.', 'DigitalOcean maintains SOC 2 Type II reports for its data centres.'] },
  { title: 'Overview', page: ['We build on Supabase.', "Supabase's SOC 2 Type 2 report covers the database layer."] },
  { title: 'Security practices', page: ['Pinecrest stores files in encrypted buckets.', 'Pinecrest signs staff in with Okta.', 'Pinecrest reviews access monthly.', "Okta's SOC 2 Type II report is reviewed every year."] },
  { title: 'Trust Center', page: ['Our backend is deployed on Google Cloud Platform.', 'Google Cloud Platform is SOC 2 Type II audited.', 'Google Cloud Platform offers strong isolation.'] },
  { title: 'FAQ', page: ['We use Vercel for hosting.', 'Vercel is SOC 2 Type 2 compliant.'] },
  { title: 'Security FAQ', page: ['Our app is powered by Render.', 'Render completed a SOC 2 Type II audit.', 'Render handles TLS termination.'] },
  { title: 'Security', page: ['Files are stored by Backblaze B2.', 'Backblaze is SOC 2 Type 2 certified.', 'Backblaze keeps redundant copies.'] },
  // "we have" with no certificate after it.
  { page: 'We have customers who need SOC 2 reports from their suppliers.' },
  { page: 'We have the SOC 2 Trust Services Criteria in mind when designing controls.' },
  // The answer's own subject is a third party, whatever the question asked.
  { page: 'Is Fernhill SOC 2 certified? Its cloud provider, Azure, is SOC 2 Type II audited.' },
  { page: 'Is my data hosted securely? Our hosting provider is SOC 2 Type II certified.' },
  // Things the vendor uses "that are ... certified".
  { page: 'We use infrastructure and services that are SOC 2 Type II and ISO 27001 certified.' },
  { page: 'We work with partners that are SOC 2 compliant.' },
  { page: 'We choose tools which have been SOC 2 Type 2 audited, such as Google Workspace.' },
  { page: 'Our app runs on servers that are SOC 2 Type 2 audited.' },
  { page: 'We use best-in-class products that are independently SOC 2 audited.' },
  // Pointers claim nothing.
  { page: 'See SOC 2 compliance for more details.' },
  { page: 'Find out more about our SOC 2 Type II attestation.' },
  { page: 'Read our SOC 2 FAQ for further information.' },
  { page: 'Check out our guide to SOC 2 Type II audits.' },
  { page: 'Visit the Trust Center for more details on SOC 2.' },
  { page: [{ kind: 'list-item', text: 'See SOC 2 Type 2 report details', headings: ['Certifications'] }] },
  { page: 'Please see SOC 2 compliance for more details.' },
  { page: 'Click here to read about SOC 2 Type II.' },
  { page: 'For further details on SOC 2 reports, contact our team.' },
  // Openness is no plan (and no status).
  { page: 'We remain open to pursuing SOC 2 if customer demand grows.' },
  { page: 'We are considering SOC 2 Type II for a later stage.' },
  { page: 'We would like to achieve SOC 2 compliance one day.' },
  { page: "We're evaluating whether to pursue SOC 2." },
  { page: 'SOC 2 is something we may look into in future.' },
  { page: 'Going forward, we may get SOC 2 Type II certified.' },
  { page: 'We would love to get a SOC 2 report in the coming years.' },
];

runTable(extractor, valid, invalid);

// A bare "Yes." to "Do you have a SOC 2 report?" and the vendor's own typed reading elsewhere: the type refines it.
// Someone else's type, or a plan for a type, does not.
describe('a bare held reading takes the type the vendor names elsewhere', () => {
  const faq = (answer: string) => [{ kind: 'question' as const, text: 'Can you send us your SOC 2 report?' }, { text: answer, question: 'Can you send us your SOC 2 report?' }];
  const row = (cells: string[]) => ({ kind: 'table-row' as const, cells, header: ['Standard', 'Status'], text: cells.join(' '), headings: ['Compliance & certifications'] });
  it.each([
    [[...faq('Yes.'), row(['SOC 2 Type II', '✓'])], 'type2'],
    [[...faq('Yes.'), { text: 'Our SOC 2 Type 1 report was issued in March.' }], 'type1'],
    [[...faq('Yes.'), { text: 'AWS holds SOC 2 Type II attestations for its data centres.' }], 'compliant'],
    [[...faq('Yes.'), { text: 'A SOC 2 Type II audit is planned for 2027.' }], 'compliant'],
    [[...faq('Yes.')], 'compliant'],
  ] as [BlockSpec[], Soc2Value][])('%#: %s', (page, want) => {
    expect(best(run(extractor, page).cands)?.value).toBe(want);
  });
});

// A card or list item that opens with the bare name as its label: the sentence after it says the status.
describe('a bare label sentence takes its status from the next sentence', () => {
  const card = (text: string) => [{ kind: 'list-item' as const, text, headings: ['Independent assurance'] }];
  it.each([
    ['SOC 2 Type II. Annual examination covering Security and Availability.', 'type2'],
    ['SOC 2 Type 1. Report issued in March by an independent CPA firm.', 'type1'],
    ['SOC 2. Audited every year; the report is available under NDA.', 'compliant'],
    ['SOC 2 Type II. Audit underway, report expected in Q3.', 'planned'],
    ['SOC 2. Not yet certified.', 'not_certified'],
    ['SOC 2. Our customers ask about it often.', 'not_stated'],
    ['SOC 2. ISO 27001 certificate renewed in May.', 'not_stated'],
    ['SOC 2 Type II. A framework from the AICPA for service organisations.', 'not_stated'],
  ] as [string, Soc2Value][])('%s → %s', (text, want) => {
    expect(best(run(extractor, card(text)).cands)?.value ?? 'not_stated').toBe(want);
  });
});

// "SOC 2 (Type 2)": a bracket right after the name holding only its type is its type; a bracket about another type
// or a later standard is not.
describe('a type in brackets right after the name', () => {
  it.each([
    ['Fareslate is examined every year against SOC 2 (Type 2) for the Security and Availability criteria.', 'type2'],
    ['We hold a SOC 2 (Type II) report covering Security.', 'type2'],
    ['Our SOC 2 (Type 1) report was issued in March.', 'type1'],
    ['We are SOC 2 (Type II) compliant.', 'type2'],
    ['We completed our SOC 2 (Type 2) examination in June.', 'type2'],
    ['SOC 2 (Type I) attestation completed in 2024.', 'type1'],
    ['Our auditors issued a SOC 2 (Type II) opinion with no exceptions.', 'type2'],
    ['We maintain a SOC2 (Type 2) report, renewed yearly.', 'type2'],
    ['We are audited annually against SOC 2 (Type II).', 'type2'],
    ['Our SOC 2 (Type 1) is done; SOC 2 Type II is planned for next year.', 'type1'],
  ])('reads "%s" as %s', (text, want) => {
    expect(best(run(extractor, text).cands)?.value).toBe(want);
  });
  it.each([
    ['We hold SOC 2 Type I (Type II in progress).', 'type1'],
    ['Our SOC 2 Type I report is complete (Type 2 observation period running).', 'type1'],
    ['SOC 2 Type I (completed), Type II (planned for 2026).', 'type1'],
    ['We are SOC 2 compliant (ISO 27001 Type 2 is not a thing).', 'compliant'],
    ['We hold SOC 2 (see ISO 27001 (Type 2 mapping) for details).', 'compliant'],
    ['We completed our SOC 2 audit; our partner holds its own report (Type 2).', 'compliant'],
    ['Our SOC 2 report covers Security (Type II criteria apply to our host).', 'compliant'],
    ['SOC 2 Type 1 report available (Type 2 expected Q3).', 'type1'],
    ['We hold a SOC 2 report; the host (Type II) is separate.', 'compliant'],
    ['We are SOC 2 certified (our hosting provider holds Type II).', 'compliant'],
  ])('does not take a later bracket as the type in "%s"', (text, want) => {
    expect(best(run(extractor, text).cands)?.value).toBe(want);
  });
});

// A row whose every cell names SOC 2 still says something: "SOC 2 Type II / GDPR | SOC 2 Type II report issued annually".
describe('a row whose every cell names it', () => {
  const row = (cells: string[]) => [{ kind: 'table-row' as const, cells, header: ['Framework', 'Status'], text: cells.join(' '), headings: ['Compliance'] }] as BlockSpec[];
  it.each([
    [['SOC 2 Type II / GDPR / CCPA', 'SOC 2 Type II report (Security, Availability) issued annually.'], 'type2'],
    [['SOC 2', 'SOC 2 Type I report issued in March 2025.'], 'type1'],
    [['SOC 2 Type II', 'Latest SOC 2 report period ended in February.'], 'type2'],
    [['SOC 2', 'SOC 2 audit planned for 2026.'], 'planned'],
    [['SOC 2', 'No SOC 2 report yet.'], 'not_certified'],
    [['SOC 2 Type II', 'SOC 2 Type II: certified since 2022.'], 'type2'],
    [['SOC 2 / ISO 27001', 'SOC 2 Type II report available under NDA.'], 'type2'],
    [['SOC 2', 'Our SOC 2 observation period is underway.'], 'planned'],
    [['SOC 2 Type II', 'We are not SOC 2 audited yet.'], 'not_certified'],
    [['SOC 2', 'SOC 2 Type II — audited annually by an independent CPA firm.'], 'type2'],
  ])('reads %j as %s', (cells, want) => {
    expect(best(run(extractor, row(cells)).cands)?.value).toBe(want);
  });
});

// A held sentence that names no type, under a heading that does, takes the heading's type; a question's type is only
// asked ("Is Acme SOC 2 Type II?" / "We share our SOC 2 report under NDA" leaves it unsaid).
describe("a held sentence under a heading takes the heading's type", () => {
  const under = (heading: string, text: string): BlockSpec[] => [{ kind: 'heading', text: heading }, { text, headings: [heading] }];
  const asked = (question: string, text: string): BlockSpec[] => [{ kind: 'question', text: question }, { text, question }];
  it.each([
    [under('SOC 2 Type 2', 'Acme is audited annually against the SOC 2 Trust Services Criteria.'), 'type2'],
    [under('SOC 2 Type II report', 'We complete a SOC 2 examination every year with an independent CPA firm.'), 'type2'],
    [under('SOC 2 Type I', 'Our SOC 2 report was issued in March.'), 'type1'],
    [under('SOC 2 Type 2', 'Our SOC 2 Type 1 report was issued in March.'), 'type1'],
    [under('SOC 2 Type II', 'A SOC 2 audit is planned for 2027.'), 'planned'],
    [under('SOC 2 Type II', 'We are not SOC 2 audited yet.'), 'not_certified'],
    [under('Compliance', 'Acme is audited annually against the SOC 2 Trust Services Criteria.'), 'compliant'],
    // Only a heading that is the standard and one type, nothing else (a review of this rule).
    [under('SOC 2 Type II (planned for 2026)', 'We are SOC 2 compliant today.'), 'compliant'],
    [under('Moving from SOC 2 Type I to Type II', 'We hold a SOC 2 report.'), 'compliant'],
    [under('Hosted on AWS (ISO 27001, SOC 2 Type II)', 'We are SOC 2 audited every year.'), 'compliant'],
    [under('SOC 2 Type II vs Type I', 'Acme is audited annually against the SOC 2 Trust Services Criteria.'), 'compliant'],
    [asked('Is Acme SOC 2 Type II?', 'We share our SOC 2 report with customers under NDA.'), 'compliant'],
    [asked('Do you have a SOC 2 Type II report?', 'Our SOC 2 report is available on request.'), 'compliant'],
  ] as [BlockSpec[], Soc2Value][])('%#: %s', (page, want) => {
    expect(best(run(extractor, page).cands)?.value).toBe(want);
  });
});
