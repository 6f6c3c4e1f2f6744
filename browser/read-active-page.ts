import { readDocument } from '../reader/dom';
import type { Page } from '../claims/types';
import { READ_BUDGET_MS } from './budget';

export { READ_BUDGET_MS };

/** What the content script hands back: the page as blocks, and how long reading took. */
export interface PageReading {
  page: Page;
  readMs: number;
}

/**
 * Reads the live document into blocks (Readability works on a clone) and returns them. Extraction runs
 * in the extension's own page, not here: the vendor's tab pays only for reading. Never throws: a failure
 * comes back as `{ error }` for the popup to show, since an exception would reach it as an opaque
 * injection error.
 */
export function readActivePage(doc: Document): PageReading | { error: string } {
  try {
    const t0 = performance.now();
    const page = readDocument(doc, { budgetMs: READ_BUDGET_MS, url: doc.location?.href ?? null });
    return { page, readMs: Math.round((performance.now() - t0) * 100) / 100 };
  } catch (e) {
    return { error: `Assay could not read this page: ${e instanceof Error ? e.message : String(e)}` };
  }
}
