import type { Summary } from '../claims/types';
import { mergeAssessments, type MergedAssessment } from '../assessment/merge';
import { formatValue } from '../claims/fields';
import type { AssessmentRecord } from '../store/schema';
import type { ComparisonRow } from './csv';
import type { Rubric } from '../rubric/schema';
import { scoreAssessment, type Override, type Score, type Verdict } from '../rubric/score';

/** Verdicts as the CSV's readers see them: words, not tokens. */
const VERDICT_WORDS: Record<Verdict, string> = { pass: 'pass', partial: 'partial', fail: 'fail', not_stated: 'not stated' };

/** A vendor as the compare page and the CSV see it: every page merged, scored by one rubric. */
export interface VendorView {
  id: string;
  name: string;
  tags: string[];
  urls: string[];
  assessedAt: string | null;
  merged: MergedAssessment;
  score: Score;
  /** Fields whose pages disagree. */
  conflicts: string[];
}

type Assessments = readonly Pick<AssessmentRecord, 'url' | 'assessedAt' | 'summary' | 'overrides'>[];

/** Merges a vendor's pages (overrides applied) and scores the result. Pure. */
export function buildVendorView(vendor: { id: string; name: string; tags?: string[] }, assessments: Assessments, rubric: Rubric): VendorView {
  const merged = mergeAssessments(assessments);
  const values: Record<string, { value: unknown; evidence: string[] }> = {};
  const overrides: Record<string, Override> = {};
  for (const f of merged.fields) {
    values[f.field] = { value: f.value, evidence: f.evidence };
    const chosen = f.sources.find((s) => s.url === f.from);
    if (chosen?.override) overrides[f.field] = { value: f.value, note: chosen.override.note, by: 'reviewer', at: chosen.override.at };
  }
  return {
    id: vendor.id,
    name: vendor.name,
    tags: vendor.tags ?? [],
    urls: merged.urls,
    assessedAt: merged.assessedAt,
    merged,
    score: scoreAssessment(values as Partial<Summary>, rubric, overrides),
    conflicts: merged.fields.filter((f) => f.conflict).map((f) => f.field),
  };
}

/** The CSV row of a vendor view: one column group per rubric criterion. */
export function toComparisonRow(v: VendorView): ComparisonRow {
  return {
    vendor: v.name,
    domain: v.id,
    urls: v.urls,
    assessedAt: v.assessedAt ?? '',
    rubricName: v.score.rubric.name,
    score: v.score.total,
    grade: v.score.grade,
    fields: v.score.criteria.map((c) => ({
      field: c.field,
      label: c.label,
      value: c.verdict === 'not_stated' && c.mentions.length > 0 ? 'mentioned — status unclear' : formatValue(c.field, c.value),
      verdict: VERDICT_WORDS[c.verdict],
      // A lone FAQ answer ("Not yet.") needs the sentences beside it to be read in a spreadsheet.
      quote: c.overridden ? 'set by reviewer' : (c.evidence.length > 0 ? c.evidence : c.mentions).slice(0, 3).join('\n'),
    })),
    questions: v.score.questions,
  };
}
