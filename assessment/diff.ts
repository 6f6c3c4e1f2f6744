import type { Summary } from '../claims/types';
import type { AssessmentRecord } from './types';
import { SUMMARY_FIELDS, fieldLabel, formatValue, valueKey } from '../claims/fields';
import { applyOverrides } from './overrides';

/** How one field changed between two readings. */
export interface FieldChange {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
  /** False when only the quotes changed (the page was reworded, the value holds). */
  valueChanged: boolean;
  /** "SOC 2: planned → Type II", or "SOC 2: Type II (quotes changed)". */
  text: string;
  /** Quotes in the older reading that the newer one lacks, and the other way round. */
  quotesRemoved: string[];
  quotesAdded: string[];
}

/**
 * The fields that differ between an older and a newer summary, in FIELDS.md order then by id.
 * Arrays compare as sets (["EU","US"] equals ["US","EU"]); a missing field counts as not stated.
 */
export function diffSummaries(before: Summary, after: Summary): FieldChange[] {
  const known = [...SUMMARY_FIELDS] as string[];
  const extra = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !known.includes(f)).sort();
  const changes: FieldChange[] = [];
  for (const field of [...known, ...extra]) {
    const b = before[field];
    const a = after[field];
    const bv = b?.value ?? null;
    const av = a?.value ?? null;
    const bq = b?.evidence ?? [];
    const aq = a?.evidence ?? [];
    const quotesRemoved = bq.filter((q) => !aq.includes(q));
    const quotesAdded = aq.filter((q) => !bq.includes(q));
    const valueChanged = valueKey(bv) !== valueKey(av);
    if (!valueChanged && quotesRemoved.length === 0 && quotesAdded.length === 0) continue;
    const label = fieldLabel(field);
    const text = valueChanged
      ? `${label}: ${formatValue(field, bv)} → ${formatValue(field, av)}`
      : `${label}: ${formatValue(field, av)} (quotes changed)`;
    changes.push({ field, label, before: bv, after: av, valueChanged, text, quotesRemoved, quotesAdded });
  }
  return changes;
}

/**
 * What changed from one assessment to a later one. By default compares what the pages said;
 * with `withOverrides`, what the reviewer sees (overrides applied to both).
 */
export function diffAssessments(
  older: Pick<AssessmentRecord, 'summary' | 'overrides'>,
  newer: Pick<AssessmentRecord, 'summary' | 'overrides'>,
  options: { withOverrides?: boolean } = {},
): FieldChange[] {
  if (!options.withOverrides) return diffSummaries(older.summary, newer.summary);
  return diffSummaries(applyOverrides(older.summary, older.overrides), applyOverrides(newer.summary, newer.overrides));
}
