import { describe, expect, it } from 'vitest';
import { extractor as countries } from '../../../extractors/data-countries';
import { extractor as regions } from '../../../extractors/data-region';
import { run, unionOf } from '../helpers/extractor-table';
import type { BlockSpec } from '../helpers/page';

// A hosting table's header says what each column holds: the customer's own place ("Schools in", "Customer
// location"), a backup or recovery copy ("Disaster-recovery copy"), the side thing a row is about ("Runner pool",
// "Media relay"), or where data is kept. Only the storage columns name primary storage; a copy column ranks as a backup.
interface Table {
  heading: string;
  intro?: string;
  header: string[];
  rows: string[][];
}
function page(t: Table): BlockSpec[] {
  return [
    { kind: 'heading', text: t.heading },
    ...(t.intro ? [{ text: t.intro, headings: [t.heading] }] : []),
    ...t.rows.map((cells) => ({ kind: 'table-row' as const, header: t.header, cells, text: cells.join(' | '), headings: [t.heading] })),
  ];
}
const read = (t: Table) => unionOf(run(countries, page(t)).cands);

// The customer's place is left out, the storage column is read.
const segments: [Table, string[]][] = [
  [{ heading: 'Where student data is stored', header: ['Schools in', 'Data stored in'], rows: [['United States & Canada', 'Oregon, USA'], ['Australia & New Zealand', 'Sydney, Australia']] }, ['AU', 'US']],
  [{ heading: 'Hosting', header: ['Customers in', 'Hosted in'], rows: [['Switzerland', 'Frankfurt, Germany']] }, ['DE']],
  [{ heading: 'Data residency', header: ['Customer location', 'Data centre'], rows: [['Ireland', 'London, UK']] }, ['GB']],
  [{ heading: 'Data residency', header: ['Billing country', 'Storage region'], rows: [['Mexico', 'US East (Virginia)']] }, ['US']],
  [{ heading: 'Where your data lives', header: ['If you are in', 'Your data is stored in'], rows: [['New Zealand', 'Sydney, Australia']] }, ['AU']],
  [{ heading: 'Regions', header: ['Organisations based in', 'Primary region'], rows: [['Norway', 'Stockholm, Sweden']] }, ['SE']],
  [{ heading: 'Hosting locations', header: ['Clinics in', 'Stored in'], rows: [['Belgium', 'Amsterdam, Netherlands']] }, ['NL']],
  [{ heading: 'Data residency', header: ["Customer's country", 'Data centre location'], rows: [['Austria', 'Frankfurt']] }, ['DE']],
  [{ heading: 'Where we host', header: ['Where you are', 'Where we host your data'], rows: [['Singapore', 'Tokyo, Japan']] }, ['JP']],
  [{ heading: 'Data residency', header: ['Teams in', 'Hosting region'], rows: [['Canada', 'Montréal, Canada'], ['Mexico', 'Ohio, USA']] }, ['CA', 'US']],
  [{ heading: 'Data residency', header: ['Merchants located in', 'Data hosted in'], rows: [['Portugal', 'Paris, France']] }, ['FR']],
  // Whose place by another name: a partner's, a member's, a player's, an institution's.
  [{ heading: 'Where data is stored', header: ['Partner location', 'Primary storage', 'Azure region'], rows: [['Australia and New Zealand', 'New South Wales, Australia', 'Australia East']] }, ['AU']],
  [{ heading: 'Data residency', header: ['Member country', 'Hosted in'], rows: [['Ireland', 'London, UK']] }, ['GB']],
  [{ heading: 'Hosting', header: ['Player region', 'Game data stored in'], rows: [['Brazil', 'Virginia, USA']] }, ['US']],
  [{ heading: 'Data residency', header: ['Institution location', 'Data centre'], rows: [['Austria', 'Frankfurt, Germany']] }, ['DE']],
  [{ heading: 'Where we host', header: ["Patient's country", 'Storage region'], rows: [['New Zealand', 'Sydney, Australia']] }, ['AU']],
];

