import type { Rubric } from './schema';
import type { Score } from './types';

/** How much of the rubric a page states, and whether that is enough to grade it. */
export interface Coverage {
  /** Criteria with a stated value (read from the page or set by the reviewer). */
  stated: number;
  /** Criteria in the rubric. */
  of: number;
  /** True when fewer than the rubric's `minStatedToGrade` criteria are stated: show no grade. */
  withheld: boolean;
}

/** "states 3 of 7 criteria"; the grade is withheld below the rubric's threshold. Pure. */
export function coverageOf(score: Score, rubric: Pick<Rubric, 'minStatedToGrade'>): Coverage {
  const stated = score.criteria.filter((c) => c.verdict !== 'not_stated').length;
  return { stated, of: score.criteria.length, withheld: stated < (rubric.minStatedToGrade ?? 2) };
}
