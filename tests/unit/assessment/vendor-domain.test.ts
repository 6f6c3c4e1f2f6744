import { describe, expect, it } from 'vitest';
import { normalizePageUrl, vendorFromUrl } from '../../../assessment/vendor-domain';

describe('vendorFromUrl', () => {
  const cases: [url: string, id: string | null, name?: string][] = [
    ['https://security.acme.co.uk/trust', 'acme.co.uk', 'Acme'],
    ['https://www.acme.co.uk/', 'acme.co.uk', 'Acme'],
    ['https://acme.com/security#soc2', 'acme.com', 'Acme'],
    ['https://trust.Acme.COM./x', 'acme.com', 'Acme'],
    ['https://docs.example-corp.io/security', 'example-corp.io', 'Example Corp'],
    ['https://a.b.c.acme.com.au/', 'acme.com.au', 'Acme'],
    ['https://acme.github.io/security', 'acme.github.io', 'Acme'],
    ['https://other.github.io/security', 'other.github.io', 'Other'],
    ['http://localhost:3000/security', 'localhost', 'localhost'],
    ['http://127.0.0.1:8080/fixture/acme.html', '127.0.0.1', '127.0.0.1'],
    ['https://192.168.1.20/', '192.168.1.20', '192.168.1.20'],
    ['http://[::1]:5173/', '::1', '::1'],
    ['file:///home/me/acme.html', null],
    ['data:text/html,<p>hi</p>', null],
    ['about:blank', null],
    ['chrome://extensions', null],
    ['not a url', null],
  ];
  it.each(cases)('%s → %s', (url, id, name) => {
    const v = vendorFromUrl(url);
    expect(v?.id ?? null).toBe(id);
    if (name) expect(v?.name).toBe(name);
  });

  it('pages of one registrable domain are one vendor', () => {
    const ids = ['https://acme.com/security', 'https://trust.acme.com/', 'https://www.acme.com/legal/dpa'].map((u) => vendorFromUrl(u)?.id);
    expect(new Set(ids)).toEqual(new Set(['acme.com']));
  });

  it('takes the display name from the site name, then the title, then the domain', () => {
    expect(vendorFromUrl('https://trust.acme.com/', { siteName: 'ACME Inc.' })?.name).toBe('ACME Inc.');
    expect(vendorFromUrl('https://trust.gitlab.com/', { title: 'Security | GitLab' })?.name).toBe('GitLab');
    expect(vendorFromUrl('https://trust.acme.com/', { title: 'AcMe Trust Center – Data protection' })?.name).toBe('AcMe');
    expect(vendorFromUrl('https://trust.acme.com/', { title: 'Security overview' })?.name).toBe('Acme');
  });
});

describe('normalizePageUrl', () => {
  it('drops the fragment only', () => {
    expect(normalizePageUrl('https://acme.com/security?a=1#soc2')).toBe('https://acme.com/security?a=1');
  });
});
