import { extractor } from '../../../extractors/rpo';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const row = (cells: string[]) => [{ text: cells.join(' | '), kind: 'table-row' as const, cells, header: ['Measure', 'Target'] }];
const LV = (label: string, value: string) => [{ text: `${label} ${value}`, kind: 'label-value' as const, label, value }];
const s = (page: string, value: number, quote = page): Valid<number> => ({ page, value, quote });

const valid: Valid<number>[] = [
  { page: row(['Recovery point objective (RPO)', '15 minutes']), value: 15, quote: 'Recovery point objective (RPO) | 15 minutes' },
  { page: 'RPO: 1 hour. RTO: 8 hours. Tested twice a year.', value: 60, quote: 'RPO: 1 hour.' },
  { page: LV('Business continuity', 'RPO 30 minutes, RTO 2 hours'), value: 30, quote: 'Business continuity RPO 30 minutes, RTO 2 hours' },
  s('Recovery point objective: 5 minutes.', 5),
  s('RPO: <= 5 minutes', 5),
  s('We maintain a 24-hour RPO for file storage.', 1440),
  s('Our recovery point objective is under one hour.', 60),
  s('RTO of 4 hours and RPO of 15 minutes for the primary database.', 15),
  s('Our disaster recovery plan targets an RPO of 30 minutes and an RTO of 4 hours.', 30),
  s('The recovery point objective for customer data is two hours.', 120),
  s('We target a recovery point objective of no more than 24 hours.', 1440),
  { page: LV('RPO', '1 hour'), value: 60, quote: 'RPO 1 hour' },
  { page: row(['RPO', '4 hours']), value: 240, quote: 'RPO | 4 hours' },
  s('Recovery Point Objective (RPO): 10 minutes', 10),
  s('Production databases have an RPO of 5 minutes thanks to continuous WAL archiving.', 5),
];

const invalid: Invalid[] = [
  { page: row(['Recovery time objective (RTO)', '4 hours']) },
  { page: 'Recovery time objective: 1 hour.' },
  { page: 'Backups are retained for 35 days.' },
  { page: 'We define an RPO for every tier of service.' },
  { page: 'Dashboard sessions expire after 12 hours.' },
  { page: 'RPO and RTO targets are reviewed every year.' },
  { page: 'Point-in-time recovery is available for 7 days.' },
  { page: 'Disaster recovery is tested twice a year.' },
  { page: 'Our RTO is 4 hours.' },
  { page: 'Backups are taken every 6 hours and kept for 30 days.' },
  { page: 'We aim to restore service within 8 hours of a regional outage.' },
  { page: 'Uptime target: 99.9% per calendar month.' },
  { page: 'We acknowledge security reports within 24 hours.' },
  { page: 'Our RPO will be defined once the disaster recovery programme launches.' },
  { page: 'Dashboard sessions time out after 30 minutes of inactivity.' },
];

runTable(extractor, valid, invalid);
