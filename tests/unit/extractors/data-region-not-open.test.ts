import { describe, expect, it } from 'vitest';
import { extractor as countries } from '../../../extractors/data-countries';
import { run, unionOf } from '../helpers/extractor-table';
import type { BlockSpec } from '../helpers/page';

// A region that its own section, the status pill above its title, or the sentence right after it says is not open
// yet is not where data is stored: "○ Coming soon" / "Australia — australia-southeast1" / "Join the waitlist …";
// "Announced our Canada region (ca-central-1). It is coming in late summer 2025."
const card = (pill: string | null, title: string, body: string): BlockSpec[] => [
  ...(pill ? [{ text: pill, headings: ['Regions'] }] : []),
  { kind: 'heading', text: title, headings: ['Regions'] },
  { text: body, headings: ['Regions', title] },
];
const read = (blocks: BlockSpec[]) => unionOf(run(countries, blocks).cands);

describe('a region whose section says it is not open yet', () => {
  const base = card(null, 'Europe — europe-west3', 'Frankfurt, Germany. Default for customers in the EU.');
  it.each([
    [card('○ Coming soon', 'Australia — australia-southeast1', 'Sydney. Available to new customers.')],
    [card(null, 'Australia — australia-southeast1', 'Sydney. Join the waitlist; launch targeted for early 2026.')],
    [card('Planned', 'Canada — northamerica-northeast1', 'Montréal. Opening for new workspaces.')],
    [card(null, 'Japan — asia-northeast1', 'Tokyo. Coming in 2026.')],
    [card('Beta', 'India — asia-south1', 'Mumbai. Open to selected customers.')],
    [card(null, 'Brazil — southamerica-east1', 'São Paulo. We plan to open it next year.')],
    [card('Waitlist', 'Switzerland — europe-west6', 'Zurich. Ask to be notified.')],
    [card(null, 'UK — europe-west2', 'London. Launching later this year.')],
    [card('Retired', 'US West — us-west1', 'Oregon. No longer accepts new workspaces.')],
    [card(null, 'Singapore — asia-southeast1', 'Singapore. Under evaluation for 2027.')],
  ])('leaves the card out: %j', (blocks) => {
    expect(read([...base, ...blocks])).toEqual(['DE']);
  });
  it.each([
    [card('● Available', 'Australia — australia-southeast1', 'Sydney. Default for customers in Australia and New Zealand.'), ['AU', 'DE']],
    [card(null, 'Canada — northamerica-northeast1', 'Montréal. Your data stays in Canada.'), ['CA', 'DE']],
    [card('GA', 'Japan — asia-northeast1', 'Tokyo. Available on every plan.'), ['DE', 'JP']],
    [card(null, 'UK — europe-west2', 'London. Launched in 2023.'), ['DE', 'GB']],
    [card('Live', 'India — asia-south1', 'Mumbai. Open to all customers.'), ['DE', 'IN']],
  ])('keeps an open card: %j', (blocks, want) => {
    expect(read([...base, ...blocks])).toEqual(want);
  });
});

describe('a region the next sentence plans', () => {
  it.each([
    'Announced our Canada region (AWS ca-central-1, Montréal). It is coming in late summer 2025.',
    'We are adding a region in Sydney (ap-southeast-2). It will open in 2026.',
    'Our new Tokyo region (ap-northeast-1) is announced. This region launches next year.',
    'A Frankfurt region (eu-central-1) is on the way. It should be available in Q3.',
    'We are building a region in Mumbai (ap-south-1). The region opens in early 2026.',
  ])('reads nothing from "%s"', (text) => {
    expect(run(countries, text).cands).toEqual([]);
  });
  it.each([
    ['Customer data is hosted in AWS ca-central-1 (Montréal). It is encrypted at rest.', ['CA']],
    ['Data is stored in Sydney (ap-southeast-2). It is replicated across three zones.', ['AU']],
    ['We host in Frankfurt (eu-central-1). This region is our default.', ['DE']],
    ['Workspaces live in Tokyo (ap-northeast-1). It is available on every plan.', ['JP']],
    ['All data is stored in Mumbai (ap-south-1). The region is ISO 27001 certified.', ['IN']],
  ])('keeps "%s"', (text, want) => {
    expect(read([text])).toEqual(want);
  });
});

// A region table's row whose status cell says the region is not open ("Canada (Montréal) | Coming soon").
describe('a region row whose status says it is not open yet', () => {
  const row = (cells: string[], header = ['Hosting region', 'Status']): BlockSpec => ({ kind: 'table-row', text: cells.join(' '), cells, header, headings: ['Where your data lives'] });
  const live = row(['United States (Virginia)', 'Live']);
  it.each([
    [['Canada (Montréal)', 'Coming soon']],
    [['Australia (Sydney)', 'Waitlist']],
    [['Japan (Tokyo)', 'Planned for 2026']],
    [['India (Mumbai)', 'Beta']],
    [['Germany (Frankfurt)', 'In development']],
    [['United Kingdom (London)', 'Not yet available']],
    [['Brazil (São Paulo)', 'Opening in Q3 2026']],
    [['Switzerland (Zurich)', 'Preview']],
    [['Singapore', 'Retired']],
    [['Ireland (Dublin)', 'Coming in 2027']],
  ])('leaves the row out: %j', (cells) => {
    expect(read([live, row(cells as string[])])).toEqual(['US']);
  });
  it.each([
    [['Canada (Montréal)', 'Live'], ['CA', 'US']],
    [['Australia (Sydney)', 'Available'], ['AU', 'US']],
    [['Japan (Tokyo)', 'Generally available since 2023'], ['JP', 'US']],
    [['India (Mumbai)', 'Open to all plans'], ['IN', 'US']],
    [['Germany (Frankfurt)', '✓'], ['DE', 'US']],
  ])('keeps an open row: %j', (cells, want) => {
    expect(read([live, row(cells as string[])])).toEqual(want);
  });
  it('reads a four-column residency table the same way', () => {
    const header = ['Region', 'Primary', 'Backup / DR', 'Status'];
    expect(read([row(['India', 'Mumbai', 'Hyderabad', 'Live'], header), row(['Australia', 'Sydney', '—', 'Coming soon'], header)])).toEqual(['IN']);
  });
});
