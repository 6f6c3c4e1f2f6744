/**
 * Finds a verbatim quote again in the live page and returns a DOM Range over it.
 *
 * Quotes come from block text built out of several elements (a table row, a label and its value, a
 * flattened paragraph), so whitespace and separators in the quote need not match the DOM's. Matching
 * therefore runs over letters and digits only, lower-cased, with a map back to (text node, offset).
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);
const WORD = /[\p{L}\p{N}]/u;

interface Mapped {
  chars: string;
  nodes: Text[];
  offsets: number[];
}

function normalise(s: string): string {
  let out = '';
  for (const ch of s) if (WORD.test(ch)) out += ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  return out;
}

function mapDocument(doc: Document, maxChars: number): Mapped {
  const m: Mapped = { chars: '', nodes: [], offsets: [] };
  const parts: string[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let n = walker.nextNode(); n && total < maxChars; n = walker.nextNode()) {
    const text = n as Text;
    let skip = false;
    for (let p = text.parentElement; p; p = p.parentElement) {
      if (SKIP.has(p.tagName.toUpperCase())) { skip = true; break; }
    }
    if (skip) continue;
    const data = text.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (!WORD.test(ch)) continue;
      const low = ch.toLowerCase();
      parts.push(low.length === 1 ? low : ch);
      m.nodes.push(text);
      m.offsets.push(i);
      total++;
    }
  }
  m.chars = parts.join('');
  return m;
}

/** A Range over the first occurrence of `quote` in the page's visible text, or null. */
export function findQuote(doc: Document, quote: string, maxChars = 20_000_000): Range | null {
  const needle = normalise(quote);
  if (needle.length === 0) return null;
  const m = mapDocument(doc, maxChars);
  const at = m.chars.indexOf(needle);
  if (at < 0) return null;
  const last = at + needle.length - 1;
  const range = doc.createRange();
  range.setStart(m.nodes[at]!, m.offsets[at]!);
  range.setEnd(m.nodes[last]!, m.offsets[last]! + 1);
  return range;
}
