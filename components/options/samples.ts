import { EXAMPLES } from '../../rubric/examples';
import type { FieldValueWithEvidence, Override } from '../../rubric/score';

/** A vendor the live preview can score: a stored assessment, or a bundled example. */
export interface Sample {
  id: string;
  /** Shown in the picker; examples say so ("Example: oHallo"). */
  label: string;
  values: Record<string, FieldValueWithEvidence>;
  overrides?: Record<string, Override>;
  /** True for the bundled made-up examples (rubric/examples.ts), not stored assessments. */
  example: boolean;
}

/** The bundled example vendors, marked as examples. */
export function exampleSamples(): Sample[] {
  return EXAMPLES.map((e) => ({ id: `example:${e.id}`, label: `Example: ${e.vendor}`, values: e.values, example: true }));
}
