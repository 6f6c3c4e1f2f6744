import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchAssay, ROOT } from '../../scripts/chromium';
import { servePages } from '../../scripts/serve-pages';
import { PopupPage } from './pages/popup';
import { ComparePage } from './pages/compare';
import { serveVendorSite } from '../../scripts/vendor-site';

interface NetRequest {
  url: string;
  initiator: string;
}

/**
 * Every request Chromium's network stack started, from its own net log (all contexts, the service
 * worker included), with the origin that caused it. The browser's own housekeeping (component and
 * account checks) has no origin ("not an origin") and is not Assay's.
 */
function requestsInNetLog(path: string): NetRequest[] {
  const log = JSON.parse(readFileSync(path, 'utf8')) as { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: { url?: string; initiator?: string } }[] };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.filter((e) => e.type === start && e.params?.url).map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? 'not an origin' }));
}

describe('no network, ever', () => {
  it('an assess → compare → export flow makes no request beyond the served test page', async () => {
    const netLog = join(mkdtempSync(join(tmpdir(), 'assay-netlog-')), 'net.json');
    const server = await servePages(join(ROOT, 'tests', 'fixtures', 'html'));
    let url = '';
    const b = await launchAssay({ extraArgs: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] });
    const seen: string[] = [];
    b.context.on('request', (r) => seen.push(r.url()));
    try {
      url = server.route(
        '/vendor.html',
        '<!doctype html><html lang="en"><title>Acme Security</title><body><h1>Security</h1><p>We are SOC 2 Type II certified.</p><p>Customer data is stored in Frankfurt, Germany.</p></body></html>',
      );
      const tab = await b.context.newPage();
      await tab.goto(url);
      const popup = await PopupPage.openFor(b, url);
      await popup.ready();
      await popup.clickQuote('soc2');
      const compare = await ComparePage.open(b);
      await compare.selectAll();
      await compare.exportCsv();
      await compare.close();
      await popup.close();
      await tab.close();
    } finally {
      await b.close();
      await server.close();
    }
    const isOurs = (u: string) => /^(chrome-extension:|data:|blob:|about:|chrome:)/.test(u) || u.startsWith(server.origin) || /^127\.0\.0\.1(:\d+)?$/.test(u);
    expect(seen.filter((u) => !isOurs(u))).toEqual([]);
    const requests = requestsInNetLog(netLog);
    const local = (u: string) => /^https?:\/\/(127\.0\.0\.1|[a-z0-9-]+\.localhost)(:\d+)?\//.test(u);
    // The vendor page's own load is there, so the log did record this flow.
    expect(requests.some((r) => r.url === url)).toBe(true);
    const caused = requests.filter((r) => r.initiator !== 'not an origin');
    expect(caused.filter((r) => !local(r.url) && !r.url.startsWith('chrome-extension://')), 'requests to anywhere but this machine').toEqual([]);
    expect(requests.filter((r) => r.initiator.startsWith('chrome-extension://') && !r.url.startsWith(r.initiator)), 'requests Assay made beyond its own files').toEqual([]);
  });

  it('"Read these pages" requests exactly the listed pages on the vendor’s site, after the click, and nothing else', async () => {
    const netLog = join(mkdtempSync(join(tmpdir(), 'assay-netlog-')), 'net.json');
    const server = await servePages(join(ROOT, 'tests', 'fixtures', 'html'));
    // The test build holds loopback host permissions, so permissions.request resolves without a prompt.
    const b = await launchAssay({ extraArgs: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] });
    let site!: ReturnType<typeof serveVendorSite>;
    let beforeClick = 0;
    try {
      site = serveVendorSite(server);
      const tab = await b.context.newPage();
      await tab.goto(site.start);
      const popup = await PopupPage.openFor(b, site.start);
      await popup.ready();
      await popup.page.getByTestId('read-related').waitFor();
      // Nothing but the reviewer's own page load before the click.
      beforeClick = server.requests.length;
      expect(server.requests.filter((r) => !/\/(security|favicon\.ico)$/.test(r))).toEqual([]);
      await popup.page.getByTestId('read-related').click();
      await popup.page.getByTestId('related-status').filter({ hasText: /^Read 2 of 2/ }).waitFor();
      await popup.close();
      await tab.close();
    } finally {
      await b.close();
      await server.close();
    }
    expect(server.requests.slice(beforeClick).map((r) => r.replace(/:\d+/, ''))).toEqual(['globex.localhost/trust', 'globex.localhost/legal/data-processing']);
    const requests = requestsInNetLog(netLog);
    const byAssay = requests.filter((r) => r.initiator.startsWith('chrome-extension://') && !r.url.startsWith(r.initiator));
    expect(byAssay.map((r) => r.url)).toEqual(site.related);
    // Never the other site it links to, nor the same-site page on no topic, nor anywhere off this machine.
    expect(requests.filter((r) => r.url.startsWith(site.offsite) || r.url.includes('/pricing'))).toEqual([]);
    expect(requests.filter((r) => r.initiator !== 'not an origin' && !/^https?:\/\/(127\.0\.0\.1|[a-z0-9-]+\.localhost)(:\d+)?\//.test(r.url) && !r.url.startsWith('chrome-extension://'))).toEqual([]);
  });
});
