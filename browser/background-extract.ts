import { listen } from './messaging/listen';
import { extractReading } from './extract-reading';
import { readTab } from './read-tab';

/**
 * The background's one job: read the tab the popup is for and extract its claims (./read-tab.ts). The extraction code (compromise
 * and every extractor, some 450 KB) loads once when the background starts, not in every popup: a popup is a
 * new page on each click and would compile it again each time (bench/results.md). Only Assay's own pages
 * are answered (./messaging/receive.ts); nothing here touches the network.
 */
export function serveExtraction(): void {
  // Run every extractor once on a small made-up page soon after the background starts (at browser startup, for the
  // runtime.onStartup listener): V8 compiles a function on its first call, and compromise builds its lexicon on first
  // use, so without this the reviewer's first click would pay for both. When a popup's request is what woke the
  // background, the real extraction compiles the same code: the warm-up would only make that request wait.
  const warm = setTimeout(warmUp, WARM_UP_DELAY_MS);
  listen({
    'assay/read-tab': ({ tabId }) => {
      clearTimeout(warm);
      return readTab(browser.scripting as never, tabId);
    },
    'assay/warm': () => ({ ok: true as const }),
  });
}

/** Long enough for a waking request to arrive first (it is dispatched once the script has run), short beside a browser start. */
const WARM_UP_DELAY_MS = 50;

const WARM_UP_TEXT = [
  'Security at Example',
  'We are SOC 2 Type II certified and hold ISO 27001 certification.',
  'Customer data is stored in Frankfurt, Germany and encrypted at rest with AES-256 and in transit with TLS 1.2 or higher.',
  'We delete customer data within thirty days of termination, and notify customers within seventy-two hours of a breach.',
];

function warmUp(): void {
  const blocks = WARM_UP_TEXT.map((text, index) => ({ index, kind: index === 0 ? 'heading' : 'paragraph', text, headings: index === 0 ? [] : [WARM_UP_TEXT[0]!] }));
  try {
    extractReading({ page: { title: 'Security', siteName: null, url: null, lang: 'en', blocks, partial: false }, readMs: 0 });
  } catch {
    // A warm-up that fails costs the first click some time, nothing else.
  }
  performance.mark('assay:warm-up-end'); // the benchmark waits for it (bench/browser.ts)
}
