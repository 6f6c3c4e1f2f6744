import { describe, expect, it } from 'vitest';
import { isTrackingParam, normalizePageUrl } from '../../../assessment/page-url';

describe('one page, one URL', () => {
  it.each([
    ['https://acme.com/security?utm_source=x', 'https://acme.com/security'],
    ['https://acme.com/security?ref=3', 'https://acme.com/security'],
    ['https://acme.com/security?utm_source=news&utm_medium=email&utm_campaign=q3#soc2', 'https://acme.com/security'],
    ['https://acme.com/security?gclid=abc&fbclid=def&mc_cid=1&mc_eid=2&msclkid=9', 'https://acme.com/security'],
    ['https://acme.com/security#faq', 'https://acme.com/security'],
  ])('%s is %s', (variant, page) => expect(normalizePageUrl(variant)).toBe(page));

  it('keeps parameters that select content, in their order', () => {
    expect(normalizePageUrl('https://acme.com/help?lang=de&utm_source=x&article=42')).toBe('https://acme.com/help?lang=de&article=42');
    expect(normalizePageUrl('https://acme.com/docs?page=2&tab=security')).toBe('https://acme.com/docs?page=2&tab=security');
    expect(normalizePageUrl('https://acme.com/security?a=1#soc2')).toBe('https://acme.com/security?a=1');
  });

  it('leaves an unparseable address as given', () => expect(normalizePageUrl('not a url')).toBe('not a url'));

  it('knows tracking parameters from content ones', () => {
    for (const p of ['utm_term', 'UTM_Content', 'ref', 'gclid', 'fbclid', 'mc_eid', '_ga', 'hsa_cam']) expect(isTrackingParam(p), p).toBe(true);
    for (const p of ['lang', 'id', 'page', 'q', 'section', 'tab', 'version', 'region']) expect(isTrackingParam(p), p).toBe(false);
  });
});
