import { extractor } from '../../../extractors/retention';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

// A second window counted from the end of a first one named before it in the same sentence ("When the 60-day read-only
// window closes, we delete … within thirty (30) days" is 90); "All X, Y, Z and W are deleted" listing the account's
// content; an account (not a booking or an order) cancelled.
const closed: [string, number][] = [
  ["When the 60-day read-only window closes, we permanently delete your organisation's data from our systems within thirty (30) days.", 90],
  ['After the 30-day export window ends, all customer content is erased within 14 days.', 44],
  ['Once the 14-day grace period has passed, your workspace data is purged within 7 days.', 21],
  ['At the end of the 30-day retrieval period, we delete your files within a week.', 37],
  ['Following the 7-day soft-delete window, the account and its data are removed within 24 hours.', 8],
  ['Upon expiry of the sixty (60) day export period, Processor shall delete Customer Data within thirty (30) days.', 90],
  ['When your 30-day download window runs out, we wipe the workspace within 48 hours.', 32],
  ['After the 10-day recovery period expires, deleted projects and their data are destroyed within 30 days.', 40],
  ['Once the 90-day read-only period is over, the data is deleted within 15 days.', 105],
  ['When the 21-day cooling-off period ends after cancellation, we erase your records within 10 days.', 31],
  ['At the end of the 12-month term, we delete customer data within 30 days of termination.', 30],
];
const lists: [string, number][] = [
  ['All findings, fingerprints, audit logs and settings are permanently deleted within 7 days of uninstallation.', 7],
  ['All projects, comments, attachments and activity logs are deleted within 30 days of cancellation.', 30],
  ['All dashboards, alerts, and monitors are purged 30 days after the account is closed.', 30],
  ['All of your boards, cards, comments and logs are erased 14 days after you cancel.', 14],
  ['Cancelled accounts are deleted after 30 days.', 30],
  ['Cancelled subscriptions and their data are purged within 60 days.', 60],
  ['Once your account is cancelled, booking requests are deleted within 14 days.', 14],
  ['Terminated workspaces are erased after 7 days.', 7],
  ["If you don't renew, your data is deleted within 30 days.", 30],
  ["Subscriptions you don't renew are closed, and their data is erased within 45 days.", 45],
];
// Under a heading that names the account's end, as such sentences stand on a page.
const HEADING = 'What happens when you cancel';
const underHeading = (text: string) => [{ kind: 'heading' as const, text: HEADING }, { text, headings: [HEADING] }];
// A licence that ends is the account's end; a period defined after the words that say its span ("For thirty (30) days
// following the termination … (the "Export Period")"); a table row whose first cell names the event.
const more: Valid<number>[] = [
  { page: "When your licence ends, we keep your school's data for four months in case you renew.", value: 120, quote: "When your licence ends, we keep your school's data for four months in case you renew." },
  { page: 'Once the license expires, all customer data is deleted within 60 days.', value: 60, quote: 'Once the license expires, all customer data is deleted within 60 days.' },
  {
    page: 'For thirty (30) days following the termination or expiration of the Agreement (the "Export Period"), Acme shall keep the Services available in read-only mode. Upon expiry of the Export Period, Acme shall delete all Customer Data within forty-five (45) days after the end of the Export Period.',
    value: 75,
    // The quote takes in the sentence that defines the period it counts from.
    quote: 'For thirty (30) days following the termination or expiration of the Agreement (the "Export Period"), Acme shall keep the Services available in read-only mode. Upon expiry of the Export Period, Acme shall delete all Customer Data within forty-five (45) days after the end of the Export Period.',
  },
  {
    page: [
      { kind: 'heading', text: 'Data lifecycle' },
      { kind: 'table-row', header: ['Event', 'What happens'], cells: ['Org account closed / subscription cancelled', 'Org set to closed. Data retained 180 days, then hard-deleted from primary DB and object storage.'], text: 'Org account closed / subscription cancelled | Org set to closed. Data retained 180 days, then hard-deleted from primary DB and object storage.', headings: ['Data lifecycle'] },
    ],
    value: 180,
    quote: 'Data retained 180 days, then hard-deleted from primary DB and object storage.',
  },
];
// A subscription that lapses ends the account; in a contract that defines the vendor as 'Acme Ltd ("Vendor")', "Vendor"
// is the vendor itself, not someone else's vendor.
const DPA = 'This Data Processing Addendum forms part of the Agreement between Acme Ltd ("Vendor") and the customer named in the order form.';
const party: Valid<number>[] = [
  { page: 'Account data is kept for 90 days after the subscription lapses, then deleted.', value: 90, quote: 'Account data is kept for 90 days after the subscription lapses, then deleted.' },
  { page: [DPA, 'On termination, Vendor will return or destroy Customer Data within forty-five days.'], value: 45, quote: 'On termination, Vendor will return or destroy Customer Data within forty-five days.' },
  { page: [DPA.replace('("Vendor")', '(the "Supplier")'), 'Supplier shall delete all Customer Data within 60 days after termination of the Agreement.'], value: 60, quote: 'Supplier shall delete all Customer Data within 60 days after termination of the Agreement.' },
];
// A named window before the second one: "After the Export Window closes, Acme shall delete … within thirty (30) days".
const DEF = '9.1 For fourteen (14) days after termination or expiry of the Agreement (the "Export Window"), Customer may export site content from the Services.';
const namedFirst: Valid<number>[] = [
  ['9.2 After the Export Window closes, Acme shall delete all Customer Personal Data from its production systems within thirty (30) days.', 44],
  ['9.2 Upon expiry of the Export Window, Acme will erase Customer Data within 7 days.', 21],
  ['9.2 At the end of the Export Window, Acme deletes all Customer Data within sixty (60) days.', 74],
].map(([text, value]) => ({ page: [{ kind: 'heading' as const, text: '9. Return and deletion' }, { text: DEF, headings: ['9. Return and deletion'] }, { text: text as string, headings: ['9. Return and deletion'] }], value: value as number, quote: text as string }));
const valid: Valid<number>[] = [
  ...more,
  ...namedFirst,
  ...party,
  ...closed.map(([text, value]) => ({ page: underHeading(text), value, quote: text })),
  ...lists.map(([page, value]) => ({ page, value, quote: page })),
];

