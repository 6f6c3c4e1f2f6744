import { extractor } from '../../../extractors/iso27001';
import type { IsoValue } from '../../../claims/types';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const q = (text: string) => ({ kind: 'question' as const, text });
const a = (question: string, text: string) => ({ text, question });

const valid: Valid<IsoValue>[] = [
  { page: 'We are ISO 27001:2022 certified.', value: 'certified', quote: 'We are ISO 27001:2022 certified.' },
  {
    page: 'Larkspur holds ISO/IEC 27001 certification for its information security management system.',
    value: 'certified',
    quote: 'Larkspur holds ISO/IEC 27001 certification for its information security management system.',
  },
  { page: [{ kind: 'list-item', text: 'ISO 27001:2022 certified', headings: ['Our certifications'] }], value: 'certified', quote: 'ISO 27001:2022 certified' },
  { page: 'Our ISMS is certified to ISO 27001 by BSI.', value: 'certified', quote: 'Our ISMS is certified to ISO 27001 by BSI.' },
  {
    page: 'Our information security management system has been ISO 27001 certified since 2019.',
    value: 'certified',
    quote: 'Our information security management system has been ISO 27001 certified since 2019.',
  },
  {
    page: [q('Do you have ISO 27001?'), a('Do you have ISO 27001?', 'Yes, we have been ISO 27001 certified since 2021.')],
    value: 'certified',
    quote: 'Yes, we have been ISO 27001 certified since 2021.',
  },
  {
    page: [{ kind: 'label-value', label: 'ISO 27001', value: 'Certified (2023)', text: 'ISO 27001 Certified (2023)' }],
    value: 'certified',
    quote: 'ISO 27001 Certified (2023)',
  },
  {
    page: [{ kind: 'table-row', text: 'ISO/IEC 27001 | Certified', cells: ['ISO/IEC 27001', 'Certified'], header: ['Framework', 'Status'] }],
    value: 'certified',
    quote: 'ISO/IEC 27001 | Certified',
  },
  {
    page: [{ kind: 'list-item', text: 'Covered under ISO 27001 certification', headings: ['Compliance'] }],
    value: 'certified',
    quote: 'Covered under ISO 27001 certification',
  },
  {
    page: 'We will be certified against ISO 27001:2022 by the end of 2026.',
    value: 'planned',
    quote: 'We will be certified against ISO 27001:2022 by the end of 2026.',
  },
  { page: 'ISO 27001 certification is planned for 2026.', value: 'planned', quote: 'ISO 27001 certification is planned for 2026.' },
  {
    page: 'We are currently working towards ISO 27001 certification.',
    value: 'planned',
    quote: 'We are currently working towards ISO 27001 certification.',
  },
  {
    page: 'Larkspur is not yet ISO 27001 certified; an external audit is scheduled for Q2 2026.',
    value: 'planned',
    quote: 'Larkspur is not yet ISO 27001 certified; an external audit is scheduled for Q2 2026.',
  },
  {
    page: 'ISO 27001 audit underway, with certification expected in 2026.',
    value: 'planned',
    quote: 'ISO 27001 audit underway, with certification expected in 2026.',
  },
  {
    page: [q('Are you ISO 27001 certified?'), a('Are you ISO 27001 certified?', 'Not at this time.')],
    value: 'not_certified',
    quote: 'Not at this time.',
  },
  { page: 'We are not ISO 27001 certified.', value: 'not_certified', quote: 'We are not ISO 27001 certified.' },
  {
    page: 'We have not yet obtained ISO 27001 certification.',
    value: 'not_certified',
    quote: 'We have not yet obtained ISO 27001 certification.',
  },
  {
    // the host list does not hide the vendor line
    page: [
      { text: "Our cloud provider's data centres are certified against:" },
      { kind: 'list-item', text: 'ISO 27001' },
      'Separately, Larkspur itself achieved ISO 27001 certification in 2024.',
    ],
    value: 'certified',
    quote: 'Separately, Larkspur itself achieved ISO 27001 certification in 2024.',
  },
  {
    // only the heading names the topic
    page: [{ kind: 'heading', text: 'ISO 27001' }, { text: 'Certified since 2022. The certificate is available on request.', headings: ['ISO 27001'] }],
    value: 'certified',
    quote: 'Certified since 2022.',
  },
  {
    page: [
      { kind: 'question', text: 'Do you hold ISO 27001?' },
      { text: 'Our controls are modelled on ISO 27001 but we are not certified.', question: 'Do you hold ISO 27001?' },
    ],
    value: 'not_certified',
    quote: 'Our controls are modelled on ISO 27001 but we are not certified.',
  },
  {
    page: [{ kind: 'table-row', text: 'ISO/IEC 27001 | Not certified', cells: ['ISO/IEC 27001', 'Not certified'], header: ['Standard', 'Status'] }],
    value: 'not_certified',
    quote: 'ISO/IEC 27001 | Not certified',
  },
  { title: 'Trust center | Larkspur', page: 'Larkspur Cloud is ISO 27001 certified.', value: 'certified', quote: 'Larkspur Cloud is ISO 27001 certified.' },
  { title: 'Trust center | Larkspur', page: 'Quill, our flagship product, is ISO 27001 certified.', value: 'certified', quote: 'Quill, our flagship product, is ISO 27001 certified.' },
  { page: 'ISO 27001:2013 certificate #IS 12345 issued by BSI.', value: 'certified', quote: 'ISO 27001:2013 certificate #IS 12345 issued by BSI.' },
  {
    page: "We're audited annually by an accredited certification body against ISO 27001.",
    value: 'certified',
    quote: "We're audited annually by an accredited certification body against ISO 27001.",
  },
  {
    page: [{ kind: 'list-item', text: 'ISO 27001 (certified), SOC 2 (planned for 2026)', headings: ['Compliance'] }],
    value: 'certified',
    quote: 'ISO 27001 (certified), SOC 2 (planned for 2026)',
  },
  {
    title: 'Larkspur Mail security practices',
    page: ['Messages are stored by Larkspur Mail in our own database.', 'Larkspur Mail is ISO 27001 certified.'],
    value: 'certified',
    quote: 'Larkspur Mail is ISO 27001 certified.',
  },
  // --- 9c8ad8d, ten rephrasings each ---
  // The vendor's own name in the text when the title names no vendor (used twice, never a host the page introduces).
  { title: 'Trust Center', page: ['Harbor Signal is certified to ISO/IEC 27001:2022.', 'Harbor Signal staff complete security training every year.'], value: 'certified', quote: 'Harbor Signal is certified to ISO/IEC 27001:2022.' },
  { title: 'Security & Privacy', page: ['PaperKite Labs maintains an ISO 27001 certified ISMS.', 'Questions about PaperKite Labs security go to our team.'], value: 'certified', quote: 'PaperKite Labs maintains an ISO 27001 certified ISMS.' },
  { title: 'Security Whitepaper', page: ['CedarMint holds ISO 27001 certification for its platform.', 'CedarMint encrypts data in transit.'], value: 'certified', quote: 'CedarMint holds ISO 27001 certification for its platform.' },
  { title: 'Overview', page: ['Pelican Forms runs on AWS.', 'Pelican Forms has been ISO 27001 certified since 2022.'], value: 'certified', quote: 'Pelican Forms has been ISO 27001 certified since 2022.' },
  // A possessive of that name is the vendor's.
  { title: 'Overview', page: ["Tessaly's ISO 27001 certificate covers all production systems.", 'Tessaly is hosted in Frankfurt.'], value: 'certified', quote: "Tessaly's ISO 27001 certificate covers all production systems." },
  // Possession states the status.
  { page: 'We hold a current ISO 27001 certificate.', value: 'certified', quote: 'We hold a current ISO 27001 certificate.' },
  { page: 'We also hold ISO/IEC 27001:2022.', value: 'certified', quote: 'We also hold ISO/IEC 27001:2022.' },
  { page: 'We maintain ISO 27001 across all our offices.', value: 'certified', quote: 'We maintain ISO 27001 across all our offices.' },
  // An answer never inherits the subject of the question before it.
  { page: 'Is the supplier ISO 27001 certified? Its ISMS has been ISO 27001 certified since 2021.', value: 'certified', quote: 'Its ISMS has been ISO 27001 certified since 2021.' },
  { page: 'Does the Vendor have an information security certification? Working towards ISO 27001, expected Q4 2026.', value: 'planned', quote: 'Working towards ISO 27001, expected Q4 2026.' },
  // A company "that is" certified is the vendor; "Seeing that" is no pointer; a real plan stays a plan.
  { page: 'We are a company that is ISO 27001 certified.', value: 'certified', quote: 'We are a company that is ISO 27001 certified.' },
  { page: 'Seeing that security matters, we became ISO 27001 certified in 2023.', value: 'certified', quote: 'Seeing that security matters, we became ISO 27001 certified in 2023.' },
  { page: 'We plan to obtain ISO 27001 certification by June 2026.', value: 'planned', quote: 'We plan to obtain ISO 27001 certification by June 2026.' },
  { page: 'We are actively seeking ISO 27001 certification.', value: 'planned', quote: 'We are actively seeking ISO 27001 certification.' },
];

