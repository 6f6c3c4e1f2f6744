/**
 * Scoring: claims + rubric -> a total, a grade and one explained line per criterion. One pure function
 * serves the popup, the compare page, the CSV and the CLI.
 */
import type { Criterion, Rubric } from './schema';
import { isNotStated } from '../claims/fields';
import { judge, type Judgement } from './judge';
import { followUps } from './questions';
import type { CriterionScore, FieldValueWithEvidence, Grade, Override, Score } from './types';

export type { ConflictReading, CriterionScore, FieldValueWithEvidence, Grade, Override, Score, Verdict } from './types';

/**
 * Grade cut-offs on the rounded total: A ≥ 85, B ≥ 70, C ≥ 55, D ≥ 40, else F.
 * A failed deal-breaker caps the grade at D (an F stays F).
 */
export const GRADE_CUTOFFS: readonly { grade: Grade; min: number }[] = [
  { grade: 'A', min: 85 },
  { grade: 'B', min: 70 },
  { grade: 'C', min: 55 },
  { grade: 'D', min: 40 },
  { grade: 'F', min: 0 },
];
/** The best grade an assessment with a failed deal-breaker can get. */
export const DEAL_BREAKER_CAP: Grade = 'D';

export function gradeFor(total: number): Grade {
  return GRADE_CUTOFFS.find((c) => total >= c.min)?.grade ?? 'F';
}

const NOT_STATED_CREDIT = { zero: 0, half: 0.5, exclude: null } as const;

/**
 * Scores one assessment. Pure and deterministic.
 * @param values the summary (field -> { value, evidence }); missing fields are not stated.
 * @param overrides reviewer corrections by field; they win over `values`.
 * If every criterion is excluded the total is 0 and the grade F (nothing could be scored).
 */
export function scoreAssessment(
  values: Readonly<Record<string, FieldValueWithEvidence | undefined>>,
  rubric: Rubric,
  overrides: Readonly<Record<string, Override | undefined>> = {},
): Score {
  const judged = rubric.criteria.map((c) => {
    const override = overrides[c.field];
    const extracted = values[c.field];
    const value = override ? override.value : (extracted?.value ?? null);
    const evidence = override || isNotStated(value) ? [] : [...(extracted?.evidence ?? [])];
    // The page names it but no clause says the vendor's status: not stated, with the quotes that mention it.
    const mentions = !override && isNotStated(value) ? [...(extracted?.evidence ?? [])] : [];
    const j = judge(c, value);
    if (mentions.length > 0) j.reason = j.reason.replace(': not stated', ': mentioned — status unclear');
    return { c, value, evidence, mentions, overridden: Boolean(override), j };
  });

  const fractionOf = (c: Criterion, j: Judgement) => (j.verdict === 'not_stated' ? NOT_STATED_CREDIT[c.notStated] : j.fraction);
  const counted = judged.filter(({ c, j }) => fractionOf(c, j) !== null);
  const countedWeight = counted.reduce((sum, { c }) => sum + c.weight, 0);
  // Each criterion's share of 100 is its weight over the total, divided first so that no step can
  // overflow to Infinity (and 0 × Infinity to NaN) however small the weights are.
  const maxOf = (c: Criterion) => (countedWeight > 0 ? (c.weight / countedWeight) * 100 : 0);

  let exact = 0;
  const criteria: CriterionScore[] = judged.map(({ c, value, evidence, mentions, overridden, j }) => {
    const fraction = fractionOf(c, j);
    const earned = fraction === null ? 0 : fraction * maxOf(c);
    exact += earned;
    return {
      id: c.id,
      field: c.field,
      label: c.label,
      value,
      points: round1(earned),
      max: fraction === null ? 0 : round1(maxOf(c)),
      verdict: j.verdict,
      reason: j.reason + (overridden ? ' (reviewer override)' : ''),
      evidence,
      mentions,
      overridden,
      dealBreaker: c.dealBreaker,
      excluded: fraction === null,
      question: c.question,
    };
  });

  const total = Math.round(exact);
  const capping = criteria.filter((c) => c.dealBreaker && c.verdict === 'fail').map((c) => c.id);
  let grade = gradeFor(total);
  const capped = capping.length > 0 && rank(grade) < rank(DEAL_BREAKER_CAP);
  if (capped) grade = DEAL_BREAKER_CAP;

  const allWeight = rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
  const statedWeight = judged.filter(({ j }) => j.verdict !== 'not_stated').reduce((sum, { c }) => sum + c.weight, 0);

  return {
    rubric: { id: rubric.id, name: rubric.name, version: rubric.version },
    total,
    grade,
    ...(capped ? { cappedBy: capping } : {}),
    coverage: allWeight > 0 ? Math.round((statedWeight / allWeight) * 100) / 100 : 0,
    criteria,
    questions: followUps(criteria).map((q) => q.question),
  };
}

function rank(g: Grade): number {
  return GRADE_CUTOFFS.findIndex((c) => c.grade === g);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
