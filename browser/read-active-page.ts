import { readBody, type Article } from '../reader/dom-body';
import type { Page } from '../claims/types';
import { READ_BUDGET_MS } from './budget';
import type { PageSignals } from '../reader/readable';
import { pageSignals } from './page-signals';
import { waitForSettle } from './settle';
import { noteRead } from './page-watch';
import { fetchPdfFromTab } from './read-pdf';
import { collectLinks, type PageLink } from '../reader/links';

export { READ_BUDGET_MS };

/** What the content script hands back: the page as blocks, how long reading took, and what else it saw. */
export interface PageReading {
  page: Page;
  readMs: number;
  /** How long Assay waited for the page to settle before reading (0 when it was ready). */
  waitedMs?: number;
  /** Addresses of frames on the page Assay may not read (another site's). */
  unreadableFrames?: string[];
  signals?: PageSignals;
  /** Set when the walk found no text or no title and Readability was not injected: read again with it. */
  wantsReadability?: boolean;
  /** Links to the vendor's other pages by topic (security, DPA, subprocessors…), see reader/links.ts. */
  links?: PageLink[];
}

/**
 * The reply as it crosses from the tab to the extension: the page's blocks as one JSON string. Chromium
 * copies a script's result object by object, which cost more than the reading itself on a large page
 * (bench/results.md); one string crosses in a single copy and the extension parses it (parsePageReading).
 */
export type WireReading = Omit<PageReading, 'page'> & { page: string };

export function toWire(reply: Awaited<ReturnType<typeof readActivePage>>): Exclude<typeof reply, PageReading> | WireReading {
  return 'page' in reply ? { ...reply, page: JSON.stringify(reply.page) } : reply;
}

/**
 * Waits for a loading or still-rendering page to settle (bounded, see ./settle.ts), then reads the live
 * document into blocks (Readability works on a clone) and returns them. Extraction runs in the
 * extension's own page, not here: the vendor's tab pays only for reading. Never throws: a failure comes
 * back as `{ error }` for the popup to show, since an exception would reach it as an opaque injection error.
 */
export async function readActivePage(doc: Document, article?: (doc: Document) => Article | null): Promise<PageReading | { pdf: { url: string; base64: string } } | { error: string }> {
  try {
    // The browser's PDF viewer shows no text to read: fetch the PDF itself for the popup to read.
    if (doc.contentType === 'application/pdf' && doc.location?.href) return await fetchPdfFromTab(doc.location.href);
    const waitedMs = await waitForSettle(doc);
    const t0 = performance.now();
    const frames = new Set<string>();
    const opts = { budgetMs: READ_BUDGET_MS, url: doc.location?.href ?? null, onUnreadableFrame: (src: string) => frames.size < 20 && frames.add(src.slice(0, 2000)) };
    const { page, wantsReadability } = readBody(doc, opts, article);
    const readMs = Math.round((performance.now() - t0) * 100) / 100;
    noteRead(doc);
    // After the reading and outside its timing: bounded (reader/links.ts), a few milliseconds on any page.
    const links = collectLinks(doc, doc.location?.href ?? null);
    return { page, readMs, waitedMs, unreadableFrames: [...frames], signals: pageSignals(doc), links, ...(wantsReadability ? { wantsReadability } : {}) };
  } catch (e) {
    return { error: `Assay could not read this page: ${e instanceof Error ? e.message : String(e)}` };
  }
}
