import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launchAssay, ROOT, type AssayBrowser } from './chromium';
import { servePages, type PageServer } from './server';
import { PopupPage } from './pages/popup';
import { ComparePage } from './pages/compare';

let browser: AssayBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages(join(ROOT, 'tests', 'fixtures', 'html'));
  browser = await launchAssay();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  it('loads, and its popup reads a page served on 127.0.0.1', async () => {
    const url = server.route('/vendor.html', '<!doctype html><title>Acme Security</title><h1>Security at Acme</h1><p>We are SOC 2 Type II certified.</p>');
    const tab = await browser.context.newPage();
    await tab.goto(url);
    const popup = await PopupPage.openFor(browser, url);
    await popup.ready();
    expect((await popup.vendor()).domain).toBe('127.0.0.1');
    expect((await popup.row('soc2')).value).toBe('Type II');
    await popup.close();
    await tab.close();
  });

  it('opens the compare page', async () => {
    const compare = await ComparePage.open(browser);
    expect(await compare.heading()).toMatch(/compare/i);
    await compare.close();
  });
});
