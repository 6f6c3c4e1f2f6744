import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { linesOf, readPdf, type PdfJs } from '../../../reader/pdf';
import { extractPage } from '../../../claims/pipeline';
import { makePdf, WHITEPAPER } from '../../tools/make-pdf';


describe('reading a PDF with pdf.js', () => {
  it('reads every page, each block with its page number, and quotes cite the page', async () => {
    const page = await readPdf(makePdf(WHITEPAPER, 'Acme Security Whitepaper'), pdfjs as unknown as PdfJs);
    expect(page.title).toBe('Acme Security Whitepaper');
    const soc2 = page.blocks.find((b) => b.text.includes('SOC 2'));
    expect(soc2).toEqual(expect.objectContaining({ page: 2, text: 'Acme has completed a SOC 2 Type II audit covering security and availability.' }));
    // A sentence wrapped over two lines is one block, so its quote is whole.
    expect(page.blocks.map((b) => b.text)).toContain('All customer data is encrypted at rest using AES-256 and in transit with TLS 1.2 or higher.');
    const x = extractPage(page);
    expect(x.summary.soc2.value).toBe('type2');
    expect(x.summary.breachNoticeHours.value).toBe(72);
    expect(x.claims.soc2!.evidence[0]!.page).toBe(2);
    expect(x.claims.breachNoticeHours!.evidence[0]!.page).toBe(3);
    expect(x.claims.encryptionAtRest!.evidence[0]!.page).toBe(2);
  });

  it('refuses what is not a PDF', async () => {
    await expect(readPdf(new TextEncoder().encode('%PDF-1.4\nnot really'), pdfjs as unknown as PdfJs)).rejects.toThrow();
  });

  it('lays items out as lines: new baseline, end-of-line marks, paragraph gaps', () => {
    const item = (str: string, y: number, hasEOL = false) => ({ str, hasEOL, transform: [12, 0, 0, 12, 72, y], height: 12 });
    expect(linesOf([item('Title', 700, true), item('A long sentence that keeps going across the', 660), item('next line of the page.', 646, true)])).toEqual(['Title', '', 'A long sentence that keeps going across the next line of the page.']);
  });
});
