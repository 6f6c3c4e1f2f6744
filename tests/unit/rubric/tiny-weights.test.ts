import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { parseRubric, RubricSchema } from '../../../rubric/schema';
import { scoreAssessment } from '../../../rubric/score';

const withWeights = (w: number) => ({ ...DEFAULT_PRESET, id: 'tiny', criteria: DEFAULT_PRESET.criteria.map((c) => ({ ...c, weight: w })) });
const soc2 = { soc2: { value: 'type2', evidence: ['We are SOC 2 Type II certified.'] } };

// Defect 9: all weights 5e-324 scored "NaN/100 grade F".
describe('weights that add up to almost nothing', () => {
  it('are refused with a message, not scored as NaN', () => {
    const parsed = parseRubric(JSON.stringify(withWeights(5e-324)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^criteria: the weights add up to .*; they must add up to at least 0\.001$/);
  });

  it('score to finite numbers whenever the rubric is valid, however small each weight', () => {
    for (const w of [0.001 / DEFAULT_PRESET.criteria.length, 1e-3, 1, 1000]) {
      const rubric = RubricSchema.parse(withWeights(w));
      const s = scoreAssessment(soc2, rubric);
      expect(Number.isFinite(s.total), `weight ${w}`).toBe(true);
      for (const c of s.criteria) expect(Number.isFinite(c.points) && Number.isFinite(c.max), `weight ${w}: ${c.id}`).toBe(true);
    }
  });

  it('do not turn the score NaN even if a rubric skipped validation', () => {
    const s = scoreAssessment(soc2, withWeights(5e-324) as never);
    expect(Number.isNaN(s.total)).toBe(false);
    expect(s.criteria.every((c) => !Number.isNaN(c.points))).toBe(true);
  });
});
