import { extractor } from '../../../extractors/breach-notice';
import { describe, expect, it } from 'vitest';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';
import { pageOf } from '../helpers/page';

const valid: Valid<number>[] = [
  { page: 'We will let the account owner know by email within three days of discovering a breach that affects their data.', value: 72, quote: 'We will let the account owner know by email within three days of discovering a breach that affects their data.' },
  { page: 'If a breach touches your workspace, we let every workspace admin know within 48 hours.', value: 48, quote: 'If a breach touches your workspace, we let every workspace admin know within 48 hours.' },
  { page: 'Should a security incident affect customer data, we will let affected customers know within 24 hours of confirming it.', value: 24, quote: 'Should a security incident affect customer data, we will let affected customers know within 24 hours of confirming it.' },
  { page: [{ kind: 'label-value', label: 'Customer notification', value: 'Without undue delay, and in any event no later than 72 hours after we become aware of a personal data breach', text: 'Customer notification Without undue delay, and in any event no later than 72 hours after we become aware of a personal data breach' }], value: 72, quote: 'Customer notification Without undue delay, and in any event no later than 72 hours after we become aware of a personal data breach' },
  { page: [{ kind: 'label-value', label: 'Breach notification to customers', value: 'Promptly, and in all cases within 48 hours of confirming a breach', text: 'Breach notification to customers Promptly, and in all cases within 48 hours of confirming a breach' }], value: 48, quote: 'Breach notification to customers Promptly, and in all cases within 48 hours of confirming a breach' },
  { page: [{ kind: 'label-value', label: 'Customer notification', value: 'Without undue delay and no later than 36 hours after becoming aware of a personal data breach', text: 'Customer notification Without undue delay and no later than 36 hours after becoming aware of a personal data breach' }], value: 36, quote: 'Customer notification Without undue delay and no later than 36 hours after becoming aware of a personal data breach' },
  { page: [{ kind: 'list-item', text: 'Changed: Our Data Processing Addendum now commits us to notify affected customers of a personal data breach within 36 hours of becoming aware of it.', headings: ['Security updates', '2024-01-15 — Breach notification commitment shortened'] }], value: 36, quote: 'Changed: Our Data Processing Addendum now commits us to notify affected customers of a personal data breach within 36 hours of becoming aware of it.' },
  {
    page: 'We will notify affected customers within 72 hours of becoming aware of a personal data breach.',
    value: 72,
    quote: 'We will notify affected customers within 72 hours of becoming aware of a personal data breach.',
  },
  {
    page: 'In the event of a security incident affecting your data, we will inform you within 48 hours.',
    value: 48,
    quote: 'In the event of a security incident affecting your data, we will inform you within 48 hours.',
  },
  { page: [{ kind: 'list-item', text: '72-hour breach notification', headings: ['Incident response'] }], value: 72, quote: '72-hour breach notification' },
  {
    // the breach is named by the list lead
    page: ['If we detect a data breach:', { kind: 'list-item', text: 'We notify impacted administrators by email within 24 hours' }],
    value: 24,
    quote: 'We notify impacted administrators by email within 24 hours',
  },
  {
    page: 'Customers will be notified of any confirmed breach within three (3) business days.',
    value: 72,
    quote: 'Customers will be notified of any confirmed breach within three (3) business days.',
  },
  {
    page: 'Security incidents that affect customer data are communicated to customers within 24 hours.',
    value: 24,
    quote: 'Security incidents that affect customer data are communicated to customers within 24 hours.',
  },
  {
    // the breach is named by the FAQ question
    page: [
      { kind: 'question', text: 'What happens if there is a breach?' },
      { text: 'We will notify you within 36 hours and share a full incident report.', question: 'What happens if there is a breach?' },
    ],
    value: 36,
    quote: 'We will notify you within 36 hours and share a full incident report.',
  },
  {
    page: [{ kind: 'label-value', label: 'Breach notification', value: 'Within 72 hours', text: 'Breach notification Within 72 hours' }],
    value: 72,
    quote: 'Breach notification Within 72 hours',
  },
  {
    page: 'We notify the supervisory authority and affected users within 72 hours of a breach.',
    value: 72,
    quote: 'We notify the supervisory authority and affected users within 72 hours of a breach.',
  },
  {
    page: 'Affected customers are alerted within 12 hours of a confirmed incident.',
    value: 12,
    quote: 'Affected customers are alerted within 12 hours of a confirmed incident.',
  },
  {
    page: 'We commit to notifying customers of a data breach within 2 days.',
    value: 48,
    quote: 'We commit to notifying customers of a data breach within 2 days.',
  },
  {
    page: "We'll send email notifications to all account owners within 24 hours of detecting unauthorized access to their data.",
    value: 24,
    quote: "We'll send email notifications to all account owners within 24 hours of detecting unauthorized access to their data.",
  },
  {
    page: 'Tidewater will notify Customer without undue delay, and in any event within 48 hours, after becoming aware of a Security Breach.',
    value: 48,
    quote: 'Tidewater will notify Customer without undue delay, and in any event within 48 hours, after becoming aware of a Security Breach.',
  },
  {
    page: 'Incident notifications are sent to affected customers within 24 hours.',
    value: 24,
    quote: 'Incident notifications are sent to affected customers within 24 hours.',
  },
  {
    page: [{ kind: 'table-row', text: 'Breach notification | 72 hours', cells: ['Breach notification', '72 hours'], header: ['Commitment', 'Timeframe'] }],
    value: 72,
    quote: 'Breach notification | 72 hours',
  },
  {
    // only the first window after the verb
    page: 'We notify affected customers within 24 hours and publish a full post-mortem within 5 days of a breach.',
    value: 24,
    quote: 'We notify affected customers within 24 hours and publish a full post-mortem within 5 days of a breach.',
  },
  {
    // the breach answer, not the vulnerability answer
    page: [
      { kind: 'question', text: 'How do I report a security issue?' },
      { text: 'We acknowledge all reports within 24 hours and aim to resolve critical issues within 72 hours.', question: 'How do I report a security issue?' },
      { kind: 'question', text: 'What happens if there is a data breach?' },
      { text: 'We will notify affected workspace owners within 48 hours, as required by law.', question: 'What happens if there is a data breach?' },
    ],
    value: 48,
    quote: 'We will notify affected workspace owners within 48 hours, as required by law.',
  },
  {
    // the law's ceiling is not the vendor's promise
    page: 'The HIPAA Breach Notification Rule allows up to 60 days. We commit to notifying affected covered entities within 5 calendar days of discovering a breach.',
    value: 120,
    quote: 'We commit to notifying affected covered entities within 5 calendar days of discovering a breach.',
  },
  {
    page: 'Processor shall notify Controller without undue delay and in any event within forty-eight (48) hours of becoming aware of a Personal Data Breach.',
    value: 48,
    quote: 'Processor shall notify Controller without undue delay and in any event within forty-eight (48) hours of becoming aware of a Personal Data Breach.',
  },
  {
    page: 'Breaches are reported to customers no later than 48 hours after discovery.',
    value: 48,
    quote: 'Breaches are reported to customers no later than 48 hours after discovery.',
  },
  {
    page: "If a security incident affects your workspace, we'll email workspace owners within 36 hours of confirming it.",
    value: 36,
    quote: "If a security incident affects your workspace, we'll email workspace owners within 36 hours of confirming it.",
  },
  // A FAQ whose question carries the topic and whose answer carries only the window.
  { page: [{ text: 'How quickly will you tell us about a breach?', kind: 'question' }, { text: 'Within 48 hours of discovery.', question: 'How quickly will you tell us about a breach?' }], value: 48, quote: 'Within 48 hours of discovery.' },
  { page: [{ text: 'When will we be notified of a data breach?', kind: 'question' }, { text: 'No later than 72 hours after we confirm it. We will also share a report.', question: 'When will we be notified of a data breach?' }], value: 72, quote: 'No later than 72 hours after we confirm it.' },
  // A questionnaire row's answer that opens on its "Yes" cell, the window after it.
  { page: [{ text: 'Customer notification of a personal data breach', kind: 'question' }, { text: 'Yes | Within two (2) business days of confirmation', question: 'Customer notification of a personal data breach' }], value: 48, quote: 'Yes | Within two (2) business days of confirmation' },
  { page: [{ text: 'Breach notification to customers?', kind: 'question' }, { text: 'Yes — within 72 hours of discovery', question: 'Breach notification to customers?' }], value: 72, quote: 'Yes — within 72 hours of discovery' },
  { page: [{ text: 'Will you notify us of a data breach?', kind: 'question' }, { text: 'Yes, within 24 hours.', question: 'Will you notify us of a data breach?' }], value: 24, quote: 'Yes, within 24 hours.' },
  { page: [{ text: 'Notification of security incidents affecting customer data', kind: 'question' }, { text: 'Yes: within 36 hours', question: 'Notification of security incidents affecting customer data' }], value: 36, quote: 'Yes: within 36 hours' },
  { page: [{ text: 'Do you notify customers of breaches?', kind: 'question' }, { text: 'Yes. Within three business days.', question: 'Do you notify customers of breaches?' }], value: 72, quote: 'Yes. Within three business days.' },
  // An aim and a hard bound: the promise is the bound.
  { page: 'We aim to notify customers of incidents within 24 hours, and in all cases no later than 72 hours.', value: 72, quote: 'We aim to notify customers of incidents within 24 hours, and in all cases no later than 72 hours.' },
  { page: 'We typically notify affected customers within one business day and at the latest within 48 hours of confirming a breach.', value: 48, quote: 'We typically notify affected customers within one business day and at the latest within 48 hours of confirming a breach.' },
  // --- 9c8ad8d: a verbless follow-on bound reads with the sentence before it (the quote takes in both) ---
  { page: 'We will notify customers of a breach without delay. At most within 72 hours.', value: 72, quote: 'We will notify customers of a breach without delay. At most within 72 hours.' },
  { page: 'Affected customers are informed of any data breach promptly. No later than 48 hours.', value: 48, quote: 'Affected customers are informed of any data breach promptly. No later than 48 hours.' },
  { page: 'We will tell you about a security incident affecting your data as soon as we can. In any case within 24 hours.', value: 24, quote: 'We will tell you about a security incident affecting your data as soon as we can. In any case within 24 hours.' },
  { page: 'If personal data is compromised, we notify the account owner without undue delay. At the latest within 3 days.', value: 72, quote: 'If personal data is compromised, we notify the account owner without undue delay. At the latest within 3 days.' },
  { page: 'We inform impacted users of a breach immediately. Within 12 hours.', value: 12, quote: 'We inform impacted users of a breach immediately. Within 12 hours.' },
  { page: 'Our team notifies affected clients of security incidents without undue delay. Not later than seventy-two (72) hours.', value: 72, quote: 'Our team notifies affected clients of security incidents without undue delay. Not later than seventy-two (72) hours.' },
  { page: [{ kind: 'list-item', text: 'We notify you of any breach of your data. At most within 72 hours.', headings: ['Incident response'] }], value: 72, quote: 'We notify you of any breach of your data. At most within 72 hours.' },
  {
    page: [{ kind: 'question', text: 'Will you tell us about a breach?' }, { text: 'Yes, we notify affected customers without undue delay. In all cases within 48 hours.', question: 'Will you tell us about a breach?' }],
    value: 48,
    quote: 'Yes, we notify affected customers without undue delay. In all cases within 48 hours.',
  },
  { page: 'We will inform the Customer of a Security Incident without undue delay. In any event within 2 business days.', value: 48, quote: 'We will inform the Customer of a Security Incident without undue delay. In any event within 2 business days.' },
  { page: 'We shall notify the controller of a personal data breach without undue delay. At the latest within 72 hours.', value: 72, quote: 'We shall notify the controller of a personal data breach without undue delay. At the latest within 72 hours.' },
  { page: 'In the event of a breach we will notify you without undue delay. No later than 72 hours.', value: 72, quote: 'In the event of a breach we will notify you without undue delay. No later than 72 hours.' },
  { page: 'Any breach of customer data is communicated to affected customers swiftly. Not later than 5 days.', value: 120, quote: 'Any breach of customer data is communicated to affected customers swiftly. Not later than 5 days.' },
  { page: 'We shall inform affected organisations of a breach without undue delay. At the latest 72 hours.', value: 72, quote: 'We shall inform affected organisations of a breach without undue delay. At the latest 72 hours.' },
  { page: 'We notify impacted customers about a confirmed breach as fast as possible. At most 2 days.', value: 48, quote: 'We notify impacted customers about a confirmed breach as fast as possible. At most 2 days.' },
  { page: 'We will notify you of a breach without undue delay. At most within 72 hours!', value: 72, quote: 'We will notify you of a breach without undue delay. At most within 72 hours!' },
  // The one told: 'informed by us' is the vendor telling; 'report to Covered Entity/Controller/the Customer' (a DPA's or
  // BAA's defined party) is the customer; a regulator named as the verb's object is not, even in a sentence about you.
  { page: "Customers whose data is affected by a breach will be informed by us no later than two days after we become aware of it.", value: 48, quote: "Customers whose data is affected by a breach will be informed by us no later than two days after we become aware of it." },
  { page: "Affected customers are notified by us within 24 hours of a confirmed breach.", value: 24, quote: "Affected customers are notified by us within 24 hours of a confirmed breach." },
  { page: "Administrators of affected workspaces will be told by us within 72 hours of us confirming a personal data breach.", value: 72, quote: "Administrators of affected workspaces will be told by us within 72 hours of us confirming a personal data breach." },
  { page: "If a breach affects your data, you will be informed by our security team within 36 hours.", value: 36, quote: "If a breach affects your data, you will be informed by our security team within 36 hours." },
  { page: "Business Associate shall report to Covered Entity any Breach of Unsecured Protected Health Information without unreasonable delay and in no case later than five (5) calendar days after discovery.", value: 120, quote: "Business Associate shall report to Covered Entity any Breach of Unsecured Protected Health Information without unreasonable delay and in no case later than five (5) calendar days after discovery." },
  { page: "Processor shall report to Controller any Personal Data Breach without undue delay and in any event within 48 hours of becoming aware of it.", value: 48, quote: "Processor shall report to Controller any Personal Data Breach without undue delay and in any event within 48 hours of becoming aware of it." },
  { page: "The Supplier shall report to the Customer any security incident affecting Customer Data within 24 hours.", value: 24, quote: "The Supplier shall report to the Customer any security incident affecting Customer Data within 24 hours." },
  { page: "Supplier will report to Client any breach of Client Data no later than 72 hours after discovery.", value: 72, quote: "Supplier will report to Client any breach of Client Data no later than 72 hours after discovery." },
  { page: "We notify affected customers of a breach within 48 hours so that they can meet their own obligations, such as notifying a regulator.", value: 48, quote: "We notify affected customers of a breach within 48 hours so that they can meet their own obligations, such as notifying a regulator." },
  { page: "We will notify you of a personal data breach within 24 hours, giving you time to notify the supervisory authority yourself.", value: 24, quote: "We will notify you of a personal data breach within 24 hours, giving you time to notify the supervisory authority yourself." },
  // A report of the breach to the affected customer: the verb's object names who is told.
  { page: "Under our Business Associate Agreement, we will report any breach of unsecured PHI to the affected practice within 10 business days of discovery.", value: 240, quote: "Under our Business Associate Agreement, we will report any breach of unsecured PHI to the affected practice within 10 business days of discovery." },
  { page: "We will report a security incident affecting your data to you within 48 hours.", value: 48, quote: "We will report a security incident affecting your data to you within 48 hours." },
  { page: "Acme reports each confirmed breach of customer data to the affected customer within 72 hours.", value: 72, quote: "Acme reports each confirmed breach of customer data to the affected customer within 72 hours." },
  { page: "We shall report any Personal Data Breach to the Controller within 36 hours of becoming aware of it.", value: 36, quote: "We shall report any Personal Data Breach to the Controller within 36 hours of becoming aware of it." },
  { page: "Acme reports incidents involving student records to the affected school within 24 hours.", value: 24, quote: "Acme reports incidents involving student records to the affected school within 24 hours." },
  { page: "We report any unauthorised access to your data to the impacted account owner within 2 days.", value: 48, quote: "We report any unauthorised access to your data to the impacted account owner within 2 days." },
  // In the vendor's DPA, the capitalised party with no article ('Processor shall notify Customer') is the vendor.
  { page: ['Customer shall remain responsible for the lawfulness of the data it submits.', "Processor shall notify Customer without undue delay and in any event within two (2) calendar days after becoming aware of a Personal Data Breach."], value: 48, quote: "Processor shall notify Customer without undue delay and in any event within two (2) calendar days after becoming aware of a Personal Data Breach." },
  { page: ['Customer shall remain responsible for the lawfulness of the data it submits.', "Supplier will inform Customer of any Security Incident within 24 hours."], value: 24, quote: "Supplier will inform Customer of any Security Incident within 24 hours." },
  { page: ['Customer shall remain responsible for the lawfulness of the data it submits.', "Service Provider shall notify Customer in writing within 36 hours of discovering a breach of Customer Data."], value: 36, quote: "Service Provider shall notify Customer in writing within 36 hours of discovering a breach of Customer Data." },
  // Told: the customer's contact, admins or owners.
  { page: "If we confirm a security incident that affects your personal data, we will tell your account's security contact within 72 hours of confirmation.", value: 72, quote: "If we confirm a security incident that affects your personal data, we will tell your account's security contact within 72 hours of confirmation." },
  { page: "We will tell your workspace admins within 48 hours of confirming a breach of your data.", value: 48, quote: "We will tell your workspace admins within 48 hours of confirming a breach of your data." },
  { page: "Following a data breach, we tell the customer's designated security contact within 24 hours.", value: 24, quote: "Following a data breach, we tell the customer's designated security contact within 24 hours." },
];

