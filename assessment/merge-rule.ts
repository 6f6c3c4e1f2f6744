/**
 * The pieces of the merge rule (assessment/merge.ts, docs/DATA.md): which reading of a page counts, how readings
 * rank, and which values disagree. Every ordering here is total, so a merge never depends on input order.
 */
import type { Strength } from '../claims/types';
import { isNotStated, valueKey } from '../claims/fields';

/** A reading stored before strengths were recorded counts as a listing: it neither beats an explicit statement nor loses to a badge. */
export const UNKNOWN_STRENGTH: Strength = 2;

/**
 * Values that say a field is held without the detail ("compliant", "stated"): a specific value of the same
 * field (Type II, AES-256, TLS 1.2+) refines them rather than disagreeing with them.
 */
export const GENERAL_VALUES: Readonly<Record<string, string>> = {
  soc2: 'compliant',
  encryptionAtRest: 'stated',
  encryptionInTransit: 'stated',
  sso: 'stated',
  penTest: 'stated',
  backupFrequency: 'stated',
};

/** Values that are no status of their own: a plan or denial is not refined by a held value. */
const NOT_HELD = new Set(['planned', 'not_certified', 'not_compliant', 'none', 'not_applicable']);

/** Code-point order: the same on every machine and locale. */
export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest reading first, then URL in code-point order (never the locale, so every machine agrees). */
export function byRecency(x: { assessedAt: string; url: string }, y: { assessedAt: string; url: string }): number {
  return cmp(y.assessedAt, x.assessedAt) || cmp(x.url, y.url);
}

/** Rule order: stronger first, then newest, then URL; among not-stated readings, ones that mention the topic first. */
export function byStrength(x: RankedReading, y: RankedReading): number {
  return (y.strength ?? 0) - (x.strength ?? 0) || mentions(y) - mentions(x) || byRecency(x, y) || cmp(valueKey(x.value), valueKey(y.value));
}

const mentions = (s: RankedReading) => (s.strength === null && s.evidence.length > 0 ? 1 : 0);

interface RankedReading {
  url: string;
  assessedAt: string;
  value: unknown;
  evidence: readonly string[];
  strength: Strength | null;
}

/**
 * The latest reading of each page, newest first. Two readings of one page at the same instant are ordered by
 * id, then by content, so the choice is the same whatever order they were loaded in.
 */
export function latestReadings<T extends { url: string; assessedAt: string; id?: string; summary: unknown }>(readings: readonly T[]): T[] {
  const later = (a: T, b: T) => cmp(a.assessedAt, b.assessedAt) || cmp(a.id ?? '', b.id ?? '') || cmp(JSON.stringify(a.summary), JSON.stringify(b.summary));
  const latest = new Map<string, T>();
  for (const r of readings) {
    const seen = latest.get(r.url);
    if (!seen || later(r, seen) > 0) latest.set(r.url, r);
  }
  return [...latest.values()].sort(byRecency);
}

/**
 * The strongest stated readings, one per distinct value, in rule order (`sorted` must be in `byStrength`
 * order). One entry: the pages agree; more: they disagree; none: no page states the field.
 */
export function distinctTopValues<S extends RankedReading>(field: string, sorted: readonly S[]): S[] {
  const stated = sorted.filter((s) => s.strength !== null && !isNotStated(s.value));
  const top = stated[0]?.strength;
  const atTop = stated.filter((s) => s.strength === top);
  const general = GENERAL_VALUES[field];
  const specific = atTop.some((s) => typeof s.value === 'string' && s.value !== general && !NOT_HELD.has(s.value));
  const out: S[] = [];
  const keys = new Set<string>();
  for (const s of atTop) {
    if (specific && s.value === general) continue;
    const k = valueKey(s.value);
    if (keys.has(k)) continue;
    keys.add(k);
    out.push(s);
  }
  return out;
}
