import { Readability } from '@mozilla/readability';

/** Milliseconds Readability takes on a clone of the document: the floor every page reader pays. */
export function timeReadability(doc: Document): { ms: number; chars: number } {
  const t0 = performance.now();
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  return { ms: performance.now() - t0, chars: article?.textContent?.length ?? 0 };
}
