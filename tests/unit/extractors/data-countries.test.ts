import { describe, expect, it } from 'vitest';
import { extractor } from '../../../extractors/data-countries';
import { best, run, unionOf, type Case } from '../helpers/extractor-table';

// A row of a region table under a heading ("Data residency" / "Region | Code").
const regionRow = (heading: string, cells: string[], header = ['Region', 'Code']) => ({ kind: 'table-row' as const, header, cells, text: cells.join(' | '), headings: [heading] });
const under = (heading: string, ...rows: ReturnType<typeof regionRow>[]) => [{ kind: 'heading' as const, text: heading }, ...rows];
const listed = (lead: string, ...items: string[]) => [lead, ...items.map((text) => ({ kind: 'list-item' as const, text }))];

const valid: Case<string[]>[] = [
  { page: 'Our servers are in Germany. Backups: Finland.', value: ['DE'], quote: 'Our servers are in Germany.' },
  { page: 'Requests are handled in Singapore; all records are stored in Sydney.', value: ['AU'] },
  { page: 'Your data is stored on servers in Falkenstein (Hetzner FSN1).', value: ['DE'] },
  { page: 'All customer content is hosted in the AWS us-east-1 region in Northern Virginia.', value: ['US'] },
  { page: 'We keep all data in our Paris and Roubaix data centres.', value: ['FR'] },
  { page: 'Production data resides in Helsinki, Finland.', value: ['FI'] },
  { page: "The service runs on Google Cloud in the europe-west2 region (London).", value: ['GB'] },
  { page: 'Workspaces are stored in Canada Central (Toronto).', value: ['CA'] },
  { page: 'Data is hosted in Australia East (Sydney) on Azure.', value: ['AU'] },
  { page: 'Customer data is stored in the continental United States.', value: ['US'] },
  { page: 'All data is stored exclusively within Switzerland.', value: ['CH'] },
  { page: "Our database lives in AWS's Asia Pacific (Tokyo) region.", value: ['JP'] },
  {
    page: [{ text: 'Data center location(s)' }, { text: 'Ireland' }],
    value: ['IE'],
    quote: 'Ireland',
  },
  {
    page: [{ kind: 'label-value', label: 'Data residency', value: 'Amsterdam, the Netherlands', text: 'Data residency: Amsterdam, the Netherlands' }],
    value: ['NL'],
    quote: 'Data residency: Amsterdam, the Netherlands',
  },
  {
    page: [{ kind: 'table-row', cells: ['Application & database hosting', 'OVHcloud', 'Gravelines, France'], header: ['Provider', 'Purpose', 'Data location'], text: 'Application & database hosting | OVHcloud | Gravelines, France' }],
    value: ['FR'],
    quote: 'Application & database hosting | OVHcloud | Gravelines, France',
  },
  { page: 'EU customers are hosted in Frankfurt and US customers in Ohio.', value: ['DE', 'US'] },
  { page: 'We do not store customer data anywhere outside Germany.', value: ['DE'] },
  { page: 'Uploaded files are stored in S3 buckets in ap-south-1 (Mumbai).', value: ['IN'] },
  { page: 'Customer data is stored in Brazil (São Paulo region).', value: ['BR'] },
  { page: 'Your data never leaves Germany.', value: ['DE'] },
  { page: [{ kind: 'question', text: 'Where are your servers?' }, { text: 'In Frankfurt.', question: 'Where are your servers?' }], value: ['DE'], quote: 'In Frankfurt.' },
  { page: 'Our servers are located in the Netherlands and data is backed up nightly to Germany.', value: ['NL'] },
  { page: 'Data is hosted in our primary data centre in Stockholm, with a secondary site in Copenhagen.', value: ['DK', 'SE'] },
  { page: 'Alle Daten werden in Rechenzentren in Nürnberg gespeichert.', value: ['DE'] },
  { page: 'Records are stored in Frankfurt and can be viewed by our support staff in Manila.', value: ['DE'] },
  // --- 9c8ad8d, ten rephrasings each ---
  // A region table whose header is only "Region | Code", under a residency/regions heading.
  { page: under('Data residency', regionRow('Data residency', ['Europe (Frankfurt)', 'eu-central-1']), regionRow('Data residency', ['US East (N. Virginia)', 'us-east-1'])), value: ['DE', 'US'], quote: 'Europe (Frankfurt) | eu-central-1' },
  { page: under('Hosting regions', regionRow('Hosting regions', ['Canada (Montréal)', 'ca-central-1'], ['Location', 'Identifier'])), value: ['CA'], quote: 'Canada (Montréal) | ca-central-1' },
  { page: under('Regions', regionRow('Regions', ['Tokyo', 'ap-northeast-1'])), value: ['JP'], quote: 'Tokyo | ap-northeast-1' },
  { page: under('Where your data lives', regionRow('Where your data lives', ['Frankfurt', 'eu-central-1'])), value: ['DE'], quote: 'Frankfurt | eu-central-1' },
  { page: under('Data residency', regionRow('Data residency', ['Europe West', 'europe-west4'], ['Region', 'Zone'])), value: ['NL'], quote: 'Europe West | europe-west4' },
  // Bare places listed under a storage lead.
  { page: listed('We offer storing data in these locations:', 'Germany', 'United States'), value: ['DE', 'US'], quote: 'Germany' },
  { page: listed('Customer records are kept in:', 'Frankfurt', 'Dublin'), value: ['DE', 'IE'], quote: 'Frankfurt' },
  { page: listed('We keep data in these countries:', 'Switzerland', 'Norway'), value: ['CH', 'NO'], quote: 'Switzerland' },
  { page: listed('We persist your workspace data in:', 'Sydney, Australia'), value: ['AU'], quote: 'Sydney, Australia' },
  { page: listed('Our databases are located in these regions:', 'Canada (Montréal)', 'Japan (Tokyo)'), value: ['CA', 'JP'], quote: 'Canada (Montréal)' },
  { page: listed('We currently keep customer documents in:', 'Finland', 'Sweden'), value: ['FI', 'SE'], quote: 'Finland' },
  { page: listed('Our customers can choose storing their data in:', 'Germany', 'France'), value: ['DE', 'FR'], quote: 'Germany' },
  // "like" that introduces no naming example.
  { page: 'Data is stored in eu-central-1 (Frankfurt).', value: ['DE'] },
  { page: 'All customer data lives in ap-southeast-2, just like our backups.', value: ['AU'] },
];

