import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ROOT = resolve(import.meta.dirname, '..');
/** The test build may inject into http://127.0.0.1 pages without a toolbar click. */
export const TEST_EXTENSION = join(ROOT, '.output', 'chrome-test');
/** The build that ships. */
export const SHIPPED_EXTENSION = join(ROOT, '.output', 'chrome-mv3');

/** Flags for a closed-network, headless, throwaway Chromium (see DEVELOPERS.md). */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--headless=new',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export interface AssayBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  profileDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** Launches Debian's Chromium with the built extension and a fresh (or given) profile. */
export async function launchAssay(opts: { extensionDir?: string; profileDir?: string; extraArgs?: string[] } = {}): Promise<AssayBrowser> {
  const extensionDir = opts.extensionDir ?? TEST_EXTENSION;
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium`);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension at ${extensionDir}`);
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'assay-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...chromiumArgs(extensionDir), ...(opts.extraArgs ?? [])],
    viewport: { width: 1200, height: 900 },
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    profileDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The tab id Chromium gave the page with this URL (asked through the extension's service worker). */
export async function tabIdFor(b: AssayBrowser, url: string): Promise<number> {
  const id = await b.serviceWorker.evaluate(async (u: string) => {
    // Runs in the service worker, where `chrome` is the extension API.
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab with URL ${url}`);
  return id;
}
