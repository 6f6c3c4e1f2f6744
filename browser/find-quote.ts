/**
 * Finds a verbatim quote again in the live page and returns a DOM Range over it.
 *
 * Quotes come from block text built out of several elements (a table row, a label and its value, a
 * flattened paragraph), so whitespace and separators in the quote need not match the DOM's. Matching
 * therefore runs over letters and digits only, lower-cased, with a map back to (text node, offset).
 */
import { composedChildren } from '../reader/dom-tree';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
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

/**
 * The page's letters and digits in rendered order: open shadow roots, slotted content and same-origin
 * frames included, as the reader read them (reader/dom-tree.ts).
 */
function mapDocument(doc: Document, maxChars: number): Mapped {
  const m: Mapped = { chars: '', nodes: [], offsets: [] };
  const parts: string[] = [];
  const stack: Node[] = [doc.body ?? doc.documentElement];
  let total = 0;
  while (stack.length > 0 && total < maxChars) {
    const node = stack.pop()!;
    if (node.nodeType === 1) {
      if (SKIP.has(((node as Element).localName || '').toLowerCase())) continue;
      const kids = composedChildren(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      continue;
    }
    if (node.nodeType !== 3) continue;
    const text = node as Text;
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
  let last = at + needle.length - 1;
  const start = m.nodes[at]!;
  // A range lives in one tree: a quote that runs out of a shadow root or frame ends where that tree does.
  const root = start.getRootNode();
  while (last > at && m.nodes[last]!.getRootNode() !== root) last--;
  const range = (start.ownerDocument ?? doc).createRange();
  range.setStart(start, m.offsets[at]!);
  range.setEnd(m.nodes[last]!, m.offsets[last]! + 1);
  return range;
}
