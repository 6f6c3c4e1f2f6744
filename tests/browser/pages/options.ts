import type { Page } from 'playwright-core';
import type { AssayBrowser } from '../../../scripts/chromium';

/** The options page's rubric editor. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(b: AssayBrowser): Promise<OptionsPage> {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/options.html`);
    await page.getByLabel('Rubric', { exact: true }).waitFor();
    return new OptionsPage(page);
  }

  async previewScore(): Promise<string> {
    return ((await this.page.getByTestId('preview-score').textContent()) ?? '').trim();
  }

  async button(name: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  /** Sets the weight of the criterion whose legend contains `label` (e.g. "Breach notice"). */
  async setWeight(label: string, weight: string): Promise<void> {
    await this.page.getByRole('group', { name: new RegExp(`^\\d+\\. ${label}`) }).getByLabel('Weight', { exact: true }).fill(weight);
  }

  async notice(): Promise<string> {
    return ((await this.page.locator('.notice').textContent()) ?? '').trim();
  }

  async importFile(name: string, text: string): Promise<void> {
    await this.page.getByLabel('Import JSON').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  async alert(): Promise<string> {
    return ((await this.page.getByRole('alert').textContent()) ?? '').trim();
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