const invalid: Invalid[] = [
  // A "Yes" answer with a window to a question about something else, or with no window.
  { page: [{ text: 'Will you notify us of a data breach?', kind: 'question' }, { text: 'Yes, within 72 hours we notify the competent supervisory authority, and affected customers without undue delay.', question: 'Will you notify us of a data breach?' }] },
  { page: [{ text: 'Vulnerability report acknowledgement', kind: 'question' }, { text: 'Yes | Within two (2) business days', question: 'Vulnerability report acknowledgement' }] },
  { page: [{ text: 'Customer notification of a personal data breach', kind: 'question' }, { text: 'Yes | Without undue delay', question: 'Customer notification of a personal data breach' }] },
  { page: [{ text: 'Do you notify customers of outages?', kind: 'question' }, { text: 'Yes, within 30 minutes.', question: 'Do you notify customers of outages?' }] },
  { page: [{ text: 'Breach notification to the regulator', kind: 'question' }, { text: 'Yes | Within 72 hours', question: 'Breach notification to the regulator' }] },
  { page: [{ text: 'Incident response plan tested?', kind: 'question' }, { text: 'Yes | Within the last 12 months', question: 'Incident response plan tested?' }] },
  // A bare window answering a question about something else.
  { page: [{ text: 'How quickly do you respond to vulnerability reports about a breach risk?', kind: 'question' }, { text: 'Within 24 hours.', question: 'How quickly do you respond to vulnerability reports about a breach risk?' }] },
  { page: [{ text: 'How soon will you tell us about an outage or incident?', kind: 'question' }, { text: 'Within 30 minutes.', question: 'How soon will you tell us about an outage or incident?' }] },
  { page: [{ text: 'What happens if there is a breach?', kind: 'question' }, { text: 'Within 72 hours we start an investigation with outside experts.', question: 'What happens if there is a breach?' }] },
  { page: 'We acknowledge all vulnerability reports within 24 hours and aim to resolve critical issues within 72 hours.' },
  { page: [{ text: 'Reporting a vulnerability', kind: 'heading' }, 'We acknowledge within one business day.'] },
  { page: 'RTO: ≤ 4 hours. RPO: ≤ 15 minutes.' },
  { page: 'The initial sync takes up to 36 hours.' },
  { page: 'In the event of a breach, we will notify affected customers without undue delay.' },
  { page: 'Customers must notify us within 24 hours of any suspected breach of their credentials.' },
  { page: 'We notify the supervisory authority within 72 hours of a breach, as required by GDPR.' },
  // A data-protection regulator by its office's name is still not the customer.
  { page: [{ text: '6. Personal data breaches', kind: 'heading' }, "Where required, we will notify the Information Commissioner's Office within 72 hours."] },
  { page: 'Personal data breaches are reported to the Data Protection Commission within seventy-two hours.' },
  { page: 'Our subprocessors must notify us of a security incident within 24 hours.' },
  { page: 'Critical security bugs are fixed within 10 days of being reported.' },
  { page: 'We will notify you of changes to this policy 30 days in advance.' },
  { page: 'We target 99.9% uptime, with incident updates posted every 30 minutes on our status page.' },
  { page: 'Security incidents are triaged within 1 hour.' },
  { page: 'Scheduled maintenance is announced 48 hours in advance.' },
  { page: 'We immediately notify customers of any breach.' },
  { page: 'Vulnerability reports: we respond within 48 hours.' },
  { page: 'Our 24/7 security incident response team investigates alerts within 15 minutes.' },
  { page: 'Changes in source system permissions are reflected within 1 hour.' },
  { page: [{ kind: 'table-row', text: 'Critical | within 10 days of being reported', cells: ['Critical', 'within 10 days of being reported'], header: ['Severity', 'Resolution time'] }] },
  { page: 'GDPR requires notification to the regulator within 72 hours of a breach.' },
  { page: 'Breach notification rules give organisations 60 days to notify.' },
  { page: [{ kind: 'heading', text: 'Incident management' }, { text: 'Customers are notified of outages within 30 minutes.', headings: ['Incident management'] }] },
  { page: 'Incidents are posted to our status page within 15 minutes.' },
  { page: 'Email us about a suspected breach and we will acknowledge within 2 working days.' },
  // --- 9c8ad8d: a follow-on with its own verb or noun is its own sentence; a bound after someone else's verb stays theirs ---
  { page: 'We notify affected customers of a breach without undue delay. Within 24 hours, our team starts a root-cause analysis.' },
  { page: 'Customers are informed of security incidents without delay. Within 72 hours, a post-incident report is published.' },
  { page: 'We will notify you of any breach without undue delay. At most 72 hours of logs are kept.' },
  { page: 'We notify customers of breaches without undue delay. Status page updates every 30 minutes.' },
  { page: 'We inform impacted users of a breach as soon as possible. Within 48 hours we restore service from backups.' },
  { page: 'We notify affected customers of any data breach without undue delay. Support tickets: within 24 hours.' },
  { page: 'We acknowledge vulnerability reports promptly. At most within 72 hours.' },
  { page: 'We restore service after an incident as quickly as possible. No later than 24 hours.' },
  { page: 'Customers must notify us of any suspected breach immediately. At the latest within 24 hours.' },
  { page: 'We notify the supervisory authority of a breach without undue delay. At most within 72 hours.' },
  { page: 'Security incidents are triaged by our on-call engineer. Within 1 hour.' },
  { page: 'We will notify you of a breach without undue delay. Within 30 days, we also share a written report.' },
  { page: 'We notify customers of breaches without undue delay. Maximum response time: 4 hours.' },
  { page: 'We investigate every security incident thoroughly. In any case within 5 days.' },
  { page: 'We notify affected customers of a breach without undue delay. Within 72 hours regulators are informed as well.' },
  { page: 'Is our data safe if there is a breach? At most within 72 hours.' },
  { page: 'We notify customers about planned maintenance. At least 48 hours in advance.' },
  { page: 'We notify customers of a breach without undue delay. At most within 72 hours, our status page is updated.' },
  // A contract's 'Company' is often the vendor; a passive 'are told' tells its own subject.
  { page: 'Contractor shall report to Company any Security Incident within 24 hours of discovery.' },
  { page: 'Security champions are told within 4 hours of any incident.' },
  { page: 'On-call engineers get told within 15 minutes of a breach.' },
  // The regulator, the CSIRT, the police or an insurer as the one told; the customer telling the vendor ('notify us').
  { page: "We'll notify affected customers without undue delay after a breach, and we'll help you meet your own obligations — for example, notifying a supervisory authority within 72 hours under the GDPR." },
  { page: "We tell you about a breach promptly so that you can notify the ICO within 72 hours where required." },
  { page: "Our breach runbook supports you in notifying the relevant authority within 72 hours of a personal data breach." },
  { page: "You must notify us of any suspected breach of your account within 24 hours." },
  { page: "Customers should report security incidents to us within 48 hours of discovery." },
  { page: "We submit an early warning to the national CSIRT within 24 hours of becoming aware of a significant incident." },
  { page: "After a breach we notify our cyber insurer within 48 hours and affected customers without undue delay." },
  { page: "Where the law requires, we inform the police within 24 hours of a data breach; customers are notified without undue delay." },
  { page: "Please notify us within 72 hours if you believe your credentials were part of a breach." },
  { page: "Our team helps controllers with notifying supervisory authorities within 72 hours of a breach, as the GDPR requires." },
  // The law's own windows, and reports to others.
  { page: "For context: the HIPAA Breach Notification Rule gives covered entities up to 60 calendar days from discovery to notify affected individuals." },
  { page: "For reference: GDPR requires controllers to notify the supervisory authority within 72 hours of a breach." },
  { page: "By law, the regulation requires notifying affected individuals of a breach within 30 days." },
  { page: "We report any breach to our insurer within 24 hours." },
  { page: "We will report a breach to the supervisory authority within 72 hours." },
  { page: "Staff report suspected incidents to the security team within 1 hour." },
  { page: "We will tell your account manager within 24 hours if your invoice is overdue." },
  { page: "Tell your security contact to report incidents to us within 24 hours." },
];

