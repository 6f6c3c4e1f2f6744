import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchAssay, ROOT, type AssayBrowser } from '../../scripts/chromium';
import { servePages, type PageServer } from '../../scripts/serve-pages';

/** The seed pages rendered as HTML: what the browser tests serve unless a test routes its own page. */
export const HTML_FIXTURES = join(ROOT, 'tests', 'fixtures', 'html');

export interface Session {
  browser: AssayBrowser;
  server: PageServer;
}

/**
 * One Chromium with the built extension and one page server for the tests of a file: launched before
 * them, closed after. Read `browser` and `server` inside tests and hooks, not at module load.
 */
export function useSession(opts: { extensionDir?: string } = {}): Session {
  const s = {} as Session;
  beforeAll(async () => {
    s.server = await servePages(HTML_FIXTURES);
    s.browser = await launchAssay(opts);
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  return s;
}