// Copy columns rank below the primary: the primary column alone is the page's answer.
const copies: [Table, string[]][] = [
  [{ heading: 'Hosting & data residency', header: ['Home region', 'Primary location', 'Disaster-recovery copy'], rows: [['European Union', 'AWS eu-central-1 (Frankfurt, Germany)', 'AWS eu-west-1 (Dublin, Ireland)']] }, ['DE']],
  [{ heading: 'Regions', header: ['Region', 'Primary', 'Backup'], rows: [['US', 'Virginia', 'Oregon']] }, ['US']],
  [{ heading: 'Data residency', header: ['Region', 'Location', 'Failover'], rows: [['EU', 'Amsterdam, Netherlands', 'Frankfurt, Germany']] }, ['NL']],
  [{ heading: 'Data residency', header: ['Region', 'Data centre', 'Replica'], rows: [['UK', 'London', 'Manchester']] }, ['GB']],
  [{ heading: 'Hosting', header: ['Region', 'Stored in', 'Secondary site'], rows: [['Canada', 'Toronto', 'Montréal']] }, ['CA']],
  [{ heading: 'Hosting', header: ['Region', 'Location', 'Standby'], rows: [['Australia', 'Sydney', 'Melbourne']] }, ['AU']],
  [{ heading: 'Hosting', header: ['Region', 'Location', 'DR site'], rows: [['EU', 'Dublin, Ireland', 'Stockholm, Sweden']] }, ['IE']],
  [{ heading: 'Hosting', header: ['Region', 'Location', 'Backups kept in'], rows: [['US', 'Ohio', 'Canada']] }, ['US']],
  [{ heading: 'Data residency', header: ['Region', 'Location', 'Mirror'], rows: [['Japan', 'Tokyo', 'Osaka, Japan']] }, ['JP']],
  [{ heading: 'Data residency', header: ['Region', 'Location', 'Off-site copies'], rows: [['Switzerland', 'Zurich', 'Frankfurt, Germany']] }, ['CH']],
];

// The row is about a side thing its first column names, or the table's intro says it is: nothing read.
const side: Table[] = [
  { heading: 'Where your data lives', intro: 'Jobs are scheduled onto ephemeral VMs in whichever pool is closest:', header: ['Runner pool', 'Region', 'Labels'], rows: [['Europe', 'eu-west-1 (Ireland)', 'linux-x64']] },
  { heading: 'Where your data lives', header: ['Runner pool', 'Region', 'Labels'], rows: [['Asia-Pacific', 'ap-southeast-2 (Sydney)', 'linux-x64']] },
  { heading: 'Infrastructure', header: ['Media relay', 'Location'], rows: [['Americas', 'São Paulo, Brazil']] },
  { heading: 'Infrastructure', header: ['CDN edge', 'Location'], rows: [['Asia', 'Singapore']] },
  { heading: 'Infrastructure', header: ['Edge location', 'City'], rows: [['Europe', 'Warsaw, Poland']] },
  { heading: 'Infrastructure', header: ['Support centre', 'Location', 'Hours'], rows: [['APAC', 'Manila, Philippines', '24/7']] },
  { heading: 'Infrastructure', header: ['Uptime probe', 'Location'], rows: [['South America', 'Santiago, Chile']] },
  { heading: 'Infrastructure', header: ['Email relay', 'Location'], rows: [['North America', 'Ashburn, Virginia']] },
  { heading: 'Infrastructure', header: ['Build runners', 'Region'], rows: [['Europe', 'Frankfurt, Germany']] },
  { heading: 'Where your data lives', header: ['Error tracking', 'Region'], rows: [['EU', 'Amsterdam, Netherlands']] },
  { heading: 'Hosting', header: ['Payment processor', 'Location'], rows: [['US', 'Virginia']] },
];

describe("a hosting table's columns, by their header", () => {
  it.each(segments)("leaves out the customer's own place: %j", (t, want) => {
    expect(read(t)).toEqual(want);
  });
  it.each(copies)('reads the primary column, the copy column ranking as a backup: %j', (t, want) => {
    expect(read(t)).toEqual(want);
  });
  it.each(side)('reads nothing from a row about a side thing: %j', (t) => {
    expect(run(countries, page(t)).cands).toEqual([]);
    expect(run(regions, page(t)).cands).toEqual([]);
  });
  it('still reads the copy column when the page names no primary place', () => {
    const t: Table = { heading: 'Hosting', header: ['Region', 'Backup'], rows: [['—', 'Oregon']] };
    const { cands } = run(countries, page(t));
    expect(unionOf(cands)).toEqual(['US']);
    expect(cands[0]!.confidence).toBeLessThanOrEqual(0.6);
  });
  it('keeps a subprocessor table that names hosting (its first column is the list, not a side thing)', () => {
    const t: Table = { heading: 'Infrastructure', header: ['Sub-processor', 'Purpose', 'Location'], rows: [['Acme Cloud', 'Application hosting and database', 'Frankfurt, Germany']] };
    expect(read(t)).toEqual(['DE']);
  });
});
