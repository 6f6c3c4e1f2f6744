import type { Extraction } from '../claims/types';
import type { Unreadable } from '../reader/readable';
import { highlightCss, newHighlightName } from './highlight-style';
import { PAGE_BUDGET_MS } from './budget';
import { mayBeUnsettled } from './settle';

export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
  status?: string;
}

/** What the reading saw besides claims: why the page could not be read, frames it could not read, the wait. */
export interface ReadNotes {
  /** Set when the page is not the vendor's content (empty, error page, login wall, PDF, foreign frame). */
  unreadable: Unreadable | null;
  /** Addresses of frames of another site that Assay may not read. */
  unreadableFrames: string[];
  /** How long Assay waited for the page to settle. */
  waitedMs: number;
}

/** An extraction with what the reading noticed; `reading` is absent only in tests' fakes. */
export type Reading = Extraction & { reading?: ReadNotes };

/** Where a quote stands after a click: found and shown, found but hidden (`where`), or not found. */
export interface QuoteShown {
  found: boolean;
  where?: string;
}

/** The browser side of the popup: which tab, reading it, and pointing at quotes on it. */
export interface PopupBrowser {
  currentTab(): Promise<TabInfo | undefined>;
  waitUntilLoaded(tabId: number, timeoutMs: number): Promise<TabInfo | undefined>;
  fileAccess(): Promise<boolean>;
  /** Whether the page may still be rendering (loading, or almost no text): the popup says it waits. */
  mayBeUnsettled?(tabId: number): Promise<boolean>;
  extract(tabId: number): Promise<Reading>;
  highlight(tabId: number, quote: string): Promise<boolean | QuoteShown>;
  /** Calls `onChange` when the page changes after it was read; returns the stop function. */
  onPageChanged?(tabId: number, onChange: () => void): () => void;
}

export function createPopupBrowser(): PopupBrowser {
  let cssInserted = false;
  const highlightName = newHighlightName();
  let port: ReturnType<typeof browser.tabs.connect> | undefined;
  const changeListeners = new Set<() => void>();
  const connect = (tabId: number) => {
    if (port) return;
    // Keep a port open so the page drops Assay's highlight when the popup closes, and says when it changes.
    port = browser.tabs.connect(tabId, { name: 'assay-popup' });
    port.onMessage.addListener((m: unknown) => {
      if (m && typeof m === 'object' && (m as { assay?: unknown; type?: unknown }).assay === 1 && (m as { type?: unknown }).type === 'assay/page-changed') {
        for (const l of changeListeners) l();
      }
    });
  };
  return {
    async currentTab() {
      // Tests open the popup as a tab with ?tabId=N; the real popup reads the active tab.
      const param = new URLSearchParams(location.search).get('tabId');
      if (param) return browser.tabs.get(Number(param)) as Promise<TabInfo>;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? undefined : (tab as TabInfo);
    },
    async waitUntilLoaded(tabId, timeoutMs) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const tab = (await browser.tabs.get(tabId)) as TabInfo;
        if (tab.status !== 'loading' || Date.now() > until) return tab;
        await new Promise((r) => setTimeout(r, 150));
      }
    },
    fileAccess: () => browser.extension.isAllowedFileSchemeAccess(),
    async mayBeUnsettled(tabId) {
      // Injected as is: mayBeUnsettled is self-contained and defaults to the tab's own document.
      const [res] = await browser.scripting.executeScript({ target: { tabId }, func: mayBeUnsettled as () => boolean });
      return res?.result === true;
    },
    async extract(tabId) {
      // The reply check and the extractors load after the first paint, while the tab reads itself. Extraction
      // runs here, in the extension's own page: the vendor's tab only reads itself into blocks.
      const modules = Promise.all([import('./messaging/extraction-schema'), import('../claims/pipeline'), import('../reader/readable')]);
      performance.mark('assay:inject-start');
      const [res] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-reader.js'] });
      performance.mark('assay:inject-end');
      connect(tabId);
      const [{ parsePageReading, parsePdfReply }, { extractPage }, { couldNotRead }] = await modules;
      const pdf = parsePdfReply(res?.result);
      if (pdf) return readPdfTab(pdf, extractPage, couldNotRead);
      let reading = parsePageReading(res?.result);
      if (reading.wantsReadability) {
        // The walk found no text or no title: read again with Readability, which the first injection leaves out.
        const [full] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-reader-full.js'] });
        const again = parsePageReading(full?.result);
        reading = { ...again, readMs: reading.readMs + again.readMs };
      }
      performance.mark('assay:read-in-tab', { detail: reading.readMs });
      const deadline = performance.now() + Math.max(0, PAGE_BUDGET_MS - reading.readMs);
      const { errors: _errors, unread: _unread, ...extraction } = extractPage(reading.page, undefined, reading.readMs, { deadline });
      performance.mark('assay:extracted');
      const unreadableFrames = reading.unreadableFrames ?? [];
      return { ...extraction, reading: { unreadable: couldNotRead(reading.page, reading.signals ?? null, unreadableFrames), unreadableFrames, waitedMs: reading.waitedMs ?? 0 } };
    },
    async highlight(tabId, quote) {
      if (!cssInserted) {
        // Same-origin frames get the highlight style too; a frame Assay may not touch is left alone.
        const css = highlightCss(highlightName);
        await browser.scripting.insertCSS({ target: { tabId, allFrames: true }, css }).catch(() => browser.scripting.insertCSS({ target: { tabId }, css }));
        cssInserted = true;
      }
      const { sendToTab } = await import('./messaging/send');
      return sendToTab(tabId, 'assay/highlight', { quote, name: highlightName });
    },
    onPageChanged(tabId, onChange) {
      connect(tabId);
      changeListeners.add(onChange);
      return () => changeListeners.delete(onChange);
    },
  };
}

/** A PDF tab: the tab fetched the PDF's bytes; pdf.js reads them here. A PDF it cannot open is "couldn't read". */
async function readPdfTab(
  pdf: { url: string; base64: string },
  extractPage: typeof import('../claims/pipeline').extractPage,
  couldNotRead: typeof import('../reader/readable').couldNotRead,
): Promise<Reading> {
  const t0 = performance.now();
  const { readPdfInExtension } = await import('./read-pdf');
  let page;
  try {
    page = await readPdfInExtension(pdf.base64, pdf.url);
  } catch (e) {
    const empty = { title: null, siteName: null, url: pdf.url, lang: null, blocks: [], partial: false };
    const { errors: _e, ...extraction } = extractPage(empty);
    const why = e instanceof Error ? e.message : String(e);
    return { ...extraction, reading: { unreadable: { reason: 'pdf', message: `Assay could not open this PDF (${why}). Open the vendor’s HTML page instead, or save the PDF and run \`assay extract\` on it.` }, unreadableFrames: [], waitedMs: 0 } };
  }
  const { errors: _errors, ...extraction } = extractPage(page, undefined, performance.now() - t0);
  const unreadable = page.blocks.length === 0 ? { reason: 'pdf' as const, message: 'This PDF has no text Assay can read (it may be a scan or images only). Ask the vendor for a text version.' } : couldNotRead(page, null, []);
  return { ...extraction, reading: { unreadable, unreadableFrames: [], waitedMs: 0 } };
}
