import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../reader/dom';
import { keepLikelyClaims, mayHoldClaim } from '../../../reader/claim-keywords';
import { extractPage } from '../../../claims/pipeline';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const FILLER = '<p>Our team loves building delightful product experiences for customers all around the world, every single day.</p>';
const CLAIMS = '<h2>Compliance</h2><p>Bigco holds a SOC 2 Type II report.</p><p>We notify customers of a data breach within 72 hours.</p><h3>Is the audit repeated?</h3><p>Yes, every year.</p>';

describe('a large page: the blocks likely to hold claims are kept first', () => {
  it('keeps claims at the very end of a page over the character budget, and is not partial when only filler went', () => {
    const page = readDocument(doc(`<html><head><title>Bigco</title></head><body><main><h1>About</h1>${FILLER.repeat(150)}${CLAIMS}</main></body></html>`), { maxChars: 5000 });
    expect(page.partial).toBe(false);
    const text = page.blocks.map((b) => b.text);
    expect(text).toContain('Bigco holds a SOC 2 Type II report.');
    expect(page.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(5000);
    expect(page.blocks.every((b, i) => b.index === i)).toBe(true);
    const answer = page.blocks.find((b) => b.text === 'Yes, every year.');
    expect(answer?.question).toBe('Is the audit repeated?');
    const x = extractPage(page);
    expect(x.summary.soc2.value).toBe('type2');
    expect(x.summary.breachNoticeHours.value).toBe(72);
  });

  it('says partial when blocks that may hold claims had to go', () => {
    const claim = '<p>Customer data is encrypted at rest with AES-256 and kept in the European Union.</p>';
    expect(readDocument(doc(`<html><body><main>${claim.repeat(400)}</main></body></html>`), { maxChars: 5000 }).partial).toBe(true);
  });

  it('an ordinary page is untouched', () => {
    const html = `<html><head><title>Bigco</title></head><body><main><h1>About</h1>${FILLER.repeat(5)}${CLAIMS}</main></body></html>`;
    expect(readDocument(doc(html)).blocks.length).toBe(1 + 5 + 5);
  });

  it('the keyword scan sees the question and headings a block carries', () => {
    const base = { index: 0, kind: 'paragraph' as const, headings: [] };
    expect(mayHoldClaim({ ...base, text: 'Yes.', question: 'Are you SOC 2 certified?' })).toBe(true);
    expect(mayHoldClaim({ ...base, text: 'Frankfurt, Germany', headings: ['Data residency'] })).toBe(true);
    expect(mayHoldClaim({ ...base, text: 'We love our customers.' })).toBe(false);
    const kept = keepLikelyClaims([{ ...base, text: 'x'.repeat(50) }, { ...base, index: 1, text: 'Encrypted with AES-256.' }], 30);
    expect(kept).toEqual({ blocks: [{ ...base, index: 0, text: 'Encrypted with AES-256.' }], skippedClaimText: false });
  });
});
