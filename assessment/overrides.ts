import type { Override, OverrideDetails, Summary, SummaryField } from '../claims/types';
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

/** Why a link to evidence is refused, or null: only http(s) addresses (never javascript:, data: or file:). */
export function linkProblem(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return 'The link must be a full web address, starting with https:// or http://.';
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'The link must be a web address (https:// or http://).';
}

const DETAIL_KEYS = ['period', 'auditor', 'scope', 'link'] as const;

/** The details trimmed, empty ones dropped, each at most 500 characters; throws on a link that is not http(s). */
export function cleanDetails(details: OverrideDetails | undefined): OverrideDetails {
  const out: OverrideDetails = {};
  for (const key of DETAIL_KEYS) {
    const v = details?.[key];
    if (typeof v !== 'string' || v.trim() === '') continue;
    out[key] = v.trim().slice(0, 500);
  }
  const problem = out.link ? linkProblem(out.link) : null;
  if (problem) throw new Error(problem);
  return out;
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
