import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from '../../rubric/presets';
import { useSession } from './session';
import { PopupPage } from './pages/popup';

const s = useSession();

const PAGE = '<!doctype html><html lang="en"><head><title>Security — Fixit</title></head><body><main><h1>Security</h1><p>SOC 2 Type II certification is on our roadmap for 2027.</p><p>All data at rest is encrypted using AES-256.</p></main></body></html>';

async function popupOn(slug: string): Promise<{ popup: PopupPage; tab: Page }> {
  s.server.route(`/${slug}.html`, PAGE);
  return PopupPage.openWithTab(s.browser, s.server.hostUrl(slug, `/${slug}.html`));
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');

describe('Correct this', () => {
  it('keeps a bad value in the input with a plain-words problem beside it, then takes “72 hours”', async () => {
    const { popup, tab } = await popupOn('fixit-bad');
    const form = await popup.openCorrection('breachNoticeHours');
    const input = form.getByLabel('Breach notice, in hours');
    await input.fill('3 days');
    await form.getByRole('button', { name: /^Save/ }).click();
    const problem = form.getByTestId('problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe('Breach notice must be a whole number of hours, 0 or more.');
    expect(await input.inputValue()).toBe('3 days');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await popup.horizontalOverflow()).toBe(0);
    expect(await input.getAttribute('aria-describedby')).toBe(await problem.getAttribute('id'));
    expect(await popup.page.textContent('main')).not.toMatch(/breachNoticeHours|null|FIELDS\.md/);
    await input.fill('72 hours');
    await form.getByRole('button', { name: /^Save/ }).click();
    await popup.page.waitForFunction(() => document.querySelector('[data-testid="row-breachNoticeHours"] [data-testid="value"]')?.textContent === '72 hours');
    expect(await popup.row('breachNoticeHours')).toMatchObject({ value: '72 hours' });
    await popup.close();
    await tab.close();
  });

  it('closes on Escape without saving and gives focus back to the row', async () => {
    const { popup, tab } = await popupOn('fixit-esc');
    const before = await popup.row('soc2');
    const form = await popup.openCorrection('soc2');
    await form.getByLabel('SOC 2').selectOption({ label: 'Type II' });
    await popup.page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await popup.row('soc2')).toEqual(before);
    await popup.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'correct');
    expect(await popup.page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-testid'))).toBe('row-soc2');
    await popup.close();
    await tab.close();
  });

  it('offers the vocabulary in display words, saves, and returns focus to the row', async () => {
    const { popup, tab } = await popupOn('fixit-save');
    const form = await popup.openCorrection('soc2');
    const options = await form.getByLabel('SOC 2').locator('option').allTextContents();
    expect(options).toEqual(['Type II', 'Type I', 'compliant (type not stated)', 'planned', 'not certified', 'not stated']);
    await form.getByLabel('SOC 2').selectOption({ label: 'Type II' });
    await form.getByLabel('Note (optional)').fill('Saw the report');
    await form.getByRole('button', { name: 'Save SOC 2 correction' }).click();
    await form.waitFor({ state: 'detached' });
    expect(await popup.row('soc2')).toMatchObject({ value: 'Type II', verdict: 'pass' });
    await popup.page.waitForFunction(() => document.activeElement?.closest('li')?.getAttribute('data-testid') === 'row-soc2');
    expect(await focusedTestId(popup.page)).toBe('correct');
    await popup.close();
    await tab.close();
  });

  it('picks data regions from a searchable list instead of free text', async () => {
    const { popup, tab } = await popupOn('fixit-region');
    const form = await popup.openCorrection('dataRegion');
    await form.getByLabel('Search data region').fill('europe');
    const boxes = form.getByRole('checkbox');
    expect(await boxes.count()).toBe(1);
    await form.getByRole('checkbox', { name: /European Union/ }).check();
    await form.getByLabel('Search data region').fill('kingdom');
    await form.getByRole('checkbox', { name: /United Kingdom/ }).check();
    expect(await form.getByTestId('picked').textContent()).toBe('Chosen: European Union / EEA, United Kingdom');
    expect(await popup.horizontalOverflow()).toBe(0);
    await form.getByRole('button', { name: /^Save/ }).click();
    await form.waitFor({ state: 'detached' });
    expect((await popup.row('dataRegion')).value).toBe('EU, UK');
    await popup.close();
    await tab.close();
  });

  it('gives every control its own accessible name', async () => {
    const { popup, tab } = await popupOn('fixit-names');
    for (const c of DEFAULT_PRESET.criteria) await popup.expand(c.field);
    const names = await popup.page.getByTestId('correct').evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(names).toEqual(DEFAULT_PRESET.criteria.map((c) => `Correct ${c.label}`));
    for (const c of DEFAULT_PRESET.criteria) expect(await popup.page.getByRole('button', { name: `Correct ${c.label}`, exact: true }).count(), c.label).toBe(1);
    await popup.close();
    await tab.close();
  });
});
