import { describe, expect, it } from 'vitest';
import { useSession } from './session';
import { PopupPage } from './pages/popup';

const s = useSession();

/** The id of the tab opened last (the test build cannot see chrome:// URLs, so find it by age). */
async function newestTabId(): Promise<number> {
  return s.browser.serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    return Math.max(...(await api.tabs.query({})).map((t) => t.id ?? -1));
  });
}

async function popupForTab(tabId: number): Promise<PopupPage> {
  const page = await s.browser.context.newPage();
  await page.goto(`chrome-extension://${s.browser.extensionId}/popup.html?tabId=${tabId}`);
  return PopupPage.attach(page, tabId);
}

describe('pages Assay cannot read', () => {
  it('a browser page gets a clear message, not a blank', async () => {
    const tab = await s.browser.context.newPage();
    await tab.goto('chrome://version');
    const popup = await popupForTab(await newestTabId());
    await popup.ready();
    expect(await popup.text('message')).toMatch(/browser or protected page/i);
    await popup.close();
    await tab.close();
  });

  it('a PDF gets a clear message', async () => {
    const url = s.server.route('/soc2-bridge-letter.pdf', '%PDF-1.4\n%%EOF\n', 'application/pdf');
    const tab = await s.browser.context.newPage();
    await tab.goto(url).catch(() => undefined); // the PDF viewer may swallow the navigation
    const popup = await popupForTab(await newestTabId());
    await popup.ready();
    // A PDF that pdf.js cannot open: couldn't read, with the reason (issue 13).
    expect(await popup.text('couldnt-read')).toMatch(/could not open this PDF/);
    await popup.close();
    await tab.close();
  });
});

describe('the popup by keyboard', () => {
  it('reaches a quote with Tab and shows it on the page with Enter', async () => {
    const url = s.server.route('/kbd.html', '<!doctype html><html lang="en"><title>Keys Co</title><body><p>Intro text.</p><p>All data is encrypted at rest using AES-256.</p></body></html>');
    const tab = await s.browser.context.newPage();
    await tab.goto(url);
    const popup = await PopupPage.openFor(s.browser, url);
    await popup.ready();
    // Tab to the row, open it with Enter, then Tab on to its quote.
    let focused = '';
    for (let i = 0; i < 20 && !focused.includes('Encryption at rest'); i++) {
      await popup.page.keyboard.press('Tab');
      focused = await popup.page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toContain('Encryption at rest');
    await popup.page.keyboard.press('Enter');
    for (let i = 0; i < 3 && !focused.startsWith('“All data'); i++) {
      await popup.page.keyboard.press('Tab');
      focused = await popup.page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('“All data is encrypted at rest using AES-256.”');
    await popup.page.keyboard.press('Enter');
    await tab.waitForFunction(() => (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.size === 1);
    await popup.close();
    await tab.close();
  });
});
