/**
 * The cells of a table row as they stand in the row's text, and a page with some rows reshaped: what the comparison and
 * questionnaire readers (./own-columns.ts, ./questionnaire-rows.ts) share. A reshaped row keeps a stretch of the row's
 * own text, so its quotes are still found on the page.
 */
import type { Block, Page } from '../claims/types';

/**
 * Where each of the first `count` cells starts and ends in the row's text, walking the cells in order (null for an empty
 * cell); null when one of them is not found.
 */
export function cellSpans(block: Block, count = Infinity): ({ start: number; end: number } | null)[] | null {
  const spans: ({ start: number; end: number } | null)[] = [];
  let at = 0;
  for (const c of (block.cells ?? []).slice(0, count)) {
    if (!c) {
      spans.push(null);
      continue;
    }
    const start = block.text.indexOf(c, at);
    if (start < 0) return null;
    at = start + c.length;
    spans.push({ start, end: at });
  }
  return spans;
}

/** The page with each table row `reshape` returns a new block for replaced (the same page when none is). */
export function reshapeRows(page: Page, reshape: (row: Block) => Block | null): Page {
  let changed = false;
  const blocks = page.blocks.map((b) => {
    const next = b.kind === 'table-row' && b.cells && b.cells.length === (b.header ?? []).length ? reshape(b) : null;
    if (!next) return b;
    changed = true;
    return next;
  });
  return changed ? { ...page, blocks } : page;
}
