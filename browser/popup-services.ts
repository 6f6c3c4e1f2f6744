import type { ExtractedReading, Reading } from './extract-reading';
import { highlightCss, newHighlightName } from './highlight-style';
import { mayBeUnsettled } from './settle';
import { popupTab, readTabMessage, takeEarlyRead, type EarlyReadApi } from './early-read';
import type { TabRead } from './read-tab';
import type { TabInfo } from './tab-support';

export type { TabInfo } from './tab-support';

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
    currentTab: () => popupTab(browser as unknown as EarlyReadApi, location.search),
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
      // The background reads the tab and extracts its claims (./read-tab.ts): the vendor's tab only reads itself
      // into blocks, which go straight to the background, and the popup does not load the extraction code. The
      // request usually left as the popup opened (./early-read.ts); otherwise it leaves now.
      let sent = await takeEarlyRead(tabId);
      if (!sent) {
        performance.mark('assay:inject-start');
        sent = { reply: browser.runtime.sendMessage(readTabMessage(tabId)) };
      }
      const { reply, where } = await readHere(sent.reply, tabId);
      if ('error' in reply) throw new Error(reply.error);
      const started = performance.getEntriesByName('assay:inject-start').at(-1)?.startTime ?? 0;
      performance.mark('assay:inject-end', { startTime: started + reply.injectMs });
      connect(tabId);
      if ('pdf' in reply) {
        const [{ parsePdfReply }, { extractPage }, { couldNotRead }] = await Promise.all([import('./messaging/extraction-schema'), import('../claims/pipeline'), import('../reader/readable')]);
        return readPdfTab(parsePdfReply(reply.pdf)!, extractPage, couldNotRead);
      }
      const { reading, readMs } = reply.ok as unknown as ExtractedReading;
      performance.mark('assay:read-in-tab', { detail: readMs });
      performance.mark('assay:extracted', { detail: where });
      performance.mark('assay:extract-ms', { detail: reading.timings.extract }); // the extractors' own time, for bench/browser.ts
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
 * The background's reply to a read request, checked; when the background cannot answer (it failed to start,
 * or a browser without one), the popup reads the tab and extracts itself, which is slower but gives the same result.
 */
async function readHere(sent: Promise<unknown>, tabId: number): Promise<{ reply: TabRead; where: 'background' | 'popup' }> {
  const { protocol } = await import('./messaging/protocol');
  const checked = protocol['assay/read-tab'].reply.safeParse(await sent.catch(() => undefined));
  if (checked.success) return { reply: checked.data as TabRead, where: 'background' };
  const { readTab } = await import('./read-tab');
  return { reply: await readTab(browser.scripting as never, tabId), where: 'popup' };
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
