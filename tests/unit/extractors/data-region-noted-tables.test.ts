import { describe, expect, it } from 'vitest';
import { extractor as countries } from '../../../extractors/data-countries';
import { extractor as regions } from '../../../extractors/data-region';
import { run, unionOf } from '../helpers/extractor-table';
import type { BlockSpec } from '../helpers/page';

// A region table with a notes column ("Region | Location | Availability"): every row is a region the
// customer may choose, when the heading or the paragraph that opens the table is about where data is kept
// and no note is a side service, a plan or a request.
interface Table {
  /** The page's title heading above the section, when there is one. */
  title?: string;
  heading: string;
  intro?: string;
  header: string[];
  rows: string[][];
}
function page(t: Table): BlockSpec[] {
  const headings = t.title ? [t.title, t.heading] : [t.heading];
  return [
    ...(t.title ? [{ kind: 'heading' as const, text: t.title }] : []),
    { kind: 'heading', text: t.heading, headings: t.title ? [t.title] : [] },
    ...(t.intro ? [{ text: t.intro, headings }] : []),
    ...t.rows.map((cells) => ({ kind: 'table-row' as const, header: t.header, cells, text: cells.join(' | '), headings })),
  ];
}

const valid: [Table, string[]][] = [
  [{ heading: 'Data residency', header: ['Region', 'Location', 'Notes'], rows: [['EU', 'Frankfurt, Germany', 'Default']] }, ['DE']],
  [{ heading: 'Where your data is stored', header: ['Region', 'City', 'Plans'], rows: [['Canada', 'Toronto', 'All plans'], ['US', 'Oregon', 'All plans']] }, ['CA', 'US']],
  [{ heading: 'Hosting regions', header: ['Location', 'Availability'], rows: [['Sydney, Australia', 'Business and Enterprise']] }, ['AU']],
  [{ heading: 'Choose your region', intro: 'Each workspace is hosted in one region of your choice.', header: ['Region', 'Data centre', 'Default for'], rows: [['United Kingdom', 'London', 'Customers billed in GBP']] }, ['GB']],
  [{ heading: 'Regions', intro: 'Your account data lives in the region you pick at sign-up:', header: ['Region', 'Location', 'Since'], rows: [['Japan', 'Tokyo', '2024']] }, ['JP']],
  [{ heading: 'Storage locations', header: ['Region', 'Location', 'Launched'], rows: [['India', 'Mumbai', 'March 2025']] }, ['IN']],
  [{ heading: 'Data residency options', header: ['Region', 'Location', 'Who it is for'], rows: [['Switzerland', 'Zurich', 'Regulated industries']] }, ['CH']],
  [{ heading: 'Where we host your data', header: ['Region', 'Location', 'Pricing'], rows: [['Brazil', 'São Paulo', 'Included']] }, ['BR']],
  [{ heading: 'Residency', header: ['Location', 'Notes'], rows: [['Stockholm, Sweden', 'Default for Nordic accounts']] }, ['SE']],
  [{ heading: 'Pick a home for your workspace', intro: 'Workspace data is stored in the region you select:', header: ['Region', 'Location', 'Status'], rows: [['EU', 'Paris, France', 'Generally available']] }, ['FR']],
  [{ heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['Europe', 'Dublin, Ireland', 'Every plan'], ['Australia', 'Melbourne', 'Enterprise only']] }, ['AU', 'IE']],
  // The page's title names what the vendor sells (telemetry, analytics, email, support); the table's own section is about regions.
  [{ title: "You send us your production telemetry. Here's how we protect it.", heading: 'Regions', intro: 'Each organisation lives in exactly one region, selected at sign-up; everything you send us is stored in that region.', header: ['Region code', 'Location', 'Endpoint'], rows: [['US1', 'Ashburn, Virginia, USA', 'ingest.us1.example.dev'], ['EU1', 'Frankfurt, Germany', 'ingest.eu1.example.dev']] }, ['DE', 'US']],
  [{ title: 'Security for product analytics teams', heading: 'Data residency', header: ['Region', 'Location', 'Notes'], rows: [['EU', 'Dublin, Ireland', 'Default']] }, ['IE']],
  [{ title: 'Email marketing you can trust', heading: 'Where your data is stored', header: ['Region', 'City', 'Plans'], rows: [['Australia', 'Sydney', 'All plans']] }, ['AU']],
  [{ title: 'Monitoring, secured', heading: 'Hosting regions', header: ['Location', 'Availability'], rows: [['Montréal, Canada', 'Every plan']] }, ['CA']],
  [{ title: 'Support platform security', heading: 'Choose your region', intro: 'Your helpdesk data is hosted in the region you choose.', header: ['Region', 'Data centre', 'Since'], rows: [['Japan', 'Tokyo', '2023']] }, ['JP']],
];

