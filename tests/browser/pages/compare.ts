import type { Download, Page } from 'playwright-core';
import type { AssayBrowser } from '../../../scripts/chromium';

/** The full-page compare view. */
export class ComparePage {
  private constructor(readonly page: Page) {}

  static async open(b: AssayBrowser): Promise<ComparePage> {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`chrome-extension://${b.extensionId}/compare.html`);
    const c = new ComparePage(page);
    await page.waitForFunction(() => performance.getEntriesByName('assay:list-shown').length > 0);
    return c;
  }

  async heading(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  }

  async vendorIds(): Promise<string[]> {
    return this.page.$$eval('[data-testid="vendor-list"] li', (els) => els.map((e) => e.getAttribute('data-testid')!.slice('vendor-'.length)));
  }

  async search(q: string): Promise<void> {
    await this.page.getByTestId('search').fill(q);
  }

  async selectAll(): Promise<void> {
    await this.page.getByRole('button', { name: 'Select shown' }).click();
  }

  async select(id: string): Promise<void> {
    await this.page.getByTestId(`vendor-${id}`).getByRole('checkbox').check();
  }

  /** Vendor names in column order. */
  async columns(): Promise<string[]> {
    return this.page.$$eval('[data-testid="vendor-column"]', (els) => els.map((e) => e.firstChild?.textContent ?? ''));
  }

  async scores(): Promise<number[]> {
    return this.page.$$eval('[data-testid="score-cell"] strong', (els) => els.map((e) => Number(e.textContent)));
  }

  async sortByScore(): Promise<void> {
    await this.page.getByTestId('sort-score').click();
  }

  async cellValues(criterionId: string): Promise<string[]> {
    return this.page.$$eval(`[data-testid="crit-${criterionId}"] [data-testid="cell-value"]`, (els) => els.map((e) => e.textContent ?? ''));
  }

  async showHeatMap(): Promise<void> {
    await this.page.getByTestId('mode-heatmap').click();
    await this.page.getByTestId('heatmap').waitFor();
  }

  async exportCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('export-csv').click()]);
    return download;
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
