import type { Override, Summary, SummaryField } from '../claims/types';
import { fieldValueProblem } from '../claims/fields';

/** How a field was overridden: the page's own value and the reviewer's note and time. */
export interface OverrideMark {
  by: 'reviewer';
  note: string;
  at: string;
  /** What the page said before the reviewer overrode it. */
  pageValue: unknown;
  pageEvidence: string[];
}

/** A summary field after overrides; `override` is set when the reviewer's value replaced the page's. */
export type EffectiveField<V = unknown> = SummaryField<V> & { override?: OverrideMark };
export type EffectiveSummary = Summary & { [field: string]: EffectiveField };

/** Throws a plain-words error when an override value does not fit its field (claims/fields.ts decides). */
export function checkOverrideValue(field: string, value: unknown): void {
  const problem = fieldValueProblem(field, value);
  if (problem) throw new Error(problem);
}

/**
 * The summary the reviewer sees: each overridden field takes the reviewer's value, loses the page's
 * evidence (it no longer supports the value) and carries an `override` mark with what the page said.
 * Overrides of fields the summary lacks are added. The input is not modified.
 */
export function applyOverrides(summary: Summary, overrides: Record<string, Override> | undefined): EffectiveSummary {
  const out: Record<string, EffectiveField> = { ...summary };
  for (const [field, o] of Object.entries(overrides ?? {})) {
    const page = summary[field];
    out[field] = {
      value: o.value,
      evidence: [],
      override: { by: 'reviewer', note: o.note, at: o.at, pageValue: page?.value ?? null, pageEvidence: page?.evidence ?? [] },
    };
  }
  return out as EffectiveSummary;
}
