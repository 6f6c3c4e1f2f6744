import { describe, expect, it } from 'vitest';
import { useSession } from './session';
import { PopupPage } from './pages/popup';
import { ComparePage } from './pages/compare';

const s = useSession();

describe('the built extension in Chromium', () => {
  it('loads, and its popup reads a page served on 127.0.0.1', async () => {
    const url = s.server.route('/vendor.html', '<!doctype html><title>Acme Security</title><h1>Security at Acme</h1><p>We are SOC 2 Type II certified.</p>');
    const tab = await s.browser.context.newPage();
    await tab.goto(url);
    const popup = await PopupPage.openFor(s.browser, url);
    await popup.ready();
    expect((await popup.vendor()).domain).toBe('127.0.0.1');
    expect((await popup.row('soc2')).value).toBe('Type II');
    // Extraction ran in the background, where its code stays loaded between clicks, not in the popup.
    expect(await popup.page.evaluate(() => (performance.getEntriesByName('assay:extracted')[0] as PerformanceMark | undefined)?.detail)).toBe('background');
    await popup.close();
    await tab.close();
  });

  it('reads a page the walk cannot read (all its text in navigation) with Readability, injected only then', async () => {
    const text = '<p>We are SOC 2 Type II certified. Customer data is stored in the EU, and we notify customers within 72 hours of a breach.</p><p>Another paragraph with plenty of words, commas, and more commas, so that Readability keeps it in the article.</p>';
    const url = s.server.route('/nav-only.html', `<!doctype html><html lang="en"><title>Navco Security</title><body><nav><div>${text}</div></nav></body></html>`);
    const tab = await s.browser.context.newPage();
    await tab.goto(url);
    const popup = await PopupPage.openFor(s.browser, url);
    await popup.ready();
    expect((await popup.row('soc2')).value).toBe('Type II');
    await popup.close();
    await tab.close();
  });

  it('opens the compare page', async () => {
    const compare = await ComparePage.open(s.browser);
    expect(await compare.heading()).toMatch(/compare/i);
    await compare.close();
  });
});
