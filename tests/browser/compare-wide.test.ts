import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedVendors } from '../../scripts/seed-store';
import { DEFAULT_PRESET } from '../../rubric/presets';
import { useSession } from './session';
import { ComparePage } from './pages/compare';

const s = useSession();
const N = 25;

/** Writes N generated vendors (one page each) straight into the extension's IndexedDB. */
beforeAll(async () => {
  const compare = await ComparePage.open(s.browser);
  await seedVendors(compare.page, N);
  await compare.close();
});

async function openAll(width = 1280, height = 800): Promise<ComparePage> {
  const compare = await ComparePage.open(s.browser);
  await compare.page.setViewportSize({ width, height });
  await compare.page.waitForFunction((n) => document.querySelectorAll('[data-testid="vendor-list"] li').length === n, N);
  await compare.selectAll();
  await compare.page.getByTestId('compare-table').waitFor();
  return compare;
}

type Box = { left: number; top: number; right: number; bottom: number };
const box = (page: Page, selector: string): Promise<Box> =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe(`the compare page with ${N} vendors`, () => {
  it('scrolls the table inside its box, never the page, with the header row and criterion column fixed', async () => {
    const compare = await openAll();
    const p = compare.page;
    expect(await compare.columns()).toHaveLength(N);
    expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const wrap = '[data-testid="table-wrap"]';
    expect(await p.$eval(wrap, (el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const firstColumn = `${wrap} tbody tr:nth-child(2) th`;
    const before = await box(p, firstColumn);
    await p.$eval(wrap, (el) => el.scrollTo({ left: el.scrollWidth, top: el.scrollHeight }));
    const wrapBox = await box(p, wrap);
    const after = await box(p, firstColumn);
    // The criterion column stays at the box's left edge while the vendors scroll under it.
    expect(Math.round(after.left)).toBe(Math.round(before.left));
    expect(after.left).toBeLessThanOrEqual(wrapBox.left + 1);
    // The last vendor column is now in view, beside the criterion column rather than under it.
    const last = await box(p, `${wrap} thead th:last-child`);
    expect(last.right).toBeLessThanOrEqual(wrapBox.right + 1);
    expect(Math.round(last.top)).toBe(Math.round(wrapBox.top + 1));
    await compare.screenshot('test-output/compare-25.png');
    await compare.close();
  });

  it('keeps a quote inside the viewport and off the focused cell, at the right edge and the bottom', async () => {
    const compare = await openAll(1280, 700);
    const p = compare.page;
    const wrap = '[data-testid="table-wrap"]';
    await p.$eval(wrap, (el) => el.scrollTo({ left: el.scrollWidth, top: el.scrollHeight }));
    const viewport = p.viewportSize()!;
    // The right-most cell of the last row, then of the first row: Tab into each by focus.
    for (const selector of [`${wrap} tbody tr:last-child td:last-child`, `${wrap} tbody tr:nth-child(2) td:last-child`]) {
      await p.focus(selector);
      const tip = p.getByTestId('quote-tip');
      await tip.waitFor();
      await p.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid="quote-tip"]')!).visibility === 'visible');
      const t = await box(p, '[data-testid="quote-tip"]');
      const cell = await box(p, selector);
      expect(t.left).toBeGreaterThanOrEqual(0);
      expect(t.top).toBeGreaterThanOrEqual(0);
      expect(t.right).toBeLessThanOrEqual(viewport.width);
      expect(t.bottom).toBeLessThanOrEqual(viewport.height);
      expect(overlap(t, cell), `tip covers ${selector}`).toBe(false);
      expect(await p.$eval(selector, (el) => el.getAttribute('aria-describedby'))).toBe(await tip.getAttribute('id'));
      expect(await tip.textContent()).toMatch(/^“Vendor \d+ says this about/);
    }
    await p.keyboard.press('Escape');
    expect(await p.getByTestId('quote-tip').count()).toBe(0);
    await compare.close();
  });

  it('filters on differing verdicts, and separately on differing values', async () => {
    const compare = await openAll();
    const p = compare.page;
    const table = () =>
      p.$$eval('[data-testid^="crit-"]', (trs) =>
        trs.map((tr) => ({
          id: tr.getAttribute('data-testid')!,
          verdicts: new Set([...tr.querySelectorAll('[data-verdict]')].map((e) => e.getAttribute('data-verdict'))).size,
          values: new Set([...tr.querySelectorAll('[data-testid="cell-value"]')].map((e) => e.textContent)).size,
        })),
      );
    const all = await table();
    expect(all).toHaveLength(DEFAULT_PRESET.criteria.length);
    const verdictsDiffer = all.filter((r) => r.verdicts > 1).map((r) => r.id);
    const valuesDiffer = all.filter((r) => r.values > 1).map((r) => r.id);
    // Retention differs in days but passes for every vendor: values differ, verdicts do not.
    expect(valuesDiffer.length).toBeGreaterThan(verdictsDiffer.length);
    expect(verdictsDiffer.length).toBeLessThan(all.length);
    await p.getByTestId('only-verdicts').check();
    expect((await table()).map((r) => r.id)).toEqual(verdictsDiffer);
    await p.getByTestId('only-verdicts').uncheck();
    await p.getByTestId('only-values').check();
    expect((await table()).map((r) => r.id)).toEqual(valuesDiffer);
    await compare.close();
  });

  it('adds a row for every other field read, shows values in the heat map, and sorts ties by name', async () => {
    const compare = await openAll();
    const p = compare.page;
    expect(await p.getByTestId('field-dataCountries').count()).toBe(0);
    await p.getByTestId('all-fields').check();
    const countries = p.getByTestId('field-dataCountries');
    expect(await countries.locator('th').textContent()).toContain('Data countries');
    expect(new Set(await countries.getByTestId('cell-value').allTextContents())).toEqual(new Set(['DE']));

    // Every vendor states AES-256: a tie, so both directions list the vendors by name.
    const atRest = DEFAULT_PRESET.criteria.find((c) => c.field === 'encryptionAtRest')!;
    const byName = (await compare.columns()).slice().sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
    await p.getByTestId(`crit-${atRest.id}`).locator('th button').click();
    expect(await compare.columns()).toEqual(byName);
    await p.getByTestId(`crit-${atRest.id}`).locator('th button').click();
    expect(await compare.columns()).toEqual(byName);

    await compare.showHeatMap();
    const cells = await p.getByTestId('heat-cell').allTextContents();
    expect(cells.length).toBe(N * DEFAULT_PRESET.criteria.length);
    expect(cells.some((c) => c.includes('AES-256') && c.includes('% of points'))).toBe(true);
    expect(cells.some((c) => /\d+ days/.test(c))).toBe(true);
    await compare.close();
  });

  it('pins a vendor beside the criterion column, where it stays while the rest scroll', async () => {
    const compare = await openAll();
    const p = compare.page;
    const wrap = '[data-testid="table-wrap"]';
    const columns = await compare.columns();
    const far = columns.at(-1)!;
    await p.getByRole('button', { name: `Pin ${far}`, exact: true }).click();
    expect((await compare.columns())[0]).toBe(far);
    expect(await p.getByRole('button', { name: `Unpin ${far}`, exact: true }).getAttribute('aria-pressed')).toBe('true');
    await p.$eval(wrap, (el) => el.scrollTo({ left: el.scrollWidth }));
    const criterion = await box(p, `${wrap} tbody tr:nth-child(2) th`);
    const pinnedHead = await box(p, `${wrap} thead th:nth-child(2)`);
    const pinnedCell = await box(p, `${wrap} tbody tr:nth-child(2) td:nth-child(2)`);
    expect(Math.round(pinnedHead.left)).toBe(Math.round(criterion.right));
    expect(Math.round(pinnedCell.left)).toBe(Math.round(criterion.right));
    // The next vendor column has scrolled away under them.
    expect((await box(p, `${wrap} thead th:nth-child(3)`)).left).toBeLessThan(criterion.left);
    await p.getByRole('button', { name: `Unpin ${far}`, exact: true }).click();
    expect(await compare.columns()).toEqual(columns);
    await compare.close();
  });
});
