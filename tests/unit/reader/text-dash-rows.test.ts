import { describe, expect, it } from 'vitest';
import { readText } from '../../../reader/text';
import { extractor as countries } from '../../../extractors/data-countries';

// A table saved as plain text one row per line, its cells between spaced dashes, under a title line.
const ANNEX = [
  'Customer Personal Data is stored in Belgium.',
  '',
  'ANNEX III — SUBPROCESSORS (summary; see the Subprocessor List for the current version)',
  'Cloudhost EMEA Ltd — infrastructure hosting — Belgium, Germany',
  'Scanly Inc. — receipt OCR — United States',
  'Postmailer — transactional email — United States',
  'Chatdesk — in-app chat support — Ireland / United States',
  'Bugwatch — error monitoring (scrubbed of personal data) — United States',
  '',
  'Questions about this DPA? Write to privacy@example.test.',
].join('\n');

describe('plain-text rows with cells between dashes', () => {
  it('reads each line as a row, word for word, under its title line as a heading', () => {
    const page = readText(ANNEX);
    const rows = page.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.text)).toEqual(ANNEX.split('\n').slice(3, 8));
    expect(rows[1]!.cells).toEqual(['Scanly Inc.', 'receipt OCR', 'United States']);
    expect(rows.every((r) => r.headings.at(-1) === 'ANNEX III — SUBPROCESSORS (summary; see the Subprocessor List for the current version)')).toBe(true);
  });

  it('so the subprocessors’ countries are read per row: the hosting row counts, the side services do not', () => {
    const found = new Set(countries.extract(readText(ANNEX)).flatMap((c) => c.value));
    expect([...found].sort()).toEqual(['BE', 'DE']);
  });

  it('leaves two such lines, and prose with dashes, as text', () => {
    const two = readText('Vendors\n\nCloudhost — hosting — Belgium\nPostmailer — email — United States\n\nMore text follows here.');
    expect(two.blocks.some((b) => b.kind === 'table-row')).toBe(false);
    const prose = readText(
      'We host in Belgium — the region our customers chose — and keep backups there.\nOur team — twelve people — works remotely across Europe.\nWe review access — every quarter — and log it for a year.\n',
    );
    expect(prose.blocks.some((b) => b.kind === 'table-row')).toBe(false);
  });
});

describe('lettered and roman list items in plain text', () => {
  it('reads "(a) …", "b) …" and "(ii) …" lines as list items under the sentence that opens them', () => {
    const page = readText('The Hosting Regions available are:\n (a) United States — Ashburn, Virginia;\n (b) European Union — Dublin, Ireland;\n c) Australia — Sydney.\n\nThe parties agree:\n(i) to cooperate;\n(ii) to keep records.');
    const items = page.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => b.text)).toEqual(['United States — Ashburn, Virginia;', 'European Union — Dublin, Ireland;', 'Australia — Sydney.', 'to cooperate;', 'to keep records.']);
    expect(items[0]!.lead).toBe('The Hosting Regions available are:');
  });

  it('leaves a bracketed word that is no marker in its sentence', () => {
    const page = readText('Customer data (all of it) is stored in Belgium.\n(see the annex) for the list of subprocessors.');
    expect(page.blocks.some((b) => b.kind === 'list-item')).toBe(false);
  });
});
