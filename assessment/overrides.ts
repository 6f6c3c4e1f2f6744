import type { Summary, SummaryField } from '../claims/types';
import type { Override } from '../store/schema';
import { fieldInfo } from '../claims/fields';

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

/**
 * Throws a readable error when an override value does not fit its field, by the field list every part of
 * Assay shares (claims/fields.ts): a word from the field's vocabulary, a whole non-negative number of
 * days/hours/minutes (or a percentage), or a list of known codes. Fields not in the list take any JSON.
 */
export function checkOverrideValue(field: string, value: unknown): void {
  if (value === undefined) throw new Error(`An override for “${field}” needs a value.`);
  const info = fieldInfo(field);
  if (!info) return;
  const fits =
    info.kind === 'enum'
      ? typeof value === 'string' && (!info.values || info.values.includes(value))
      : info.kind === 'number'
        ? value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0 && (info.unit?.other === '%' || Number.isInteger(value)))
        : Array.isArray(value) && value.every((v) => typeof v === 'string' && (info.values ? info.values.includes(v) : /^[A-Z]{2}$/.test(v)));
  if (!fits) throw new Error(`“${JSON.stringify(value)}” is not a valid value for ${field} (see docs/FIELDS.md).`);
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
