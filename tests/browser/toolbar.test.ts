import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launchAssay, ROOT, SHIPPED_EXTENSION, type AssayBrowser } from './chromium';
import { servePages, type PageServer } from './server';
import { clickToolbarButton } from './toolbar';

let browser: AssayBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages(join(ROOT, 'tests', 'fixtures', 'html'));
  browser = await launchAssay({ extensionDir: SHIPPED_EXTENSION });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the shipped build, with only activeTab, scripting and storage', () => {
  it('reads the page after a real toolbar click', async () => {
    const url = server.route('/trust.html', '<!doctype html><title>Globex Trust Center</title><h1>Trust</h1>');
    const tab = await browser.context.newPage();
    await tab.goto(url);
    const popup = await clickToolbarButton(browser, url);
    const text = await popup.waitFor<string>(`document.body.innerText.includes('Globex') && document.body.innerText`);
    expect(text).toContain('Globex Trust Center');
    await popup.close();
    await tab.close();
  });

  it('cannot read a page without the click: no host permission is granted', async () => {
    const url = server.route('/other.html', '<!doctype html><title>Initech Security</title>');
    const tab = await browser.context.newPage();
    await tab.goto(url);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // Without the tabs permission Assay cannot even see URLs, so try every other tab: all must refuse.
    const results = await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const self = await api.tabs.getCurrent();
      const tabs = (await api.tabs.query({})).filter((t: { id: number }) => t.id !== self.id);
      return Promise.all(
        tabs.map((t: { id: number }) =>
          api.scripting.executeScript({ target: { tabId: t.id }, func: () => document.title }).then(
            () => 'read',
            (e: unknown) => String(e),
          ),
        ),
      );
    });
    expect(results.length).toBeGreaterThan(0);
    for (const error of results) expect(error).toMatch(/Cannot access|permission/i);
    await page.close();
    await tab.close();
  });
});
