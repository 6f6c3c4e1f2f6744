import { extractor } from '../../../extractors/retention';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

// From blind batches 36-43 (after their first runs): a window added to the life of the subscription ("for the life of
// your subscription plus ninety days"); deletion "from the platform and from backups" (the backups come with the data);
// a label before the sentence ("Cancellation: Cancelled workspaces …", a capital after the colon is no company's name);
// a prepositional opening that names the contract ("Per our Data Processing Agreement, all Clinic Data …").
const same = (page: string, value: number): Valid<number> => ({ page, value, quote: page });
const valid: Valid<number>[] = [
  same('Customer Data is retained for the life of your subscription plus ninety days, after which it is deleted.', 90),
  same('We keep your data for the duration of the agreement plus 30 days, after which it is deleted.', 30),
  same('Customer data is kept for the term of the contract and an additional 60 days, then destroyed.', 60),
  same('Following termination, Acme will delete customer data from the platform and from backups within six (6) weeks.', 42),
  same('Customer data is erased from the app and from backups within 30 days of cancellation.', 30),
  same('When you cancel, we delete your data from the service and backups within 14 days.', 14),
  same('Cancellation: Cancelled workspaces are permanently deleted four weeks after cancellation.', 28),
  same('Note: Closed accounts are purged 60 days after closure.', 60),
  same('Per our Data Processing Agreement, all Clinic Data is permanently deleted within thirty (30) days after the end of the agreement.', 30),
  same('Under the DPA, all Customer Data is erased within 45 days of termination.', 45),
  same('Your content is stored for the lifetime of your account plus 14 days, then permanently deleted.', 14),
  same('We delete customer data from our infrastructure and from backups within 90 days of contract end.', 90),
  same('Offboarding: Terminated tenants are wiped within 10 days.', 10),
  same('As set out in the MSA, all Customer Content is deleted within 60 days after termination.', 60),
  same('In line with our retention policy, all workspace data is destroyed 30 days after cancellation.', 30),
];
const invalid: Invalid[] = [
  { page: 'Logs are kept for the life of your subscription.' },
  { page: 'Invoices are retained for the duration of the agreement plus seven years, as tax law requires.' },
  { page: 'Backups are kept for 35 days on a rolling basis.' },
  { page: 'Deleted meetings are removed from the platform and from backups within 14 days.' },
  { page: 'Cancellation: you can cancel at any time with 30 days notice.' },
  { page: 'Per our Data Processing Agreement, Stripe, a payment processor, keeps card data for seven years after termination.' },
  { page: 'Note: Trial workspaces are deleted 14 days after the trial ends.' },
  { page: 'Session logs are purged from the app and from backups after 90 days.' },
  { page: 'Under the DPA, you must notify us within 30 days of termination if you want an export.' },
  { page: 'Audit logs are retained for the term of the contract plus one year for your own compliance needs.' },
  { page: 'Billing records are kept for the life of your subscription plus six years.' },
  { page: 'Support tickets are deleted from the platform and from backups after 12 months.' },
  { page: 'Offboarding: We revoke staff access within 24 hours of termination.' },
  { page: 'As set out in the MSA, either party may terminate with 90 days notice.' },
  { page: 'In line with our retention policy, security logs are kept for 400 days.' },
  { page: 'Account data is retained for the term of your subscription and an additional 6 years for invoices and tax records.' },
  { page: 'Data is retained for the duration of the subscription plus 90 days of backups kept on a rolling basis.' },
];

runTable(extractor, valid, invalid);