const invalid: Table[] = [
  // A side service or a list of subprocessors names the section, or any heading above for subprocessors.
  { title: 'Security', heading: 'Product analytics', header: ['Region', 'Location', 'Notes'], rows: [['US', 'Oregon', 'Default']] },
  { title: 'Security', heading: 'Email delivery', header: ['Region', 'Location', 'Notes'], rows: [['US', 'Virginia', 'All plans']] },
  { title: 'Subprocessors', heading: 'European Union', header: ['Region', 'Location', 'Notes'], rows: [['EU', 'Frankfurt, Germany', 'Default']] },
  { title: 'Our third-party service providers', heading: 'Regions', header: ['Region', 'Location', 'Notes'], rows: [['US', 'Ohio', 'Default']] },
  { title: 'Security', heading: 'Edge network', header: ['Region', 'Location', 'Notes'], rows: [['APAC', 'Singapore', 'All plans']] },
  // A note that the region is not (or no longer, or not yet) where data is kept, or is for something else.
  { heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['Japan', 'Tokyo', 'Retired in 2024']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['Japan', 'Tokyo', 'Not available']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['Japan', 'Tokyo', 'Waitlist']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['Japan', 'Tokyo', 'Q3 2027']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['Japan', 'Tokyo', 'Under evaluation']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['Japan', 'Tokyo', 'Deprecated']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['Japan', 'Tokyo', 'Sunset']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['Japan', 'Tokyo', 'X']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['Japan', 'Tokyo', 'Log processing']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['Japan', 'Tokyo', 'Private preview']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['Japan', 'Tokyo', 'No']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Status'], rows: [['CA-1', 'Montréal, Canada', 'Planned — 2026']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Status'], rows: [['IN-1', 'Mumbai, India', 'On the roadmap']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Status'], rows: [['UK', 'London', 'Exploring']] },

  { heading: 'Subprocessors', header: ['Subprocessor', 'Location', 'Purpose'], rows: [['Acme Mail', 'United States', 'Transactional mail']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Status'], rows: [['Japan', 'Tokyo', 'Coming in 2027']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Status'], rows: [['Singapore', 'Singapore', 'Launching next year']] },
  { heading: 'Hosting regions', header: ['Region', 'Location', 'Availability'], rows: [['India', 'Mumbai', 'Available on request']] },
  { heading: 'Our offices', header: ['Office', 'Location', 'Team'], rows: [['London', 'United Kingdom', 'Sales']] },
  { heading: 'Support coverage', header: ['Region', 'Location', 'Hours'], rows: [['APAC', 'Manila, Philippines', '24/7']] },
  { heading: 'Edge network', intro: 'Static assets are cached at the edge in these locations:', header: ['Region', 'Location', 'PoPs'], rows: [['Europe', 'Frankfurt', '12']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Service'], rows: [['US', 'Virginia', 'Email delivery']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Used for'], rows: [['US', 'Oregon', 'Product analytics']] },
  { heading: 'Events', intro: 'Meet the team at one of our conferences:', header: ['City', 'Location', 'Date'], rows: [['Berlin', 'Germany', 'May']] },
  { heading: 'Data residency', header: ['Region', 'Location', 'Status'], rows: [['Canada', 'Montréal', 'On the roadmap']] },
  { heading: 'Third-party services', intro: 'These vendors store limited data:', header: ['Vendor', 'Location', 'Purpose'], rows: [['Acme CRM', 'Ireland', 'Sales pipeline']] },
];

describe('a region table with notes beside its places', () => {
  it.each(valid)('reads every row of %j', (t, want) => {
    expect(unionOf(run(countries, page(t)).cands)).toEqual(want);
  });
  it.each(invalid)('reads nothing from %j', (t) => {
    expect(run(countries, page(t)).cands).toEqual([]);
    expect(run(regions, page(t)).cands).toEqual([]);
  });
  it('quotes the row and names regions as well as countries', () => {
    const t: Table = { heading: 'Data residency', header: ['Region', 'Location', 'Availability'], rows: [['United Kingdom', 'London', 'Default for GBP accounts'], ['United States', 'Ohio', 'Growth plan']] };
    const { cands } = run(regions, page(t));
    expect(unionOf(cands)).toEqual(['UK', 'US']);
    expect(cands.map((c) => c.evidence.quote)).toEqual(['United Kingdom | London | Default for GBP accounts', 'United States | Ohio | Growth plan']);
  });
});
