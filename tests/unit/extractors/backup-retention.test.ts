import { extractor } from '../../../extractors/backup-retention';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = (heading: string, text: string) => [{ text, headings: [heading] }];
const QA = (question: string, text: string) => [{ text: question, kind: 'question' as const }, { text, question }];
const LV = (label: string, value: string) => [{ text: `${label} ${value}`, kind: 'label-value' as const, label, value }];
const row = (cells: string[]) => [{ text: cells.join(' | '), kind: 'table-row' as const, cells, header: ['Measure', 'Target'] }];
const s = (page: string, value: number, quote = page): Valid<number> => ({ page, value, quote });

const valid: Valid<number>[] = [
  s('We perform daily automated backups with 7-day retention.', 7),
  { page: row(['Backup retention', '35 days']), value: 35, quote: 'Backup retention | 35 days' },
  { page: H('Backups', 'Daily, kept for 30 days, stored in a separate region.'), value: 30, quote: 'Daily, kept for 30 days, stored in a separate region.' },
  s('Our primary database uses continuous backups with point-in-time recovery, retained for 7 days.', 7),
  { page: LV('Backups', 'Every night, retained for 90 days'), value: 90, quote: 'Backups Every night, retained for 90 days' },
  { page: QA('How are backups handled?', 'We take full backups every day and keep them for 35 days.'), value: 35, quote: 'We take full backups every day and keep them for 35 days.' },
  { page: [{ text: 'Backups: metadata database snapshotted every 6 hours, kept 14 days', kind: 'list-item' }], value: 14, quote: 'Backups: metadata database snapshotted every 6 hours, kept 14 days' },
  s('Backups are retained for two weeks.', 14),
  s('Encrypted backups are stored for 90 days in a separate region.', 90),
  s('Snapshots are kept for one month.', 30),
  s('Backups are held for 21 days.', 21),
  s('Point-in-time recovery is available for the last 14 days.', 14),
  s('Database backups are retained for a maximum of 30 days.', 30),
  { page: H('Backups', 'Retention: 60 days.'), value: 60, quote: 'Retention: 60 days.' },
  s('Weekly full snapshots are copied to a separate region and kept for 12 weeks.', 84),
];

const invalid: Invalid[] = [
  { page: 'Backup copies are overwritten in the ordinary course within ninety (90) days of deletion from the production systems.' },
  { page: 'If you close your account, your data is removed from backups within 30 days after that.' },
  { page: 'Databases are snapshotted every 6 hours.' },
  { page: row(['Audit log retention', '1 year']) },
  { page: 'Audit logs are kept for 1 year.' },
  { page: 'Upon termination, Processor shall delete Customer Personal Data within thirty (30) days.' },
  { page: 'Recovery point objective: 15 minutes.' },
  { page: 'We test restores from backup every quarter.' },
  { page: 'Backups run daily.' },
  { page: 'Billing records are kept for 7 years.' },
  { page: 'Customer data is retained for the duration of the contract.' },
  { page: 'We can restore a backup within 4 hours.' },
  { page: 'Event logs: 1 year for Pro, 30 days for Free tier.' },
  { page: 'Artifact retention: configurable, default 30 days after last download.' },
  { page: H('Backups', 'Backups are encrypted with AES-256.') },
];

runTable(extractor, valid, invalid);
