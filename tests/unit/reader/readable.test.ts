import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../reader/dom';
import { couldNotRead, type PageSignals } from '../../../reader/readable';

const page = (html: string) => readDocument(parseHTML(html).document as unknown as Document);
const ok: PageSignals = { httpStatus: 200, passwordField: false, images: 0, pdf: false };
const TRUST = '<!doctype html><html lang="en"><head><title>Trust — Acme</title></head><body><h1>Security</h1><p>Acme is SOC 2 Type II audited every year by an independent firm.</p><p>All customer data is encrypted at rest with AES-256 and stored in the EU.</p></body></html>';

describe('couldNotRead: pages that are not the vendor’s content', () => {
  it('reads an ordinary page', () => expect(couldNotRead(page(TRUST), ok)).toBeNull());

  it('an empty page, and one with only images', () => {
    const empty = page('<!doctype html><html><head><title>Acme</title></head><body><div id="app"></div></body>');
    expect(couldNotRead(empty, ok)?.reason).toBe('empty');
    expect(couldNotRead(empty, { ...ok, images: 4 })?.reason).toBe('images-only');
  });

  it('an error page, by status or by its title', () => {
    expect(couldNotRead(page(TRUST), { ...ok, httpStatus: 404 })).toEqual({ reason: 'error-page', message: expect.stringMatching(/404 \(not found\)/) });
    const notFound = page('<!doctype html><html><head><title>Page not found | Acme</title></head><body><h1>Oops!</h1><p>We couldn’t find that page. Try our home page or search.</p></body>');
    expect(couldNotRead(notFound, null)?.reason).toBe('error-page');
  });

  it('a login wall', () => {
    const login = page('<!doctype html><html><head><title>Acme</title></head><body><h1>Sign in to Acme</h1><form><label>Email <input></label><label>Password <input type="password"></label><button>Continue</button></form></body>');
    expect(couldNotRead(login, { ...ok, passwordField: true })?.reason).toBe('login-wall');
    expect(couldNotRead(login, null)?.reason).toBe('login-wall');
  });

  it('a PDF it could not open', () => {
    expect(couldNotRead(page('<!doctype html><body><embed type="application/pdf"></body>'), { ...ok, pdf: true })?.reason).toBe('pdf');
  });

  it('a page whose content is a frame of another site names that site', () => {
    const r = couldNotRead(page('<!doctype html><html><head><title>Trust</title></head><body><h1>Trust</h1></body></html>'), ok, ['https://trust.example.com/portal']);
    expect(r?.reason).toBe('frame');
    expect(r?.message).toMatch(/embeds content from trust\.example\.com that Assay can’t read; open it directly/);
  });

  it('a long page that merely mentions “not found” or has a login form in its header is read', () => {
    const long = TRUST.replace('</body>', `<p>${'Customer data is retained for 30 days after termination. '.repeat(80)}</p><p>Report anything not found here to security@acme.example.</p></body>`);
    expect(couldNotRead(page(long), { ...ok, passwordField: true })).toBeNull();
  });
});
