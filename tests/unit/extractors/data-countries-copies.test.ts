import { extractor } from '../../../extractors/data-countries';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';
import type { BlockSpec } from '../helpers/page';

// A backup or recovery copy named beside the primary place, in a note in brackets or in the same table cell, is not
// where the data is primarily stored ("UK (primary); Ireland (backups)"); a transfer instrument named after a country
// ("the UK Addendum", "the UK Extension") is no storage place at all.
const row = (role: string, where: string, heading = 'Where your data is hosted'): BlockSpec[] => [
  { kind: 'heading', text: heading },
  { kind: 'table-row', header: ['Provider', 'Purpose', 'Location'], cells: ['Cloudhost', role, where], text: `Cloudhost | ${role} | ${where}`, headings: [heading] },
];
const valid: Valid<string[]>[] = [
  ...[
    ['Customer data is stored in London (primary) and Dublin (backups).', ['GB']],
    ['Customer data is stored in Frankfurt (primary region) and Berlin (DR).', ['DE']],
    ['All workspace data is hosted in Amsterdam (primary) with a copy in Paris (disaster recovery).', ['NL']],
    ['Records are stored in Toronto (primary) and Montréal (failover).', ['CA']],
    ['Data is hosted in Sydney (production) and Melbourne (replica).', ['AU']],
    ['Your content lives in Stockholm (primary site) and Helsinki (standby).', ['SE']],
  ].map(([page, value]) => ({ page: page as string, value: value as string[], quote: page as string })),
  ...[
    ['Hosting & storage', 'UK (primary); Ireland (backups)', ['GB']],
    ['Hosting, storage and backups', 'Netherlands; backups Germany', ['NL']],
    ['Application hosting and database', 'Germany (primary), Finland (DR)', ['DE']],
    ['Production database', 'Ireland; disaster recovery copies in Sweden', ['IE']],
    ['Hosting and storage', 'Canada (primary) / US (backup)', ['CA']],
  ].map(([role, where, value]) => ({ page: row(role as string, where as string), value: value as string[], quote: `Cloudhost | ${role} | ${where}` })),
  ...[
    ['We host in the UK, and the UK Addendum covers transfers.', ['GB']],
    ['Customer data is stored in Germany; the UK Extension covers onward transfers.', ['DE']],
    ['Data stays in France; transfers rely on the UK International Data Transfer Agreement.', ['FR']],
    ['All data is stored in Ireland.', ['IE']],
  ].map(([page, value]) => ({ page: page as string, value: value as string[], quote: page as string })),
];
const invalid: Invalid[] = [
  { page: 'Our Data Processing Addendum incorporates the 2021 EU Standard Contractual Clauses and the UK Addendum for the few transfers that leave the EEA.' },
  { page: 'We rely on the UK Extension to the EU-U.S. Data Privacy Framework.' },
  { page: 'Transfers rely on the UK International Data Transfer Agreement (IDTA).' },
  { page: 'Where data leaves the EEA we use the UK Addendum and SCCs.' },
  { page: 'Transfers to the US rely on the UK-US data bridge.' },
  { page: 'We sign the Swiss Addendum for customers who need it.' },
  { page: 'The UK IDTA is available on request.' },
  { page: 'Onward transfers are covered by the Swiss Addendum to the SCCs.' },
  { page: 'Our DPA includes the UK International Data Transfer Addendum.' },
  { page: 'We have adopted the UK Addendum to the EU SCCs for UK personal data.' },
  { page: 'Transfers from Switzerland rely on the Swiss transfer mechanism set out in the DPA.' },
  { page: 'UK transfer risk assessments are available under NDA.' },
  { page: 'The EU SCCs and the UK Addendum apply to every transfer.' },
  { page: 'We rely on the Swiss Extension to the Data Privacy Framework.' },
  { page: 'See our UK Addendum for transfer terms.' },
];

// A subprocessor row whose retention or storage cell says nothing is kept there ("Retention: None", "zero data retention").
const SUB = ['Provider', 'What they do', 'Location', 'Retention'];
const subRow = (cells: string[]): BlockSpec[] => [
  { kind: 'heading', text: 'Infrastructure' },
  { kind: 'table-row', header: SUB, cells, text: cells.join(' | '), headings: ['Infrastructure'] },
];
const keepsNothing: Invalid[] = [
  ['OpenAI (API, zero data retention)', 'Summaries & action items', 'United States', 'None'],
  ['Deepgram', 'Transcription and data processing', 'United States', 'None'],
  ['Textract', 'Receipt data extraction', 'United States', 'No'],
  ['Recall', 'Meeting bot data relay', 'United States', 'Not stored'],
  ['Vision API', 'Document data OCR', 'Japan', 'n/a'],
  ['Speechly', 'Voice data processing', 'Canada', '0 days'],
  ['Translator', 'Data translation (zero data retention)', 'Ireland', 'Per request'],
].map((cells) => ({ page: subRow(cells) }));
const keepsSome: Valid<string[]>[] = [
  { page: subRow(['Cloudhost', 'Application hosting and data storage', 'Germany', '30 days after termination']), value: ['DE'], quote: 'Cloudhost | Application hosting and data storage | Germany | 30 days after termination' },
  { page: subRow(['DB Cloud', 'Primary database', 'Ireland', 'For the term of the contract']), value: ['IE'], quote: 'DB Cloud | Primary database | Ireland | For the term of the contract' },
];

