import { Readability } from '@mozilla/readability';
import type { Page } from '../claims/types';
import { collapse } from './builder';
import { readBody, type Article, type ReadDocumentOptions } from './dom-body';

export type { ReadDocumentOptions };

/** Readability's article of a document, read on a clone (never the live page); null when it gives up. */
export function readabilityArticle(doc: Document): Article | null {
  try {
    const parsed = new Readability<Node>(doc.cloneNode(true) as Document, { keepClasses: true, serializer: (n) => n }).parse();
    if (!parsed) return null;
    return { content: (parsed.content as Element | null | undefined) ?? null, title: collapse(parsed.title ?? '') || null, siteName: collapse(parsed.siteName ?? '') || null };
  } catch {
    return null; // Readability gave up on this markup; the body walk stands.
  }
}

/**
 * Reads a Document into a Page: the body walk (./dom-body.ts), with Readability as the fallback for a page
 * the walk cannot read or name. On trust pages Readability drops exactly what matters (badge lists,
 * one-line FAQ answers, the h1), turns label/value divs into paragraphs and keeps cookie banners, so it is
 * never the default pass. The vendor's tab runs the walk alone and is sent Readability only when a page
 * asks for it (browser/read-active-page.ts).
 */
export function readDocument(doc: Document, opts: ReadDocumentOptions = {}): Page {
  return readBody(doc, opts, readabilityArticle).page;
}
