import { describe, expect, it } from 'vitest';
import { useSession } from './session';
import { PopupPage } from './pages/popup';

const s = useSession();

// Defect 1: a <p> of 1000 certification sentences froze the vendor's tab for 19 s and the popup showed nothing.
describe('a page full of claim sentences', () => {
  it('leaves the vendor’s tab responsive (a page-side timer keeps firing) and the popup answers', async () => {
    const sentences = 'Acme is SOC 2 Type II certified. '.repeat(1000);
    const timer = `window.__ticks = []; setInterval(() => window.__ticks.push(performance.now()), 20);`;
    const url = s.server.route('/many.html', `<!doctype html><html lang="en"><head><title>Acme security</title><script>${timer}</script></head><body><h1>Security</h1><p>${sentences}</p></body></html>`);
    const tab = await s.browser.context.newPage();
    await tab.goto(url);
    await tab.waitForTimeout(200);
    const t0 = await tab.evaluate(() => performance.now());
    const opened = Date.now();
    const popup = await PopupPage.openFor(s.browser, url);
    await popup.ready();
    // Within the page's budget (4 s for reading and extraction together), with generous room for a shared
    // machine: before the judge looked back one sentence only, this page took 13.6 s.
    expect(Date.now() - opened).toBeLessThan(8_000);
    const ticks = await tab.evaluate((from: number) => (window as unknown as { __ticks: number[] }).__ticks.filter((t) => t >= from), t0);
    const gaps = ticks.slice(1).map((t, i) => t - ticks[i]!);
    // Reading may hold the tab's main thread for its 2 s budget at most; extraction runs in the popup.
    expect(Math.max(...gaps)).toBeLessThan(2500);
    expect(ticks.length).toBeGreaterThan(5);
    expect(await popup.text('status')).not.toBe('');
    expect((await popup.row('soc2')).value).toBe('Type II');
    await popup.close();
    await tab.close();
  });
});