// A plan or an offer on request in one clause leaves the places of the other clauses standing ("Data is stored in the EU
// (Germany) by default; US hosting is available on request"); a sentence that only plans or offers names nothing.
const scoped: Valid<string[]>[] = [
  ['Data residency: EU (Germany) by default; US available on request.', ['DE']],
  ['Data is stored in the EU (Germany) by default; US hosting is available on request.', ['DE']],
  ['Data is stored in Frankfurt; an Australian region is coming in 2026.', ['DE']],
  ['Customer data is hosted in Canada, and a UK region is planned for next year.', ['CA']],
  ['EU hosting is on our roadmap; today all data is stored in the US.', ['US']],
  ['Data is stored in the US; if you need EU residency, contact sales about our Frankfurt region.', ['US']],
  ['Data is hosted in Ireland, but we plan to move to Germany in 2026.', ['IE']],
].map(([page, value]) => ({ page: page as string, value: value as string[], quote: page as string }));
const onlyPlanned: Invalid[] = [
  'We can host your data in Germany if you need it.',
  'An Australian region is coming in 2026.',
  'EU hosting is available on request for Enterprise customers.',
  'We plan to open a Canadian region next year.',
].map((page) => ({ page }));

// Database snapshots copied elsewhere are copies; a label naming customers before the colon that says where
// ("Restaurants in the US and Canada: stored in the United States") names who, not where.
const more: Valid<string[]>[] = [
  [['All customer data is hosted in the United Kingdom (London).', 'For disaster recovery, encrypted database snapshots are copied daily to AWS\'s Ireland region (eu-west-1).'], ['GB'], 'All customer data is hosted in the United Kingdom (London).'],
  [['Customer data is stored in Frankfurt.', 'Database snapshots are copied nightly to Amsterdam.'], ['DE'], 'Customer data is stored in Frankfurt.'],
  ["Restaurants in the US and Canada: stored in the United States, in Google Cloud's us-central1 region (Iowa).", ['US']],
  ['Customers in the UK and Ireland: stored in London.', ['GB']],
  ['Schools in Wales: data is hosted in London.', ['GB']],
  ['For clinics in Canada: data is stored in Montréal.', ['CA']],
  ['Servers in Germany: all customer data is stored there.', ['DE']],
  ['Data in the EU: stored in Frankfurt.', ['DE']],
].map(([page, value, quote]) => ({ page: page as string | string[], value: value as string[], quote: (quote as string | undefined) ?? (page as string) })) as Valid<string[]>[];
// A provider's row for chat, maps or a removed service, and an acquiring bank processing payments in its own data centres.
const sideRows: Invalid[] = [
  { page: subRow(['Intercom R&D Unlimited', 'In-app chat and help centre', 'United States', 'Active']) },
  { page: subRow(['Mapbox, Inc.', 'Property maps', 'United States', 'Active']) },
  { page: subRow(['Geocodio', 'Address geocoding of customer data', 'United States', 'Active']) },
  { page: subRow(['Oldstore', 'Data storage', 'United States', 'Removed July 2025']) },
  { page: subRow(['Postmark', "Your team's login and report emails", 'United States', 'Active']) },
  { page: 'Card authorisations are routed to our acquiring partner, Paycadia B.V., which processes payments from its data centres in Amsterdam, the Netherlands.' },
  { page: 'Our acquirer stores transaction data in its data centres in Dublin.' },
];

// A region table under a paragraph that says the customer picks the region its data stays in.
const regionTable = (intro: string, row: string[]): BlockSpec[] => [
  { kind: 'heading', text: 'Regions' },
  { text: intro, headings: ['Regions'] },
  { kind: 'table-row', header: ['Region', 'Location', 'Plans'], cells: row, text: row.join(' | '), headings: ['Regions'] },
];
const PICK = 'You pick a region when you create a workspace. Workflows, credentials, execution history and logs stay in that region.';
const chosen: Valid<string[]>[] = [
  { page: regionTable(PICK, ['us-west', 'Oregon, US', 'All']), value: ['US'], quote: 'us-west | Oregon, US | All' },
  { page: regionTable(PICK, ['ap-southeast', 'Sydney, Australia', 'Team and up']), value: ['AU'], quote: 'ap-southeast | Sydney, Australia | Team and up' },
  { page: regionTable('Choose your data region at sign-up; everything stays in the selected region.', ['eu', 'Frankfurt, Germany', 'All']), value: ['DE'], quote: 'eu | Frankfurt, Germany | All' },
];
const notChosen: Invalid[] = [
  { page: regionTable('You pick a region for your build runners; builds run there and keep nothing.', ['us-west', 'Oregon, US', 'All']) },
  { page: regionTable('Our CDN edge regions serve cached assets close to your users.', ['eu-west', 'Dublin, Ireland', 'All']) },
  { page: regionTable('Select your region to see prices in your local currency.', ['uk', 'London, UK', '£ GBP']) },
];

runTable(extractor, [...valid, ...keepsSome, ...scoped, ...more, ...chosen], [...invalid, ...keepsNothing, ...onlyPlanned, ...sideRows, ...notChosen]);
