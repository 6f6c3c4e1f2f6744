import type { Page } from 'playwright-core';
import type { AssayBrowser } from '../chromium';

/** The full-page compare view. */
export class ComparePage {
  private constructor(readonly page: Page) {}

  static async open(b: AssayBrowser): Promise<ComparePage> {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/compare.html`);
    return new ComparePage(page);
  }

  async heading(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