runTable(extractor, valid, invalid);

// The customer (or its practice, its organisation, the covered entity) is the one who notifies; a supplier tells the
// vendor by name. Neither is the vendor's window to its customers.
describe('who notifies, and who is told by name', () => {
  const read = (texts: string[]) => {
    const page = { ...pageOf(...texts), title: 'Security at Fernwick', siteName: 'Fernwick', url: 'https://fernwick.example/security' };
    return extractor.extract(page).map((c) => c.value);
  };
  it.each([
    'As the covered entity, your practice must notify affected clients no later than 60 calendar days after discovery of a breach.',
    'Your organisation is responsible for notifying affected individuals of a breach within 30 days.',
    'Your school must tell parents about any data breach within 5 days.',
    'The covered entity must notify affected patients of a breach within 60 days.',
    'Your company has to report the breach to affected users within 72 hours under local law.',
    'You are required to notify affected data subjects of a breach within 30 days.',
    'Controllers must inform affected users of a breach within 72 hours where required.',
    'Paycrest is contractually obliged to notify Fernwick within 24 hours of any incident involving cardholder data.',
    'Our payment processor must notify Fernwick of any breach within 24 hours.',
    'Hosting partners report security incidents to Fernwick within 12 hours.',
    'Each subprocessor agrees to inform Fernwick of a breach within 48 hours.',
  ])('no window of the vendor\'s in "%s"', (text) => {
    expect(read([text])).toEqual([]);
  });
  it.each([
    ['Fernwick will notify your practice of any breach of protected health information within ten (10) days of discovery.', 240],
    ['We notify your organisation of a breach within 48 hours.', 48],
    ['If a breach affects your school, Fernwick will tell your administrators within 72 hours.', 72],
    ['Our BAA commits us to notify you of any breach within ten (10) days, so your practice can notify patients within 60 days.', 240],
    ['Fernwick notifies affected customers of a breach within 24 hours.', 24],
    ['We will inform the covered entity of a breach within 5 days of discovery.', 120],
    ['Paycrest must notify Fernwick of a breach within 12 hours, and Fernwick notifies affected customers within 36 hours.', 36],
    ['Your practice will be notified by Fernwick of a breach within 72 hours.', 72],
    ['We tell your security contact within 48 hours of confirming a breach.', 48],
    ['Fernwick will report a breach to the Customer within 72 hours.', 72],
  ])('reads the vendor\'s window in "%s"', (text, want) => {
    expect(read([text])).toContain(want);
  });
});

