import { describe, expect, it } from 'vitest';
import { unitsOf } from '../../../language/block-units';
import { extractor as countries } from '../../../extractors/data-countries';
import { run, unionOf } from '../helpers/extractor-table';
import type { Block } from '../../../claims/types';

const lv = (label: string, value: string): Block => ({ index: 0, kind: 'label-value', label, value, text: `${label}: ${value}`, headings: ['Data residency'] });

describe('a label-value pair is read with the first sentence of its value; later sentences stand alone', () => {
  it('keeps a one-sentence pair whole', () => {
    const b = lv('Data center location', 'Germany');
    expect(unitsOf(b).map((u) => u.text)).toEqual(['Data center location: Germany']);
  });
  it('splits later sentences of a longer value off', () => {
    const b = lv('Choose where your workspace is hosted', 'Frankfurt, London or Sydney. Canada Central is coming in 2026.');
    expect(unitsOf(b).map((u) => u.text)).toEqual(['Choose where your workspace is hosted: Frankfurt, London or Sydney.', 'Canada Central is coming in 2026.']);
    for (const u of unitsOf(b)) expect(b.text.slice(u.start, u.end)).toBe(u.text);
  });
  // A plan in a later sentence of the value does not make the listed regions a plan; a plan in the first one does.
  it.each([
    [lv('Choose where your workspace is hosted', 'Frankfurt (eu-central-1), London, Sydney or us-east-2. Canada Central is coming in 2026.'), ['AU', 'DE', 'GB', 'US']],
    [lv('Hosting regions', 'Data is stored in Frankfurt or Dublin. A Tokyo region is on our roadmap.'), ['DE', 'IE']],
    [lv('Data location', 'Customer data is stored in Sydney, Australia. We plan to add Singapore next year.'), ['AU']],
    [lv('Where your data lives', 'Workspaces are hosted in Toronto. A US region will launch in 2026.'), ['CA']],
    [lv('Residency', 'All data is stored in Zurich. Frankfurt is under evaluation.'), ['CH']],
    [lv('Data centres', 'Your records are kept in Stockholm, Sweden. If you need another region, contact sales.'), ['SE']],
    [lv('Storage', 'Customer data is stored in London. Paris is planned for Q3.'), ['GB']],
    [lv('Hosting', 'Hosted in Mumbai, India. Jakarta is coming soon.'), ['IN']],
    [lv('Data residency', 'We store data in Tokyo. Osaka will follow in 2026.'), ['JP']],
    [lv('Region', 'Data is hosted in São Paulo. A second Brazilian region is on our roadmap.'), ['BR']],
  ])('reads %j', (block, want) => {
    expect(unionOf(run(countries, [block]).cands)).toEqual(want);
  });
  it.each([
    lv('Hosting regions', 'A Tokyo region is on our roadmap. Until then nothing is hosted there.'),
    lv('Data location', 'We plan to add Singapore next year.'),
    lv('Where your data lives', 'A US region will launch in 2026.'),
    lv('Residency', 'Frankfurt is under evaluation for 2026.'),
    lv('Data centres', 'If you need a Swiss region, contact sales.'),
    lv('Storage', 'Paris is planned for Q3. More soon.'),
    lv('Hosting', 'Jakarta is coming soon. Ask us about it.'),
    lv('Data residency', 'Osaka will follow in 2026. Stay tuned.'),
    lv('Region', 'A Brazilian region is on our roadmap.'),
    lv('Residency', 'EU residency is planned for 2027. Join the waitlist.'),
  ])('reads nothing from %j', (block) => {
    expect(run(countries, [block]).cands).toEqual([]);
  });
});

