import { describe, expect, it } from 'vitest';
import { receive, type Handlers } from '../../../browser/messaging/receive';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN}/`;
const popup = { id: OWN, url: `${ORIGIN}popup.html` };
const N = 'h-0123456789';
const handlers: Handlers = {
  'assay/highlight': ({ quote }) => ({ found: quote === 'yes' }),
  'assay/clear-highlight': () => ({ ok: true }),
};

describe('receive', () => {
  it('accepts a well-formed message from our own extension page and validates the reply', async () => {
    const v = receive({ assay: 1, type: 'assay/highlight', data: { quote: 'yes', name: N } }, popup, OWN, ORIGIN, handlers);
    expect(v.accepted).toBe(true);
    if (v.accepted) expect(await v.reply).toEqual({ found: true });
  });

  const rejected: [string, unknown, object][] = [
    ['another extension', { assay: 1, type: 'assay/highlight', data: { quote: 'x', name: N } }, { id: 'otherextensionid', url: 'chrome-extension://other/' }],
    ['a web page (no id)', { assay: 1, type: 'assay/highlight', data: { quote: 'x', name: N } }, { url: 'https://evil.example/' }],
    ['a content script in a tab', { assay: 1, type: 'assay/highlight', data: { quote: 'x', name: N } }, { id: OWN, tab: { id: 3 }, url: 'https://evil.example/' }],
    ['our id but a foreign url', { assay: 1, type: 'assay/highlight', data: { quote: 'x', name: N } }, { id: OWN, url: 'https://evil.example/' }],
    ['not an envelope', 'highlight please', popup],
    ['an envelope with extra keys', { assay: 1, type: 'assay/highlight', data: { quote: 'x', name: N }, eval: 'x' }, popup],
    ['an unknown type', { assay: 1, type: 'assay/exfiltrate', data: {} }, popup],
    ['a prototype key as type', { assay: 1, type: '__proto__', data: {} }, popup],
    ['a payload of the wrong shape', { assay: 1, type: 'assay/highlight', data: { quote: 42, name: N } }, popup],
    ['a payload with extra fields', { assay: 1, type: 'assay/highlight', data: { quote: 'x', name: N, html: '<img onerror>' } }, popup],
    ['an empty quote', { assay: 1, type: 'assay/highlight', data: { quote: '', name: N } }, popup],
    ['a highlight name that is not a random one', { assay: 1, type: 'assay/highlight', data: { quote: 'x', name: 'assay-quote' } }, popup],
    ['a huge quote', { assay: 1, type: 'assay/highlight', data: { quote: 'x'.repeat(5001), name: N } }, popup],
    ['a tab with no address', { assay: 1, type: 'assay/highlight', data: { quote: 'x', name: N } }, { id: OWN, tab: { id: 3 } }],
    ['a read request with more than the tab', { assay: 1, type: 'assay/read-tab', data: { tabId: 3, files: ['/evil.js'] } }, popup],
    ['a read request for a tab that is not a tab id', { assay: 1, type: 'assay/read-tab', data: { tabId: -1 } }, popup],
    ['a read request for a fractional tab id', { assay: 1, type: 'assay/read-tab', data: { tabId: 1.5 } }, popup],
  ];
  it.each(rejected)('rejects %s', (_name, raw, sender) => {
    expect(receive(raw, sender, OWN, ORIGIN, handlers).accepted).toBe(false);
  });

  it('accepts our own page opened in a tab (the compare page, a popup opened as a page)', async () => {
    const inTab = { id: OWN, tab: { id: 7 }, url: `${ORIGIN}popup.html?tabId=3` };
    const v = receive({ assay: 1, type: 'assay/highlight', data: { quote: 'yes', name: N } }, inTab, OWN, ORIGIN, handlers);
    expect(v.accepted).toBe(true);
  });

  it('passes a read request on and checks its reply is claims, a PDF or a reason', async () => {
    const read: Handlers = { 'assay/read-tab': ({ tabId }) => (tabId === 9 ? { error: 'Cannot access contents of the page.' } : { ok: { reading: { claims: {} }, readMs: 3 }, injectMs: 8 }) };
    const ok = receive({ assay: 1, type: 'assay/read-tab', data: { tabId: 4 } }, popup, OWN, ORIGIN, read);
    const bad = receive({ assay: 1, type: 'assay/read-tab', data: { tabId: 9 } }, popup, OWN, ORIGIN, read);
    if (!ok.accepted || !bad.accepted) throw new Error('not accepted');
    expect(await ok.reply).toEqual({ ok: { reading: { claims: {} }, readMs: 3 }, injectMs: 8 });
    expect(await bad.reply).toEqual({ error: 'Cannot access contents of the page.' });
    const wrong: Handlers = { 'assay/read-tab': () => ({ ok: { readMs: 'soon' }, injectMs: 1 }) as never };
    const w = receive({ assay: 1, type: 'assay/read-tab', data: { tabId: 4 } }, popup, OWN, ORIGIN, wrong);
    if (!w.accepted) throw new Error('not accepted');
    await expect(w.reply).rejects.toThrow();
  });

  it('rejects a reply that does not match the protocol', async () => {
    const bad: Handlers = { 'assay/highlight': () => ({ found: 'maybe' }) as unknown as { found: boolean } };
    const v = receive({ assay: 1, type: 'assay/highlight', data: { quote: 'x', name: N } }, popup, OWN, ORIGIN, bad);
    expect(v.accepted).toBe(true);
    if (v.accepted) await expect(v.reply).rejects.toThrow();
  });
});
