// Chromium half of `npm run bench`: the built test extension in Debian's Chromium, pages on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { launchAssay, ROOT, tabIdFor, type AssayBrowser } from '../scripts/chromium';
import { servePages } from '../scripts/serve-pages';
import { benchPage, median, SIZES } from './html-pages';
import { seedVendors } from '../scripts/seed-store';
import { readingCost } from './reading-cost';
import { relatedSiteBench } from './related';

type Api = { scripting: { executeScript(o: object): Promise<{ result: unknown }[]> } };

async function extensionPage(b: AssayBrowser) {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  return page;
}

/**
 * What the vendor's tab pays per page size for Assay's reader (inject it, read the page into blocks, hand them
 * back; extraction runs in the extension) against Readability alone run the same way: injected, parsing a
 * clone of the page, handing back the article's title and text. Both are timed from the extension's side,
 * wall to wall; the in-tab columns are each script's own timing of its parse or read.
 */
export async function tabCost(b: AssayBrowser, origin: (p: string, body: string) => string): Promise<string[]> {
  const rows: string[] = [
    '| page | runs | Readability: parse in the tab (ms) | Readability: inject + parse + reply (ms) | Assay: read in the tab (ms) | Assay: inject + read + reply (ms) | ratio (wall / wall) | ratio (Assay wall / Readability parse alone) | blocks | partial |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const ext = await extensionPage(b);
  for (const size of SIZES) {
    const url = origin(`/bench-${size.bytes}.html`, benchPage(size.bytes));
    const tab = await b.context.newPage();
    await tab.goto(url);
    const tabId = await tabIdFor(b, url);
    const samples: { wall: number; readability: number; readabilityWall: number; read: number; blocks: number; partial: boolean }[] = [];
    for (let i = 0; i < size.runs + 2; i++) {
      // Alternate which goes first, so neither always finds the tab's caches warmed by the other.
      const r = await ext.evaluate(
        async ({ id, readabilityFirst }: { id: number; readabilityFirst: boolean }) => {
          const api = (globalThis as unknown as { chrome: Api }).chrome;
          const t0 = performance.now();
          const [a] = await api.scripting.executeScript({ target: { tabId: id }, files: [readabilityFirst ? '/readability-probe.js' : '/page-reader.js'] });
          const t1 = performance.now();
          const [c] = await api.scripting.executeScript({ target: { tabId: id }, files: [readabilityFirst ? '/page-reader.js' : '/readability-probe.js'] });
          const t2 = performance.now();
          const [probe, ours] = readabilityFirst ? [a?.result, c?.result] : [c?.result, a?.result];
          const [probeWall, oursWall] = readabilityFirst ? [t1 - t0, t2 - t1] : [t2 - t1, t1 - t0];
          const x = ours as { readMs: number; page: string };
          const page = JSON.parse(x.page) as { blocks: unknown[]; partial: boolean };
          return { wall: oursWall, readabilityWall: probeWall, readability: (probe as { ms: number }).ms, read: x.readMs, blocks: page.blocks.length, partial: page.partial };
        },
        { id: tabId, readabilityFirst: i % 2 === 0 },
      );
      if (i >= 2) samples.push(r); // two warm-up runs
    }
    const m = (k: 'wall' | 'readability' | 'readabilityWall' | 'read') => median(samples.map((s) => s[k]));
    const [rd, rdWall, wall] = [m('readability'), m('readabilityWall'), m('wall')];
    rows.push(
      `| ${size.label} | ${samples.length} | ${rd.toFixed(1)} | ${rdWall.toFixed(1)} | ${m('read').toFixed(1)} | ${wall.toFixed(1)} | ${(wall / rdWall).toFixed(2)}${wall > rdWall ? ' ✗' : ''} | ${(wall / rd).toFixed(2)} | ${samples[0]!.blocks} | ${samples.some((s) => s.partial) ? 'yes' : 'no'} |`,
    );
    await tab.close();
  }
  await ext.close();
  return rows;
}

export type Breakdown = { open: number; inject: number; read: number; extract: number; render: number; total: number };

/** Click → claims on screen for one popup opening on a page with no stored reading, split into its stages. */
export async function clickOnce(b: AssayBrowser, url: string): Promise<Breakdown> {
  const tab = await b.context.newPage();
  await tab.goto(url);
  const tabId = await tabIdFor(b, url);
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => performance.getEntriesByName('assay:ready-shown').length > 0, undefined, { timeout: 30_000 });
  // No named inner function in the callback: tsx would wrap it in a helper the page lacks.
  const t = await popup.evaluate((names) => {
    const [injectStart, injectEnd, extracted, shown] = names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN);
    const read = (performance.getEntriesByName('assay:read-in-tab')[0] as PerformanceMark | undefined)?.detail as number;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { domInteractive: nav.domInteractive, injectStart: injectStart!, injectEnd: injectEnd!, extracted: extracted!, shown: shown!, read };
  }, ['assay:inject-start', 'assay:inject-end', 'assay:extracted', 'assay:ready-shown']);
  await popup.close();
  await tab.close();
  return {
    open: t.domInteractive,
    inject: t.injectEnd - t.injectStart - t.read,
    read: t.read,
    extract: t.extracted - t.injectEnd,
    render: t.shown - t.extracted,
    total: t.shown,
  };
}

/**
 * Click → claims on screen for a 50 KB page: the first click after the browser starts (a fresh browser each
 * sample) and warm clicks (the same browser again, each on a page never read before), with the breakdown.
 */
