/**
 * A questionnaire export is a table of questions and answers ("ID | Question | Answer | Comment"). Each row is a FAQ
 * pair: the answer (with its comment) answers the row's question. Before the extractors run, such a row becomes an
 * answer block whose question is the row's question cell, so every reader takes its meaning from the question as it
 * does on a FAQ page ("Will you notify the school of a breach? | Yes | … within 24 hours"). The answer's text is the end
 * of the row's text, so its quotes are still found on the page.
 */
import type { Block, Page } from '../claims/types';

const QUESTION_HEADER = /^\s*(?:question|questions|query|requirement|control\s+question|item|description)\s*$/i;
const ANSWER_HEADER = /^\s*(?:answer|answers|response|responses|vendor\s+(?:answer|response)|reply|yes\s*\/\s*no|y\s*\/\s*n|status)\s*$/i;

function asAnswer(block: Block): Block | null {
  const header = block.header ?? [];
  const cells = block.cells ?? [];
  if (block.kind !== 'table-row' || cells.length !== header.length) return null;
  const q = header.findIndex((h) => QUESTION_HEADER.test(h));
  const a = header.findIndex((h) => ANSWER_HEADER.test(h));
  if (q < 0 || a !== q + 1 || !cells[q]) return null;
  // The answer and everything after it (its comment): the end of the row's text, found by walking the cells in order.
  let at = 0;
  let start = -1;
  for (const [i, c] of cells.entries()) {
    if (!c) continue;
    const found = block.text.indexOf(c, at);
    if (found < 0) return null;
    if (i >= a && start < 0) start = found;
    at = found + c.length;
  }
  if (start < 0) return null;
  return { ...block, kind: 'paragraph', text: block.text.slice(start), question: cells[q], cells: undefined, header: undefined };
}

export function withAnswers(page: Page): Page {
  let changed = false;
  const blocks = page.blocks.map((b) => {
    const answer = asAnswer(b);
    if (!answer) return b;
    changed = true;
    return answer;
  });
  return changed ? { ...page, blocks } : page;
}
