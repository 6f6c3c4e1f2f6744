import { describe, expect, it } from 'vitest';
import { extractor } from '../../../extractors/data-region';
import { best, run, unionOf, type Case } from '../helpers/extractor-table';

// A row of a region table under a heading ("Data residency" / "Region | Code").
const regionRow = (heading: string, cells: string[], header = ['Region', 'Code']) => ({ kind: 'table-row' as const, header, cells, text: cells.join(' | '), headings: [heading] });
const under = (heading: string, ...rows: ReturnType<typeof regionRow>[]) => [{ kind: 'heading' as const, text: heading }, ...rows];
const listed = (lead: string, ...items: string[]) => [lead, ...items.map((text) => ({ kind: 'list-item' as const, text }))];

const valid: Case<string[]>[] = [
  { page: 'Data is processed in the United States and stored in Canada (Montreal).', value: ['CA'] },
  { page: 'Customer data is stored and processed in Germany.', value: ['EU'] },
  { page: "All customer data is stored in AWS's eu-central-1 region in Frankfurt, Germany.", value: ['EU'] },
  { page: "Your data is hosted in Microsoft Azure's West Europe region.", value: ['EU'] },
  { page: "Customer data resides in Google Cloud's europe-west3 region.", value: ['EU'] },
  { page: 'We host all production databases in the EU (Dublin, Ireland).', value: ['EU'] },
  { page: "Data is stored in the UK, in AWS's Europe (London) region.", value: ['UK'] },
  {
    page: [{ kind: 'label-value', label: 'Hosting region', value: 'United States (us-east-1)', text: 'Hosting region United States (us-east-1)' }],
    value: ['US'],
    quote: 'Hosting region United States (us-east-1)',
  },
  {
    page: [{ kind: 'table-row', cells: ['Primary database', 'Amazon RDS', 'Sydney, Australia'], header: ['Component', 'Provider', 'Region'], text: 'Primary database | Amazon RDS | Sydney, Australia' }],
    value: ['AU'],
    quote: 'Primary database | Amazon RDS | Sydney, Australia',
  },
  { page: 'Customers can choose to have their workspace stored in the EU, the US or Australia.', value: ['AU', 'EU', 'US'] },
  { page: 'Data never leaves Canada: all records are kept in our Montreal and Toronto data centres.', value: ['CA'] },
  { page: 'Your workspace data lives in Tokyo (ap-northeast-1).', value: ['JP'] },
  { page: "Swiss customers' files are kept on Swiss servers in Zurich.", value: ['CH'] },
  { page: 'We store all transaction records in India (Mumbai region) to meet local data localisation rules.', value: ['IN'] },
  { page: 'Databases are located in São Paulo, Brazil.', value: ['BR'] },
  { page: [{ kind: 'question', text: 'Where is my data hosted?' }, { text: 'Singapore.', question: 'Where is my data hosted?' }], value: ['APAC'], quote: 'Singapore.' },
  { page: 'Application servers run in the Fly.io fra region.', value: ['EU'] },
  { page: 'UK customer data is stored in London; all other workspaces are hosted in Frankfurt.', value: ['EU', 'UK'] },
  { page: 'Data residency: European Economic Area.', value: ['EU'] },
  { page: "Our servers are located in Hetzner's Nuremberg data center (NBG1).", value: ['EU'] },
  { page: 'North American customers are hosted in US West (Oregon); European customers in Europe (Frankfurt).', value: ['EU', 'US'] },
  { page: 'Teams on the Business plan can pin their workspace to ap-southeast-2 instead.', value: ['AU'] },
  { page: "Your content is stored in Germany and served via Cloudflare's CDN.", value: ['EU'] },
  { page: 'All customer data stays within Australian borders.', value: ['AU'] },
  { page: 'Droplets for the application and database run in the DigitalOcean tor1 region.', value: ['CA'] },
  { page: [{ kind: 'list-item', text: 'US — AWS us-east-1 (N. Virginia)', lead: 'Choose a region when you sign up:' }], value: ['US'], quote: 'US — AWS us-east-1 (N. Virginia)' },
  // --- 9c8ad8d, ten rephrasings each ---
  // A region table whose header is only "Region | Code", under a residency/regions heading.
  { page: under('Data residency', regionRow('Data residency', ['Europe (Frankfurt)', 'eu-central-1']), regionRow('Data residency', ['US East (N. Virginia)', 'us-east-1'])), value: ['EU', 'US'], quote: 'Europe (Frankfurt) | eu-central-1' },
  { page: under('Available regions', regionRow('Available regions', ['Australia (Sydney)', 'ap-southeast-2'])), value: ['AU'], quote: 'Australia (Sydney) | ap-southeast-2' },
  { page: under('Data locations', regionRow('Data locations', ['London', 'eu-west-2'])), value: ['UK'], quote: 'London | eu-west-2' },
  { page: under('Regions', regionRow('Regions', ['Canada (Central)', 'ca-central-1'])), value: ['CA'], quote: 'Canada (Central) | ca-central-1' },
  { page: under('Hosting regions', regionRow('Hosting regions', ['Europe (Ireland)', 'eu-west-1'], ['Location', 'Identifier'])), value: ['EU'], quote: 'Europe (Ireland) | eu-west-1' },
  // Bare places listed under a storage lead.
  { page: listed('We offer storing data in these locations:', 'Germany', 'United States'), value: ['EU', 'US'], quote: 'Germany' },
  { page: listed('Your files live in one of these places:', 'Australia', 'Canada'), value: ['AU', 'CA'], quote: 'Australia' },
  { page: listed('Customer data resides in:', 'the United Kingdom'), value: ['UK'], quote: 'the United Kingdom' },
  { page: listed('Choose where your data is kept:', 'EU (Frankfurt)', 'US (Oregon)'), value: ['EU', 'US'], quote: 'EU (Frankfurt)' },
  { page: listed('Content remains in one of the following:', 'Singapore'), value: ['APAC'], quote: 'Singapore' },
  // Storage "globally" / "worldwide" is still GLOBAL.
  { page: 'Customer data is stored globally across three continents.', value: ['GLOBAL'] },
  { page: 'We keep customer data in data centres worldwide.', value: ['GLOBAL'] },
  { page: 'Your files are stored around the world for low latency.', value: ['GLOBAL'] },
  { page: 'Data is hosted globally in recognised data centres.', value: ['GLOBAL'] },
  { page: 'Our globally distributed databases store every record three times.', value: ['GLOBAL'] },
  { page: 'Records are stored across the globe.', value: ['GLOBAL'] },
  { page: 'Data is stored in multiple countries.', value: ['GLOBAL'] },
  { page: 'Data is stored worldwide in our trusted data centres.', value: ['GLOBAL'] },
  { page: 'Customer content is replicated to data centers worldwide.', value: ['GLOBAL'] },
  { page: 'Workspaces are hosted worldwide.', value: ['GLOBAL'] },
  // "like" that introduces no naming example.
  { page: 'Like most SaaS tools, we store all data in us-west-2.', value: ['US'] },
  { page: ['Data is stored in ca-central-1. Hostnames look like api.example.com.'], value: ['CA'], quote: 'Data is stored in ca-central-1.' },
];

