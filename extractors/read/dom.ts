import { Readability } from '@mozilla/readability';
import type { Page } from '../types';
import { BlockBuilder, collapse } from './builder';
import { walkDom } from './dom-walk';
import { detectLang } from './lang';

export interface ReadDocumentOptions {
  /** Stop reading after this many milliseconds and mark the page partial. Default 5000. */
  budgetMs?: number;
  /** Stop after this many characters of block text and mark the page partial. Default 2,000,000. */
  maxChars?: number;
  /** The page's address; defaults to the document's own location when it has one. */
  url?: string | null;
}

const meta = (doc: Document, selector: string) => collapse(doc.querySelector(selector)?.getAttribute('content') ?? '') || null;

/**
 * Reads a Document into a Page. Readability on a clone (never the live page) finds the article; the body
 * is also walked, skipping navigation, footers, asides and cookie banners. Readability's article wins only
 * when it keeps nearly all of that text: on trust pages it tends to drop exactly what matters (badge
 * lists, short FAQ answers, the h1). Works on linkedom documents and real browser DOM.
 */
export function readDocument(doc: Document, opts: ReadDocumentOptions = {}): Page {
  const start = performance.now();
  const deadline = start + (opts.budgetMs ?? 5000);
  const maxChars = opts.maxChars ?? 2_000_000;
  const body = doc.body ?? doc.documentElement;
  const bodyText = body?.textContent?.length ?? 0;

  let article: Element | null = null;
  let articleTitle: string | null = null;
  let articleSite: string | null = null;
  // Readability cannot be interrupted: on a page already over the size budget we walk the body directly.
  if (body && bodyText <= maxChars) {
    try {
      const parsed = new Readability<Node>(doc.cloneNode(true) as Document, { keepClasses: true, serializer: (n) => n }).parse();
      article = (parsed?.content as Element | null | undefined) ?? null;
      articleTitle = collapse(parsed?.title ?? '') || null;
      articleSite = collapse(parsed?.siteName ?? '') || null;
    } catch {
      article = null; // Readability gave up on this markup; the body walk still reads it.
    }
  }

  let b = new BlockBuilder();
  let partial = body ? walkDom(body, b, { deadline, maxChars, skipChrome: true }) || bodyText > maxChars : false;
  if (article && !partial) {
    const a = new BlockBuilder();
    const aPartial = walkDom(article, a, { deadline, maxChars, skipChrome: false });
    if (a.chars >= 0.97 * b.chars) [b, partial] = [a, aPartial];
  }

  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0] || null;
  const title = collapse(doc.title ?? '') || articleTitle;
  const siteName = meta(doc, 'meta[property="og:site_name"]') ?? meta(doc, 'meta[name="application-name"]') ?? articleSite;
  const href = opts.url ?? doc.location?.href ?? null;
  return {
    title,
    siteName,
    url: href && href !== 'about:blank' ? href : null,
    lang: htmlLang ?? detectLang(b.blocks.slice(0, 200).map((x) => x.text).join(' ')),
    blocks: b.blocks,
    partial,
  };
}
