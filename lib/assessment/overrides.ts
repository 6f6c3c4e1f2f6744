import { z } from 'zod';
import type { Summary, SummaryField } from '../../extractors/types';
import type { Override } from '../db/schema';

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

const REGIONS = ['EU', 'US', 'UK', 'CA', 'AU', 'APAC', 'CH', 'IN', 'JP', 'BR', 'GLOBAL'] as const;
const hoursOrDays = z.number().int().nonnegative().nullable();
const FIELD_VALUES: Record<string, z.ZodType> = {
  soc2: z.enum(['type2', 'type1', 'compliant', 'planned', 'not_certified', 'not_stated']),
  iso27001: z.enum(['certified', 'planned', 'not_certified', 'not_stated']),
  dataRegion: z.array(z.enum(REGIONS)),
  dataCountries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  encryptionAtRest: z.enum(['AES-256', 'stated', 'not_stated']),
  encryptionInTransit: z.enum(['TLS1.3', 'TLS1.2', 'stated', 'not_stated']),
  retentionDays: hoursOrDays,
  breachNoticeHours: hoursOrDays,
};

/** Throws a readable error when an override value does not fit one of the FIELDS.md fields; other fields take any JSON. */
export function checkOverrideValue(field: string, value: unknown): void {
  const schema = FIELD_VALUES[field];
  if (value === undefined) throw new Error(`An override for “${field}” needs a value.`);
  if (schema && !schema.safeParse(value).success) throw new Error(`“${JSON.stringify(value)}” is not a valid value for ${field} (see docs/FIELDS.md).`);
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
