import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchAssay, ROOT } from './chromium';
import { servePages } from './server';
import { PopupPage } from './pages/popup';
import { ComparePage } from './pages/compare';

/** Every URL Chromium's network stack touched, from its own net log (all contexts, service worker included). */
function urlsInNetLog(path: string): string[] {
  const raw = readFileSync(path, 'utf8');
  const urls = new Set<string>();
  for (const m of raw.matchAll(/"(?:url|original_url|host|origin)":"([^"]+)"/g)) urls.add(m[1]!);
  return [...urls];
}

describe('no network, ever', () => {
  it('an assess → compare → export flow makes no request beyond the served test page', async () => {
    const netLog = join(mkdtempSync(join(tmpdir(), 'assay-netlog-')), 'net.json');
    const server = await servePages(join(ROOT, 'tests', 'fixtures', 'html'));
    const b = await launchAssay({ extraArgs: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] });
    const seen: string[] = [];
    b.context.on('request', (r) => seen.push(r.url()));
    try {
      const url = server.route(
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
    const external = urlsInNetLog(netLog).filter((u) => /^(https?|wss?|ftp):\/\//.test(u) && !u.startsWith(server.origin));
    expect(external).toEqual([]);
  });
});