// The customer as notifier only counts against a window after it; the one whose data a breach affects is the customer,
// whatever the page calls it; "your <role>" is told by e-mail as well as by notice.
describe('whose window: the customer told, whatever the page calls it', () => {
  const read = (texts: string[]) => {
    const page = { ...pageOf(...texts), title: 'Security at Fernwick', siteName: 'Fernwick', url: 'https://fernwick.example/security' };
    return extractor.extract(page).map((c) => c.value);
  };
  it.each([
    ['When we find a data breach that concerns personal data of your organisation, we inform you within two working days, so that you as controller can decide if you must report it to the regulator.', 48],
    ['We tell you of a breach within 24 hours so that your team can notify its own users if it must.', 24],
    ['Fernwick informs you of any breach within 48 hours; you must then notify your data subjects yourself where the law requires it.', 48],
    ['We notify you within 36 hours of a confirmed breach, after which you may have to inform your regulator.', 36],
    ['If a breach affects an insurer\'s data, we will notify that insurer\'s nominated security contact within three business days of confirming it.', 72],
    ['Should a breach affect a hospital\'s records, we notify the affected hospital within 24 hours.', 24],
    ['If an incident involves a school\'s data, we will alert that school within 48 hours.', 48],
    ['If we confirm a breach that affects your workspace\'s data, we will email your workspace owners within 72 hours of confirmation.', 72],
    ['We e-mail your account administrators within 24 hours of confirming a breach.', 24],
    ['After a confirmed breach we contact your billing owners and admins within 48 hours.', 48],
    ['If we become aware of a breach that affects your data, your designated contact will hear from our DPO within 48 hours.', 48],
    ['Should a breach affect your account, you will hear from us within 24 hours.', 24],
  ])('reads the vendor\'s window in "%s"', (text, want) => {
    expect(read([text])).toContain(want);
  });
  it.each([
    'You must notify us within 24 hours of any breach you discover, and we will then investigate.',
    'Customers are required to report a breach to us within 48 hours.',
    'Your organisation must inform affected users of a breach within 72 hours; we provide templates.',
    'If a breach affects an insurer\'s data, the insurer must notify its regulator within 6 hours.',
    'We notify our cyber insurer within 24 hours of a breach.',
    'If a breach affects a client\'s data, we notify the regulator within 72 hours.',
    'We will report a breach to our insurers within 48 hours.',
    'A breach that affects a school\'s data must be reported by the school to its authority within 72 hours.',
    'You as controller must tell the authority within 72 hours of becoming aware of a breach.',
    'Your administrators must e-mail us within 24 hours if they suspect a breach.',
  ])('no window of the vendor\'s to its customers in "%s"', (text) => {
    expect(read([text])).toEqual([]);
  });
});

