import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readActivePage, toWire } from '../../../browser/read-active-page';
import { readTab, type TabScripting } from '../../../browser/read-tab';
import { protocol } from '../../../browser/messaging/protocol';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const PAGE = '<!doctype html><html lang="en"><head><title>Trust Center</title></head><body><h1>Security</h1><p>We are SOC 2 Type II certified.</p></body></html>';

/** A tab whose scripts answer from a table (file → reply), recording which files were injected, and where. */
function tab(replies: Record<string, unknown | (() => never)>) {
  const injected: string[] = [];
  const scripting: TabScripting = {
    async executeScript({ target, files }) {
      injected.push(`${target.tabId}:${files.join(',')}`);
      const r = replies[files[0]!];
      return [{ result: typeof r === 'function' ? (r as () => never)() : r }];
    },
  };
  return { scripting, injected };
}

/** A clock that moves 7 ms on every reading. */
function clock() {
  let t = 100;
  return () => (t += 7);
}

describe('readTab (the background reads the tab the click allowed, and extracts its claims)', () => {
  it('injects the page reader into that tab and extracts what it hands back', async () => {
    const reply = toWire(await readActivePage(doc(PAGE)));
    const t = tab({ '/page-reader.js': reply });
    const r = await readTab(t.scripting, 12, clock());
    expect(t.injected).toEqual(['12:/page-reader.js']);
    if (!('ok' in r)) throw new Error(JSON.stringify(r));
    expect(r.ok.reading.summary.soc2.value).toBe('type2');
    expect(r.ok.reading.reading?.unreadable).toBeNull();
    expect(r.injectMs).toBe(7);
    // What the background sends back passes the popup's check of the reply.
    expect(protocol['assay/read-tab'].reply.safeParse(JSON.parse(JSON.stringify(r))).success).toBe(true);
  });

  it('reads again with Readability only when the walk asks for it, counting both readings’ time', async () => {
    const full = toWire(await readActivePage(doc(PAGE)));
    const readMs = typeof full === 'object' && full && 'readMs' in full ? (full.readMs as number) : NaN;
    const t = tab({ '/page-reader.js': { wantsReadability: true, readMs: 40 }, '/page-reader-full.js': full });
    const r = await readTab(t.scripting, 3, clock());
    expect(t.injected).toEqual(['3:/page-reader.js', '3:/page-reader-full.js']);
    if (!('ok' in r)) throw new Error(JSON.stringify(r));
    expect(r.ok.readMs).toBeCloseTo(readMs + 40);
  });

  it('hands a PDF tab’s bytes back unread (pdf.js runs in the popup), extracting nothing', async () => {
    const pdf = { pdf: { url: 'https://vendor.example/soc2.pdf', base64: 'JVBERi0=' } };
    const r = await readTab(tab({ '/page-reader.js': pdf }).scripting, 5, clock());
    expect(r).toEqual({ pdf, injectMs: 7 });
  });

  it.each([
    ['the browser refuses the tab', () => { throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'); }, /Cannot access contents/],
    ['the tab hands back something that is not a reading', { page: { title: 1 }, readMs: 'soon' }, /unexpected/],
    ['the reader’s own error', { error: 'Assay could not read this page: too deep' }, /could not read this page/],
  ])('answers with the reason when %s', async (_, reply, why) => {
    const r = await readTab(tab({ '/page-reader.js': reply }).scripting, 9, clock());
    if (!('error' in r)) throw new Error(JSON.stringify(r));
    expect(r.error).toMatch(why);
  });
});
