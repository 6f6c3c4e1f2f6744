import type { Page } from 'playwright-core';

/** The compare page's vendor panel: rename, tags, note, merge, move pages; and the undo bar. */
export class VendorPanel {
  constructor(readonly page: Page) {}

  static async open(page: Page, vendorId: string): Promise<VendorPanel> {
    await page.getByTestId(`manage-${vendorId}`).click();
    await page.getByTestId('vendor-panel').waitFor();
    // The panel's own id line, not its text as a whole: another vendor's panel names this one in its "Move to" list.
    await page.waitForFunction((id) => document.querySelector('#vendor-panel-h')?.nextElementSibling?.textContent === id, vendorId);
    return new VendorPanel(page);
  }

  get root() {
    return this.page.getByTestId('vendor-panel');
  }

  async title(): Promise<string> {
    return (await this.root.getByRole('heading', { level: 2 }).textContent()) ?? '';
  }

  async rename(name: string): Promise<void> {
    await this.root.getByLabel('Name').fill(name);
    await this.root.getByRole('button', { name: 'Rename' }).click();
    await this.waitForTitle(name);
  }

  async waitForTitle(name: string): Promise<void> {
    await this.page.waitForFunction((n) => document.querySelector('#vendor-panel-h')?.textContent === n, name);
  }

  async tags(): Promise<string[]> {
    return this.root.getByTestId('vendor-tags').locator('li').evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));
  }

  async addTag(tag: string): Promise<void> {
    const before = (await this.tags()).length;
    await this.root.getByLabel('New tag').fill(tag);
    await this.root.getByRole('button', { name: 'Add tag' }).click();
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid="vendor-tags"] li').length === n, before + 1);
  }

  async removeTag(tag: string): Promise<void> {
    const before = (await this.tags()).length;
    await this.root.getByRole('button', { name: `Remove tag ${tag}` }).click();
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid="vendor-tags"] li').length === n, before - 1);
  }

  async pages(): Promise<string[]> {
    return this.root.locator('.page-url').allTextContents();
  }

  async undo(): Promise<void> {
    await this.page.getByTestId('undo').getByRole('button', { name: 'Undo' }).click();
    await this.page.getByTestId('undo').waitFor({ state: 'detached' });
  }

  async undoText(): Promise<string> {
    return (await this.page.getByTestId('undo').textContent()) ?? '';
  }
}
