import type { ExtractedReading, Reading } from './extract-reading';
import { highlightCss, newHighlightName } from './highlight-style';
import { mayBeUnsettled } from './settle';

export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
  status?: string;
}

export type { ReadNotes, Reading } from './extract-reading';

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
  // Wake the background (where extraction runs) now, so its code is loaded by the time the tab has read.
  void import('./messaging/send').then(({ sendToBackground }) => sendToBackground('assay/warm', {})).catch(() => undefined);
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
      // Extraction runs in the extension's background (./background-extract.ts): the vendor's tab only reads
      // itself into blocks, and the popup does not load the extraction code on each click.
      performance.mark('assay:inject-start');
      const [res] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-reader.js'] });
      let raw: unknown = res?.result;
      if (wantsReadability(raw)) {
        // The walk found no text or no title: read again with Readability, which the first injection leaves out.
        const [full] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-reader-full.js'] });
        raw = addReadMs(full?.result, raw.readMs);
      }
      performance.mark('assay:inject-end');
      connect(tabId);
      if (raw && typeof raw === 'object' && 'pdf' in raw) {
        const [{ parsePdfReply }, { extractPage }, { couldNotRead }] = await Promise.all([import('./messaging/extraction-schema'), import('../claims/pipeline'), import('../reader/readable')]);
        return readPdfTab(parsePdfReply(raw)!, extractPage, couldNotRead);
      }
      const { reading, readMs, where } = await extractElsewhere(raw);
      performance.mark('assay:read-in-tab', { detail: readMs });
      performance.mark('assay:extracted', { detail: where });
      return reading;
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

/**
 * The claims of a page reader's reply, extracted in the background; here in the popup when the background
 * cannot answer (it failed to start, or a browser without one), which is slower but gives the same result.
 */
async function extractElsewhere(raw: unknown): Promise<ExtractedReading & { where: 'background' | 'popup' }> {
  const { sendToBackground } = await import('./messaging/send');
  let reply: Awaited<ReturnType<typeof sendToBackground<'assay/extract'>>> | null = null;
  try {
    reply = await sendToBackground('assay/extract', { reading: raw });
  } catch {
    reply = null;
  }
  if (reply && 'error' in reply) throw new Error(reply.error);
  if (reply) return { ...(reply.ok as unknown as ExtractedReading), where: 'background' };
  return { ...(await import('./extract-reading')).extractReading(raw), where: 'popup' };
}

/** The first reader's reply asks to be read again with Readability. */
function wantsReadability(raw: unknown): raw is { wantsReadability: true; readMs: number } {
  return !!raw && typeof raw === 'object' && (raw as { wantsReadability?: unknown }).wantsReadability === true && typeof (raw as { readMs?: unknown }).readMs === 'number';
}

/** The second reading's reply, its reading time counting the first's too. */
function addReadMs(raw: unknown, ms: number): unknown {
  if (!raw || typeof raw !== 'object' || typeof (raw as { readMs?: unknown }).readMs !== 'number') return raw;
  return { ...raw, readMs: (raw as { readMs: number }).readMs + ms };
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
