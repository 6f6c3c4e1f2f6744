/**
 * A comparison table sets the vendor beside others: "Area | Billquarry | Typical competitors*", "| Klipwerk |
 * Streamhaven | Vidbarn". Only the vendor's own columns are its claims, so before the extractors run each such row is cut
 * after the vendor's column (the row labels and the vendor's cells come first in every such table we read). The cut
 * row's text is the start of the row's text, so its quotes are still found on the page.
 */
import type { Block, Page } from '../claims/types';
import { cellSpans, reshapeRows } from './row-cells';

// A column about others: "Typical competitors", "Other tools", "Industry standard", "vs. the rest"; or about the vendor's
// product that is no longer current: "Legacy Meridian Forms", "Old platform (retired)".
const OTHERS_COLUMN = /\b(?:competitors?|competition|others|other\s+(?:tools|vendors|providers|products|platforms|apps|solutions)|typical|industry\s+(?:standard|average)|legacy\s+(?:tools|vendors)|alternatives?|the\s+rest)\b|^\s*(?:vs\.?|versus)\b|^\s*(?:the\s+)?(?:legacy|old|older|former|previous|retired|deprecated|discontinued|sunset(?:ted)?|end-of-life)\b|\((?:legacy|retired|deprecated|discontinued|end[- ]of[- ]life)\)/i;

// Another product: a brand ("Streamhaven", "PayWell Cloud", "Competitor A*") or a kind of product ("Typeform-style builders",
// "Legacy desktop payroll", "Spreadsheets").
const BRAND = /^[A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,2}\*?$/;
const PRODUCT_KIND = /-style\b|\b(?:tools?|apps?|vendors?|builders?|platforms?|software|solutions?|products?|suites?|services|spreadsheets?|incumbents?|legacy|desktop|on-?prem\w*|forms|systems?|providers?)\b/i;
// A column that says more about the row's own claim, not about another product.
export const ABOUT_THE_ROW = /\b(?:notes?|details?|comments?|status|evidence|scope|description|remarks?|since|dates?|links?|sources?|owners?|frequency|cadence|how|why|what|where|when|plans?|tiers?|editions?|availability|included|limits?|regions?|locations?|purpose|value|answer|response|expected|completion|auditor|valid|until|next|audit|issued|expir\w*|target|timeline|certificate|report)\b/i;

/** The index of the first column about others (at least 2: after the labels and the vendor's own), or -1. */
function othersFrom(header: readonly string[], vendor: ReadonlySet<string>): number {
  const own = (h: string) => h.split(/\s+/).some((w) => vendor.has(w));
  const byWord = header.findIndex((h, i) => i >= 1 && OTHERS_COLUMN.test(h));
  // The vendor named right after the labels, and only others after it: names ("Streamhaven", "PayWell Cloud") or kinds
  // of product ("Typeform-style builders", "Legacy desktop payroll") — not a column about the vendor's own row ("Notes").
  if (header.length >= 3 && own(header[1]!) && header.slice(2).every((h) => h.trim() !== '' && !own(h) && !ABOUT_THE_ROW.test(h) && (BRAND.test(h.trim()) || PRODUCT_KIND.test(h)))) return 2;
  return byWord >= 2 ? byWord : -1;
}

/** The row cut before column `at`: its text up to the end of the last cell kept. */
function cut(block: Block, at: number): Block | null {
  const spans = cellSpans(block, at);
  if (!spans) return null;
  const end = Math.max(0, ...spans.map((s) => s?.end ?? 0));
  return { ...block, text: block.text.slice(0, end), cells: block.cells!.slice(0, at), header: block.header!.slice(0, at) };
}

export function withOwnColumns(page: Page, vendor: ReadonlySet<string>): Page {
  return reshapeRows(page, (row) => {
    const at = othersFrom(row.header!, vendor);
    return at >= 2 ? cut(row, at) : null;
  });
}
