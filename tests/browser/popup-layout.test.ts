import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from '../../rubric/presets';
import { ROOT } from '../../scripts/chromium';
import { useSession } from './session';
import { PopupPage } from './pages/popup';

const OUT = join(ROOT, 'test-output');
const SEEDS = ['allstacks', 'asyncbot', 'hall-monitor', 'monitorah', 'ohallo'];

const s = useSession();

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});


/** Bottom edge of an element, in CSS pixels from the top of the unscrolled popup. */
function bottomOf(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => el.getBoundingClientRect().bottom + window.scrollY);
}

describe.each(SEEDS)('the popup at 400 × 600 on the seed %s', (slug) => {
  it('fits without sideways scroll, with the header and the criteria on the first screen', async () => {
    const { popup, tab } = await PopupPage.openWithTab(s.browser, s.server.hostUrl(slug, `/${slug}.html`));
    expect(await popup.horizontalOverflow()).toBe(0);
    const rows = await popup.rows();
    expect(rows).toHaveLength(DEFAULT_PRESET.criteria.length);
    expect(await popup.text('coverage')).toBe(`States ${rows.filter((r) => r.verdict !== 'not_stated').length} of ${rows.length}`);
    for (const v of ['pass', 'partial', 'fail', 'not_stated']) {
      const n = rows.filter((r) => r.verdict === v).length;
      expect(await popup.has(`count-${v}`), v).toBe(n > 0);
    }
    expect(await bottomOf(popup.page, '[data-testid="coverage"]')).toBeLessThanOrEqual(600);
    // The first screen holds the grade, the tally and every criterion of the default rubric.
    expect(await bottomOf(popup.page, '.rows > li:last-child')).toBeLessThanOrEqual(600);
    expect(await popup.text('page-read')).toBe(`${slug}.localhost:${new URL(s.server.origin).port}/${slug}.html`);

    // A row opens to its reason and verbatim quotes.
    const quoted = rows.find((r) => r.quotes.length > 0)!;
    const row = popup.page.getByTestId(`row-${quoted.field}`);
    expect(await row.getByTestId('quote').first().isVisible()).toBe(false);
    await popup.expand(quoted.field);
    expect(await row.getByTestId('row-toggle').getAttribute('aria-expanded')).toBe('true');
    await row.getByTestId('quote').first().waitFor({ state: 'visible' });
    expect(await row.getByTestId('quote').count()).toBe(quoted.quotes.length);
    expect(await popup.horizontalOverflow()).toBe(0);
    await popup.page.screenshot({ path: join(OUT, `popup-400x600-${slug}.png`) });
    await popup.close();
    await tab.close();
  });
});

describe('a page built to push the popup sideways', () => {
  it('still fits 400 px: long title, unbroken quote, long address', async () => {
    const token = 'x'.repeat(400);
    const path = `/${'very-long-path-segment-'.repeat(10)}security.html`;
    s.server.route(path, `<!doctype html><html lang="en"><head><title>${'Supercalifragilistic'.repeat(8)}</title></head><body><main><p>We notify customers within 24 hours of a breach (ref ${token}).</p></main></body></html>`);
    const { popup, tab } = await PopupPage.openWithTab(s.browser, s.server.hostUrl('widepage', path));
    await popup.expand('breachNoticeHours');
    await popup.page.getByTestId('row-breachNoticeHours').getByTestId('quote').first().waitFor({ state: 'visible' });
    expect(await popup.horizontalOverflow()).toBe(0);
    await popup.close();
    await tab.close();
  });
});

