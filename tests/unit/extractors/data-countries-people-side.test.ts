import { extractor } from '../../../extractors/data-countries';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

// Where the data is stored, not where people sit ("our reviewers in Mexico City", "a listener in Jakarta"), where it
// only passes through ("transit the partner's packet core in Sweden"), where a side tool is hosted (on-call paging, a
// support inbox, the support desk "for our support"), where customers operate, a place a denial names ("no data is
// stored in India"), a decommissioned cluster or the place accounts are migrated away from. A clause that opens on its
// verb after "and" shares the subject of the clause before it ("Our analytics tool … and is hosted in the US").
const same = (page: string, value: string[]): Valid<string[]> => ({ page, value, quote: page });
const valid: Valid<string[]>[] = [
  same('Customer data is stored in Germany, and our support team in Portugal never sees it.', ['DE']),
  same('All customer data is stored in Canada; our reviewers in Mexico City view clips remotely.', ['CA']),
  same('Episodes are stored in the United States, even when a listener in Jakarta downloads them.', ['US']),
  same('Customer data is stored in Ireland, and our on-call paging tool is hosted in the United States.', ['IE']),
  same('Telemetry is stored in the United Kingdom; readings transit the carrier network in Sweden on the way.', ['GB']),
  same('All workspace data is hosted in Australia; no data is stored in New Zealand.', ['AU']),
  same('Customer data is hosted in France, and the support inbox is hosted in the United States.', ['FR']),
  same('Our platform and database are hosted in Germany and replicated within Germany.', ['DE']),
  same('Customer data is stored in Canada because our customers operate in both the US and Canada.', ['CA']),
  same('All customer data is now stored in Frankfurt, Germany; the legacy cluster in Virginia has been decommissioned.', ['DE']),
  same('Our application servers run in the Netherlands and are hosted by our cloud provider in Amsterdam.', ['NL']),
  same('The database lives in Sweden and is backed up within the EU.', ['SE']),
  same('Customer records are stored in Japan, while live streams are relayed through servers in Singapore.', ['JP']),
  same('For our support we use a helpdesk in the US, but all customer data is stored in Switzerland.', ['CH']),
  same('Our team in London builds the product; customer data is hosted in Ireland.', ['IE']),
  same('Our NZ customers (mostly in Auckland and Christchurch) are hosted in Sydney along with everyone else.', ['AU']),
  same('Distribution partners in Australia and New Zealand can choose to have their clinics hosted in our Sydney environment.', ['AU']),
  same('Resellers in Canada sell our product, and all customer data is stored in the United States.', ['US']),
  // From batch 31: a place in the clause's subject, with the place it is hosted in after the verb, is a segment; a
  // "Venues located in" column is the customers' place; "Shopify stores" are shops, not storage.
  same('Restaurants in the UK and Switzerland are hosted in our Frankfurt environment.', ['DE']),
  same('Teams in Canada and Mexico are all hosted in Virginia.', ['US']),
  same('Data for venues in Ireland is stored in Frankfurt.', ['DE']),
  { page: [{ kind: 'table-row', header: ['Venues located in', 'Production region', 'Location'], cells: ['United States, Canada, Mexico', 'us-east4', 'Ashburn, Northern Virginia, USA'], text: 'United States, Canada, Mexico | us-east4 | Ashburn, Northern Virginia, USA' }], value: ['US'], quote: 'United States, Canada, Mexico | us-east4 | Ashburn, Northern Virginia, USA' },
  // From batches 27 and 31–33: a participle after a dash shares the side service before it; "a UK company" and "UK and
  // Ireland retailers:" are the operator and a segment; a retired region and the group's other products store nothing.
  same('Customer data is stored in Germany; customer support ticketing (ticket content only) — hosted in Ireland.', ['DE']),
  same("We're a UK company and our support team is in Manchester; customer data is stored in Frankfurt, Germany.", ['DE']),
  same('UK and Ireland retailers: all data is stored in Azure UK South (London).', ['GB']),
  { page: 'All customer data is stored in Dublin, Ireland. The ap-southeast-1 (Singapore) region has been retired.', value: ['IE'], quote: 'All customer data is stored in Dublin, Ireland.' },
  same('Ferrow data is stored in Australia East; the group’s other products are hosted in Azure UK South.', ['AU']),
  same('All customer data — accounts, logs, status pages — lives on Postgres in Falkenstein, Germany.', ['DE']),
  // Review mends: what the new rules must leave standing.
  same('No customer data is stored outside Germany.', ['DE']),
  same('Customer data is encrypted in transit via TLS 1.2+ and stored at rest in AWS Canada (Central).', ['CA']),
  same('The databases that store data for all our EU customers are in Frankfurt, Germany.', ['DE']),
  same('Customer data is stored in Germany after we decommissioned our US data centre in 2022.', ['DE']),
  same('Customer data is hosted in Australia and was migrated from AWS to Azure in 2023.', ['AU']),
  same('Customer data is hosted by our in-house team in Frankfurt, Germany.', ['DE']),
  { page: ['Provider shall not host Customer Data in:', { kind: 'list-item', text: 'the United States;', lead: 'Provider shall not host Customer Data in:' }, { kind: 'list-item', text: 'Singapore.', lead: 'Provider shall not host Customer Data in:' }, 'Customer Data is hosted in Ireland.'], value: ['IE'], quote: 'Customer Data is hosted in Ireland.' },
];
const invalid: Invalid[] = [
  { page: 'Our operations team in Bengaluru, India supports customers overnight; no data is stored in India.' },
  { page: 'Driver video review is performed by our reviewers in Mexico City, who view clips remotely.' },
  { page: 'A listener in Jakarta gets your episode quickly because the CDN keeps cached copies near them.' },
  { page: 'Readings transit the partner network in Sweden before reaching our ingestion endpoint; they are not stored there.' },
  { page: 'Our product analytics tool receives pseudonymised usage events and is hosted in the United States.' },
  { page: 'Our engineering on-call tooling is hosted in the United States and receives alert metadata only.' },
  { page: 'The support inbox itself is hosted in the United States.' },
  { page: 'For our support we use a helpdesk tool, there the tickets are stored in the USA.' },
  { page: 'Lots of our customers operate in both the US and Canada, and they like simple hosting.' },
  { page: 'The legacy cluster in Virginia that hosted older accounts has been decommissioned and its volumes destroyed.' },
  { page: 'Existing US-hosted accounts are to be migrated next quarter.' },
  { page: 'Live streams are ingested and relayed through media servers located in Singapore and Frankfurt.' },
  { page: 'Clips are not copied out of your region, and nothing is stored in Mexico.' },
  { page: 'Our moderators based in the Philippines review flagged profiles; profile data is not stored there.' },
  { page: 'Our visitor stats are hosted in Germany.' },
  { page: 'Our annotation team in Kenya labels sample audio that is never stored outside the platform.' },
  { page: 'Our customers (mostly in Germany and Austria) are small clinics.' },
  { page: 'Partners in Brazil and Mexico resell the product to local schools.' },
  { page: 'EU customer data is being migrated to Frankfurt by Q3 2026.' },
  { page: 'The ap-southeast-1 (Singapore) region has been retired.' },
  { page: 'Calloway’s other products are hosted in Azure UK South.' },
  { page: 'We print labels for about 4,000 merchants, mostly Canadian Shopify stores, with a growing number in the US.' },
  { page: 'Accounts hosted in the United States are being migrated to Frankfurt, Germany.' },
  { page: ['Provider will not transfer Customer Data to:', { kind: 'list-item', text: 'the United States; or', lead: 'Provider will not transfer Customer Data to:' }, { kind: 'list-item', text: 'India.', lead: 'Provider will not transfer Customer Data to:' }] },
];
runTable(extractor, valid, invalid);
