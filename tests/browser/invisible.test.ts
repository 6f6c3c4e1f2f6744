import { describe, expect, it } from 'vitest';
import { useSession } from './session';
import { PopupPage } from './pages/popup';

const s = useSession();

/**
 * A vendor page that listens for anything an extension could send it: window messages, the event WXT's
 * content-script helper fires (named after the extension id), common events on document and window,
 * and DOM mutations. It records everything in `window.__seen`.
 */
function listeningPage(extensionId: string): string {
  const script = `
    window.__seen = [];
    const note = (what) => window.__seen.push(what);
    window.addEventListener('message', (e) => note('message ' + JSON.stringify(e.data)));
    const names = ['${extensionId}:content:wxt:content-script-started', 'wxt:content-script-started', 'content-script-started', 'assay', 'assay-ready'];
    for (const n of names) { document.addEventListener(n, () => note('document ' + n)); window.addEventListener(n, () => note('window ' + n)); }
    // Once the parser is done, any change to the DOM is someone else's.
    document.addEventListener('DOMContentLoaded', () => new MutationObserver((list) => { for (const m of list) note('mutation ' + m.type + ' ' + (m.attributeName || m.target.nodeName)); })
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));
    // A document-level listener for custom events sent at the page: dispatchEvent is the only way in.
    const original = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (e) { note('dispatch ' + e.type); return original.call(this, e); };
  `;
  return `<!doctype html><html lang="en"><head><title>Quiet Co security</title><script>${script}</script></head>
    <body><h1>Security</h1><p>Quiet Co is SOC 2 Type II certified.</p><p>All data is encrypted at rest using AES-256.</p></body></html>`;
}

describe('the vendor page cannot see Assay', () => {
  it('receives no message, event or DOM change when Assay reads it, and no named highlight when a quote is clicked', async () => {
    const url = s.server.route('/quiet.html', listeningPage(s.browser.extensionId));
    const tab = await s.browser.context.newPage();
    await tab.goto(url);
    const popup = await PopupPage.openFor(s.browser, url); // injects the reader
    await popup.ready();
    expect((await popup.row('soc2')).value).toBe('Type II');
    await tab.waitForTimeout(300);
    expect(await tab.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);

    // Clicking a quote highlights it; the page's highlight registry then holds one entry whose name
    // says nothing about Assay.
    await popup.clickQuote('soc2');
    await tab.waitForFunction(() => (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.size === 1, undefined, { timeout: 5000 });
    const names = await tab.evaluate(() => [...(globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.keys()]);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^h-[0-9a-f]{10}$/);
    expect(names[0]!.toLowerCase()).not.toContain('assay');
    expect(names[0]).not.toContain(s.browser.extensionId);
    // The inserted ::highlight rule is an extension stylesheet: not in the page's CSSOM.
    const sheets = await tab.evaluate(() => [...document.styleSheets].map((sh) => [...sh.cssRules].map((r) => r.cssText).join('\n')).join('\n'));
    expect(sheets).not.toMatch(/highlight|ffe066/i);
    expect(await tab.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
    await popup.close();
    await tab.close();
  });
});