const invalid: Invalid[] = [
  // A booking, an order, a session or a ticket cancelled or closed: not the account.
  { page: 'Cancelled and completed booking requests are cleared from the inbox after 12 months.' },
  { page: 'Cancelled orders are purged from the dashboard after 90 days.' },
  { page: 'Terminated sessions are deleted within 24 hours.' },
  { page: 'Closed tickets are removed after 6 months.' },
  { page: 'Cancelled appointments are deleted after 30 days.' },
  // The customer's own duty to keep records (often a law's), not the vendor's deletion window.
  { page: 'Reminder: the Canada Revenue Agency generally requires businesses to keep records for six years from the end of the tax year after you cancel.' },
  { page: 'After you cancel, remember that HMRC requires employers to keep payroll records for 3 years.' },
  { page: 'You must keep payroll records for 3 years after an employee leaves, so export before you cancel.' },
  { page: 'Employers are required to retain timesheets for two years after termination.' },
  { page: 'Practices must retain records for 8 years after account closure under NHS guidance.' },
  { page: 'Taxpayers need to keep receipts for six years after you close your account.' },
  // The length of a contract, a trial or a notice.
  { page: 'After the 30-day trial period, your data is deleted within 7 days of cancellation.' },
  { page: 'Either party may terminate on 30 days\' notice; data is then handled as set out in the DPA.' },
  { page: 'Customer data is retained for the 12-month term of the subscription and handled as the DPA sets out after termination.' },
  // A contract's own defined term is no window after the account; a row about billing records is not the account's data (review).
  { page: ['This Agreement runs for an initial term of twelve (12) months (the "Initial Term").', 'Upon expiry of the Initial Term, Vendor deletes Customer Data within thirty (30) days.'] },
  { page: [{ kind: 'table-row', header: ['Event', 'What happens'], cells: ['Billing records after account closure', 'Kept in our accounting system. Retained 7 years, then deleted.'], text: 'Billing records after account closure | Kept in our accounting system. Retained 7 years, then deleted.' }] },
  // Outside a contract that defines it, "our vendor" is someone else.
  { page: 'Our vendor deletes its copies of call recordings within 30 days after termination.' },
  // A list that is mostly other kinds of data.
  { page: 'All logs, backups, invoices and sessions are deleted within 90 days of termination.' },
  { page: 'All invoices, receipts and billing records are kept for 7 years after termination.' },
];

runTable(extractor, valid, invalid);
