/** A browser tab as the popup sees it. */
export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
  status?: string;
}

/** Why Assay cannot read a tab, in words a reviewer understands; null when it can. */
export type Unsupported = { reason: 'browser-page' | 'web-store' | 'file-access' | 'loading' | 'no-tab' | 'not-web'; message: string };

const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/**
 * Pages browsers never let extensions read, and pages not ready yet. `fileAccess` is whether the
 * reviewer allowed file URLs for Assay (chrome://extensions → "Allow access to file URLs").
 */
export function checkTab(tab: { url?: string; status?: string } | undefined, fileAccess: boolean): Unsupported | null {
  if (!tab) return { reason: 'no-tab', message: 'Assay could not see the current tab. Open a vendor page and click Assay again.' };
  // After a toolbar click the browser shows Assay the tab's address; it still hides protected pages'.
  if (!tab.url) return { reason: 'browser-page', message: 'This is a browser or protected page that extensions may not read. Open the vendor’s website and click Assay there.' };
  let url: URL;
  try {
    url = new URL(tab.url);
  } catch {
    return { reason: 'not-web', message: 'This tab has no web address Assay can read.' };
  }
  const scheme = url.protocol;
  if (['chrome:', 'edge:', 'about:', 'chrome-extension:', 'moz-extension:', 'devtools:', 'view-source:', 'chrome-untrusted:'].includes(scheme)) {
    return { reason: 'browser-page', message: 'This is a browser page. Browsers do not let extensions read their own pages: open the vendor’s website.' };
  }
  if (STORE_HOSTS.includes(url.hostname) || (url.hostname === 'chrome.google.com' && url.pathname.startsWith('/webstore'))) {
    return { reason: 'web-store', message: 'Extension stores cannot be read by extensions. Open the vendor’s own security page.' };
  }
  if (scheme === 'file:' && !fileAccess) {
    return { reason: 'file-access', message: 'Assay may not read local files yet. Allow it under chrome://extensions → Assay → “Allow access to file URLs”, then try again.' };
  }
  if (scheme !== 'http:' && scheme !== 'https:' && scheme !== 'file:') {
    return { reason: 'not-web', message: `Assay reads web pages; “${scheme}” pages are not supported.` };
  }
  if (tab.status === 'loading') {
    return { reason: 'loading', message: 'The page is still loading. Assay will read it once it has finished.' };
  }
  return null;
}
