import { extractor } from '../../../extractors/retention';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

// From blind batches 65-80 (after their first runs): the end of the relationship said as "after your plan ends", "of the
// account being closed", "for the duration of the Subscription Term and … thereafter"; what is deleted named as
// projects, photos or documents; a list after "all" whose first item is the customer's data and most of whose items are not other
// kinds ("all workspace data, uploaded files and logs", not "All billing records, invoices and payment data"); disaster-recovery snapshots named as one more place the data is deleted from.
const same = (page: string, value: number): Valid<number> => ({ page, value, quote: page });
const valid: Valid<number>[] = [
  same('We keep your projects for 12 months after your plan ends.', 365),
  same('Your documents are deleted 60 days after your paid plan ends.', 60),
  same('Photos are removed within 30 days after your plan ends.', 30),
  same('Timesheets, clock-in photos and job records are erased from our systems within 45 days of the account being closed.', 45),
  same('Your files are deleted within 14 days of the workspace being cancelled.', 14),
  same('Customer Data is retained for the duration of the Subscription Term and for a period of six (6) months thereafter.', 180),
  same('Data is kept for the term of the Agreement and for ninety (90) days thereafter, after which it is destroyed.', 90),
  same('We retain your content for the length of your subscription and for 30 days afterwards.', 30),
  same('We delete all workspace data, uploaded files and logs within 30 days after you cancel.', 30),
  same('We delete all project files, build caches and logs within 21 days after the account is closed.', 21),
  same('All uploaded files, dashboards and audit logs are purged within 45 days after termination.', 45),
  same('Mosaiqa will delete all Customer Personal Data, including data held in disaster-recovery snapshots, no later than forty-five (45) days after the end of the Agreement.', 45),
  same('We erase all customer data, including copies in DR backups, within 60 days after termination.', 60),
  same('All Customer Data, including records held in encrypted snapshots, is deleted within 30 days of contract end.', 30),
  same('We keep your messages and attachments for 30 days after you cancel.', 30),
  // A bracket before the window is an aside.
  same('We deliver a complete export (PDF/A documents, audit trail in CSV and XML) and then retain your tenant for ninety (90) days after the termination date.', 90),
  same('On termination we hand over an archive (documents, logs and invoices) and delete your workspace within 30 days.', 30),
];
const invalid: Invalid[] = [
  { page: 'We keep your projects for 12 months.' },
  { page: 'Your plan ends on the renewal date shown in billing.' },
  { page: 'We delete all access logs, session tokens and audit trails within 30 days after you cancel.' },
  { page: 'Backups are deleted within 35 days after termination.' },
  { page: 'Disaster-recovery snapshots are kept for 14 days.' },
  { page: 'Customer Data is retained for the duration of the Subscription Term.' },
  { page: 'Photos are compressed after 30 days.' },
  { page: 'The account being closed cannot be reopened.' },
  { page: 'Invoices are kept for seven years after your plan ends.' },
  { page: 'Audit logs are kept for 400 days.' },
  { page: 'Cancelled bookings are removed after 12 months.' },
  { page: 'Trial workspaces are deleted 30 days after the trial ends.' },
  { page: 'Projects in the trash are deleted after 30 days.' },
  { page: 'Usage statistics are aggregated for the length of your subscription and for 2 years thereafter.' },
  { page: 'Session tokens expire 12 hours after your plan ends.' },
  { page: 'Audit logs (kept for compliance) are deleted 400 days after termination.' },
  { page: 'All billing records, invoices and payment data are kept for 7 years after your account is closed.' },
  { page: 'All usage data, invoices and receipts are retained for 6 years after your plan ends.' },
];
runTable(extractor, valid, invalid);
