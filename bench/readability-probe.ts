import { Readability } from '@mozilla/readability';

/**
 * Readability alone, as a content script that read pages with it would run: parse a clone of the document
 * and hand back the article's title and text (the least such a reader must return for extraction to
 * follow). `ms` is the parse alone, the floor every page reader pays.
 */
export function timeReadability(doc: Document): { ms: number; chars: number; title: string | null; text: string } {
  const t0 = performance.now();
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  const ms = performance.now() - t0;
  const text = article?.textContent ?? '';
  return { ms, chars: text.length, title: article?.title ?? null, text };
}
