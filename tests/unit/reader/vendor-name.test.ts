import { describe, expect, it } from 'vitest';
import { guessVendor } from '../../../reader/vendor-name';
import type { Page } from '../../../claims/types';
import { pageOf } from '../helpers/page';

const titled = (title: string | null, siteName: string | null = null, ...blocks: Parameters<typeof pageOf>): Page => ({ ...pageOf(...blocks), title, siteName });

describe('guessVendor', () => {
  it('prefers the site name', () => expect(guessVendor(titled('Trust | Whatever', 'Acme'))).toBe('Acme'));

  it('takes the part of the title that is a name, not a kind of page', () => {
    expect(guessVendor(titled('Trust Center | LedgerLoop'))).toBe('LedgerLoop');
    expect(guessVendor(titled('Security FAQ – Quillfeather'))).toBe('Quillfeather');
    expect(guessVendor(titled('Why Meadowlark | Enterprise-grade from day one'))).toBe('Meadowlark');
    expect(guessVendor(titled('Data Security Whitepaper — Corvid Analytics'))).toBe('Corvid Analytics');
    expect(guessVendor(titled('Hosting — Quill Labs'))).toBe('Quill Labs');
  });

  it('reads the opening heading when the page names the vendor again', () => {
    expect(guessVendor(titled(null, null, { kind: 'heading', text: 'Emberline Privacy Policy' }, 'Emberline stores data in the UK.'))).toBe('Emberline');
    expect(guessVendor(titled(null, null, { kind: 'heading', text: 'hall-monitor' }, 'Security'))).toBe('hall-monitor');
  });

  it('reads a title-like opening heading even when the name is not repeated, before any host the page names', () => {
    expect(guessVendor(titled(null, null, { kind: 'heading', text: 'Security at Brightwave' }, 'Our hosting provider, Hetzner, runs our servers. Hetzner is in Germany.'))).toBe('Brightwave');
    expect(guessVendor(titled(null, null, { kind: 'heading', text: 'Acme Cloud Trust Center' }, 'We use Google Cloud.'))).toBe('Acme Cloud');
    expect(guessVendor(titled(null, null, { kind: 'heading', text: 'Keeping your data safe' }, 'We encrypt data.'))).toBeNull();
  });

  it('gives null when nothing names the vendor', () => {
    expect(guessVendor(titled(null, null, { kind: 'heading', text: 'Security FAQ' }, 'Data is stored in the EU.'))).toBeNull();
  });
});
