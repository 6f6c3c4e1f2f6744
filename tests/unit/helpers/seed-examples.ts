/**
 * Worked examples for previews and the golden test: the five seed vendors' values as a careful reviewer
 * labelled them (tests/fixtures/seeds/expected.json), with no evidence quotes. Label them "example" in
 * any UI: they are not a stored assessment.
 */
import seeds from '../../fixtures/seeds/expected.json';
import type { FieldValueWithEvidence } from '../../../rubric/score';

export interface Example {
  /** The seed file, e.g. "ohallo.txt". */
  id: string;
  vendor: string;
  values: Record<string, FieldValueWithEvidence>;
}

type Labelled = Record<string, { vendor: string; fields: Record<string, { value: unknown }> }>;

/** Every seed vendor, in the fixture's order. */
export const SEED_EXAMPLES: readonly Example[] = Object.entries(seeds as Labelled).map(([id, seed]) => ({
  id,
  vendor: seed.vendor,
  values: Object.fromEntries(Object.entries(seed.fields).map(([field, f]) => [field, { value: f.value, evidence: [] }])),
}));
