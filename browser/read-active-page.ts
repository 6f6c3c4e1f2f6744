import { extractPage } from '../claims/pipeline';
import { readDocument } from '../reader/dom';
import type { Extraction } from '../claims/types';

/** How long the reader may hold the page's main thread before it stops and marks the result partial. */
export const READ_BUDGET_MS = 2000;

/**
 * Reads the live document (Readability works on a clone) and extracts its claims. Never throws: a
 * failure comes back as `{ error }` for the popup to show, since an exception would reach it as an opaque
 * injection error.
 */
export function readActivePage(doc: Document): Extraction | { error: string } {
  try {
    const t0 = performance.now();
    const page = readDocument(doc, { budgetMs: READ_BUDGET_MS, url: doc.location?.href ?? null });
    const result = extractPage(page, undefined, performance.now() - t0);
    let chars = 0;
    for (const b of page.blocks) chars += b.text.length;
    const { errors: _errors, ...extraction } = result;
    return { ...extraction, stats: { blocks: page.blocks.length, chars } };
  } catch (e) {
    return { error: `Assay could not read this page: ${e instanceof Error ? e.message : String(e)}` };
  }
}