const invalid: Case<string[]>[] = [
  { page: 'Customer data is stored within the European Union.' },
  { page: 'All processing takes place in the EEA.' },
  { page: 'Cached copies may be served from CDN points of presence in Tokyo and São Paulo.' },
  { page: 'Monitoring probes in Oregon and Singapore are stateless.' },
  { page: 'Acme Ltd is incorporated in England and Wales (company number 01234567).' },
  { page: 'This policy is governed by the laws of Ireland.' },
  { page: 'Billing is handled by Paddle, which stores payment card details in the United Kingdom.' },
  { page: 'For example, if you need data to remain in Germany, your account manager can arrange a dedicated cluster.' },
  { page: 'Our offices in Toronto and London provide round-the-clock support.' },
  { page: 'Our infrastructure runs on Microsoft Azure.' },
  { page: [{ kind: 'table-row', cells: ['Twilio', 'SMS notifications', 'United States'], header: ['Provider', 'Purpose', 'Location'], text: 'Twilio | SMS notifications | United States' }] },
  { page: 'Japanese customers can pay by bank transfer.' },
  { page: 'We will launch a Canadian data centre in 2027.' },
  { page: 'Some data is transferred to the United States under Standard Contractual Clauses.' },
  { page: 'Records are kept as required by Swiss law.' },
  { page: 'Amazon Web Services, an American company, provides our infrastructure.' },
  { page: 'Are customer files stored in Germany?' },
  { page: 'Acme, Inc. is located at 500 Market Street, San Francisco, California.' },
  { page: 'Our Dublin office keeps signed contracts in a locked cabinet.' },
  { page: 'Subscription payments are processed by our billing partner in the United States.' },
  { page: '© 2025 Example GmbH, Munich, Germany. All rights reserved.' },
  { page: 'Invoices are issued by Example Cloud Canada, Inc. and stored with our accounting records.' },
  { page: [{ kind: 'label-value', label: 'Location', value: 'Berlin, Germany', text: 'Location Berlin, Germany' }] },
  { page: 'Our company is located in Vienna, Austria.' },
  { page: [{ kind: 'question', text: 'Where are you located?' }, { text: 'Berlin, Germany.', question: 'Where are you located?' }] },
  { page: 'EU data residency (coming in 2026): workspaces will be stored in Frankfurt.' },
  // --- 9c8ad8d, ten rephrasings each ---
  // A "Region | Code" table about something other than storage.
  { page: under('CDN points of presence', regionRow('CDN points of presence', ['Tokyo', 'ap-northeast-1'])) },
  { page: under('Monitoring probes', regionRow('Monitoring probes', ['Oregon', 'us-west-2'])) },
  // Places listed under a subprocessor, hypothetical or side-service lead.
  { page: listed('On request, we can store data in:', 'Switzerland') },
  { page: listed('Our payment processor stores card data in:', 'Ireland') },
  { page: listed('Our offices are located in:', 'London', 'Lisbon') },
  { page: listed('Newsletter subscriber data is stored in:', 'United States') },
  // A region code inside a naming example is not a location.
  { page: 'Buckets are named like acme-ap-southeast-2-logs.' },
  { page: 'The URL looks like https://eu-central-1.console.example.com.' },
  { page: 'Server names look like srv-fra1-042.' },
  { page: 'Each VM is named like vm-us-west-2-001 in our inventory.' },
];

