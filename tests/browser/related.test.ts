import { describe, expect, it } from 'vitest';
import { SHIPPED_EXTENSION } from '../../scripts/chromium';
import { useSession } from './session';
import { clickToolbarButton, type ToolbarPopup } from '../../scripts/toolbar';
import { serveVendorSite } from '../../scripts/vendor-site';
import { ComparePage } from './pages/compare';

const s = useSession({ extensionDir: SHIPPED_EXTENSION });

/** The stored assessments of a vendor (url → fields read), straight from the extension's IndexedDB. */
async function storedPages(popup: ToolbarPopup, vendorId: string): Promise<Record<string, string[]>> {
  return popup.evaluate(`new Promise((ok, ko) => { const r = indexedDB.open('assay'); r.onerror = () => ko(r.error); r.onsuccess = () => {
    const q = r.result.transaction('assessments').objectStore('assessments').getAll();
    q.onsuccess = () => ok(Object.fromEntries(q.result.filter((a) => a.vendorId === ${JSON.stringify(vendorId)}).map((a) => [a.url, Object.keys(a.claims).sort()])));
  }; })`);
}

describe('read the vendor’s other pages (shipped build: no host permission until the reviewer allows a site)', () => {
  it('lists the related pages on the vendor’s site, reads them after the click, saves each under the vendor, and the site can be revoked', async () => {
    const site = serveVendorSite(s.server);
    // The shipped build holds no host permission: the reviewer allows the site (here beforehand, through the
    // browser's own site-access setting, chrome://extensions → Site access → "Add a site", since a headless
    // browser cannot answer the permission prompt); permissions.request in the click's gesture then resolves at
    // once. Done before the popup opens: opening another page would close the popup, as a click elsewhere does.
    const settings = await s.browser.context.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate(([id, origin]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(i: string, o: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, origin!), [s.browser.extensionId, 'http://*.globex.localhost/*']);
    await settings.close();

    const tab = await s.browser.context.newPage();
    await tab.goto(site.start);
    const popup = await clickToolbarButton(s.browser, site.start);
    await popup.waitFor(`document.querySelectorAll('[data-testid="related-page"]').length > 0`, 20_000);
    // Only the trust center and the DPA: not another site, not the page itself, not a page on no topic.
    const listed = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="related-page"] .related-addr')].map((e) => e.getAttribute('title'))`);
    expect(listed).toEqual(site.related);
    expect(await popup.evaluate<string>(`document.querySelector('#related-h').textContent`)).toBe('Other pages of this vendor (2)');
    // The reviewer has a session on the vendor's site: Assay's requests must not carry it.
    await s.browser.context.addCookies([{ name: 'session', value: 'reviewer', domain: 'globex.localhost', path: '/' }]);
    const before = s.server.requests.length;

    await popup.evaluate(`document.querySelector('[data-testid="read-related"]').click()`, { userGesture: true });
    const status = await popup.waitFor<string>(`(() => { const t = document.querySelector('[data-testid="related-status"]').textContent; return t.startsWith('Read ') && t; })()`, 20_000);
    expect(status).toMatch(/^Read 2 of 2 pages/);
    const states = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="related-state"]')].map((e) => e.textContent)`);
    expect(states).toHaveLength(2);
    for (const t of states) expect(t).toMatch(/^read — [1-9]\d* claims?$/);

    // Exactly the two listed pages were requested, on the vendor's host, without cookies (a cookie would add " [cookie]"); nothing else.
    const requested = s.server.requests.slice(before);
    expect(requested.map((r) => r.replace(/^[^/]+/, (h) => h.replace(/:\d+$/, '')))).toEqual(['globex.localhost/trust', 'globex.localhost/legal/data-processing']);
    // (The browser itself does send that cookie to the site, so the check above could fail.)
    await tab.reload();
    expect(s.server.requests.at(-1)).toMatch(/\/security \[cookie\]$/);

    // Each page is its own assessment under the vendor, with its address: the DPA's breach window came from the DPA.
    const stored = await storedPages(popup, 'globex.localhost');
    expect(Object.keys(stored).sort()).toEqual([site.start, ...site.related].sort());
    expect(stored[site.related[1]!]).toContain('breachNoticeHours');
    expect(stored[site.related[0]!]).toContain('iso27001');
    expect(stored[site.start]).not.toContain('breachNoticeHours');
    await popup.close();

    // The vendor on the compare page carries what its three pages say.
    const compare = await ComparePage.open(s.browser);
    await compare.select('globex.localhost');
    expect((await compare.cellValues('breach-notice')).join(' ')).toMatch(/48/);
    expect((await compare.cellValues('iso27001')).join(' ')).toMatch(/certified/i);
    await compare.close();

    // Revocable from the options page: the site is listed with Revoke; afterwards Assay may not read it.
    const options = await s.browser.context.newPage();
    await options.goto(`chrome-extension://${s.browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Revoke globex.localhost and its subdomains (http)' }).click();
    await options.getByTestId('sites-status').filter({ hasText: 'Revoked' }).waitFor();
    await options.getByTestId('no-sites').waitFor();
    const still = await options.evaluate(() => (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: ['http://globex.localhost/*'] }));
    expect(still).toBe(false);
    await options.close();
    await tab.close();
  });

  it('goes on reading after the popup closes (a click elsewhere closes it), and the popup opened again shows how it went', async () => {
    const site = serveVendorSite(s.server, { host: 'hooli' });
    const settings = await s.browser.context.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate(([id, origin]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(i: string, o: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, origin!), [s.browser.extensionId, 'http://*.hooli.localhost/*']);
    await settings.close();
    const tab = await s.browser.context.newPage();
    await tab.goto(site.start);
    let popup = await clickToolbarButton(s.browser, site.start);
    await popup.waitFor(`!!document.querySelector('[data-testid="read-related"]')`, 20_000);
    await popup.evaluate(`document.querySelector('[data-testid="read-related"]').click()`, { userGesture: true });
    await popup.close();
    const served = () => s.server.requests.filter((r) => /^hooli\.localhost:\d+\/(trust|legal\/data-processing)$/.test(r)).length;
    for (let i = 0; i < 100 && served() < 2; i++) await new Promise((r) => setTimeout(r, 100));
    expect(served()).toBe(2);
    popup = await clickToolbarButton(s.browser, site.start);
    const status = await popup.waitFor<string>(`(() => { const t = document.querySelector('[data-testid="related-status"]')?.textContent; return t?.startsWith('Read ') && t; })()`, 20_000);
    expect(status).toMatch(/^Read 2 of 2 pages/);
    await popup.close();
    await tab.close();
  });

  it('reads nothing without the site’s permission: it waits for the reviewer’s answer, and Cancel stops it', async () => {
    const site = serveVendorSite(s.server, { host: 'initrode' });
    const tab = await s.browser.context.newPage();
    await tab.goto(site.start);
    let popup = await clickToolbarButton(s.browser, site.start);
    await popup.waitFor(`!!document.querySelector('[data-testid="read-related"]')`, 20_000);
    const before = s.server.requests.length;
    // The real prompt opens (a headless browser cannot answer it) and takes the focus, which closes the popup,
    // as it may for a reviewer: the background keeps the job, waiting for the answer, and reads nothing meanwhile.
    // The evaluation's answer may never come once the popup has closed: give it a moment, then go on.
    await Promise.race([popup.evaluate(`document.querySelector('[data-testid="read-related"]').click()`, { userGesture: true }).catch(() => undefined), new Promise((r) => setTimeout(r, 1_000))]);
    await popup.close();
    popup = await clickToolbarButton(s.browser, site.start);
    expect(await popup.waitFor<string>(`(() => { const t = document.querySelector('[data-testid="related-status"]')?.textContent; return t?.startsWith('Waiting') && t; })()`, 20_000)).toBe('Waiting for your permission to read this site…');
    await popup.evaluate(`document.querySelector('[data-testid="related-cancel"]').click()`);
    await popup.waitFor(`document.querySelector('[data-testid="related-status"]').textContent.startsWith('Cancelled')`);
    expect(await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="related-page"]')].map((e) => e.dataset.state)`)).toEqual(['cancelled', 'cancelled']);
    expect(s.server.requests.slice(before).filter((r) => !r.endsWith('/security') && !r.endsWith('/favicon.ico'))).toEqual([]);
    await popup.close();
    await tab.close();
  });
});
