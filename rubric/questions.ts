/**
 * Follow-up questions for the vendor: one for every criterion the page left unanswered or that failed,
 * so the reviewer can send a list instead of a score.
 */
import type { CriterionScore } from './types';

export interface FollowUp {
  criterion: string;
  field: string;
  /** Why it is asked: the page did not say, or what it said failed the rubric. */
  why: 'not_stated' | 'fail';
  question: string;
}

/** The follow-ups for scored criteria, in rubric order; a question shared by two criteria appears once. */
export function followUps(criteria: readonly CriterionScore[]): FollowUp[] {
  const seen = new Set<string>();
  const out: FollowUp[] = [];
  for (const c of criteria) {
    if (c.verdict !== 'not_stated' && c.verdict !== 'fail') continue;
    if (seen.has(c.question)) continue;
    seen.add(c.question);
    out.push({ criterion: c.id, field: c.field, why: c.verdict, question: c.question });
  }
  return out;
}

/**
 * The question that asks the vendor to settle a disagreement between its own pages: "Your pages disagree on
 * SOC 2: “Type I” (https://acme.com/security) and “Type II” (https://trust.acme.com/). Which is current?"
 */
export function conflictQuestion(label: string, readings: readonly { value: string; url: string }[]): string {
  const list = readings.map((r) => `“${r.value}” (${r.url})`);
  const said = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : (list[0] ?? '');
  return `Your pages disagree on ${label}: ${said}. Which is current, and can you share the evidence?`;
}

/**
 * The questions as plain text for the clipboard or an e-mail: a numbered list, one per line, with an
 * optional heading line ("Questions for Acme").
 */
export function questionsAsText(questions: readonly string[], heading?: string): string {
  const lines = questions.map((q, i) => `${i + 1}. ${q}`);
  return [...(heading ? [heading, ''] : []), ...lines].join('\n') + (lines.length ? '\n' : '');
}