const invalid: Invalid[] = [
  // A certificate that describes other organisations.
  { page: 'Our customers include ISO 27001 certified enterprises in banking and healthcare.' },
  { page: 'We partner only with ISO 27001 accredited data centres.' },
  // The customer's certification, on a compliance-automation page.
  { page: 'Our platform helps you prepare for your ISO 27001 certification audit.' },
  { page: 'We guide organizations through ISO 27001 certification.' },
  { page: "Clients' ISO 27001 certificates are stored in the document vault." },
  {
    page: [
      { text: "Amazon continually manages risk. Amazon's data center operations have been accredited under:" },
      { kind: 'list-item', text: 'ISO 27001' },
      { kind: 'list-item', text: 'SOC 1 and SOC 2/SSAE 16/ISAE 3402' },
    ],
  },
  { page: 'Our infrastructure provider is ISO 27001 certified.' },
  {
    page: 'Our hosting provider uses external auditors. This audit will be performed according to ISO 27001 standards.',
  },
  { page: 'We are ISO 27017 and ISO 27018 certified.' },
  { page: 'Our practices are aligned with ISO 27001.' },
  { page: 'We follow ISO 27001 best practices across the company.' },
  { page: 'Our data centres are ISO 27001 certified.' },
  { page: 'Data is hosted in ISO 27001 certified facilities in Frankfurt.' },
  { page: 'If you need ISO 27001 evidence, ask your account manager.' },
  { page: [q('Do you have a bug bounty?'), a('Do you have a bug bounty?', 'No.')] },
  { page: 'ISO 9001 certified since 2015.' },
  { page: 'Hetzner, an ISO 27001 certified hosting company, operates our servers.' },
  { page: 'Our Azure environment inherits Microsoft’s ISO 27001 certification.' },
  { page: [q('Is Larkspur ISO 27001 certified?')] },
  { page: [{ kind: 'heading', text: 'ISO 27001 certification' }] },
  { page: 'What is ISO 27001? It is an international standard for information security.' },
  { page: [{ kind: 'list-item', headings: ['Subprocessors'], text: 'Hetzner Online — compute and storage. ISO 27001 certified.' }] },
  { page: [{ kind: 'table-row', text: 'AWS | Hosting | ISO 27001, SOC 2', cells: ['AWS', 'Hosting', 'ISO 27001, SOC 2'], header: ['Provider', 'Purpose', 'Certifications'] }] },
  { page: 'Registered ISO/MSP of partner banks.' },
  { page: [{ kind: 'heading', text: 'ISO 27001' }, { text: 'ISO 27001 is an international standard for information security management.', headings: ['ISO 27001'] }] },
  { page: 'Our servers run in ISO 27001-certified AWS data centers.' },
  { page: 'Our data is stored by Google Cloud, which maintains ISO 27001 certification.' },
  { page: 'Two of our engineers are ISO 27001 Lead Auditor certified.' },
  { title: 'Trust center | Larkspur', page: 'AWS maintains ISO 27001, SOC 1, SOC 2 and PCI DSS certifications.' },
  { title: 'Trust center | Larkspur', page: 'Microsoft Azure holds ISO 27001 certification.' },
  { page: 'We use Azure. Azure holds ISO 27001 certification.' },
  { title: 'Larkspur on AWS: security', page: ['Larkspur is hosted on AWS in Frankfurt.', 'AWS is ISO 27001 certified.'] },
  // --- 9c8ad8d, ten rephrasings each ---
  // A host the page introduces is never the vendor, however often it is named, possessive or not.
  { title: 'Overview', page: ['We are hosted on Hetzner Online.', 'Hetzner Online is ISO 27001 certified.'] },
  { title: 'Data residency', page: ['All data is stored with Scaleway in Paris.', 'Scaleway holds ISO/IEC 27001 certification for its Paris region.'] },
  { title: 'Help', page: ['Customer data is housed with OVHcloud.', "OVHcloud's ISO 27001 certificate covers its Gravelines site."] },
  { title: 'Overview', page: ['We rely on Microsoft Azure for compute.', 'Microsoft Azure is ISO 27001 certified.'] },
  // "we have" with no certificate after it; the answer's own subject is a third party.
  { page: 'We have an ISO 27001 consultant helping customers on request.' },
  { page: 'Where is data stored? In data centres operated by Equinix, which is ISO 27001 certified.' },
  // Things the vendor uses "that are ... certified".
  { page: 'We use infrastructure and services that are SOC 2 Type II and ISO 27001 certified.' },
  { page: 'We rely on cloud services which are ISO/IEC 27001 certified.' },
  { page: 'We only select suppliers that are certified to ISO 27001.' },
  // Pointers claim nothing.
  { page: 'Learn more about our ISO 27001 certification.' },
  { page: 'Refer to the ISO 27001 section below.' },
  { page: 'For more information about ISO/IEC 27001, visit iso.org.' },
  { page: [{ kind: 'list-item', text: 'Learn about ISO 27001 certification', headings: ['Compliance'] }] },
  // Openness is no plan (and no status).
  { page: 'We may pursue ISO 27001 certification in the future.' },
  { page: 'We might seek ISO 27001 certification down the line.' },
  { page: 'ISO 27001 certification is something we would consider pursuing later.' },
  { page: 'We could become ISO 27001 certified in future if enterprise customers ask for it.' },
];

runTable(extractor, valid, invalid);
