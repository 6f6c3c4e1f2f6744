import { extractor } from '../../../extractors/data-countries';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

// From blind batches 65-72 (after their first runs): a country before the people or organisations it describes
// ("New Zealand insurers", "US carriers", "Brazilian players") is whose place, not where data is; work done in a
// region with no word of keeping anything ("runs classification in us-east-1") is processing; "they're not stored
// there" stores nothing.
const same = (page: string, value: string[]): Valid<string[]> => ({ page, value, quote: page });
const valid: Valid<string[]>[] = [
  same('Claims data is stored in Sydney, Australia, for all customers, including New Zealand insurers.', ['AU']),
  same('Shipment data for US shippers and Canadian brokers is stored in Montréal, Canada.', ['CA']),
  same('Game data for Brazilian players is stored in Virginia, USA.', ['US']),
  same('All data is hosted in Frankfurt, Germany, including records of Swiss banks.', ['DE']),
  same('Booking data is kept in Dublin, Ireland, for UK airlines as well.', ['IE']),
  same('Data for Australian councils is stored in Sydney.', ['AU']),
  same('Creator content is stored in Oregon, USA, including for Japanese studios.', ['US']),
  same('Lesson records are stored in London for Irish schools and teachers alike.', ['GB']),
  same('Patient files are hosted in Toronto, Canada, even for US patients.', ['CA']),
  same('Data is stored in Stockholm, Sweden; Norwegian lenders use the same region.', ['SE']),
  same('Events from US players pass through our North American collectors, but they’re not stored there; all storage is in Finland.', ['FI']),
  same('Requests from Asia pass through our Singapore relay, but they are not stored there; data is stored in Germany.', ['DE']),
  same('Decision logs are stored in AWS eu-west-1 (Dublin, Ireland); the US endpoint runs classification in AWS us-east-1 to cut latency.', ['IE']),
  same('Your workspace is stored in Frankfurt; transcoding runs jobs in us-east-1 for speed.', ['DE']),
  same('Customer data is stored in Canada; the scanner performs checks on servers in Ohio.', ['CA']),
  same('Your workspace runs in us-west-2.', ['US']),
];
const invalid: Invalid[] = [
  { page: 'Trusted by New Zealand insurers and Australian brokers.' },
  { page: 'Built for US carriers, Canadian shippers and Mexican drivers.' },
  { page: 'Popular with Brazilian players and Japanese studios.' },
  { page: 'Over 300 Swiss banks and German lenders rely on our platform.' },
  { page: 'Used by UK airlines and Irish travellers every day.' },
  { page: 'Events from US players pass through our North American collectors, but they’re not stored there.' },
  { page: 'Requests pass through our Singapore relay; they are not stored there.' },
  { page: 'The US endpoint runs classification in AWS us-east-1 to cut latency.' },
  { page: 'Our moderation service performs image checks in us-east-1.' },
  { page: 'The edge worker executes rules on servers in eu-central-1.' },
  { page: 'Transcoding runs jobs in us-east-1 for speed.' },
  { page: 'Canadian patients and US physicians use our app.' },
  { page: 'We serve Australian councils and New Zealand governments.' },
  { page: 'Our collectors in Ohio do lightweight enrichment on incoming events.' },
  { page: 'Data from Irish students and their parents is never sold.' },
];
runTable(extractor, valid, invalid);
