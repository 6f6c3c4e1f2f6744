import type { Claim, Summary, SummaryField } from './types';

/** The eight FIELDS.md fields and the value each takes when the page does not state it. */
export const SUMMARY_DEFAULTS = {
  soc2: 'not_stated',
  iso27001: 'not_stated',
  dataRegion: [],
  dataCountries: [],
  encryptionAtRest: 'not_stated',
  encryptionInTransit: 'not_stated',
  retentionDays: null,
  breachNoticeHours: null,
} as const;

export const SUMMARY_FIELDS = Object.keys(SUMMARY_DEFAULTS) as (keyof typeof SUMMARY_DEFAULTS)[];

function field(claim: Claim | undefined, fallback: unknown): SummaryField<unknown> {
  if (!claim) return { value: Array.isArray(fallback) ? [] : fallback, evidence: [] };
  const value = Array.isArray(claim.value) ? [...new Set(claim.value.map(String))].sort() : claim.value;
  const evidence = [...new Set(claim.evidence.map((e) => e.quote).filter((q) => q.length > 0))];
  return { value, evidence };
}

/**
 * Claims to the normalised summary: the eight FIELDS.md fields always present (defaults 'not_stated',
 * [] or null, no evidence), then every extra field that has a claim. Evidence is the quote strings.
 */
export function summarize(claims: Record<string, Claim>): Summary {
  const out: Record<string, SummaryField<unknown>> = {};
  for (const name of SUMMARY_FIELDS) out[name] = field(claims[name], SUMMARY_DEFAULTS[name]);
  for (const [name, claim] of Object.entries(claims)) if (!(name in out)) out[name] = field(claim, null);
  return out as Summary;
}
