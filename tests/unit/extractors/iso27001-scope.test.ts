import { extractor } from '../../../extractors/iso27001-scope';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = 'ISO 27001';
const under = (text: string, kind: 'paragraph' | 'list-item' = 'paragraph') => [{ kind: 'heading' as const, text: H }, { kind, text, headings: [H] }];

const valid: Valid<string>[] = [
  {
    page: 'The scope of our ISO 27001 certification covers the development, operation and support of the Acme platform.',
    value: 'the development, operation and support of the Acme platform',
    quote: 'The scope of our ISO 27001 certification covers the development, operation and support of the Acme platform.',
  },
  {
    page: 'Our ISO/IEC 27001:2022 certificate applies to all Acme products and supporting infrastructure.',
    value: 'all Acme products and supporting infrastructure',
    quote: 'Our ISO/IEC 27001:2022 certificate applies to all Acme products and supporting infrastructure.',
  },
  {
    page: 'We are ISO 27001 certified. The scope of our certification covers our SaaS platform, offices in Berlin and London, and remote staff.',
    value: 'our SaaS platform, offices in Berlin and London, and remote staff',
    quote: 'The scope of our certification covers our SaaS platform, offices in Berlin and London, and remote staff.',
  },
  { page: under('Scope: Design, development and support of the Larkspur analytics service', 'list-item'), value: 'Design, development and support of the Larkspur analytics service', quote: 'Scope: Design, development and support of the Larkspur analytics service' },
  {
    page: [{ kind: 'heading', text: H }, { kind: 'label-value', label: 'Certificate scope', value: 'Information security management for the Orbit product suite', text: 'Certificate scope Information security management for the Orbit product suite', headings: [H] }],
    value: 'Information security management for the Orbit product suite',
    quote: 'Certificate scope Information security management for the Orbit product suite',
  },
  {
    page: 'Acme holds ISO 27001 certification; its scope includes all customer-facing services and the teams that build them.',
    value: 'all customer-facing services and the teams that build them',
    quote: 'Acme holds ISO 27001 certification; its scope includes all customer-facing services and the teams that build them.',
  },
  {
    page: 'Our ISO 27001 certification covers our entire organisation, including engineering, support and finance.',
    value: 'our entire organisation, including engineering, support and finance',
    quote: 'Our ISO 27001 certification covers our entire organisation, including engineering, support and finance.',
  },
  {
    page: 'Our information security management system is ISO 27001 certified. The certificate’s scope is the provision of cloud-based payroll software.',
    value: 'the provision of cloud-based payroll software',
    quote: 'The certificate’s scope is the provision of cloud-based payroll software.',
  },
  {
    page: under('We hold ISO 27001:2022 certification. The scope of the certificate includes: product engineering, cloud operations and customer support.'),
    value: 'product engineering, cloud operations and customer support',
    quote: 'The scope of the certificate includes: product engineering, cloud operations and customer support.',
  },
  {
    page: [{ kind: 'question', text: 'Are you ISO 27001 certified?' }, { text: 'Yes. Our ISO 27001 certification covers the Helio platform and its hosting in AWS eu-west-1.', question: 'Are you ISO 27001 certified?' }],
    value: 'the Helio platform and its hosting in AWS eu-west-1',
    quote: 'Our ISO 27001 certification covers the Helio platform and its hosting in AWS eu-west-1.',
  },
  {
    page: 'Our ISMS scope covers the people, processes and technology behind Acme Cloud; it is certified to ISO 27001.',
    value: 'the people, processes and technology behind Acme Cloud',
    quote: 'Our ISMS scope covers the people, processes and technology behind Acme Cloud; it is certified to ISO 27001.',
  },
  {
    page: [{ kind: 'table-row', text: 'ISO 27001 | Certified | Scope: all production systems', cells: ['ISO 27001', 'Certified', 'Scope: all production systems'], header: ['Standard', 'Status', 'Notes'] }],
    value: 'all production systems',
    quote: 'ISO 27001 | Certified | Scope: all production systems',
  },
  {
    page: 'Acme has been ISO 27001 certified since 2021; the certification extends to our data science and machine learning teams.',
    value: 'our data science and machine learning teams',
    quote: 'Acme has been ISO 27001 certified since 2021; the certification extends to our data science and machine learning teams.',
  },
  {
    page: under('Our certification encompasses the Northwind mobile apps, APIs and back-office tools.'),
    value: 'the Northwind mobile apps, APIs and back-office tools',
    quote: 'Our certification encompasses the Northwind mobile apps, APIs and back-office tools.',
  },
  {
    page: 'We are certified to ISO/IEC 27001. The scope of our ISMS is the development and operation of the Quill document platform.',
    value: 'the development and operation of the Quill document platform',
    quote: 'The scope of our ISMS is the development and operation of the Quill document platform.',
  },
];

const invalid: Invalid[] = [
  { page: "AWS's ISO 27001 certification covers its data centres and global infrastructure." },
  { page: 'The scope of our SOC 2 report covers the Acme platform and its supporting infrastructure.' },
  { page: 'Our ISO 27001 certification, expected in 2026, will cover the Acme platform.' },
  { page: 'We are working towards ISO 27001; the scope will include all products.' },
  { page: 'Our ISO 27001 certification covers all 93 Annex A controls.' },
  { page: 'We are not ISO 27001 certified. Our security programme covers all products.' },
  { page: 'ISO 27001 is a standard whose scope covers information security management systems.' },
  { page: [{ kind: 'heading', text: 'Subprocessors' }, { kind: 'list-item', text: 'Google Cloud — hosting; ISO 27001 certificate scope: all Google Cloud services.', headings: ['Subprocessors'] }] },
  { page: 'Our ISO 27001 certificate is available on request.' },
  { page: 'Our cyber insurance covers incidents up to $5M.' },
  { page: 'If your ISO 27001 certification covers your suppliers, we can help.' },
  { page: 'Our hosting provider’s ISO 27001 certification covers the data centres we use.' },
  { page: under('Our roadmap covers SSO, audit logs and SCIM for 2026.') },
  { page: 'We follow ISO 27001 principles; our policies cover access control and encryption.' },
  { page: 'Our ISO 27001 certification covers us.' },
];

runTable(extractor, valid, invalid);
