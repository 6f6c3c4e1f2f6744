import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLES } from '../helpers/seed-examples';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { scoreAssessment } from '../../../rubric/score';

// The seeds' labelled values scored under the default preset. To regenerate after an intended
// change: ASSAY_UPDATE_GOLDEN=1 npx vitest run tests/unit/rubric/golden.test.ts, then read the diff.
const GOLDEN = new URL('../../fixtures/rubric/seeds-default.golden.json', import.meta.url);

function actual() {
  return Object.fromEntries(
    SEED_EXAMPLES.map((seed) => {
      const s = scoreAssessment(seed.values, DEFAULT_PRESET);
      return [seed.id, { total: s.total, grade: s.grade, cappedBy: s.cappedBy ?? null, reasons: s.criteria.map((c) => `${c.points}/${c.max} ${c.reason}`), questions: s.questions }];
    }),
  );
}

describe('seeds under the default preset', () => {
  it('match the golden file exactly', () => {
    const now = JSON.stringify(actual(), null, 2) + '\n';
    if (process.env.ASSAY_UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, now);
    expect(now).toBe(readFileSync(GOLDEN, 'utf8'));
  });
  it('covers all five seeds', () => {
    expect(SEED_EXAMPLES.map((s) => s.vendor)).toEqual(['hall-monitor', 'MonitorAH', 'oHallo', 'Asyncbot', 'Allstacks']);
  });
});
