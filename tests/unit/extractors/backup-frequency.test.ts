import { extractor, type BackupFrequencyValue } from '../../../extractors/backup-frequency';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = (heading: string, text: string) => [{ text, headings: [heading] }];
const QA = (question: string, text: string) => [{ text: question, kind: 'question' as const }, { text, question }];
const LV = (label: string, value: string) => [{ text: `${label} ${value}`, kind: 'label-value' as const, label, value }];
const row = (cells: string[]) => [{ text: cells.join(' | '), kind: 'table-row' as const, cells, header: ['Measure', 'Target'] }];
const s = (page: string, value: BackupFrequencyValue, quote = page): Valid<BackupFrequencyValue> => ({ page, value, quote });

const valid: Valid<BackupFrequencyValue>[] = [
  { page: row(['Backup frequency', 'Continuous, with point-in-time recovery']), value: 'continuous', quote: 'Backup frequency | Continuous, with point-in-time recovery' },
  s('Our primary database uses continuous backups with point-in-time recovery, retained for 7 days.', 'continuous'),
  s('Point-in-time recovery is enabled for every production database.', 'continuous'),
  s('We perform daily automated backups with 7-day retention.', 'daily'),
  { page: LV('Backups', 'Every night, retained for 90 days'), value: 'daily', quote: 'Backups Every night, retained for 90 days' },
  { page: [{ text: 'Backups: metadata database snapshotted every 6 hours, kept 14 days', kind: 'list-item' }], value: 'daily', quote: 'Backups: metadata database snapshotted every 6 hours, kept 14 days' },
  { page: H('Backups', 'Daily, kept for 30 days, stored in a separate region.'), value: 'daily', quote: 'Daily, kept for 30 days, stored in a separate region.' },
  s('Daily encrypted backups stored in a separate Azure region within the EEA.', 'daily'),
  s('Databases are backed up hourly to a second availability zone.', 'daily'),
  { page: QA('How are backups handled?', 'We take full backups every day and keep them for 35 days.'), value: 'daily', quote: 'We take full backups every day and keep them for 35 days.' },
  s('Full backups are taken once a week.', 'weekly'),
  s('Weekly snapshots of all volumes are copied off-site.', 'weekly'),
  s('Automated backups are encrypted and stored in a separate region.', 'stated'),
  { page: QA('Do you backup data?', 'Yes.'), value: 'stated', quote: 'Yes.' },
  s('We back up customer data regularly and test restores.', 'stated'),
];

const invalid: Invalid[] = [
  { page: 'If you close your account, your data is removed from backups within 30 days.' },
  { page: 'Backup copies are overwritten in the ordinary course within ninety (90) days of deletion from the production systems.' },
  { page: 'Upon termination, data is deleted from backups within 35 days.' },
  { page: 'We do not back up attachments.' },
  { page: 'Backups' },
  { page: 'Export your data at any time from Settings.' },
  { page: 'Audit logs are kept for 1 year.' },
  { page: 'Our on-call engineers are paged within 5 minutes of an alert.' },
  { page: H('Backups', 'Contact support for restore requests.') },
  { page: 'Keep a local copy of your important files.' },
  { page: 'Dashboard sessions expire after 12 hours of inactivity.' },
  { page: 'Data is replicated across three availability zones.' },
  { page: [{ text: 'Backup and restore', kind: 'list-item' }] },
  { page: 'Recovery point objective: 5 minutes.' },
  { page: 'Status probes run every minute from 14 regions.' },
];

runTable(extractor, valid, invalid);
