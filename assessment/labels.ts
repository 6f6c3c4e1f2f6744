/**
 * Human words for summary fields and values, shared by diff, merge, the UI and the CSV. Field names,
 * vocabularies and units come from claims/fields.ts (one list for every field); this adds only the
 * longer words a reviewer reading a table wants where a rubric reason is terse.
 */
import { SUMMARY_FIELDS } from '../claims/summary';
import { fieldInfo } from '../claims/fields';
import { formatValue as reasonWords, isNotStated } from '../rubric/judge';

export { isNotStated };

/** Field id → label for the eight FIELDS.md fields, in FIELDS.md order. */
export const FIELD_LABELS: Readonly<Record<string, string>> = Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, fieldInfo(f)?.label ?? f]));

const DISPLAY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  soc2: { compliant: 'compliant (type not stated)' },
  encryptionAtRest: { stated: 'stated (no algorithm)' },
  encryptionInTransit: { 'TLS1.3': 'TLS 1.3+', 'TLS1.2': 'TLS 1.2+', stated: 'stated (no version)' },
};
const LONG_UNITS: Readonly<Record<string, [string, string]>> = { breachNoticeHours: ['hour', 'hours'], vulnAckHours: ['hour', 'hours'] };

/** A field's label; unknown fields get their id split into words ("vendorRisk" → "Vendor risk"). */
export function fieldLabel(field: string): string {
  const known = fieldInfo(field)?.label;
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value in words: "Type II", "EU, US", "30 days", "72 hours", "not stated". */
export function formatValue(field: string, value: unknown): string {
  if (isNotStated(value)) return 'not stated';
  if (typeof value === 'string' && DISPLAY[field]?.[value]) return DISPLAY[field][value];
  const long = LONG_UNITS[field];
  if (typeof value === 'number' && long) return `${value} ${value === 1 ? long[0] : long[1]}`;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return JSON.stringify(value);
  return reasonWords(field, value);
}

/** Stable identity of a value for comparing readings: arrays compare as sets. */
export function valueKey(value: unknown): string {
  if (isNotStated(value)) return 'not_stated';
  if (Array.isArray(value)) return JSON.stringify(value.map((v) => JSON.stringify(v)).sort());
  return JSON.stringify(value);
}
