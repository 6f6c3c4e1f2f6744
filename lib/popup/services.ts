import { z } from 'zod';
import type { Extraction } from '../../extractors/types';
import { HIGHLIGHT_CSS } from '../content/highlighter';
import { sendToTab } from '../messaging/send';

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

// The content script's reply crosses a trust boundary (it ran next to a hostile page): check its shape.
const evidence = z.object({ quote: z.string(), block: z.number(), start: z.number(), end: z.number() });
const claim = z.object({ field: z.string(), value: z.unknown(), evidence: z.array(evidence), conflicts: z.array(z.unknown()), extractor: z.object({ id: z.string(), version: z.number() }) }).loose();
const extractionSchema = z
  .object({
    vendor: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    lang: z.string().nullable(),
    partial: z.boolean(),
    claims: z.record(z.string(), claim),
    summary: z.record(z.string(), z.object({ value: z.unknown(), evidence: z.array(z.string()) })),
    extractors: z.record(z.string(), z.number()),
    timings: z.object({ read: z.number(), extract: z.number() }),
  })
  .loose();

/** Validates what the content script returned; throws a readable error otherwise. */
export function parseExtraction(raw: unknown): Extraction {
  if (raw && typeof raw === 'object' && 'error' in raw) throw new Error(String((raw as { error: unknown }).error));
  const r = extractionSchema.safeParse(raw);
  if (!r.success) throw new Error('The page reader returned something unexpected; nothing was saved.');
  return r.data as unknown as Extraction;
}

export function createPopupBrowser(): PopupBrowser {
  let cssInserted = false;
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
      const [res] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      // Keep a port open so the page drops Assay's highlight when the popup closes.
      port ??= browser.tabs.connect(tabId, { name: 'assay-popup' });
      return parseExtraction(res?.result);
    },
    async highlight(tabId, quote) {
      if (!cssInserted) {
        await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
        cssInserted = true;
      }
      return (await sendToTab(tabId, 'assay/highlight', { quote })).found;
    },
  };
}
