import { describe, expect, it } from 'vitest';
import { checkTab } from '../../../browser/tab-support';

describe('checkTab', () => {
  const cases: [string | undefined, string | undefined, boolean, string | null][] = [
    ['https://acme.example/security', 'complete', false, null],
    ['http://127.0.0.1:8080/trust', 'complete', false, null],
    ['file:///home/me/page.html', 'complete', true, null],
    ['file:///home/me/page.html', 'complete', false, 'file-access'],
    ['chrome://extensions/', 'complete', false, 'browser-page'],
    ['about:blank', 'complete', false, 'browser-page'],
    ['chrome-extension://abc/popup.html', 'complete', false, 'browser-page'],
    ['view-source:https://acme.example/', 'complete', false, 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'complete', false, 'web-store'],
    ['https://chrome.google.com/webstore/detail/x', 'complete', false, 'web-store'],
    // A PDF tab is read: the tab fetches the PDF and the popup reads it with pdf.js.
    ['https://acme.example/soc2-bridge-letter.pdf', 'complete', false, null],
    ['ftp://acme.example/', 'complete', false, 'not-web'],
    ['https://acme.example/security', 'loading', false, 'loading'],
    [undefined, undefined, false, 'no-tab'],
    ['', 'complete', false, 'browser-page'],
    ['not a url', 'complete', false, 'not-web'],
  ];
  it.each(cases)('%s (%s, file access %s) → %s', (url, status, fileAccess, want) => {
    const got = checkTab(url === undefined ? undefined : { url: url || undefined, status }, fileAccess);
    expect(got?.reason ?? null).toBe(want);
    if (got) expect(got.message.length).toBeGreaterThan(20);
  });
});
