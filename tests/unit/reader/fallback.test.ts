import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../../reader/dom-body';
import { readDocument, readabilityArticle } from '../../../reader/dom';

const doc = (head: string, body: string) => parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const CLAIMS = '<p>We are SOC 2 Type II certified. Customer data is stored in the EU and encrypted at rest with AES-256, and we notify customers within 72 hours of a breach.</p><p>Another paragraph with plenty of words, commas, and more commas, so that Readability keeps it as part of the article.</p>';

// The tab reads with the walk alone (readBody without Readability) and asks for Readability only when the
// walk found no text or no title; readDocument (CLI, files) always has it.
describe('Readability as the fallback', () => {
  it('is not wanted when the walk finds text and the page has a title', () => {
    const r = readBody(doc('<title>Security | Acme</title>', `<main>${CLAIMS}</main>`));
    expect(r.wantsReadability).toBe(false);
    expect(r.page.blocks.length).toBe(2);
  });

  it('is wanted when the walk finds no text (everything sits in navigation), and then reads the article', () => {
    const d = () => doc('<title>Security | Acme</title>', `<nav><div>${CLAIMS}</div></nav>`);
    const walk = readBody(d());
    expect(walk).toMatchObject({ wantsReadability: true, page: { blocks: [] } });
    const full = readDocument(d());
    expect(full.blocks.map((b) => b.text)).toEqual([expect.stringContaining('SOC 2 Type II'), expect.stringContaining('Another paragraph')]);
  });

  it('is wanted when the page has no title, and names the page from its metadata', () => {
    const d = () => doc('<meta property="og:title" content="Quillon Security">', `<main><h1>Trust centre</h1>${CLAIMS}</main>`);
    expect(readBody(d())).toMatchObject({ wantsReadability: true, page: { title: 'Trust centre' } });
    expect(readDocument(d()).title).toBe('Quillon Security');
  });

  it('is not wanted once it ran, nor past the depth limit it cannot be interrupted beyond', () => {
    expect(readBody(doc('', `<nav>${CLAIMS}</nav>`), {}, readabilityArticle).wantsReadability).toBe(false);
    const deep = `${'<div>'.repeat(200)}<p>We are SOC 2 Type II certified.</p>${'</div>'.repeat(200)}`;
    expect(readBody(doc('', deep)).wantsReadability).toBe(false);
  });

  it('leaves the walk standing when Readability gives up', () => {
    const page = readBody(doc('<meta property="og:site_name" content="Acme">', `<main>${CLAIMS}</main>`), {}, () => null).page;
    expect(page.blocks.length).toBe(2);
    expect(page.siteName).toBe('Acme');
  });
});
