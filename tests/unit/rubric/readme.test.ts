import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLES } from '../helpers/seed-examples';
import { getPreset } from '../../../rubric/presets';
import { parseRubric } from '../../../rubric/schema';
import { scoreAssessment } from '../../../rubric/score';

// The README's table of the seeds' scores per preset is documentation a reader relies on: keep it true.
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const header = readme.split('\n').find((l) => l.startsWith('| seed |'));
const columns = header?.split('|').map((c) => c.trim()).filter(Boolean).slice(1) ?? [];

describe('README: the seeds under each preset', () => {
  it('has a column per preset', () => {
    expect(columns).toEqual(['default', 'eu-residency', 'soc2-baseline', 'startup-friendly']);
  });
  it.each(SEED_EXAMPLES.map((s) => [s.vendor, s] as const))('%s row matches the scores', (vendor, seed) => {
    const row = readme.split('\n').find((l) => l.startsWith(`| ${vendor} |`));
    const documented = row?.split('|').map((c) => c.trim()).filter(Boolean).slice(1);
    const actual = columns.map((id) => {
      const s = scoreAssessment(seed.values, getPreset(id)!);
      return `${s.total} ${s.grade}${s.cappedBy ? ` (capped: ${s.cappedBy.join(', ')})` : ''}`;
    });
    expect(documented).toEqual(actual);
  });
});

describe('README: the rubric example', () => {
  it('is a valid rubric', () => {
    const section = readme.slice(readme.indexOf('## Rubrics'));
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(json).toBeDefined();
    const parsed = parseRubric(json!);
    expect(parsed.ok ? parsed.rubric.criteria.map((c) => c.kind) : parsed.error).toEqual(['table', 'threshold', 'threshold', 'set']);
  });
});