export async function clickToClaims(origin: (p: string, body: string) => string): Promise<string[]> {
  const page = benchPage(50_000);
  const first: Breakdown[] = [];
  const warm: Breakdown[] = [];
  for (let i = 0; i < 5; i++) {
    const b = await launchAssay();
    try {
      first.push(await clickOnce(b, origin(`/click-${i}-0.html`, page)));
      for (let j = 1; j <= 6; j++) {
        const x = await clickOnce(b, origin(`/click-${i}-${j}.html`, page));
        if (j > 2) warm.push(x);
      }
    } finally {
      await b.close();
    }
  }
  const row = (name: string, xs: Breakdown[], target: number) => {
    const m = (k: keyof Breakdown) => median(xs.map((x) => x[k])).toFixed(1);
    const total = median(xs.map((x) => x.total));
    return `| ${name} | ${xs.length} | ${m('open')} | ${m('inject')} | ${m('read')} | ${m('extract')} | ${m('render')} | ${total.toFixed(1)} | ≤ ${target}${total > target ? ' ✗' : ''} |`;
  };
  return [
    'Each stage in ms, medians. open: popup navigation to its document being interactive; inject: from the popup\'s request to the background until the tab\'s reply is back there (the wall time less the read; it starts before "open" ends, see below); read: the reader in the tab; extract: validating the blocks and running every extractor in the background, and the claims\' way back to the popup; render: scoring and drawing the result (the reading is saved after it is on screen); total: popup navigation start to the claims on screen.',
    '',
    'Where extraction runs: the background service worker (`browser/background-extract.ts`). A popup is a new page on every click, so extraction in the popup compiled compromise and every extractor (some 450 KB) on each click; a dedicated worker started by the popup paid the same compile on every click and more (an A/B run on this 2-core machine while other jobs loaded it, builds alternating, warm medians: 472 ms with extraction in the popup, 710 ms in a per-popup worker, 289 ms in the background; absolute times there are about twice the unloaded ones). The background keeps the code loaded between clicks, starts with the browser (its `runtime.onStartup` listener) and runs every extractor once on a made-up page as it starts, so the first click finds the code compiled. The tab pays only for reading (the table above); Readability is injected only for a page the walk cannot read or name.',
    '',
    'How the click reaches the tab (2026-11-28): the popup\'s first script, a plain one in its head (`/popup-early.js`, 2.5 KB), asks the background to read the tab before the popup\'s bundle has loaded; the background injects the reader, extracts what the tab hands back and answers the popup, so the blocks go from the tab to the background without passing through the popup. The popup shows the stored assessment meanwhile, and shows the fresh reading before saving it (saving took some 17 ms). Measured on one build at a time, unloaded machine, 15 warm clicks each: reading only after the stored lookup, through the popup, then saving before showing: 176–178 ms; the request from the head script: 158.6; and showing before saving: 149.7. An earlier try of the head script that read the tab into the popup (not the background) gained nothing under load (242.6 against 234.5 ms). Later runs the same day, one build at a time, gave 148.7, 156.4, 159.5, 159.6, 165.6, 167.8 and 173.1 ms warm: the median sits near 160 on this shared 2-core machine, above the 150 target. Loading the head script with `async` (so it does not hold up the popup\'s parse) gave the same totals (158.9 and 159.5 against 165.6 and 159.6 alternating), and would let the popup\'s own request race the early one, so the script stays synchronous.',
    '',
    '| 50 KB page | runs | open | inject + transfer | read (tab) | extract (background) | render | click → claims | target |',
    '|---|---|---|---|---|---|---|---|---|',
    row('first click after the browser starts', first, 400),
    row('warm (same browser, a page not read before)', warm, 150),
  ];
}

/** Popup opened on a page that has a stored assessment: time until it is on screen. */
export async function storedPopup(b: AssayBrowser, origin: (p: string, body: string) => string): Promise<string[]> {
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
  // The data benchmark's records (one assessment per vendor), written straight into the extension's IndexedDB.
  await seedVendors(page, 1000);
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

/** The heading of the vendor-site section inside "## Chromium" (rewritten alone by `npm run bench -- --related-only`). */
export const RELATED_HEADING = '### Reading a vendor’s other pages (five-page site, "Read these pages")';

/** Only the vendor-site benchmark: its lines, for `--related-only`. */
export async function runRelatedOnly(): Promise<string> {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', ASSAY_TEST_HOSTS: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await servePages(ROOT);
  const b = await launchAssay();
  try {
    return (await relatedSiteBench(b, server)).join('\n');
  } finally {
    await b.close();
    await server.close();
  }
}

export async function runBrowserBench(): Promise<string> {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', ASSAY_TEST_HOSTS: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await servePages(ROOT);
  const b = await launchAssay();
  let open = true;
  try {
    const route = (p: string, body: string) => server.route(p, body);
    const ext = await tabCost(b, route);
    const cost = await readingCost(b.context, route);
    const popup = await storedPopup(b, route);
    const cmp = await compare(b);
    const site = await relatedSiteBench(b, server);
    await b.close();
    open = false;
    const click = await clickToClaims(route);
    return [
      `Chromium ${execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim()}, built test extension, pages served on 127.0.0.1; medians after two warm-up runs.`,
      '',
      '### What the vendor tab pays (the reader only; extraction runs in the extension)',
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
      '### Click → claims on screen (50 KB page)',
      '',
      ...click,
      '',
      '### Popup',
      '',
      ...popup,
      '',
      '### Compare page',
      '',
      ...cmp,
      '',
      RELATED_HEADING,
      '',
      ...site,
    ].join('\n');
  } finally {
    if (open) await b.close();
    await server.close();
  }
}