const invalid: Case<string[]>[] = [
  { page: 'Support tickets are stored in the US by our helpdesk provider, Zendesk.' },
  { page: "Static assets are served from Cloudflare's edge locations in over 300 cities, including London and Singapore." },
  { page: 'Uptime checks run from probe locations in Frankfurt, Virginia and Sydney.' },
  { page: 'We are a company headquartered in Berlin, Germany.' },
  { page: 'Our registered office is at 1 Market Street, London.' },
  { page: 'We comply with the Swiss Federal Act on Data Protection and the EU GDPR.' },
  { page: 'Transfers to the US rely on the EU-US Data Privacy Framework.' },
  { page: 'Stripe stores payment card details in the United States.' },
  { page: 'If you need your data to stay in Australia, contact sales about a dedicated instance.' },
  { page: 'Our support team is based in Manila and Lisbon.' },
  { page: 'We are hosted on AWS.' },
  { page: [{ kind: 'table-row', cells: ['Sentry', 'Error tracking', 'United States'], header: ['Subprocessor', 'Purpose', 'Location'], text: 'Sentry | Error tracking | United States' }] },
  { page: 'EU customers can request a data processing agreement.' },
  { page: 'Our engineers in India may access production systems to resolve support tickets.' },
  { page: 'We plan to open a data centre in Japan next year.' },
  { page: 'Data may be transferred to and processed in the United States by our subprocessors.' },
  { page: 'Personal data is stored in accordance with the UK Data Protection Act 2018.' },
  { page: 'Prompts are sent to model providers, whose inference servers may run in the US.' },
  { page: [{ text: 'Operator' }, { text: 'Example GmbH, Hauptstrasse 1, 8001 Zürich, Switzerland', headings: ['Operator'] }] },
  { page: 'Probe instances in US-East and APAC are stateless and keep nothing.' },
  { page: 'Personal information may be shared with affiliates located outside Canada.' },
  { page: 'We send newsletters through an email platform that stores subscriber lists in the US.' },
  { page: 'Our European subsidiary, Example Europe B.V., holds no customer data.' },
  { page: 'None of your data is stored in China.' },
  { page: 'Enterprise customers may request EU hosting.' },
  { page: 'Our annual user conference is held in Berlin.' },
  { page: 'Our CEO lives in London.' },
  { page: 'The workshop runs in Toronto every spring.' },
  { page: [{ kind: 'heading', text: 'Data storage' }, { text: 'Our office is in Lisbon.', headings: ['Data storage'] }] },
  // --- 9c8ad8d, ten rephrasings each ---
  // A "Region | Code" table about something other than storage.
  { page: under('Edge locations', regionRow('Edge locations', ['Frankfurt', 'eu-central-1'])) },
  { page: under('Subprocessors', regionRow('Subprocessors', ['US East', 'us-east-1'])) },
  { page: under('Office locations', regionRow('Office locations', ['London', 'LDN'])) },
  { page: under('Support hours', regionRow('Support hours', ['APAC', '9:00–17:00'], ['Region', 'Hours'])) },
  // Places listed under a subprocessor, hypothetical or side-service lead.
  { page: listed('Our subprocessors store data in:', 'United States', 'India') },
  { page: listed('Contact sales to keep your data in:', 'Australia') },
  { page: listed('Analytics data is stored with our analytics vendor in:', 'United States') },
  { page: listed('Third-party tools we use keep data in:', 'United States') },
  { page: listed('Data may be stored by sub-processors in:', 'United States', 'Canada') },
  // "globally recognised/accepted/..." describes frameworks, not where data is.
  { page: 'We store data according to globally recognised security frameworks.' },
  { page: 'Data is stored in line with globally accepted frameworks such as ISO 27001.' },
  { page: 'Customer data is hosted to globally trusted standards.' },
  { page: 'We store records using widely adopted, globally respected encryption standards.' },
  { page: 'Our data centres hold globally recognized certifications.' },
  { page: 'Backups are kept following world-wide accepted practices.' },
  { page: 'Our storage platform is globally known for reliability.' },
  { page: 'Data is stored according to globally leading security standards.' },
  { page: 'Our servers meet globally acknowledged benchmarks.' },
  { page: 'Worldwide recognised frameworks guide how we store data.' },
  { page: 'We store data using globally-recognised encryption.' },
  { page: 'Data is stored under internationally recognised and worldwide adopted controls.' },
  // A region code inside a naming example is not a location.
  { page: 'Hostnames look like prod.aws-us-east-1c.example.net.' },
  { page: 'Instances have names like db-eu-west-2a-03.' },
  { page: 'Cluster IDs are of the form tenant.gcp-europe-west3.' },
  { page: 'A typical hostname is worker-us-west-2b-17.' },
  { page: 'Node names look like prod-ap-northeast-1-node-4, where the middle part is the region.' },
  { page: 'Log streams are named like ingest-eu-central-1-2026-01-01.' },
  { page: 'Machine names are of the form app-<region>-<n>, such as app-ap-south-1-7.' },
];