describe('the questions', () => {
  it('are reached in at most three Tab stops, by the Q key, and copy as a numbered list', async () => {
    const { popup, tab } = await PopupPage.openWithTab(s.browser, s.server.hostUrl('ohallo', '/ohallo.html'));
    const expected = await popup.questions();
    expect(expected.length).toBeGreaterThan(0);
    let stops = 0;
    let focused = '';
    while (stops < 3 && focused !== 'jump-questions') {
      await popup.page.keyboard.press('Tab');
      stops++;
      focused = await popup.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    }
    expect(focused).toBe('jump-questions');
    await popup.page.keyboard.press('Enter');
    expect(await popup.page.evaluate(() => document.activeElement?.id)).toBe('questions-h');
    expect(await popup.page.getByTestId('questions').isVisible()).toBe(true);
    // From the top again, the shortcut.
    await popup.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await popup.page.keyboard.press('q');
    expect(await popup.page.evaluate(() => document.activeElement?.id)).toBe('questions-h');
    // Copy.
    await s.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.page.getByTestId('copy-questions').click();
    await popup.page.getByText('Copied.').waitFor();
    const copied = await popup.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(expected.map((q, i) => `${i + 1}. ${q}`).join('\n'));
    await popup.close();
    await tab.close();
  });
});

describe('what the rubric does not score', () => {
  it('is listed under “Also found on this page” in words, with its quotes', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Security — Extrafind</title></head><body><main><h1>Security at Extrafind</h1>
      <p>We are HIPAA compliant and will sign a Business Associate Agreement (BAA) with customers.</p>
      <p>Enterprise customers can use SAML single sign-on.</p>
      <p>We run a public bug bounty program on HackerOne.</p>
      <p>We offer a Data Processing Agreement (DPA) to all customers.</p>
      <p>We commit to 99.9% uptime.</p>
      <p>All data at rest is encrypted using AES-256.</p></main></body></html>`;
    s.server.route('/extra.html', html);
    const { popup, tab } = await PopupPage.openWithTab(s.browser, s.server.hostUrl('extrafind', '/extra.html'));
    const items = await popup.page.$$eval('[data-testid="also-found"] > li summary', (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(items).toEqual(expect.arrayContaining(['Data processing agreement available', 'HIPAA BAA available', 'Single sign-on SAML', 'Vulnerability disclosure bug bounty', 'Uptime target 99.9%']));
    // Nothing the rubric scores is repeated there, and nothing shows a field id.
    for (const c of DEFAULT_PRESET.criteria) expect(items.join(' ')).not.toContain(c.label);
    expect(items.join(' ')).not.toMatch(/[a-z][A-Z]|_/);
    await popup.page.getByTestId('also-hipaa').locator('summary').click();
    expect(await popup.page.getByTestId('also-hipaa').getByTestId('quote').first().textContent()).toContain('HIPAA compliant');
    await popup.close();
    await tab.close();
  });
});

describe('reading', () => {
  it('shows a skeleton in the criteria’s shape while reading, and re-reads on request', async () => {
    const para = '<p>Our team writes about product updates, release notes and customer stories every week of the year.</p>';
    s.server.route('/big.html', `<!doctype html><html lang="en"><title>Bigpage</title><body><main><p>We notify customers within 48 hours of a confirmed breach.</p>${para.repeat(12_000)}</main></body></html>`);
    const url = s.server.hostUrl('bigpage', '/big.html');
    const tab = await s.browser.context.newPage();
    await tab.goto(url);
    const popup = await PopupPage.openFor(s.browser, url);
    // Seen at some moment while reading: one grey row per criterion.
    await popup.page.waitForFunction((n) => document.querySelectorAll('[data-testid="skeleton"] .sk-row').length === n, DEFAULT_PRESET.criteria.length, { timeout: 10_000, polling: 'raf' });
    await popup.ready();
    expect(await popup.has('skeleton')).toBe(false);
    expect(await popup.text('status')).toMatch(/^Saved /);
    await popup.page.getByTestId('reread').click();
    await popup.page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.startsWith('Showing the saved assessment'));
    await popup.ready();
    expect(await popup.text('status')).toMatch(/^Saved /);
    expect((await popup.row('breachNoticeHours')).value).toBe('48 hours');
    await popup.close();
    await tab.close();
  });
});
