import { SEED_EXAMPLES } from '../../rubric/examples';
import type { FieldValueWithEvidence, Override } from '../../rubric/score';

/** A vendor the live preview can score: a stored assessment, or a bundled example. */
export interface Sample {
  id: string;
  /** Shown in the picker; examples say so ("Example: oHallo"). */
  label: string;
  values: Record<string, FieldValueWithEvidence>;
  overrides?: Record<string, Override>;
  /** True for bundled examples (the seed pages as a reviewer labelled them), not stored assessments. */
  example: boolean;
}

/** The seed vendors' labelled values, marked as examples. */
export function exampleSamples(): Sample[] {
  return SEED_EXAMPLES.map((e) => ({ id: `example:${e.id}`, label: `Example: ${e.vendor} (labelled seed page)`, values: e.values, example: true }));
}
