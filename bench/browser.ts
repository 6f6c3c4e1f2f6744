// Chromium half of `npm run bench`: the built test extension in Debian's Chromium, pages on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { launchAssay, ROOT, tabIdFor, type AssayBrowser } from '../scripts/chromium';
import { servePages } from '../scripts/serve-pages';
import { benchPage, median, SIZES } from './html-pages';
import { generateData } from './data';
import { headOf } from '../assessment/types';
import { readingCost } from './reading-cost';

type Api = { scripting: { executeScript(o: object): Promise<{ result: unknown }[]> } };

async function extensionPage(b: AssayBrowser) {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  return page;
}

/** Click-to-blocks per page size: inject the content script and wait for the page's reading, as the popup does. */
async function extraction(b: AssayBrowser, origin: (p: string, body: string) => string): Promise<string[]> {
  const rows: string[] = ['| page | runs | Readability alone (ms) | reading in page (ms) | ratio | settle wait (ms) | inject → blocks in popup (ms) | partial |', '|---|---|---|---|---|---|---|---|'];
  const ext = await extensionPage(b);
  for (const size of SIZES) {
    const url = origin(`/bench-${size.bytes}.html`, benchPage(size.bytes));
    const tab = await b.context.newPage();
    await tab.goto(url);
    const tabId = await tabIdFor(b, url);
    const samples: { wall: number; readability: number; total: number; waited: number; partial: boolean }[] = [];
    for (let i = 0; i < size.runs + 2; i++) {
      const r = await ext.evaluate(async (id: number) => {
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        const [probe] = await api.scripting.executeScript({ target: { tabId: id }, files: ['/readability-probe.js'] });
        const t0 = performance.now();
        const [res] = await api.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
        const wall = performance.now() - t0;
        // The tab only reads itself into blocks now; extraction runs in the popup.
        const x = res?.result as { page: { partial: boolean }; readMs: number; waitedMs?: number };
        return { wall, readability: (probe?.result as { ms: number }).ms, total: x.readMs, waited: x.waitedMs ?? 0, partial: x.page.partial };
      }, tabId);
      if (i >= 2) samples.push(r); // two warm-up runs
    }
    const rd = median(samples.map((s) => s.readability));
    const tot = median(samples.map((s) => s.total));
    rows.push(`| ${size.label} | ${samples.length} | ${rd.toFixed(1)} | ${tot.toFixed(1)} | ${(tot / rd).toFixed(2)} | ${Math.max(...samples.map((s) => s.waited)).toFixed(0)} | ${median(samples.map((s) => s.wall)).toFixed(1)} | ${samples.some((s) => s.partial) ? 'yes' : 'no'} |`);
    await tab.close();
  }
  await ext.close();
  return rows;
}

/** Popup opened on a page that has a stored assessment: time until it is on screen. */
async function storedPopup(b: AssayBrowser, origin: (p: string, body: string) => string): Promise<string[]> {
  const url = origin('/stored.html', benchPage(40_000));
  const tab = await b.context.newPage();
  await tab.goto(url);
  const tabId = await tabIdFor(b, url);
  const popup = await b.context.newPage();
  const open = async () => {
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction(() => performance.getEntriesByName('assay:ready-shown').length > 0, undefined, { timeout: 30_000 });
    return popup.evaluate(() => ({
      stored: performance.getEntriesByName('assay:stored-shown')[0]?.startTime ?? NaN,
      ready: performance.getEntriesByName('assay:ready-shown')[0]?.startTime ?? NaN,
    }));
  };
  await open(); // first visit stores the assessment
  const stored: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < 22; i++) {
    const t = await open();
    if (i >= 2) {
      stored.push(t.stored);
      ready.push(t.ready);
    }
  }
  await popup.close();
  await tab.close();
  return [
    '| measure (from popup navigation start) | runs | median (ms) | target |',
    '|---|---|---|---|',
    `| stored assessment on screen | ${stored.length} | ${median(stored).toFixed(1)} | ≤ 100 |`,
    `| fresh claims scored and on screen (40 KB page) | ${ready.length} | ${median(ready).toFixed(1)} | — |`,
  ];
}

/** The compare page with 1,000 stored vendors, and the CSV of all of them. */
async function compare(b: AssayBrowser): Promise<string[]> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/compare.html`);
  await page.waitForFunction(() => performance.getEntriesByName('assay:list-shown').length > 0);
  const before = await page.evaluate(() => document.querySelectorAll('[data-testid="vendor-list"] li').length);
  // The data benchmark's records (one assessment per vendor), written straight into the extension's
  // IndexedDB. The callback names no inner function: tsx would wrap one in a helper the page lacks.
  const { vendors, assessments } = generateData(1000, 1);
  await page.evaluate(
    async (data) => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const r = indexedDB.open('assay');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const tx = db.transaction(['vendors', 'assessments', 'heads'], 'readwrite');
      for (const v of data.vendors) tx.objectStore('vendors').put(v);
      for (const a of data.assessments) tx.objectStore('assessments').put(a);
      for (const h of data.heads) tx.objectStore('heads').put(h);
      await new Promise((ok) => {
        tx.oncomplete = ok;
      });
      db.close();
    },
    { vendors, assessments, heads: assessments.map(headOf) },
  );
  const list: number[] = [];
  const csv: number[] = [];
  for (let i = 0; i < 12; i++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('assay:list-shown').length > 0, undefined, { timeout: 30_000 });
    const shown = await page.evaluate(() => ({ t: performance.getEntriesByName('assay:list-shown')[0]!.startTime, n: document.querySelectorAll('[data-testid="vendor-list"] li').length }));
    if (shown.n !== before + 1000) throw new Error(`compare page listed ${shown.n} vendors, not ${before + 1000}`);
    await page.getByTestId('export-csv').click();
    const c = await page.evaluate(() => performance.getEntriesByName('assay:csv').at(-1)?.duration ?? NaN);
    if (i >= 2) {
      list.push(shown.t);
      csv.push(c);
    }
  }
  await page.close();
  return [
    '| measure | runs | median (ms) | target |',
    '|---|---|---|---|',
    `| compare page lists 1,000 vendors (from navigation start) | ${list.length} | ${median(list).toFixed(1)} | ≤ 300 |`,
    `| CSV of all 1,000 vendors built | ${csv.length} | ${median(csv).toFixed(1)} | ≤ 200 |`,
  ];
}

export async function runBrowserBench(): Promise<string> {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, ASSAY_TEST_HOSTS: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await servePages(ROOT);
  const b = await launchAssay();
  try {
    const route = (p: string, body: string) => server.route(p, body);
    const ext = await extraction(b, route);
    const cost = await readingCost(b.context, route);
    const popup = await storedPopup(b, route);
    const cmp = await compare(b);
    return [
      `Chromium ${execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim()}, built test extension, pages served on 127.0.0.1; medians after two warm-up runs.`,
      '',
      '### Reading a page (content script in the vendor tab)',
      '',
      ...ext,
      '',
      '### What reading collapsed panels, shadow roots and frames, and the settle wait, cost on ordinary pages',
      '',
      'The reader before that work (commit 68595f8: light DOM only, every hidden node skipped) and the current one, both bundled',
      'with esbuild and run alternately on the same loaded page in the same tab (`bench/reading-cost.ts`). The settle wait is',
      '`waitForSettle` on the loaded page: it returns at once when the page is loaded and has text.',
      '',
      ...cost,
      '',
      '### Popup',
      '',
      ...popup,
      '',
      '### Compare page',
      '',
      ...cmp,
    ].join('\n');
  } finally {
    await b.close();
    await server.close();
  }
}
