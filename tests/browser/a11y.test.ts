import { beforeAll, describe, expect, it } from 'vitest';
import { useSession } from './session';
import { PopupPage } from './pages/popup';
import { ComparePage } from './pages/compare';
import { OptionsPage } from './pages/options';
import { seriousViolations } from './axe';
import type { Page } from 'playwright-core';
import { FIELD_NAMES } from '../../claims/fields';
import { serveVendorSite } from '../../scripts/vendor-site';

/** What a page shows that a person should not have to decode: field ids, snake_case tokens, file paths. */
async function rawWords(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const ids = FIELD_NAMES.filter((f) => new RegExp(`\\b${f}\\b`).test(text));
  const tokens = text.match(/\b[a-z0-9]+_[a-z0-9_]+\b/g) ?? [];
  const paths = text.match(/(?:file:\/\/|\/home\/|\/tmp\/|[A-Z]:\\)\S*/g) ?? [];
  return [...ids, ...tokens, ...paths];
}

const s = useSession();
const SEEDS = ['allstacks', 'ohallo', 'hall-monitor'];
const LONG_PATH = `/trust/${'security-and-compliance-overview-'.repeat(12)}page.html`;

beforeAll(async () => {
  s.server.route(LONG_PATH, '<!doctype html><html lang="en"><title>Longpath</title><body><p>We notify customers within 24 hours of a breach.</p></body></html>');
  for (const [slug, path] of [...SEEDS.map((x) => [x, `/${x}.html`]), ['longpath', LONG_PATH]] as const) {
    await PopupPage.assess(s.browser, s.server.hostUrl(slug, path));
  }
});

describe('axe-core finds no serious or critical problem, and the pages speak in words', () => {
  it('in the popup: read, with a row open, and with a correction open', async () => {
    const url = s.server.hostUrl('ohallo', '/ohallo.html');
    const tab = await s.browser.context.newPage();
    await tab.goto(url);
    const popup = await PopupPage.openFor(s.browser, url);
    await popup.ready();
    expect(await seriousViolations(popup.page)).toEqual([]);
    expect(await popup.page.locator('footer button').allTextContents()).toEqual(['Compare vendors', 'Rubric settings']);
    const quoted = (await popup.rows()).find((r) => r.quotes.length > 0)!;
    await popup.expand(quoted.field);
    await popup.page.locator('#also-found details summary').first().click().catch(() => undefined);
    expect(await seriousViolations(popup.page)).toEqual([]);
    await popup.openCorrection('breachNoticeHours');
    expect(await seriousViolations(popup.page)).toEqual([]);
    expect(await rawWords(popup.page)).toEqual([]);
    const form = await popup.openCorrection('dataRegion');
    await form.getByRole('button', { name: /^Save/ }).waitFor();
    expect(await seriousViolations(popup.page)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('in the popup: the vendor’s other pages, listed, then read', async () => {
    const site = serveVendorSite(s.server, { host: 'a11y-vendor' });
    const tab = await s.browser.context.newPage();
    await tab.goto(site.start);
    const popup = await PopupPage.openFor(s.browser, site.start);
    await popup.ready();
    const read = popup.page.getByRole('button', { name: 'Read these pages' });
    await read.waitFor();
    expect(await seriousViolations(popup.page)).toEqual([]);
    await read.focus();
    await popup.page.keyboard.press('Enter');
    await popup.page.getByRole('status').filter({ hasText: /^Read 2 of 2/ }).waitFor();
    expect(await seriousViolations(popup.page)).toEqual([]);
    expect(await rawWords(popup.page)).toEqual([]);
    expect(await popup.horizontalOverflow()).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('on the compare page: the list, the table with every field, and the heat map', async () => {
    const compare = await ComparePage.open(s.browser);
    expect(await seriousViolations(compare.page)).toEqual([]);
    await compare.selectAll();
    await compare.page.getByTestId('all-fields').check();
    await compare.page.focus('[data-testid="cell"][tabindex="0"]');
    await compare.page.getByTestId('quote-tip').waitFor();
    expect(await seriousViolations(compare.page)).toEqual([]);
    expect(await rawWords(compare.page)).toEqual([]);
    await compare.showHeatMap();
    expect(await seriousViolations(compare.page)).toEqual([]);
    expect(await rawWords(compare.page)).toEqual([]);
    await compare.close();
  });

  it('on the options page, whose preview select stays inside a 1,280 px window', async () => {
    const options = await OptionsPage.open(s.browser);
    await options.page.setViewportSize({ width: 1280, height: 800 });
    const select = options.page.getByLabel('Vendor', { exact: true });
    await expect.poll(async () => (await select.locator('option').allTextContents()).some((t) => t.startsWith('Longpath'))).toBe(true);
    const width = await select.evaluate((el) => el.getBoundingClientRect().right);
    expect(width).toBeLessThanOrEqual(1280);
    expect(await options.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await seriousViolations(options.page)).toEqual([]);
    expect(await rawWords(options.page)).toEqual([]);
    // The popup's link to this page says what the page is.
    expect(await options.page.getByRole('heading', { level: 1 }).textContent()).toBe('Rubric settings');
    expect(await options.page.title()).toBe('Assay — rubric settings');
    await options.close();
  });

  it('(the check itself can fail: an image without alt text and a nameless button are reported)', async () => {
    const options = await OptionsPage.open(s.browser);
    await options.page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="x.png"><button></button>'));
    expect((await seriousViolations(options.page)).map((v) => v.id).sort()).toEqual(['button-name', 'image-alt']);
    await options.close();
  });
});
