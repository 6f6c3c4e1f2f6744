import { extractor } from '../../../extractors/retention';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

// A window after the end that keeps the data in place before deleting it ("your data stays three months in the system",
// "the account is suspended and data is held for a 14-day grace period", "the whole workspace is soft-deleted; for 14
// days you can bring it back"), with its end said in the next sentence ("After this we delete …"); and records the law
// makes the vendor keep ("that we are obliged to keep", "retained for the statutory period"), which are an exception to
// the window, not the window.
const quoted: [string, number][] = [
  ['After end of contract, your data stays three months in the system in a locked state, so you can export it. After this we delete everything, also from the backups.', 90],
  ['After the end of the contract, your data stays in the system for 60 days so you can export it. After this we delete it.', 60],
  ['When your subscription is cancelled, your files stay available for 30 days. After which they are permanently deleted.', 30],
  ["On termination of a subscription, the customer's account is suspended and data is held for a 14-day grace period. At the end of the grace period all customer data is deleted.", 14],
  ['On cancellation, the workspace is suspended and its data is kept for 21 days. After that it is erased.', 21],
  ['When a contract is terminated, the tenant is suspended and data is retained for 45 days before deletion.', 45],
  ['Once it closes, the whole workspace is soft-deleted; for 14 days you can bring it back. After those 14 days it is permanently erased.', 14],
  ['When an account is soft-deleted, it can be restored for 30 days. After those 30 days all of its data is purged.', 30],
  ['Your organisation is soft-deleted when you cancel, and you can restore it for 7 days. After those 7 days it is gone for good.', 7],
  ['Transaction records we are obliged to keep are retained for five years; all other customer data is deleted within 90 days after the account is closed.', 90],
  ['Once your account is closed, we delete your data within 90 days. Records we must keep for the statutory period are held separately.', 90],
  ['After termination we delete customer data within 30 days, and invoices are retained for the statutory retention period.', 30],
  ['Upon termination, Customer Data is deleted within sixty (60) days, except where we are required by law to retain it.', 60],
  ['When the agreement ends, your data stays read-only for 30 days. After this, we delete it within a further 30 days.', 60],
  ['After cancellation, content stays in your account for two weeks. After this we erase it.', 14],
  ['Unless we are required to retain it by law, we delete all customer data within 30 days of account termination.', 30],
  ['Except where we are obliged by law to keep it, Customer Data is deleted within 60 days after the Agreement ends.', 60],
];
// The quote is the part that names the end of the account and the window.
const QUOTES: Record<string, string> = {
  'Your organisation is soft-deleted when you cancel, and you can restore it for 7 days. After those 7 days it is gone for good.': 'Your organisation is soft-deleted when you cancel, and you can restore it for 7 days.',
  'Transaction records we are obliged to keep are retained for five years; all other customer data is deleted within 90 days after the account is closed.': 'all other customer data is deleted within 90 days after the account is closed.',
  'Once your account is closed, we delete your data within 90 days. Records we must keep for the statutory period are held separately.': 'Once your account is closed, we delete your data within 90 days.',
};
const valid: Valid<number>[] = quoted.map(([page, value]) => ({ page, value, quote: QUOTES[page] ?? page }));
const invalid: Invalid[] = [
  { page: 'Exception: ledgers and KYC records that we are obliged to keep under anti-money-laundering rules are retained for the statutory period (currently five years) after the account is closed.' },
  { page: 'Payroll records that we are required to keep are retained for six years after the contract ends.' },
  { page: 'After the account is closed, tax documents are kept for the statutory period of ten years.' },
  { page: 'We are obligated to retain audit evidence for seven years after termination.' },
  { page: 'Card-scheme records are held for the regulatory retention period (currently 18 months) after the account ends.' },
  { page: 'Accounts suspended for non-payment are deleted after 90 days.' },
  { page: 'Suspended workspaces are purged after 60 days of suspension.' },
  { page: 'Your data stays in the EU.' },
  { page: 'Your files stay private for as long as you keep them.' },
  { page: 'Deleted items stay in the trash for 30 days.' },
  { page: 'Trial workspaces stay active for 14 days.' },
  { page: 'Backups stay in the second region for 35 days after the account is closed.' },
  { page: 'After this, the invoice is sent by email within 2 days of cancellation.' },
  { page: 'We are bound to keep transaction logs for five years after the relationship ends.' },
  { page: 'Records that we are obliged to preserve under financial regulations are kept for 10 years after closure.' },
  { page: 'You can skip the waiting period: deleting your organisation now deletes everything immediately.' },
  { page: 'After your subscription ends, you have 30 days to export your data. After this, we retain aggregated, anonymised analytics for 24 months.' },
  { page: 'If you cancel, your account stays open until the end of the current 30-day period.' },
  { page: 'If you need customs documents for longer (e.g. for audits, which can go back six years), export them before you cancel.' },
  { page: 'When your account is closed, your public posts stay visible to other members for 30 days.' },
  { page: 'After termination, the vendor will notify the customer of any incident within thirty-six (36) hours.' },
];
runTable(extractor, valid, invalid);
