import type { Candidate, Claim, Evidence, Strength } from './types';

/** A candidate and the extractor that read it. */
export interface TaggedCandidate {
  candidate: Candidate;
  extractor: { id: string; version: number };
}

/** Fields whose value is a set: every well-supported reading is kept, not just the best one. */
export const SET_FIELDS: ReadonlySet<string> = new Set(['dataRegion', 'dataCountries']);
/** Set members come from candidates within this much confidence of the best one. */
const SET_MARGIN = 0.15;

const keyOf = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...v].map(String).sort() : v);
const evKey = (e: Evidence) => `${e.block}:${e.start}:${e.end}`;

function byRank(a: TaggedCandidate, b: TaggedCandidate): number {
  const ca = a.candidate;
  const cb = b.candidate;
  return cb.confidence - ca.confidence || ca.evidence.block - cb.evidence.block || ca.evidence.start - cb.evidence.start;
}

/** The strongest reading among candidates (absent when none carries a strength). */
function strongest(list: readonly TaggedCandidate[]): Strength | undefined {
  let best: Strength | undefined;
  for (const t of list) if (t.candidate.strength !== undefined && (best === undefined || t.candidate.strength > best)) best = t.candidate.strength;
  return best;
}

function uniqueEvidence(list: TaggedCandidate[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const t of list) {
    const k = evKey(t.candidate.evidence);
    if (!seen.has(k)) out.push(t.candidate.evidence);
    seen.add(k);
  }
  return out;
}

/** Groups candidates by value, best group first; each group's candidates in rank order. */
function groups(sorted: TaggedCandidate[]): TaggedCandidate[][] {
  const map = new Map<string, TaggedCandidate[]>();
  for (const t of sorted) {
    const k = keyOf(t.candidate.value);
    const g = map.get(k);
    if (g) g.push(t);
    else map.set(k, [t]);
  }
  return [...map.values()];
}

function resolveSet(field: string, sorted: TaggedCandidate[]): Claim {
  const top = sorted[0]!;
  const floor = top.candidate.confidence - SET_MARGIN;
  const members: string[] = [];
  const support: TaggedCandidate[] = [];
  const weak = new Map<string, TaggedCandidate[]>();
  for (const t of sorted) {
    const values = (Array.isArray(t.candidate.value) ? t.candidate.value : [t.candidate.value]).map(String);
    if (t.candidate.confidence >= floor) {
      support.push(t);
      for (const v of values) if (!members.includes(v)) members.push(v);
    } else {
      for (const v of values) weak.set(v, [...(weak.get(v) ?? []), t]);
    }
  }
  const conflicts = [...weak.entries()]
    .filter(([v]) => !members.includes(v))
    .map(([v, ts]) => ({ value: [v] as unknown, evidence: uniqueEvidence(ts) }));
  const claim: Claim = { field, value: members.sort(), evidence: uniqueEvidence(support), conflicts, extractor: top.extractor };
  if (top.candidate.reason) claim.reason = top.candidate.reason;
  const strength = strongest(support);
  if (strength !== undefined) claim.strength = strength;
  return claim;
}

/**
 * One field's candidates to one Claim: the best-ranked value (confidence, then earliest on the page) with
 * every quote that supports the same value; other values become conflicts. Set fields take the union
 * of the well-supported readings (an extractor may give one value or an array per candidate).
 */
export function resolveField(field: string, tagged: TaggedCandidate[]): Claim | undefined {
  if (tagged.length === 0) return undefined;
  const sorted = [...tagged].sort(byRank);
  const isSet = SET_FIELDS.has(field) || sorted.some((t) => Array.isArray(t.candidate.value));
  if (isSet) return resolveSet(field, sorted);
  const [best, ...rest] = groups(sorted);
  const top = best![0]!;
  const claim: Claim = {
    field,
    value: top.candidate.value,
    evidence: uniqueEvidence(best!),
    conflicts: rest.map((g) => ({ value: g[0]!.candidate.value, evidence: uniqueEvidence(g) })),
    extractor: top.extractor,
  };
  if (top.candidate.reason) claim.reason = top.candidate.reason;
  const strength = strongest(best!);
  if (strength !== undefined) claim.strength = strength;
  return claim;
}

/** Every field's candidates resolved; fields with no candidate are absent. */
export function resolveClaims(tagged: TaggedCandidate[]): Record<string, Claim> {
  const byField = new Map<string, TaggedCandidate[]>();
  for (const t of tagged) byField.set(t.candidate.field, [...(byField.get(t.candidate.field) ?? []), t]);
  const claims: Record<string, Claim> = {};
  for (const [field, list] of [...byField.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const claim = resolveField(field, list);
    if (claim) claims[field] = claim;
  }
  return claims;
}
