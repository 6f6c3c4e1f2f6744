import { extractor } from '../../../extractors/rto';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const row = (cells: string[]) => [{ text: cells.join(' | '), kind: 'table-row' as const, cells, header: ['Measure', 'Target'] }];
const LV = (label: string, value: string) => [{ text: `${label} ${value}`, kind: 'label-value' as const, label, value }];
const s = (page: string, value: number, quote = page): Valid<number> => ({ page, value, quote });

const valid: Valid<number>[] = [
  { page: row(['Recovery time objective (RTO)', '4 hours']), value: 240, quote: 'Recovery time objective (RTO) | 4 hours' },
  { page: 'RPO: 1 hour. RTO: 8 hours. Tested twice a year.', value: 480, quote: 'RTO: 8 hours.' },
  { page: LV('Business continuity', 'RPO 30 minutes, RTO 2 hours'), value: 120, quote: 'Business continuity RPO 30 minutes, RTO 2 hours' },
  s('Recovery time objective: 1 hour.', 60),
  s('We commit to a 4-hour RTO for Enterprise customers.', 240),
  s('Our RTO is 12 hours for a full region failure.', 720),
  s('RTO of 4 hours and RPO of 15 minutes for the primary database.', 240),
  s('The recovery time objective for core services is thirty minutes.', 30),
  s('Our disaster recovery plan targets an RPO of 30 minutes and an RTO of 4 hours.', 240),
  s('RTO: ≤ 4 hours for catastrophic primary failure.', 240),
  { page: LV('RTO', '2 hours'), value: 120, quote: 'RTO 2 hours' },
  { page: row(['RTO', '24 hours']), value: 1440, quote: 'RTO | 24 hours' },
  s('Recovery Time Objective (RTO): 6 hours', 360),
  s('We aim for a recovery time objective of under one hour for the API.', 60),
  s('Failover to the secondary region meets a 15-minute RTO.', 15),
];

const invalid: Invalid[] = [
  { page: row(['Recovery point objective (RPO)', '15 minutes']) },
  { page: 'Recovery point objective: 5 minutes.' },
  { page: 'We restore from backup in most cases.' },
  { page: 'RTO targets are tested annually.' },
  { page: 'API access tokens have a TTL of 60 minutes.' },
  { page: 'Our on-call engineers are paged within 5 minutes of an alert.' },
  { page: 'We notify you within 72 hours of a breach.' },
  { page: 'Each service has a documented RTO.' },
  { page: 'Our RPO is 15 minutes.' },
  { page: 'Backups are taken every 6 hours and kept for 30 days.' },
  { page: 'We acknowledge security reports within one business day.' },
  { page: 'Uptime target: 99.95% per calendar month.' },
  { page: 'Dashboard sessions time out after 30 minutes of inactivity.' },
  { page: 'Our RTO will be set once the new data centre is live.' },
  { page: 'Critical vulnerabilities are patched within 48 hours.' },
];

runTable(extractor, valid, invalid);
