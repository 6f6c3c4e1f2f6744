/**
 * A questionnaire export is a table of questions and answers ("ID | Question | Answer | Comment"). Each row is a FAQ
 * pair: the answer (with its comment) answers the row's question. Before the extractors run, such a row becomes an
 * answer block whose question is the row's question cell, so every reader takes its meaning from the question as it
 * does on a FAQ page ("Will you notify the school of a breach? | Yes | … within 24 hours"). The answer's text is the end
 * of the row's text, so its quotes are still found on the page.
 */
import type { Block, Page } from '../claims/types';
import { cellSpans, reshapeRows } from './row-cells';

const QUESTION_HEADER = /^\s*(?:question|questions|query|requirement|control\s+question|item|description)\s*$/i;
const ANSWER_HEADER = /^\s*(?:answer|answers|response|responses|vendor\s+(?:answer|response)|reply|yes\s*\/\s*no|y\s*\/\s*n|status)\s*$/i;

function asAnswer(block: Block): Block | null {
  const header = block.header!;
  const cells = block.cells!;
  const q = header.findIndex((h) => QUESTION_HEADER.test(h));
  const a = header.findIndex((h) => ANSWER_HEADER.test(h));
  if (q < 0 || a !== q + 1 || !cells[q]) return null;
  // The answer and everything after it (its comment): the end of the row's text.
  const start = cellSpans(block)?.slice(a).find((s) => s !== null)?.start;
  if (start === undefined) return null;
  return { ...block, kind: 'paragraph', text: block.text.slice(start), question: cells[q], cells: undefined, header: undefined };
}

export function withAnswers(page: Page): Page {
  return reshapeRows(page, asAnswer);
}
