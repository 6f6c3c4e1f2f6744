import { afterEach, describe, expect, it, vi } from 'vitest';
import { CouldNotReadPage, fetchVendorPage, MAX_PAGE_BYTES } from '../../../browser/related/fetch-page';

const calls: { url: string; init: RequestInit }[] = [];
function serve(body: string, init: ResponseInit & { type?: string } = {}) {
  vi.stubGlobal('fetch', async (url: string, req: RequestInit) => {
    calls.push({ url, init: req });
    const r = new Response(body, { status: init.status ?? 200, headers: init.headers ?? { 'content-type': 'text/html; charset=utf-8' } });
    if (init.type) Object.defineProperty(r, 'type', { value: init.type });
    return r;
  });
}
const read = (url = 'https://acme.com/trust') => fetchVendorPage(url, new AbortController().signal);

afterEach(() => {
  vi.unstubAllGlobals();
  calls.length = 0;
});

describe('fetchVendorPage (a related page, fetched and parsed, none of its code run)', () => {
  it('sends no cookies or referrer and follows no redirect', async () => {
    serve('<!doctype html><title>Trust | Acme</title><h1>Trust</h1><p>Acme is ISO 27001 certified.</p>');
    const r = await read();
    expect(calls[0]!.init).toMatchObject({ credentials: 'omit', redirect: 'manual', referrerPolicy: 'no-referrer' });
    expect(r.page.url).toBe('https://acme.com/trust');
    expect(r.page.blocks.map((b) => b.text)).toContain('Acme is ISO 27001 certified.');
  });

  it('a redirect is "couldn’t read", never followed', async () => {
    serve('', { status: 200, type: 'opaqueredirect' });
    await expect(read()).rejects.toThrow(/redirects elsewhere/);
  });

  it.each([
    [404, /answered 404/],
    [403, /needs a sign-in/],
    [500, /answered 500/],
  ])('HTTP %i is "couldn’t read" with the reason', async (status, why) => {
    serve('<h1>Oops</h1>', { status });
    await expect(read()).rejects.toThrow(why);
  });

  it('a PDF or a non-page type is "couldn’t read"', async () => {
    serve('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } });
    await expect(read()).rejects.toThrow(/This is a PDF/);
    serve('{}', { headers: { 'content-type': 'application/json' } });
    await expect(read()).rejects.toThrow(/not a web page \(application\/json\)/);
  });

  it('a page drawn by scripts says so (its scripts never run)', async () => {
    serve('<!doctype html><title>Trust</title><div id="root"></div><script>document.body.innerHTML = "<p>We are SOC 2 Type II certified.</p>"</script>');
    await expect(read()).rejects.toThrow(/draws its text with scripts/);
  });

  it('a login wall is "couldn’t read"', async () => {
    serve('<!doctype html><title>Sign in</title><form><input type="password"></form>');
    await expect(read()).rejects.toBeInstanceOf(CouldNotReadPage);
  });

  it(`reads at most ${MAX_PAGE_BYTES / 1024 / 1024} MB and marks the page partial`, async () => {
    const para = '<p>Acme encrypts customer data at rest with AES-256.</p>';
    serve(`<!doctype html><title>Security</title>${para.repeat(Math.ceil((MAX_PAGE_BYTES * 1.5) / para.length))}`);
    const r = await read();
    expect(r.page.partial).toBe(true);
  });
});