// A window the page says it changed: the new value holds, wherever the old one is still written.
describe('a notice window changed from one value to another', () => {
  const read = (texts: string[]) => extractor.extract(pageOf(...texts)).sort((a, b) => b.confidence - a.confidence)[0]?.value;
  it.each([
    [['In 2024 we shortened the time in which we notify affected customers of a breach from 72 to 48 hours.'], 48],
    [['We notify customers of a data breach within 72 hours.', '2024 update: we now notify customers of a breach within 24 hours, down from 72 hours.'], 24],
    [['We notify customers of a data breach within 72 hours.', '2024: we cut the time we take to notify customers of a breach from 72 hours to 24 hours.'], 24],
    [['Affected customers are notified of a breach within 36 hours (previously 72 hours).'], 36],
    [['We will inform you of a security incident within 48 hours, reduced from 5 days in 2023.'], 48],
    [['Customers hear from us within 72 hours of a confirmed breach.', 'Changelog, May 2025: breach notification to customers moved from 72 to 48 hours.'], 48],
    [['We notify affected customers of any breach within 24 hours; this was changed from 48 hours last year.'], 24],
    [['Our DPA now commits us to notify you of a personal data breach within 36 hours, replacing the previous 72 hours.'], 36],
    [['We notify customers of a breach within 48 hours.', 'We extended our incident acknowledgement window from 4 to 8 hours.'], 48],
    [['We notify customers of a breach within 72 hours.'], 72],
  ])('reads %j as %i', (texts, want) => {
    expect(read(texts)).toBe(want);
  });
});
