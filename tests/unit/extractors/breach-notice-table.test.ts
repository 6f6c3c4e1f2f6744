import { extractor } from '../../../extractors/breach-notice';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';
import type { BlockSpec } from '../helpers/page';

// From blind batch 94: a notification table ("Who hears from us | About what | How fast"). The row is the vendor's notice
// to the customer when one cell names the customer, the row is about a breach and not an outage, and another cell gives
// the window; rows for regulators, researchers, everyone (status) or support say nothing of it.
const row = (cells: string[], header = ['Who', 'About what', 'How fast'], heading = 'Incident notification'): BlockSpec[] => [
  { kind: 'table-row', cells, header, text: cells.join(' | '), headings: [heading] },
];
const v = (cells: string[], value: number, header?: string[], heading?: string): Valid<number> => ({ page: row(cells, header, heading), value, quote: cells.join(' | ') });
const valid: Valid<number>[] = [
  v(['Organization owners', 'Confirmed unauthorized access to Customer Data', 'Within 48 hours of confirmation'], 48),
  v(['Account administrators (security breach affecting your data)', 'Within 72 hours of confirming the breach', 'Email to all admins'], 72, ['Who', 'When we notify', 'How']),
  v(['Room owner (contracting customer)', 'Without undue delay and in any case within twelve (12) hours of confirming a breach'], 12, ['Recipient', 'Timing'], 'Breach notification'),
  v(['Account owner and security contacts', 'Confirmed unauthorized access to or disclosure of your customer data', 'Within one (1) business day of confirmation'], 24),
  v(['Account owners & designated security contact', 'Confirmed security incident affecting your Customer Data', 'No later than 48 hours after confirmation'], 48),
  v(['You (the customer)', 'Personal data breach', 'Within 36 hours'], 36),
  v(['Customer administrators', 'Security incident involving customer data', '24 hours'], 24, ['Audience', 'Event', 'Notice within']),
  v(['Your workspace owners', 'Data breach', 'Within 3 business days'], 72, ['Recipient', 'Trigger', 'Deadline'], 'Breach notice'),
  v(['Controller', 'Personal Data Breach', 'Within 48 hours of becoming aware'], 48, ['Party', 'Event', 'Time limit'], 'Notification obligations'),
  v(['Customer security contact', 'Confirmed incident affecting customer data', 'Within 5 days'], 120),
  v(['Subscribers', 'Unauthorized disclosure of subscriber data', 'Within 72 hours'], 72, ['Who', 'What', 'When'], 'How we communicate incidents'),
  v(['Tenant admins', 'Compromised credentials exposing tenant data', 'Within 12 hours'], 12),
  v(['Customers', 'Security breach', 'Within 2 business days, by email'], 48),
  v(['Account holders', 'Breach of account data', 'Within 96 hours'], 96, ['Who we tell', 'About', 'Within']),
  v(['Your named contacts', 'Security incident affecting your data', 'Within 24 hours of confirmation'], 24),
];
const invalid: Invalid[] = [
  { page: row(['Security researchers', 'Vulnerability report', 'Acknowledgement within 3 business days']) },
  { page: row(['Supervisory authorities', 'Personal data breach', 'Within 72 hours']) },
  { page: row(['All customers', 'Service availability or ingestion delay', 'First status post within 15 minutes']) },
  { page: row(['Everyone', 'Degraded builds and outages', 'First update within 10 minutes']) },
  { page: row(['Organization owners', 'Tokens believed exposed', 'Tokens revoked automatically and immediately']) },
  { page: row(['Regulators and affected individuals', 'Breach', 'As required by applicable law']) },
  { page: row(['Customers', 'Planned maintenance', '72 hours in advance'], ['Who', 'What', 'Notice']) },
  { page: row(['Account owners', 'Security incident', 'Updates every 4 hours until resolved']) },
  { page: row(['Customer', 'P1 incident', 'Response within 1 hour'], ['Who', 'Severity', 'Response'], 'Support response targets') },
  { page: row(['Owners', 'Breach', 'Within 48 hours'], ['Plan', 'Feature', 'Limit'], 'Pricing') },
  { page: row(['Information Commissioner', 'Personal data breach', 'Within 72 hours']) },
  { page: row(['Customers', 'Subprocessor changes', '30 days before the change'], ['Who', 'What', 'Notice'], 'Notifications') },
  { page: row(['Bug bounty reporters', 'Security vulnerability', 'Response within 1 business day']) },
  { page: row(['Account owners', 'Security breach affecting your data', 'Without undue delay']) },
  { page: row(['Public', 'Incident post-mortem', 'Within 5 business days']) },
];
runTable(extractor, valid, invalid);
