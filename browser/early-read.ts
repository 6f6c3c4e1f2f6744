import { checkTab, type TabInfo } from './tab-support';

/** The part of the extension API the early read uses (the real `browser` in the popup, a fake in tests). */
export interface EarlyReadApi {
  tabs: { get(id: number): Promise<unknown>; query(q: { active: boolean; currentWindow: boolean }): Promise<unknown[]> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}

type Early = { tabId: number; reply: Promise<unknown> };
/**
 * Where the early request waits for the popup: /popup-early.js starts it from a script of its own, which runs
 * before the popup's bundle has loaded, so it is handed over on the popup page's global object.
 */
const EARLY = Symbol.for('assay.early-read');
const slot = globalThis as { [EARLY]?: Promise<Early | null> };

/** The tab the popup is for: the active tab, or `?tabId=N` when tests open the popup as a tab of its own. */
export async function popupTab(api: Pick<EarlyReadApi, 'tabs'>, search: string): Promise<TabInfo | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param) return (await api.tabs.get(Number(param))) as TabInfo;
  const [tab] = (await api.tabs.query({ active: true, currentWindow: true })) as (TabInfo | undefined)[];
  return tab?.id === undefined ? undefined : tab;
}

/** The request that has the background read a tab and extract its claims (browser/read-tab.ts). */
export function readTabMessage(tabId: number) {
  return { assay: 1, type: 'assay/read-tab', data: { tabId } } as const;
}

/**
 * Asks the background to read the page as the popup opens, before the popup's own code (React, storage, the
 * rubric) has loaded: the tab reads and the background extracts while the popup gets ready (bench/results.md).
 * Only a loaded web page the popup's own checks would read anyway (./tab-support.ts; file pages and pages
 * still loading are left to the popup). Reads nothing the toolbar click did not allow.
 */
export function startEarlyRead(api: EarlyReadApi, search: string): void {
  slot[EARLY] = popupTab(api, search).then(
    (tab) => {
      if (!tab || checkTab(tab, false) !== null) return null;
      performance.mark('assay:inject-start');
      const reply = api.runtime.sendMessage(readTabMessage(tab.id));
      reply.catch(() => undefined); // taken by takeEarlyRead, or dropped with the popup
      return { tabId: tab.id, reply };
    },
    () => null,
  );
}

/** The early request for `tabId`'s page, once (its reply may still be on its way): null when none was started for that tab, or it was taken. */
export async function takeEarlyRead(tabId: number): Promise<{ reply: Promise<unknown> } | null> {
  const started = await slot[EARLY];
  delete slot[EARLY];
  return started?.tabId === tabId ? { reply: started.reply } : null;
}
