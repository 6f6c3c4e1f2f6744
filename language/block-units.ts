import type { Block, Page } from '../claims/types';
import { questionOf } from './context';
import { splitSentences } from './sentences';

/** A span of one block's text that a claim is read from: a sentence, or a whole row / label-value pair. */
export interface Unit {
  block: Block;
  text: string;
  start: number;
  end: number;
}

const PIPE_ROW = /\|.*\|/;

/** True for a table row, given as such by the reader or as a "| a | b |" line it left as text. */
export function isRow(block: Block): boolean {
  return block.kind === 'table-row' || PIPE_ROW.test(block.text);
}

/** The cells of a row: the reader's, or the text split on "|". */
export function cellsOf(block: Block): string[] {
  if (block.cells && block.cells.length > 0) return block.cells;
  return block.text.split('|').map((c) => c.trim()).filter((c) => c.length > 0);
}

// Every extractor walks every block's units: compute them once per block (read-only, frozen).
const unitCache = new WeakMap<Block, readonly Unit[]>();

/** Rows and label-value pairs are read whole (the row is the quote); other blocks sentence by sentence. */
export function unitsOf(block: Block): readonly Unit[] {
  let units = unitCache.get(block);
  if (!units) {
    units = Object.freeze(computeUnits(block));
    unitCache.set(block, units);
  }
  return units;
}

function computeUnits(block: Block): Unit[] {
  if (isRow(block)) return [{ block, text: block.text, start: 0, end: block.text.length }];
  const out: Unit[] = [];
  // A label-value pair is read whole with the first sentence of its value ("Data center location Germany"); later
  // sentences of a longer value are units of their own, so "Canada Central is coming in 2026" after the list of
  // regions does not make the list a plan.
  const valueAt = block.kind === 'label-value' ? block.text.length - (block.value?.length ?? block.text.length) : 0;
  for (const s of splitSentences(block.text)) {
    if (s.end <= valueAt || (out.length === 1 && out[0]!.end <= valueAt)) {
      const first = out[0];
      if (first) {
        first.end = s.end;
        first.text = block.text.slice(first.start, s.end);
      } else out.push({ block, text: s.text, start: s.start, end: s.end });
      continue;
    }
    const last = out.at(-1);
    // "AWS us-east-1 (N. Virginia)": a single-letter initial does not end a sentence.
    if (last && /(?:^|[\s(])[A-Z]\.$/.test(last.text)) {
      last.end = s.end;
      last.text = block.text.slice(last.start, s.end);
    } else out.push({ block, text: s.text, start: s.start, end: s.end });
  }
  return out;
}

/** A short label line just above the block ("Encryption at rest" / "Yes"), when the reader did not pair them. */
export function labelAbove(page: Page, block: Block): string | null {
  const prev = page.blocks[block.index - 1];
  return prev && prev.text.length <= 60 && block.text.length <= 60 && !/[.!?]$/.test(prev.text) ? prev.text : null;
}

/**
 * Every unit a claim can be read from (not headings or question blocks), with the short context it is
 * read in: its block's FAQ question, label and nearest heading.
 */
export function* unitsInContext(page: Page): Generator<{ block: Block; unit: Unit; context: string }> {
  for (const block of page.blocks) {
    if (block.kind === 'heading' || block.kind === 'question') continue;
    const context = [questionOf(page, block), block.label, block.headings.at(-1)].filter(Boolean).join(' ');
    for (const unit of unitsOf(block)) yield { block, unit, context };
  }
}

