// "Read these pages" end to end on a served five-page vendor site: the built test extension in Chromium.
import { availableParallelism, loadavg } from 'node:os';
import type { AssayBrowser } from '../scripts/chromium';
import { tabIdFor } from '../scripts/chromium';
import type { PageServer } from '../scripts/serve-pages';
import { serveVendorSite } from '../scripts/vendor-site';
import { benchPage, median } from './html-pages';

const RUNS = 7;
const WARMUPS = 2;
const RELATED_BYTES = 50_000;

interface Run {
  /** Popup navigation start → the first page's claims on screen (read in the tab). */
  first: number;
  /** Each related page: request → saved, in the background. */
  pages: number[];
  /** Click on "Read these pages" → "Read 4 of 4" on screen. */
  clickToAll: number;
  /** Popup navigation start → all five pages read and saved (the harness's click included). */
  whole: number;
}

async function once(b: AssayBrowser, server: PageServer, i: number): Promise<Run> {
  // A vendor of its own per run, so no page of it was read before.
  const site = serveVendorSite(server, { pages: 5, host: `bench-vendor-${i}` });
  for (const url of site.related) server.route(new URL(url).pathname, benchPage(RELATED_BYTES));
  const tab = await b.context.newPage();
  await tab.goto(site.start);
  const tabId = await tabIdFor(b, site.start);
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => performance.getEntriesByName('assay:ready-shown').length > 0, undefined, { timeout: 30_000 });
  await popup.getByTestId('read-related').waitFor();
  const first = await popup.evaluate(() => performance.getEntriesByName('assay:ready-shown')[0]!.startTime);
  const clickAt = await popup.evaluate(() => performance.now());
  await popup.getByTestId('read-related').click();
  const doneAt = (await popup.waitForFunction(() => (document.querySelector('[data-testid="related-status"]')?.textContent?.startsWith('Read ') ? performance.now() : 0), undefined, { polling: 'raf', timeout: 60_000 })).jsonValue();
  const end = await doneAt;
  const pages = await popup.$$eval('[data-testid="related-page"]', (els) => els.map((e) => ({ state: e.getAttribute('data-state'), ms: Number(e.getAttribute('data-ms')) })));
  if (pages.length !== 4 || pages.some((p) => p.state !== 'read')) throw new Error(`vendor site bench: pages not all read: ${JSON.stringify(pages)}`);
  await popup.close();
  await tab.close();
  return { first, pages: pages.map((p) => p.ms), clickToAll: end - clickAt, whole: end };
}

/** The section's rows: per page and in total, medians over RUNS runs after WARMUPS. */
export async function relatedSiteBench(b: AssayBrowser, server: PageServer): Promise<string[]> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS + WARMUPS; i++) {
    const r = await once(b, server, i);
    if (i >= WARMUPS) runs.push(r);
  }
  const m = (f: (r: Run) => number) => median(runs.map(f)).toFixed(0);
  const names = ['/trust', '/legal/data-processing', '/legal/subprocessors', '/sla'];
  return [
    `A vendor site of five pages on a loopback host of its own per run: the security page the reviewer opens (about 1 KB, links to the`,
    `other four among decoys) and four ${RELATED_BYTES / 1000} KB vendor-style pages (\`bench/html-pages.ts\`). The first page is read in the tab as`,
    'always; the other four by "Read these pages": fetched by the background one after another, parsed without running scripts',
    '(linkedom), every extractor run, the assessment saved. The test build holds loopback host permissions, so the permission',
    `request resolves without a prompt (a reviewer answering it adds their own time). Medians of ${runs.length} runs after ${WARMUPS} warm-up runs, in ms;`,
    `${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores when it ended (the machine is shared: the first page's time moves with it).`,
    '',
    '| page | what is timed | median (ms) |',
    '|---|---|---|',
    `| 1. /security (read in the tab) | popup navigation start → its claims on screen | ${m((r) => r.first)} |`,
    ...names.map((n, k) => `| ${k + 2}. ${n} (${RELATED_BYTES / 1000} KB, fetched) | request → parsed, extracted and saved | ${m((r) => r.pages[k]!)} |`),
    `| pages 2–5 | click on "Read these pages" → "Read 4 of 4" on screen | ${m((r) => r.clickToAll)} |`,
    `| all five pages | popup navigation start → every page read and saved (with the benchmark's own click in between) | ${m((r) => r.whole)} |`,
  ];
}
