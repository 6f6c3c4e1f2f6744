import { extractor } from '../../../extractors/breach-notice';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

// The promise written as a noun: "Notice of a breach will be given to the Customer no later than 5 days", "Notification
// of any breach will be sent within 48 hours" (the noun's own "of a breach", and a passive "will be provided", stand
// between it and its window); and the verb forms beside them.
const H = 'Incident response';
const page = (text: string) => [{ kind: 'heading' as const, text: H }, { text, headings: [H] }];
const rows: [string, number][] = [
  ['Notice of a security breach will be provided to Customer promptly and in no event later than five (5) days after discovery.', 120],
  ['Notice of a breach will be given to the Customer no later than 5 days after discovery.', 120],
  ['Notification of any breach will be sent within 48 hours.', 48],
  ['Written notice of a Security Breach shall be given within 3 days.', 72],
  ['Notification of a personal data breach will be sent to the affected customer within 24 hours.', 24],
  ['Notices of incidents are sent to customers within 72 hours.', 72],
  ['Notification of a breach will be provided to affected customers within 48 hours.', 48],
  ['Notice of any data breach shall be served on the Client within thirty-six (36) hours.', 36],
  ['Notification of each security incident is issued to the account owner within 12 hours.', 12],
  ['Notice of a confirmed incident must be given to you within two business days.', 48],
  ['In the event of a Security Incident affecting Customer Data, we will notify you without undue delay, and in any case no later than forty-eight (48) hours after becoming aware of it.', 48],
  ["We'll email your account owner within 2 business days of confirming a breach that affects your data.", 48],
  ['Affected customers are informed within one (1) business day of a confirmed personal data breach.', 24],
  ['We notify impacted customers of a confirmed data breach within three calendar days.', 72],
  ['Should a breach occur, we will alert the organisation\'s designated contact within 1 working day.', 24],
  // The one told may be the agency's principal, a tenant's admins, the security team; "breached" is a breach.
  ["If we confirm a data breach that affects your agency's information, we'll email your agency principal within three business days of confirming it.", 72],
  ["If your tenant is breached, I'll email every admin of that tenant within 24 hours of confirming it.", 24],
  ['Customer notification of a confirmed security incident affecting Customer Data: within 72 hours of confirmation.', 72],
  ['If your workspace is breached, we contact your security team within 48 hours.', 48],
  ['Your account team will give you notice of a breach within 24 hours.', 24],
];
const valid: Valid<number>[] = rows.map(([text, value]) => ({ page: page(text), value, quote: text }));
const invalid: Invalid[] = [
  'Either party may terminate with 30 days\' notice if the other party suffers a breach of contract.',
  'Notice of a breach will be given to the supervisory authority within 72 hours.',
  'Notice of a breach will be provided to the regulator within 72 hours.',
  'We will give notice of planned maintenance at least 48 hours in advance.',
  'Notice of termination must be given 30 days before a breach of terms is remedied.',
  'A written report will be provided within 10 days of a breach.',
  'Notices of scheduled downtime are sent 72 hours ahead.',
  'Notification of outages is posted to our status page within 15 minutes.',
  'You must give us notice of any breach within 24 hours.',
  'Notice of a vulnerability report is acknowledged within 2 business days.',
  'Notification of incidents to the ICO is made within 72 hours.',
  'Price changes are announced with 30 days\' notice.',
  'Notices of renewal are sent 60 days before the term ends, and breaches of the AUP may lead to suspension.',
  'Notification of law enforcement within 24 hours is required by policy.',
  'Notice to insurers of a breach is given within 48 hours.',
  // The law's window between the promise and the number: "the Act gives organisations up to 30 days to assess".
  "Where a breach is likely to cause serious harm we'll also notify the Commissioner and affected individuals as the law requires — the Act gives organisations up to 30 days to assess a suspected breach.",
  'We will notify affected customers; the regulation allows up to 60 days for notice to individuals.',
  // A breach of contract is no data breach (review).
  'Notice of a material breach must be given to the other party within thirty (30) days.',
].map((text) => ({ page: page(text) }));

runTable(extractor, valid, invalid);
