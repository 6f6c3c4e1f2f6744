import type { Page } from 'playwright-core';
import type { AssayBrowser } from '../../../scripts/chromium';
import { tabIdFor } from '../../../scripts/chromium';

export interface RowView {
  field: string;
  verdict: string;
  value: string;
  quotes: string[];
}

/**
 * The popup, opened as a tab for a given vendor tab (popup.html?tabId=N). Needs the test build, whose
 * host permission for 127.0.0.1 stands in for the toolbar click's activeTab grant.
 */
export class PopupPage {
  private constructor(readonly page: Page, readonly tabId: number) {}

  /** Wraps a popup page already opened (e.g. for a tab whose URL the test build cannot see). */
  static async attach(page: Page, tabId: number): Promise<PopupPage> {
    await page.setViewportSize({ width: 400, height: 600 });
    return new PopupPage(page, tabId);
  }

  static async openFor(b: AssayBrowser, vendorUrl: string): Promise<PopupPage> {
    const tabId = await tabIdFor(b, vendorUrl);
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    return new PopupPage(page, tabId);
  }

  /** Opens the vendor page in a tab and Assay on it, and waits for the reading; the caller closes both. */
  static async openWithTab(b: AssayBrowser, vendorUrl: string): Promise<{ popup: PopupPage; tab: Page }> {
    const tab = await b.context.newPage();
    await tab.goto(vendorUrl);
    const popup = await PopupPage.openFor(b, vendorUrl);
    await popup.ready();
    return { popup, tab };
  }

  /** Opens the vendor page and Assay on it, waits for the reading to be saved, and closes both. */
  static async assess(b: AssayBrowser, vendorUrl: string): Promise<void> {
    const { popup, tab } = await PopupPage.openWithTab(b, vendorUrl);
    await popup.close();
    await tab.close();
  }

  /** Waits until the popup has read the page and saved the reading (or given up with a message). */
  async ready(): Promise<void> {
    await this.page.waitForFunction(() => {
      const main = document.querySelector('main');
      // The reading is shown before it is saved; "· saving" leaves the status line once it is.
      const saving = / · saving/.test(document.querySelector('[data-testid="status"]')?.textContent ?? '');
      return main?.getAttribute('aria-busy') === 'false' && !saving;
    }, undefined, { timeout: 30_000 });
  }

  async text(testId: string): Promise<string> {
    return ((await this.page.getByTestId(testId).first().textContent()) ?? '').trim();
  }

  async has(testId: string): Promise<boolean> {
    return (await this.page.getByTestId(testId).count()) > 0;
  }

  async vendor(): Promise<{ name: string; domain: string }> {
    return { name: await this.text('vendor-name'), domain: await this.text('vendor-domain') };
  }

  async score(): Promise<{ total: number; grade: string }> {
    return { total: Number(await this.text('score')), grade: await this.text('grade') };
  }

  async rows(): Promise<RowView[]> {
    return this.page.$$eval('li[data-testid^="row-"]', (els) =>
      els.map((el) => ({
        field: el.getAttribute('data-testid')!.slice(4),
        verdict: el.getAttribute('data-verdict') ?? '',
        value: el.querySelector('[data-testid="value"]')?.textContent?.trim() ?? '',
        quotes: [...el.querySelectorAll('[data-testid="quote"]')].map((q) => (q.textContent ?? '').replace(/^“|”$/g, '')),
      })),
    );
  }

  async row(field: string): Promise<RowView> {
    const r = (await this.rows()).find((x) => x.field === field);
    if (!r) throw new Error(`no row for ${field}`);
    return r;
  }

  /** Opens a criterion's row (reason, quotes, correction) unless it is open already. */
  async expand(field: string): Promise<void> {
    const toggle = this.page.getByTestId(`row-${field}`).getByTestId('row-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  async clickQuote(field: string, index = 0): Promise<void> {
    await this.expand(field);
    await this.page.getByTestId(`row-${field}`).getByTestId('quote').nth(index).click();
  }

  /** Opens "Correct <label>" on a row and returns its form. */
  async openCorrection(field: string) {
    await this.expand(field);
    const row = this.page.getByTestId(`row-${field}`);
    await row.getByTestId('correct').click();
    return row.getByRole('form');
  }

  /** Corrects an enum or number field: picks or types the value, adds the note, saves. */
  async correct(field: string, value: string, note: string): Promise<void> {
    const form = await this.openCorrection(field);
    const input = form.locator('select, input').first();
    if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
    else await input.fill(value);
    await form.getByLabel('Note (optional)').fill(note);
    await form.getByRole('button', { name: /^Save/ }).click();
  }

  /** How far the popup scrolls sideways (0 = none). */
  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  async questions(): Promise<string[]> {
    return this.page.$$eval('[data-testid="questions"] li', (els) => els.map((e) => e.textContent ?? ''));
  }

  async changes(): Promise<string[]> {
    if (!(await this.has('changes'))) return [];
    return this.page.$$eval('[data-testid="changes"] li', (els) => els.map((e) => e.textContent ?? ''));
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
