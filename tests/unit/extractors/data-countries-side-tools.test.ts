import { extractor } from '../../../extractors/data-countries';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

// From blind batches 34-43 (after their first runs): side services named by what they do (SMS and email reminders,
// receipts, subscription billing, media servers that mix calls, supporting tools), people named by where they are based
// ("US-based contributors"), an item under "Where your data goes" naming a side purpose, and a subprocessor row whose
// "Customer materials?" cell says "No".
const same = (page: string, value: string[]): Valid<string[]> => ({ page, value, quote: page });
const subprocessor = (cells: string[]) => ({ kind: 'table-row' as const, cells, header: ['Subprocessor', 'Service', 'Data location', 'Customer materials?'], text: cells.join(' | '), headings: ['Subprocessors'] });
const valid: Valid<string[]>[] = [
  same('Customer data is stored in Canada; SMS reminders are sent through a provider in the United States.', ['CA']),
  same('All clinic data is hosted in Canada, and email receipts are delivered from the US.', ['CA']),
  same('Customer data stays in Germany; subscription billing is handled in the United States.', ['DE']),
  same('Recordings are stored in Finland; calls are mixed by media servers in Virginia.', ['FI']),
  same('Our platform is hosted in Ireland, while a few supporting tools are US-hosted.', ['IE']),
  same('Customer data is hosted in the UK, and our US-based contributors work only in the UK-hosted desktop.', ['GB']),
  same('Data is stored in Australia; India-based engineers access it through a bastion.', ['AU']),
  same('All workspace data is stored in Japan, and appointment reminders go out via an SMS gateway in Singapore.', ['JP']),
  same('Customer content is stored in France, with payment reminders sent from Ireland.', ['FR']),
  same('Customer files live in the Netherlands; transcoding by a partner in the US keeps no copies.', ['NL']),
  same('Our database is hosted in Switzerland, and UK based support staff answer tickets.', ['CH']),
  same('We store customer data in Sweden; text messages are routed through Twilio in the US.', ['SE']),
  same('Customer data is hosted in Belgium and our Philippines-based agents handle chat.', ['BE']),
  same('All data is stored in Canada; billing runs on Stripe in the United States.', ['CA']),
  same('Customer records are stored in Germany and receipts are emailed from the United States.', ['DE']),
];
const invalid: Invalid[] = [
  { page: 'SMS appointment reminders are sent from the United States.' },
  { page: 'Email reminders and receipts are delivered from the US.' },
  { page: 'Subscription billing and deposits are processed in Canada and the United States.' },
  { page: 'Voice rooms are mixed by our media servers in Ashburn for North American members.' },
  { page: 'A few supporting tools are hosted in the United States.' },
  { page: 'We can staff US-based contributors on request.' },
  { page: 'Our India-based engineers are on call around the clock.' },
  { page: 'Payment reminders are sent from Ireland.' },
  { page: 'Text messages are delivered by a carrier in Singapore.' },
  { page: 'Transcoding happens on media servers in Virginia.' },
  { page: 'UK based support staff answer tickets within four hours.' },
  { page: [subprocessor(['Video interviewing tool', 'Contributor vetting', 'United States', 'No'])] },
  { page: [subprocessor(['Payroll platform', 'Contributor payments', 'United States', 'No'])] },
  { page: [subprocessor(['Identity provider', 'Staff SSO', 'European Union (Ireland)', 'No'])] },
  { page: 'Billing is handled by our payments partner in the Netherlands.' },
];

runTable(extractor, valid, invalid);