describe('data-region', () => {
  it.each(valid)('reads $page', ({ page, value, quote }) => {
    const { cands } = run(extractor, page);
    expect(unionOf(cands)).toEqual(value);
    const top = best(cands)!;
    expect(top.field).toBe('dataRegion');
    expect(top.evidence.quote).toBe(quote ?? (typeof page === 'string' ? page : top.evidence.quote));
  });

  it.each(invalid)('gives nothing for $page', ({ page }) => {
    expect(run(extractor, page).cands).toEqual([]);
  });

  it('reads worldwide storage as GLOBAL, never edges, hedges or a worldwide customer base', () => {
    expect(unionOf(run(extractor, 'Customer data is stored in data centres worldwide.').cands)).toEqual(['GLOBAL']);
    expect(run(extractor, 'Static files are cached at edge locations worldwide.').cands).toEqual([]);
    expect(run(extractor, 'We may store data anywhere in the world.').cands).toEqual([]);
    expect(unionOf(run(extractor, 'We serve customers worldwide and store all data in Frankfurt.').cands)).toEqual(['EU']);
  });

  it('ranks servers or compute named without storage below a storage statement', () => {
    const { cands } = run(extractor, ['All customer data is stored in Frankfurt.', 'Our batch workers run on instances in Oregon.']);
    expect(best(cands)!.value).toEqual(['EU']);
    expect(cands.find((c) => c.value.includes('US'))!.confidence).toBeLessThan(0.75);
  });

  it('lists customer-location regions in full but not the customer segment itself', () => {
    const { cands } = run(extractor, [
      { kind: 'list-item', text: 'Australian and New Zealand customers — data is kept in Australia (AWS ap-southeast-2)' },
      { kind: 'list-item', text: 'UK customers — data is kept in the UK (AWS eu-west-2)' },
    ]);
    expect(unionOf(cands)).toEqual(['AU', 'UK']);
  });

  it('leaves backup copies out when the page says where the primary data is, and ranks them low alone', () => {
    const { cands } = run(extractor, ['All data is stored in Frankfurt, Germany.', 'Encrypted backups are replicated to Dublin.']);
    expect(best(cands)!.evidence.quote).toBe('All data is stored in Frankfurt, Germany.');
    expect(cands.some((c) => c.evidence.quote.startsWith('Encrypted backups'))).toBe(false);
    const alone = run(extractor, ['Encrypted backups are replicated to Dublin.']).cands;
    expect(alone.length).toBeGreaterThan(0);
    expect(alone[0]!.confidence).toBeLessThan(0.7);
  });
  it('reads a subprocessor list only for hosting or storage entries', () => {
    const sub = ['Security', 'Subprocessors'];
    const { cands } = run(extractor, [
      { kind: 'list-item', headings: sub, text: 'Mailgun — transactional email delivery, logs kept in the United States.' },
      { kind: 'list-item', headings: sub, text: 'Zendesk — customer support tickets (US).' },
      { kind: 'list-item', headings: sub, text: 'Scaleway — application and database hosting (Paris, France).' },
    ]);
    expect(unionOf(cands)).toEqual(['EU']);
    expect(best(cands)!.evidence.quote).toBe('Scaleway — application and database hosting (Paris, France).');
  });

  it('ranks a secondary, failover or backup region table below the residency table (9c8ad8d)', () => {
    const { cands } = run(extractor, [
      ...under('Data residency', regionRow('Data residency', ['Europe (Frankfurt)', 'eu-central-1'])),
      ...under('Failover regions', regionRow('Failover regions', ['US East (Ohio)', 'us-east-2'])),
    ]);
    expect(best(cands)!.value).toEqual(['EU']);
    expect(cands.find((c) => c.value.includes('US'))!.confidence).toBeLessThan(0.7);
    for (const heading of ['Backup regions', 'Secondary region', 'Disaster recovery regions']) {
      const alone = run(extractor, under(heading, regionRow(heading, ['Ireland', 'eu-west-1']))).cands;
      expect(unionOf(alone)).toEqual(['EU']);
      expect(best(alone)!.confidence).toBeLessThan(0.7);
    }
  });

  it('quotes the label sentence with a bare place after it', () => {
    const { cands } = run(extractor, ['Compute and storage infrastructure. Germany.']);
    expect(unionOf(cands)).toEqual(['EU']);
    expect(best(cands)!.evidence.quote).toBe('Compute and storage infrastructure. Germany.');
  });
});

