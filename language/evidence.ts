import type { Block, Candidate, Evidence } from '../claims/types';

/** Evidence for text.slice(start, end) of a block, trimmed of surrounding whitespace. */
export function evidenceAt(block: Block, start: number, end: number): Evidence {
  let s = Math.max(0, start);
  let e = Math.min(block.text.length, end);
  while (s < e && /\s/.test(block.text[s]!)) s++;
  while (e > s && /\s/.test(block.text[e - 1]!)) e--;
  return { quote: block.text.slice(s, e), block: block.index, start: s, end: e };
}

/** Evidence for a whole block. */
export function evidenceOfBlock(block: Block): Evidence {
  return evidenceAt(block, 0, block.text.length);
}

/** Builds a candidate; a tiny helper so every extractor shapes candidates the same way. */
export function candidate<V>(field: string, value: V, evidence: Evidence, confidence: number, reason?: string): Candidate<V> {
  return reason === undefined ? { field, value, evidence, confidence } : { field, value, evidence, confidence, reason };
}

/** Where a quote stands in the page's reading order (block, then offset): comparable across blocks. */
export function pageOrder(at: { block: number; start: number }): number {
  return at.block * 1e6 + at.start;
}
