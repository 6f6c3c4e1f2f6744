import { listen } from './messaging/listen';
import { extractReading } from './extract-reading';
import { readTab } from './read-tab';
import { readText } from '../reader/text';
import { idleJobs } from './warm-up';
import { WARM_UP_SECTIONS } from './warm-up-page';

/**
 * The background's one job: read the tab the popup is for and extract its claims (./read-tab.ts). The extraction code (compromise
 * and every extractor, some 450 KB) loads once when the background starts, not in every popup: a popup is a
 * new page on each click and would compile it again each time (bench/results.md). Only Assay's own pages
 * are answered (./messaging/receive.ts); nothing here touches the network.
 */
export function serveExtraction(): void {
  // Extract a made-up page (./warm-up-page.ts), a section per task, soon after the background starts (at browser startup,
  // for the runtime.onStartup listener), and again while a click's tab is reading: V8 compiles a function on its first
  // call and a regular expression on its first use, and compromise builds its lexicon on first use, so without this
  // the reviewer's first click would pay for all of it. The sections stop once the tab's reading is back: its
  // extraction compiles what is left.
  const warmUp = idleJobs(
    WARM_UP_SECTIONS.map((section) => () => extractReading({ page: readText(section, { format: 'md' }), readMs: 0 })),
    () => performance.mark('assay:warm-up-end'), // the benchmark waits for it (bench/browser.ts)
  );
  const soon = setTimeout(() => warmUp.start(), WARM_UP_DELAY_MS);
  listen({
    'assay/read-tab': async ({ tabId }) => {
      clearTimeout(soon);
      warmUp.start();
      try {
        return await readTab(browser.scripting as never, tabId);
      } finally {
        warmUp.stop();
      }
    },
    'assay/warm': () => ({ ok: true as const }),
  });
}

/** Long enough for a waking request to arrive first (it is dispatched once the script has run), short beside a browser start. */
const WARM_UP_DELAY_MS = 50;
