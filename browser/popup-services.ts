import type { Extraction } from '../claims/types';
import { highlightCss, newHighlightName } from './highlight-style';
import { PAGE_BUDGET_MS } from './budget';

export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
  status?: string;
}

/** The browser side of the popup: which tab, reading it, and pointing at quotes on it. */
export interface PopupBrowser {
  currentTab(): Promise<TabInfo | undefined>;
  waitUntilLoaded(tabId: number, timeoutMs: number): Promise<TabInfo | undefined>;
  fileAccess(): Promise<boolean>;
  extract(tabId: number): Promise<Extraction>;
  highlight(tabId: number, quote: string): Promise<boolean>;
}

export function createPopupBrowser(): PopupBrowser {
  let cssInserted = false;
  const highlightName = newHighlightName();
  let port: { disconnect(): void } | undefined;
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
    async extract(tabId) {
      // The reply check and the extractors load after the first paint, while the tab reads itself. Extraction
      // runs here, in the extension's own page: the vendor's tab only reads itself into blocks.
      const modules = Promise.all([import('./messaging/extraction-schema'), import('../claims/pipeline')]);
      performance.mark('assay:inject-start');
      const [res] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-reader.js'] });
      performance.mark('assay:inject-end');
      // Keep a port open so the page drops Assay's highlight when the popup closes.
      port ??= browser.tabs.connect(tabId, { name: 'assay-popup' });
      const [{ parsePageReading }, { extractPage }] = await modules;
      const { page, readMs } = parsePageReading(res?.result);
      performance.mark('assay:read-in-tab', { detail: readMs });
      const deadline = performance.now() + Math.max(0, PAGE_BUDGET_MS - readMs);
      const { errors: _errors, unread: _unread, ...extraction } = extractPage(page, undefined, readMs, { deadline });
      performance.mark('assay:extracted');
      return extraction;
    },
    async highlight(tabId, quote) {
      if (!cssInserted) {
        await browser.scripting.insertCSS({ target: { tabId }, css: highlightCss(highlightName) });
        cssInserted = true;
      }
      const { sendToTab } = await import('./messaging/send');
      return (await sendToTab(tabId, 'assay/highlight', { quote, name: highlightName })).found;
    },
  };
}
