import { describe, expect, it } from 'vitest';
import { useSession } from './session';
import { ComparePage } from './pages/compare';
import { makePdf, WHITEPAPER } from '../tools/make-pdf';

const s = useSession();

describe('“Open a file…” on the compare page', () => {
  it('reads a PDF, files it under the vendor website the reviewer gives, and lists the vendor', async () => {
    const compare = await ComparePage.open(s.browser);
    await compare.page.getByTestId('open-file').setInputFiles({ name: 'acme-whitepaper.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makePdf(WHITEPAPER, 'Acme Security Whitepaper')) });
    await compare.page.getByTestId('open-file-form').waitFor();
    expect(await compare.page.getByTestId('open-file-form').textContent()).toMatch(/acme-whitepaper\.pdf: \d+ claims read/);
    await compare.page.getByTestId('open-file-site').fill('acme-files.example');
    await compare.page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => compare.page.getByTestId('open-file-status').textContent()).toMatch(/^Saved acme-whitepaper\.pdf as a page of .* \(acme-files\.example\)\.$/);
    await expect.poll(() => compare.vendorIds()).toContain('acme-files.example');
    await compare.close();
  });

  it('reads a saved HTML page whose canonical link names the vendor', async () => {
    const compare = await ComparePage.open(s.browser);
    const html = '<!doctype html><html lang="en"><head><title>Security — Savedco</title><link rel="canonical" href="https://www.savedco.example/security"></head><body><h1>Security</h1><p>Savedco holds a SOC 2 Type II report.</p><p>All customer data is encrypted at rest with AES-256.</p><script>document.title = "ran"</script></body></html>';
    await compare.page.getByTestId('open-file').setInputFiles({ name: 'security.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await compare.page.getByTestId('open-file-form').waitFor();
    expect(await compare.page.getByTestId('open-file-site').inputValue()).toBe('www.savedco.example');
    await compare.page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => compare.vendorIds()).toContain('savedco.example');
    await compare.close();
  });

  it('says so for a file it cannot read, and saves nothing', async () => {
    const compare = await ComparePage.open(s.browser);
    const before = await compare.vendorIds();
    await compare.page.getByTestId('open-file').setInputFiles({ name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nnot a pdf body\n') });
    await expect.poll(() => compare.page.getByTestId('open-file-status').textContent()).toMatch(/^Couldn’t read broken\.pdf: .*Nothing was saved\.$/);
    expect(await compare.vendorIds()).toEqual(before);
    await compare.close();
  });
});