describe('data-countries', () => {
  it.each(valid)('reads $page', ({ page, value, quote }) => {
    const { cands } = run(extractor, page);
    expect(unionOf(cands)).toEqual(value);
    const top = best(cands)!;
    expect(top.field).toBe('dataCountries');
    expect(top.evidence.quote).toBe(quote ?? (typeof page === 'string' ? page : top.evidence.quote));
  });

  it.each(invalid)('gives nothing for $page', ({ page }) => {
    expect(run(extractor, page).cands).toEqual([]);
  });

  it('takes the storage country, not the operator seat or a law, from a privacy page', () => {
    const { cands } = run(extractor, [
      { text: 'Example Sàrl, Rue du Lac 4, 1003 Lausanne, Switzerland', headings: ['Operator'] },
      { text: "All accounts and backups are stored at our host's datacenter in Falkenstein, Germany.", headings: ['Data storage'] },
      { text: 'You may exercise your rights under the Swiss FADP and the GDPR.', headings: ['Your rights'] },
    ]);
    expect(unionOf(cands)).toEqual(['DE']);
  });
  it('reads a storage table: the primary row counts, the backup row ranks low', () => {
    const header = ['Data', 'Location'];
    const { cands } = run(extractor, [
      { kind: 'table-row', header, cells: ['Customer data', 'Frankfurt, Germany'], text: 'Customer data | Frankfurt, Germany' },
      { kind: 'table-row', header, cells: ['Backups', 'Dublin, Ireland'], text: 'Backups | Dublin, Ireland' },
    ]);
    expect(unionOf(cands)).toEqual(['DE']);
    expect(best(cands)!.evidence.quote).toBe('Customer data | Frankfurt, Germany');
  });

  it('names no country when the primary is an area and only backups name one', () => {
    const { cands } = run(extractor, 'All data is stored on servers in the European Union, and backups are kept in Switzerland.');
    expect(cands).toEqual([]);
  });

  it('leaves out a backup country when the primary one is named', () => {
    const { cands } = run(extractor, 'Customer data is stored in Frankfurt, with encrypted backups replicated to Dublin.');
    expect(unionOf(cands)).toEqual(['DE']);
    expect(best(cands)!.evidence.quote).toBe('Customer data is stored in Frankfurt, with encrypted backups replicated to Dublin.');
  });
});
