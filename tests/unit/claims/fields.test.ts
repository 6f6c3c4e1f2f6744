import { describe, expect, it } from 'vitest';
import { extractors } from '../../../extractors/index';
import { FIELD_NAMES, FIELDS } from '../../../claims/fields';
import { newCriterion } from '../../../rubric/library';
import { parseRubric } from '../../../rubric/schema';

describe('rubric fields', () => {
  it('are exactly the fields the extractors fill', () => {
    expect([...new Set(extractors.map((e) => e.meta.field))].sort()).toEqual([...FIELD_NAMES].sort());
  });
  it.each(FIELD_NAMES)('%s: a new criterion on it validates and has a question', (field) => {
    const c = newCriterion(field, []);
    expect(FIELDS[field].question).toMatch(/\?$/);
    const r = parseRubric({ id: 'one', name: 'One', criteria: [c] });
    expect(r.ok ? r.rubric.criteria[0]!.field : r.error).toBe(field);
  });
});
