// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteAccess, siteWords, type SiteAccessDeps } from '../../../components/options/SiteAccess';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let root: Root;
afterEach(() => act(() => root.unmount()));

describe('Sites Assay may read (options page)', () => {
  it('lists the granted sites and Revoke removes exactly that one', async () => {
    let granted = ['https://*.acme.com/*', 'https://*.globex.com/*'];
    const removed: string[] = [];
    const deps: SiteAccessDeps = {
      list: async () => granted,
      async revoke(o) {
        removed.push(o);
        granted = granted.filter((g) => g !== o);
        return true;
      },
    };
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => root.render(<SiteAccess deps={deps} />));
    expect([...host.querySelectorAll('li span')].map((e) => e.textContent)).toEqual(['acme.com and its subdomains (https)', 'globex.com and its subdomains (https)']);
    await act(async () => (host.querySelector('button[aria-label="Revoke acme.com and its subdomains (https)"]') as HTMLButtonElement).click());
    expect(removed).toEqual(['https://*.acme.com/*']);
    expect(host.querySelector('[data-testid="sites-status"]')!.textContent).toBe('Revoked: Assay may no longer read acme.com and its subdomains (https).');
    expect([...host.querySelectorAll('li span')].map((e) => e.textContent)).toEqual(['globex.com and its subdomains (https)']);
  });

  it('says when there is none', async () => {
    const host = document.createElement('div');
    root = createRoot(host);
    await act(async () => root.render(<SiteAccess deps={{ list: async () => [], revoke: async () => false }} />));
    expect(host.querySelector('[data-testid="no-sites"]')!.textContent).toMatch(/^None/);
  });

  it('siteWords', () => {
    expect(siteWords('http://127.0.0.1/*')).toBe('127.0.0.1 (http)');
    expect(siteWords('<all_urls>')).toBe('<all_urls>');
  });
});
