import type { Summary } from '../claims/types';
import { mergeAssessments, type MergedAssessment, type MergedField, type MergeInput, type MergeSource } from '../assessment/merge';
import { formatValue } from '../claims/fields';
import type { Rubric } from '../rubric/schema';
import { judge } from '../rubric/judge';
import { conflictQuestion } from '../rubric/questions';
import { scoreAssessment, type Override, type Score } from '../rubric/score';

/** A vendor as the compare page, the CSV and the report see it: every page merged, scored by one rubric. */
export interface VendorView {
  id: string;
  name: string;
  tags: string[];
  /** The reviewer's free-text note on the vendor ("" when none). */
  note: string;
  urls: string[];
  assessedAt: string | null;
  merged: MergedAssessment;
  score: Score;
  /** Fields whose pages disagree with no override settling them. */
  conflicts: string[];
}

/**
 * The reading a conflicted field is scored at: the one earning the fewest points under the field's first
 * criterion (ties: rule order). A disagreement is never turned into a confident grade (docs/DATA.md).
 */
function weaker(rubric: Rubric, f: MergedField): MergeSource {
  const c = rubric.criteria.find((x) => x.field === f.field);
  if (!c) return f.disagreement[0]!;
  return [...f.disagreement].sort((a, b) => judge(c, a.value).fraction - judge(c, b.value).fraction)[0]!;
}

/** Merges a vendor's pages (overrides applied) and scores the result; conflicted fields at the weaker value. Pure. */
export function buildVendorView(vendor: { id: string; name: string; tags?: string[]; note?: string }, assessments: readonly MergeInput[], rubric: Rubric): VendorView {
  const merged = mergeAssessments(assessments);
  const values: Record<string, { value: unknown; evidence: string[] }> = {};
  const overrides: Record<string, Override> = {};
  const scoredAt = new Map<string, MergeSource>();
  for (const f of merged.fields) {
    const at = f.conflict ? weaker(rubric, f) : null;
    if (at) scoredAt.set(f.field, at);
    values[f.field] = at ? { value: at.value, evidence: at.evidence } : { value: f.value, evidence: f.evidence };
    const chosen = f.sources.find((s) => s.url === f.from);
    if (chosen?.override) overrides[f.field] = { value: f.value, note: chosen.override.note, by: 'reviewer', at: chosen.override.at };
  }
  const score = scoreAssessment(values as Partial<Summary>, rubric, overrides);
  const conflicted = merged.fields.filter((f) => f.conflict);
  // Each conflict's readings, the one scored (the weaker) first, then in rule order.
  const readings = new Map(conflicted.map((f) => [f.field, [scoredAt.get(f.field)!, ...f.disagreement.filter((s) => s !== scoredAt.get(f.field))]]));
  for (const c of score.criteria) {
    const list = readings.get(c.field);
    if (!list) continue;
    c.conflict = list.map((s) => ({ value: s.value, url: s.url, assessedAt: s.assessedAt, evidence: s.evidence }));
    const said = list.map((r) => `${formatValue(c.field, r.value)} on ${r.url}`).join('; ');
    c.reason = `${c.reason} — the vendor’s pages disagree (${said}); scored at the weaker value`;
  }
  // The vendor is asked to settle each disagreement first: until it does, the score stays at the weaker value.
  const asks = conflicted.map((f) => conflictQuestion(f.label, readings.get(f.field)!.map((s) => ({ value: formatValue(f.field, s.value), url: s.url }))));
  return {
    id: vendor.id,
    name: vendor.name,
    tags: vendor.tags ?? [],
    note: vendor.note ?? '',
    urls: merged.urls,
    assessedAt: merged.assessedAt,
    merged,
    score: { ...score, questions: [...asks, ...score.questions] },
    conflicts: conflicted.map((f) => f.field),
  };
}
