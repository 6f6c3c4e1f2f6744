/** What scoring produces: a verdict and points per criterion, a total, a grade, the questions. */
import type { Override } from '../claims/types';

export type { Override };

/** A field as the summary carries it (claims/types.ts `SummaryField`). */
export interface FieldValueWithEvidence {
  value: unknown;
  evidence: string[];
}


export type Verdict = 'pass' | 'partial' | 'fail' | 'not_stated';
export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export interface CriterionScore {
  id: string;
  field: string;
  label: string;
  /** The value scored: the override's when there is one, else the extracted one (null when absent). */
  value: unknown;
  /** Points earned on the 0–100 scale of the total (one decimal); the criteria's points sum to the total. */
  points: number;
  /** Points available on the same scale; 0 when excluded. */
  max: number;
  verdict: Verdict;
  /** One line that quotes the value: "Breach notice 72 h: within 72 h, partial". */
  reason: string;
  /** The extracted quotes behind the value; empty when overridden or not stated. */
  evidence: string[];
  /** When not stated: quotes where the page names the topic without saying the vendor's status ("mentioned — status unclear"). */
  mentions: string[];
  overridden: boolean;
  dealBreaker: boolean;
  /** True when not stated under the 'exclude' policy: it does not count towards the total. */
  excluded: boolean;
  question: string;
  /**
   * Set when the vendor's pages disagree on the field (compare/vendor-view.ts): each page's reading, the one
   * scored (the weaker) first. Absent for a single page's score.
   */
  conflict?: ConflictReading[];
}

/** One page's reading in a conflict between a vendor's pages. */
export interface ConflictReading {
  value: unknown;
  url: string;
  assessedAt: string;
  evidence: string[];
}

export interface Score {
  rubric: { id: string; name: string; version: number };
  /** 0–100, rounded to an integer. */
  total: number;
  /** From the total by GRADE_CUTOFFS, then capped at D by a failed deal-breaker. */
  grade: Grade;
  /** Ids of failed deal-breakers that capped the grade; absent when none did. */
  cappedBy?: string[];
  /** Share (0–1) of the rubric's weight whose value was stated. */
  coverage: number;
  criteria: CriterionScore[];
  /** Follow-up questions for every not-stated or failing criterion, in rubric order. */
  questions: string[];
}

