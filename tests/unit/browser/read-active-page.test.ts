import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readActivePage, toWire } from '../../../browser/read-active-page';
import { MAX_WIRE_CHARS, parsePageReading } from '../../../browser/messaging/extraction-schema';
import { extractPage } from '../../../claims/pipeline';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('readActivePage (what the vendor tab runs)', () => {
  it('returns the page as blocks, not claims: extraction runs in the extension', async () => {
    const r = await readActivePage(doc('<!doctype html><html lang="en"><head><title>Trust Center</title></head><body><h1>Security</h1><p>We are SOC 2 Type II certified.</p></body></html>'));
    if (!('page' in r)) throw new Error(JSON.stringify(r));
    expect(r.page.title).toBe('Trust Center');
    expect(r.page.blocks.map((b) => b.text)).toContain('We are SOC 2 Type II certified.');
    expect(r).not.toHaveProperty('summary');
    // The popup validates the reply and extracts it.
    const x = extractPage(parsePageReading(JSON.parse(JSON.stringify(r))).page);
    expect(x.summary.soc2.value).toBe('type2');
    expect(x.stats?.blocks).toBe(r.page.blocks.length);
  });

  it('reports no blocks for an empty page', async () => {
    const r = await readActivePage(doc('<!doctype html><html><head><title>Empty</title></head><body></body></html>'));
    if (!('page' in r)) throw new Error(JSON.stringify(r));
    expect(extractPage(r.page).stats).toEqual({ blocks: 0, chars: 0 });
  });
});

it('cuts a giant paragraph into blocks the popup accepts, each quote still verbatim', async () => {
  const para = 'Acme is SOC 2 Type II certified. '.repeat(3000);
  const r = await readActivePage(doc(`<!doctype html><html><head><title>T</title></head><body><p>${para}</p></body></html>`));
  if (!('page' in r)) throw new Error(JSON.stringify(r));
  expect(r.page.blocks.length).toBeGreaterThan(4);
  expect(r.page.blocks.every((b) => b.text.length <= 20_000 && /^Acme is SOC 2 Type II certified\./.test(b.text))).toBe(true);
  expect(() => parsePageReading(JSON.parse(JSON.stringify(r)))).not.toThrow();
});

describe('parsePageReading (the popup checks the tab’s reply)', () => {
  const ok = { page: { title: 'T', siteName: null, url: 'https://a.example/', lang: 'en', partial: false, blocks: [{ index: 0, kind: 'paragraph', text: 'x', headings: [] }] }, readMs: 3 };
  it('accepts a well-formed reading', () => expect(parsePageReading(ok).page.blocks).toHaveLength(1));
  it.each([
    ['an unknown block kind', { ...ok, page: { ...ok.page, blocks: [{ ...ok.page.blocks[0], kind: 'script' }] } }],
    ['an extra key', { ...ok, extra: 1 }],
    ['a block out of order', { ...ok, page: { ...ok.page, blocks: [{ ...ok.page.blocks[0], index: 3 }] } }],
    ['a block text longer than the reader ever makes', { ...ok, page: { ...ok.page, blocks: [{ ...ok.page.blocks[0], text: 'a'.repeat(20_001) }] } }],
    ['not an object', 'hello'],
  ])('refuses %s', (_, raw) => expect(() => parsePageReading(raw)).toThrow(/unexpected/));
  it('passes the reader’s own error through', () => expect(() => parsePageReading({ error: 'Assay could not read this page: x' })).toThrow('could not read this page'));
});

describe('the reply as it crosses from the tab (toWire, one JSON string for the page)', () => {
  const html = '<!doctype html><html lang="en"><head><title>Trust</title></head><body><h1>Security</h1><p>We are SOC 2 Type II certified.</p><ul><li>AES-256 at rest</li></ul></body></html>';
  it('carries the page as one string and reads back to the same reading', async () => {
    const r = await readActivePage(doc(html));
    const wire = toWire(r);
    if (!('page' in wire) || !('page' in r)) throw new Error(JSON.stringify(wire));
    expect(typeof wire.page).toBe('string');
    expect(parsePageReading(wire)).toEqual(r);
  });
  it('leaves a reply without a page (an error, a PDF) as it is', () => {
    const err = { error: 'Assay could not read this page: x' };
    expect(toWire(err)).toBe(err);
  });
  it.each([
    ['a page string that is not JSON', '{"title":'],
    ['a page string holding the wrong shape', JSON.stringify({ title: 'T', blocks: 'many' })],
    ['a page string holding a block the reader never makes', JSON.stringify({ title: 'T', siteName: null, url: null, lang: null, partial: false, blocks: [{ index: 0, kind: 'script', text: 'x', headings: [] }] })],
  ])('refuses %s', (_, page) => expect(() => parsePageReading({ page, readMs: 1 })).toThrow(/unexpected/));
  it('refuses a page string longer than Assay reads without parsing it', () => {
    expect(() => parsePageReading({ page: ' '.repeat(MAX_WIRE_CHARS + 1), readMs: 1 })).toThrow(/more than Assay reads/);
  });
});
