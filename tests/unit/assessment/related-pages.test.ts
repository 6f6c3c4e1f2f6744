import { describe, expect, it } from 'vitest';
import { MAX_RELATED, onVendorSite, relatedPages, siteOrigins } from '../../../assessment/related-pages';

const link = (href: string, text: string) => ({ href, text });

describe('relatedPages', () => {
  it('keeps only the vendor’s registrable domain, in topic order, without the page itself or pages read', () => {
    const pages = relatedPages(
      'https://www.acme.co.uk/security?utm_source=mail',
      [
        link('https://www.acme.co.uk/faq', 'FAQ'),
        link('https://trust.acme.co.uk/', 'Trust Center'),
        link('https://acme.co.uk/legal/dpa?utm_campaign=x', 'DPA'),
        link('https://acme.co.uk/legal/dpa', 'Data Processing Agreement'),
        link('https://www.acme.co.uk/security', 'Security'),
        link('https://www.acme.co.uk/privacy', 'Privacy'),
        link('https://evil.co.uk/security', 'Security'),
        link('https://acme.co.uk.evil.com/trust', 'Trust'),
        link('https://co.uk/trust', 'Trust'),
      ],
      ['https://www.acme.co.uk/privacy#x'],
    );
    expect(pages).toEqual([
      { url: 'https://trust.acme.co.uk/', text: 'Trust Center', topic: 'trust' },
      { url: 'https://acme.co.uk/legal/dpa', text: 'DPA', topic: 'dpa' },
      { url: 'https://www.acme.co.uk/faq', text: 'FAQ', topic: 'faq' },
    ]);
  });

  it('treats private suffixes as separate vendors (acme.github.io is not other.github.io)', () => {
    expect(relatedPages('https://acme.github.io/security', [link('https://other.github.io/trust', 'Trust'), link('https://acme.github.io/trust', 'Trust')])).toEqual([{ url: 'https://acme.github.io/trust', text: 'Trust', topic: 'trust' }]);
  });

  it(`lists at most ${MAX_RELATED} pages`, () => {
    const many = Array.from({ length: 50 }, (_, i) => link(`https://acme.com/security/${i}`, 'Security'));
    expect(relatedPages('https://acme.com/', many)).toHaveLength(MAX_RELATED);
  });

  it('gives nothing for a page without a host', () => {
    expect(relatedPages('file:///tmp/x.html', [link('https://acme.com/trust', 'Trust')])).toEqual([]);
  });
});

describe('siteOrigins (what "Read these pages" asks for)', () => {
  it('asks for the registrable domain and its subdomains, per scheme used', () => {
    expect(siteOrigins('acme.co.uk', ['https://trust.acme.co.uk/', 'https://acme.co.uk/dpa', 'http://status.acme.co.uk/'])).toEqual(['http://*.acme.co.uk/*', 'https://*.acme.co.uk/*']);
  });
  it('asks for the bare host of an IP address or localhost, and nothing for another site', () => {
    expect(siteOrigins('127.0.0.1', ['http://127.0.0.1:8080/trust'])).toEqual(['http://127.0.0.1/*']);
    expect(siteOrigins('acme.com', ['https://evil.com/trust'])).toEqual([]);
  });
  it('onVendorSite: http(s) on the domain only', () => {
    expect(onVendorSite('https://docs.acme.com/x', 'acme.com')).toBe(true);
    expect(onVendorSite('https://acme.com.evil.net/x', 'acme.com')).toBe(false);
    expect(onVendorSite('ftp://acme.com/x', 'acme.com')).toBe(false);
  });
});
