import type { Page } from 'playwright-core';
import type { AssayBrowser } from '../chromium';
import { tabIdFor } from '../chromium';

/**
 * The popup, opened as a tab for a given vendor tab (popup.html?tabId=N). Needs the test build, whose
 * host permission for 127.0.0.1 stands in for the toolbar click's activeTab grant.
 */
export class PopupPage {
  private constructor(readonly page: Page, readonly tabId: number) {}

  static async openFor(b: AssayBrowser, vendorUrl: string): Promise<PopupPage> {
    const tabId = await tabIdFor(b, vendorUrl);
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    return new PopupPage(page, tabId);
  }

  /** The page title as the popup shows it. */
  async pageTitle(): Promise<string> {
    const el = this.page.getByTestId('page-title');
    await el.filter({ hasNotText: 'Reading…' }).waitFor();
    return (await el.textContent()) ?? '';
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
