import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectLinks, MAX_ANCHORS, MAX_LINKS } from '../../../reader/links';
import { linkTopic } from '../../../reader/link-topics';

const doc = (body: string) => parseHTML(`<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`).document as unknown as Document;
const PAGE = 'https://www.acme.com/security';

describe('collectLinks (the page reader’s link scan)', () => {
  it('keeps http(s) links that name a topic, resolved against the page, without fragments', () => {
    const links = collectLinks(doc('<a href="/trust#top">Trust Center</a> <a href="https://acme.com/legal/dpa">DPA</a> <a href="/pricing">Pricing</a> <a href="/legal/subprocessors">Our vendors</a>'), PAGE);
    expect(links).toEqual([
      { href: 'https://www.acme.com/trust', text: 'Trust Center' },
      { href: 'https://acme.com/legal/dpa', text: 'DPA' },
      { href: 'https://www.acme.com/legal/subprocessors', text: 'Our vendors' },
    ]);
  });

  it('never keeps javascript:, data:, mailto: or fragment-only links, nor the page itself', () => {
    const links = collectLinks(doc('<a href="javascript:alert(1)">Security</a> <a href="data:text/html,x">Security</a> <a href="mailto:security@acme.com">Security</a> <a href="#soc2">Security</a> <a href="/security#iso">Security</a> <a href="JaVaScRiPt:void(0)">Trust</a>'), PAGE);
    expect(links).toEqual([]);
  });

  it('drops duplicates, reads aria-label when a link has no text, and cuts long text', () => {
    const long = 'Security '.repeat(1000);
    const links = collectLinks(doc(`<a href="/trust">Trust</a><a href="/trust">Trust again</a><a href="/privacy" aria-label="Privacy policy"><img src="x.png"></a><a href="/faq">${long}</a>`), PAGE);
    expect(links.map((l) => l.text)).toEqual(['Trust', 'Privacy policy', expect.stringMatching(/^Security/)]);
    expect(links[2]!.text.length).toBeLessThanOrEqual(120);
  });

  it('stays bounded on a hostile page: thousands of links, a huge anchor, hrefs past 2,000 characters', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `<a href="/security-${i}">Security ${i}</a>`).join('');
    const links = collectLinks(doc(many), PAGE);
    expect(links).toHaveLength(MAX_LINKS);
    const late = collectLinks(doc(`${'<a href="/x">x</a>'.repeat(MAX_ANCHORS)}<a href="/trust">Trust</a>`), PAGE);
    expect(late).toEqual([]); // past the anchors looked at
    const deep = collectLinks(doc(`<a href="/trust">${'<span></span>'.repeat(50_000)}Trust</a><a href="/${'a'.repeat(3000)}">Security</a>`), PAGE);
    expect(deep).toEqual([{ href: 'https://www.acme.com/trust', text: expect.any(String) }]);
  });
});

describe('linkTopic', () => {
  it.each([
    ['Security', '/x', 'security'],
    ['Trust Center', '/x', 'trust'],
    ['SOC 2 report', '/x', 'compliance'],
    ['Data Processing Addendum', '/x', 'dpa'],
    ['Sub-processors', '/x', 'subprocessors'],
    ['Privacy Policy', '/x', 'privacy'],
    ['Service Level Agreement', '/x', 'sla'],
    ['Status', '/x', 'status'],
    ['FAQ', '/x', 'faq'],
    ['Read more', '/legal/dpa', 'dpa'],
    ['Read more', '/subprocessors', 'subprocessors'],
  ])('%s (%s) → %s', (text, path, topic) => expect(linkTopic(text, path)).toBe(topic));
  it.each([
    ['Pricing', '/pricing'],
    ['Blog', '/blog/status-of-ai'],
    ['Careers', '/careers'],
    ['Order status', '/orders'],
  ])('%s (%s) → none', (text, path) => expect(linkTopic(text, path)).toBeNull());
});
