import { describe, expect, it } from 'vitest';
import { tabIdFor } from '../../scripts/chromium';
import { useSession } from './session';
import { PopupPage } from './pages/popup';

const s = useSession();

describe('messages between contexts', () => {
  it('the content script answers only well-formed messages from Assay’s own pages', async () => {
    const url = s.server.route('/msg.html', '<!doctype html><html lang="en"><title>Msg Co</title><body><p>We are SOC 2 Type II certified.</p></body></html>');
    const tab = await s.browser.context.newPage();
    await tab.goto(url);
    const popup = await PopupPage.openFor(s.browser, url); // injects the content script
    await popup.ready();
    const tabId = await tabIdFor(s.browser, url);
    const replies = await popup.page.evaluate(async (id: number) => {
      const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      const send = (m: unknown) => api.tabs.sendMessage(id, m).then((r) => r ?? null, (e: unknown) => `error: ${String(e)}`);
      return {
        valid: await send({ assay: 1, type: 'assay/highlight', data: { quote: 'SOC 2 Type II certified', name: 'h-0000000001' } }),
        wrongShape: await send({ assay: 1, type: 'assay/highlight', data: { quote: 42, name: 'h-0000000001' } }),
        // Each of these would highlight a real quote if validation were missing.
        extraField: await send({ assay: 1, type: 'assay/highlight', data: { quote: 'SOC 2 Type II certified', name: 'h-0000000001', html: '<img src=x onerror=alert(1)>' } }),
        extraEnvelopeKey: await send({ assay: 1, type: 'assay/highlight', data: { quote: 'SOC 2 Type II certified', name: 'h-0000000001' }, from: 'page' }),
        wrongVersion: await send({ assay: 2, type: 'assay/highlight', data: { quote: 'SOC 2 Type II certified', name: 'h-0000000001' } }),
        unknownType: await send({ assay: 1, type: 'assay/read-cookies', data: {} }),
        notEnvelope: await send('highlight'),
      };
    }, tabId);
    expect(replies.valid).toEqual({ found: true });
    for (const [name, r] of Object.entries(replies)) {
      if (name !== 'valid') expect(r === null || String(r).startsWith('error:'), `${name} → ${JSON.stringify(r)}`).toBe(true);
    }
    // The page itself has no channel to the extension: no runtime API in the main world, and
    // window messages are not listened to.
    const fromPage = await tab.evaluate(() => {
      const c = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      window.postMessage({ assay: 1, type: 'assay/highlight', data: { quote: 'We are', name: 'h-0000000002' } }, '*');
      return typeof c?.runtime?.sendMessage;
    });
    expect(fromPage).toBe('undefined');
    await tab.waitForTimeout(200);
    const highlighted = await tab.evaluate(() => {
      const h = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      return [...h.keys()].join() + ':' + [...h.values()].map((x) => [...x][0]!.toString()).join();
    });
    expect(highlighted).toBe('h-0000000001:SOC 2 Type II certified'); // still the one our own page asked for
    await popup.close();
    await tab.close();
  });
});