// Side services and storage the page denies: the primary store stays, the rest is not a region of the vendor's data.
const sideAndDenied: { page: string[]; value: string[] }[] = [
  { page: ['Customer data is stored in Frankfurt.', 'Our help desk and live chat provider stores support conversations in the United States.'], value: ['EU'] },
  { page: ['All records live in Sydney.', 'Our customer support platform and our CRM are hosted in the United States.'], value: ['AU'] },
  { page: ['Workspaces are hosted in London.', 'Our customer support portal and status page are operated by providers in the United States.'], value: ['UK'] },
  { page: ['Data is stored in Montréal, Canada.', 'Marketing website analytics and our community forum are US-hosted.'], value: ['CA'] },
  { page: ['Your data is stored in Dublin, Ireland.', 'Support tickets are kept by our ticketing tool in the United States.'], value: ['EU'] },
  { page: ['Customer data stays in Germany.', 'Transactional email is sent through an e-mail delivery service in the US.'], value: ['EU'] },
  { page: ['Account data is held in our US control plane; workspace data is stored in Sydney, Australia.'], value: ['AU'] },
  { page: ['All of your statistics are stored on servers in Frankfurt, Germany.', 'Nothing is stored in the US.'], value: ['EU'] },
  { page: ['We store everything in Zurich, Switzerland.', 'None of your data is stored in the United States.'], value: ['CH'] },
  { page: ['Data is hosted in Toronto, Canada and is never stored in the US.'], value: ['CA'] },
  { page: ['Customer data is stored in Sydney.', 'Payment data is processed and stored by our payment provider in the United States.'], value: ['AU'] },
  { page: ['Workspace data, including cached query results, is stored in the region you choose: the EU (Frankfurt), Switzerland (Zurich) or the UK (London).'], value: ['CH', 'EU', 'UK'] },  // Planned, explored or refused regions; places that keep nothing; recipients, carriers, regulators.
  { page: ['Customer data is stored in Frankfurt.', 'A Toronto region is in the planning stage; sign up to the waiting list to hear when it is live.'], value: ['EU'] },
  { page: ['Customer data is stored in Oregon.', "We're exploring a London hosting region; join the waitlist to be notified."], value: ['US'] },
  { page: ['Data is hosted in Dublin.', "Until then, we can't offer Canadian hosting."], value: ['EU'] },
  { page: ['Data is hosted in Sydney.', "We can't host data in the United Kingdom today."], value: ['AU'] },
  { page: ['Data is stored in the EU; macOS job execution runs in Ashburn, Virginia (no customer data persists there).'], value: ['EU'] },
  { page: ['Build artefacts are stored in Helsinki.', 'Ephemeral runners in Ohio are reimaged after every job.'], value: ['EU'] },
  { page: ['Your region applies to stored data; a message to a recipient in Brazil is delivered through a Brazilian carrier.', 'All accounts are stored in Amsterdam.'], value: ['EU'] },
  // (the whole clause after the regulator is set aside, the EU region with it: a regulator's sentence is no storage statement)
  { page: ['Customer data is stored in London.', 'We report breaches to the Data Protection Commission in Ireland for organisations hosted in our EU region.'], value: ['UK'] },
  { page: ['Customer data is stored in Frankfurt.', 'Our Singapore region is expected to open in 2027.'], value: ['EU'] },
  { page: ['Records are stored in Montréal.', 'Nothing is stored in the US edge locations, which only relay traffic.'], value: ['CA'] },
  { page: ['Primary storage in Frankfurt, Germany, with a secondary copy in Dublin, Ireland.'], value: ['EU'] },
  { page: ['Primary storage in Oregon, with a secondary copy in Toronto.'], value: ['US'] },
  // A region being evaluated; the customers a region is the default for.
  { page: ['We have two regions, EU and US.', "A Canadian region is something we're evaluating, but we haven't committed to a date."], value: ['EU', 'US'] },
  { page: ['Customer data is stored in Oregon.', 'An Australian region is under consideration.'], value: ['US'] },
  { page: ['Data is stored in Frankfurt.', 'We are assessing a Tokyo region for 2027.'], value: ['EU'] },
  { page: ['EU region: Frankfurt, Germany. Default for organisations created from the EU, EEA, UK and Switzerland.'], value: ['EU'] },
  { page: ['US region: Virginia. Default for customers signing up from Canada or Mexico.'], value: ['US'] },
  // Customers of a place, in the words of the trade: clinics, schools, merchants, organisers.
  { page: ['All clinic data is stored in Sydney, Australia.', 'New Zealand clinics are hosted in Sydney too.'], value: ['AU'] },
  { page: ['Student records are stored in Dublin.', 'UK schools are hosted in Dublin as well.'], value: ['EU'] },
  { page: ['Order data is stored in Frankfurt.', 'UK organisers are hosted in Frankfurt too.'], value: ['EU'] },
  { page: ['Data is stored in Oregon.', 'Canadian merchants are served from Oregon as well.'], value: ['US'] },
  { page: ['Data is kept in Toronto.', 'US practices can choose Toronto too.'], value: ['CA'] },
];
// The same words where they do name the primary store.
const primaryStill: { page: string[]; value: string[] }[] = [
  { page: ['Our platform, including support data, is hosted in the United States.'], value: ['US'] },
  { page: ['Customer data is stored in the EU and never leaves the European Union.'], value: ['EU'] },
  { page: ['We do not store data outside Australia.'], value: ['AU'] },
  { page: ['Our application and database servers are hosted in Frankfurt; static assets are cached at the edge worldwide.'], value: ['EU'] },
  { page: ['Recordings and transcripts are stored in Canada.'], value: ['CA'] },
  { page: ['Billing records and workspace data are stored in the United Kingdom.'], value: ['UK'] },
  { page: ['No matter where you log in from, your data is stored in Tokyo.'], value: ['JP'] },
  { page: ['Data is stored in Frankfurt, not in the United States.'], value: ['EU'] },
  { page: ['Help articles aside, all customer content is stored in Virginia, USA.'], value: ['US'] },
  { page: ['Everything you upload is kept in Sydney, Australia, with cached copies in the same region.'], value: ['AU'] },
  { page: ['All customer and payment data is stored in Australia.'], value: ['AU'] },
  { page: ['Your account and payment data are hosted in Frankfurt, Germany.'], value: ['EU'] },
];
describe('data-region: side services and denied storage', () => {
  it.each(sideAndDenied)('keeps only the primary store: $page', ({ page, value }) => {
    expect(unionOf(run(extractor, page).cands)).toEqual(value);
  });
  it.each(primaryStill)('still reads the primary store: $page', ({ page, value }) => {
    expect(unionOf(run(extractor, page).cands)).toEqual(value);
  });
});
