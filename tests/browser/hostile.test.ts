import { afterAll, describe, expect, it } from 'vitest';
import { useSession } from './session';
import { PopupPage } from './pages/popup';
import { hostilePages } from './hostile-pages';

const timings: string[] = [];
const s = useSession();
afterAll(async () => {
  console.log(`hostile pages (popup open → result on screen):\n${timings.join('\n')}`);
});

/** Opens the page and the popup for it; returns the popup once it has a result, and the time taken. */
async function assess(name: string) {
  const url = s.server.route(`/${name}.html`, hostilePages[name]!());
  const tab = await s.browser.context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  const t0 = Date.now();
  const popup = await PopupPage.openFor(s.browser, url);
  await popup.ready();
  const ms = Date.now() - t0;
  // The page must still answer: the reader gave the main thread back.
  const t1 = Date.now();
  expect(await tab.evaluate(() => document.readyState)).toBe('complete');
  const pageLatency = Date.now() - t1;
  timings.push(`  ${name}: ${ms} ms; page answered in ${pageLatency} ms`);
  return { tab, popup, ms, pageLatency };
}

describe('hostile and odd pages', () => {
  it('10 MB of text: a bounded read, marked partial, page still responsive', async () => {
    const { tab, popup, ms, pageLatency } = await assess('ten-megabytes');
    expect(await popup.has('partial')).toBe(true);
    expect((await popup.row('soc2')).value).toBe('Type II');
    expect(ms).toBeLessThan(15_000);
    expect(pageLatency).toBeLessThan(2_000);
    await popup.close();
    await tab.close();
  });

  it('100,000 elements', async () => {
    const { tab, popup, ms } = await assess('hundred-thousand-elements');
    expect((await popup.row('dataRegion')).value).toBe('EU');
    expect(ms).toBeLessThan(10_000);
    await popup.close();
    await tab.close();
  });

  it('5,000-deep nesting', async () => {
    const { tab, popup } = await assess('deep-nesting');
    expect((await popup.row('encryptionAtRest')).value).toMatch(/AES-256/);
    await popup.close();
    await tab.close();
  });

  it('a page that mutates itself constantly', async () => {
    const { tab, popup, ms } = await assess('mutating');
    expect((await popup.row('breachNoticeHours')).value).toMatch(/^72 h/);
    expect(ms).toBeLessThan(10_000);
    await popup.close();
    await tab.close();
  });

  it.each(['empty', 'image-only'])('a page with no text (%s) says so', async (name) => {
    const { tab, popup } = await assess(name);
    // Couldn't read: no grade and no rows of "not stated" (issue 13).
    expect(await popup.text('couldnt-read')).toMatch(/no text/i);
    expect(await popup.rows()).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('a non-English page says so rather than guess', async () => {
    const { tab, popup } = await assess('german');
    expect(await popup.text('language')).toMatch(/not in English/);
    await popup.close();
    await tab.close();
  });

  it('RTL text and emoji', async () => {
    const { tab, popup } = await assess('rtl-and-emoji');
    expect((await popup.row('encryptionInTransit')).value).toMatch(/TLS 1\.2/);
    await popup.close();
    await tab.close();
  });

  it('markup and formula payloads in page text stay text in the popup', async () => {
    const { tab, popup } = await assess('markup-in-text');
    const soc2 = await popup.row('soc2');
    expect(soc2.value).toBe('Type II');
    expect(soc2.quotes.join(' ')).toContain('<script>window.pwned=1</script>');
    const ran = await popup.page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
      scripts: document.querySelectorAll('main script, main img, main a[href^="javascript:"]').length,
    }));
    expect(ran).toEqual({ pwned: null, scripts: 0 });
    expect(await tab.evaluate(() => (window as unknown as { pwned?: number }).pwned ?? null)).toBeNull();
    await popup.close();
    await tab.close();
  });

  it('a page that poisons Array, JSON and Node methods cannot touch the reader (isolated world)', async () => {
    const { tab, popup } = await assess('poisoned-globals');
    expect(await popup.has('message')).toBe(false);
    expect((await popup.row('soc2')).value).toBe('Type II');
    expect((await popup.row('dataRegion')).value).toBe('EU');
    await popup.close();
    await tab.close();
  });
});
