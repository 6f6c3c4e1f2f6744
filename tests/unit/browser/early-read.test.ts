import { afterEach, describe, expect, it } from 'vitest';
import { popupTab, startEarlyRead, takeEarlyRead, type EarlyReadApi } from '../../../browser/early-read';
import { receive } from '../../../browser/messaging/receive';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN}/`;

/** A browser with one active tab; records the messages sent to the background and which lookups ran. */
function api(active: { id: number; url?: string; status?: string }) {
  const sent: unknown[] = [];
  const lookups: string[] = [];
  const a: EarlyReadApi = {
    tabs: {
      get: async (id) => (lookups.push(`get ${id}`), { ...active, id }),
      query: async () => (lookups.push('query'), [active]),
    },
    runtime: { sendMessage: async (m) => (sent.push(m), { reply: 'from the background' }) },
  };
  return { api: a, sent, lookups };
}

afterEach(async () => {
  await takeEarlyRead(-1); // leaves no request behind for the next test
});

describe('the early read (the popup asks the background to read the tab before its own code loads)', () => {
  it('asks the background to read a loaded web page at once, and hands the reply over once, for that tab only', async () => {
    const b = api({ id: 7, url: 'https://vendor.example/security', status: 'complete' });
    startEarlyRead(b.api, '');
    expect(await takeEarlyRead(8)).toBeNull(); // another tab: the popup reads it itself
    startEarlyRead(b.api, '');
    const early = await takeEarlyRead(7);
    expect(await early?.reply).toEqual({ reply: 'from the background' });
    expect(await takeEarlyRead(7)).toBeNull(); // taken once: a re-read asks again
    expect(b.lookups).toEqual(['query', 'query']);
  });

  it('sends a request the background accepts from the popup, and the background refuses from a tab', async () => {
    const b = api({ id: 7, url: 'https://vendor.example/security', status: 'complete' });
    startEarlyRead(b.api, '');
    await takeEarlyRead(7);
    const handlers = { 'assay/read-tab': ({ tabId }: { tabId: number }) => ({ error: `read ${tabId}` }) };
    const fromPopup = receive(b.sent[0], { id: OWN, url: `${ORIGIN}popup.html` }, OWN, ORIGIN, handlers);
    expect(fromPopup.accepted && (await fromPopup.reply)).toEqual({ error: 'read 7' });
    expect(receive(b.sent[0], { id: OWN, url: 'https://vendor.example/', tab: { id: 7 } }, OWN, ORIGIN, handlers).accepted).toBe(false);
  });

  it.each([
    ['a page still loading (the popup waits for it)', { url: 'https://vendor.example/', status: 'loading' }],
    ['a browser page', { url: 'chrome://settings/', status: 'complete' }],
    ['a local file (the popup checks file access first)', { url: 'file:///home/r/security.html', status: 'complete' }],
    ['a tab whose address the browser hides', { status: 'complete' }],
  ])('leaves %s to the popup', async (_, t) => {
    const b = api({ id: 4, ...t });
    startEarlyRead(b.api, '');
    expect(await takeEarlyRead(4)).toBeNull();
    expect(b.sent).toEqual([]);
  });

  it('reads the tab named by ?tabId= (the popup opened as a page in tests) and otherwise the active tab', async () => {
    const b = api({ id: 2, url: 'https://vendor.example/', status: 'complete' });
    expect((await popupTab(b.api, '?tabId=31'))?.id).toBe(31);
    expect((await popupTab(b.api, ''))?.id).toBe(2);
    expect(b.lookups).toEqual(['get 31', 'query']);
  });

  it('starts nothing when the tab cannot be looked up', async () => {
    const b = api({ id: 2 });
    b.api.tabs.query = async () => Promise.reject(new Error('no window'));
    startEarlyRead(b.api, '');
    expect(await takeEarlyRead(2)).toBeNull();
  });
});
