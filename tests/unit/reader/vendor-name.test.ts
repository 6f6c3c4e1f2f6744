import { describe, expect, it } from 'vitest';
import { guessVendor } from '../../../reader/vendor-name';
import type { Page } from '../../../claims/types';
import { pageOf } from '../helpers/page';

const titled = (title: string | null, siteName: string | null = null, ...blocks: Parameters<typeof pageOf>): Page => ({ ...pageOf(...blocks), title, siteName });

describe('guessVendor', () => {
  it('prefers the site name', () => expect(guessVendor(titled('Trust | Whatever', 'Acme'))).toBe('Acme'));

  it('takes a title that is a name alone when the page names it again', () => {
    expect(guessVendor(titled('Ledgerleaf', null, 'Ledgerleaf shall delete all Customer Data within 30 days.'))).toBe('Ledgerleaf');
    expect(guessVendor(titled('Saffron Till', null, 'Saffron Till is SOC 2 compliant.'))).toBe('Saffron Till');
    expect(guessVendor(titled('Security', null, 'Security is our priority. Acme encrypts data. Acme is audited.'))).not.toBe('Security');
    expect(guessVendor(titled('Quillpost', null, 'We encrypt data.'))).not.toBe('Quillpost');
  });

  it('takes the part of the title that is a name, not a kind of page', () => {
    expect(guessVendor(titled('Trust Center | LedgerLoop'))).toBe('LedgerLoop');
    expect(guessVendor(titled('Security FAQ – Quillfeather'))).toBe('Quillfeather');
    expect(guessVendor(titled('Why Meadowlark | Enterprise-grade from day one'))).toBe('Meadowlark');
    expect(guessVendor(titled('Data Security Whitepaper — Corvid Analytics'))).toBe('Corvid Analytics');
    expect(guessVendor(titled('Hosting — Quill Labs'))).toBe('Quill Labs');
  });

  // Ten shapes of title; the page's address settles which segment is the vendor when it can.
  const shapes: [title: string, url: string | null, vendor: string][] = [
    ['Technical | Pupillage Online', 'https://www.pupillageonline.co.uk/technical', 'Pupillage Online'],
    ['Technical | Pupillage Online', null, 'Pupillage Online'],
    ['Pupillage Online | Technical', 'https://pupillage.example.org/faq', 'Pupillage Online'],
    ['Acme - Technical Documentation', null, 'Acme'],
    ['Acme | SOC 2 Report', null, 'Acme'],
    ['Overview · Docs · Brightwave', 'https://docs.brightwave.io/security', 'Brightwave'],
    ['Northwind — Security & Compliance', null, 'Northwind'],
    ['Careers | Blue Heron Health', 'https://blueheron.health/careers', 'Blue Heron Health'],
    ['Why Meadowlark | Enterprise-grade from day one', 'https://meadowlark.app/why', 'Meadowlark'],
    ['Trust Center – acmeHQ', 'https://trust.acmehq.com/', 'acmeHQ'],
  ];
  it.each(shapes)('“%s” at %s names %s', (title, url, vendor) => {
    expect(guessVendor({ ...titled(title), url })).toBe(vendor);
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
