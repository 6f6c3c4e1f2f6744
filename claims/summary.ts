import { SUMMARY_FIELDS, isNotStated, notStatedValue } from './fields';
import type { Claim, Summary, SummaryField } from './types';

export { SUMMARY_FIELDS };

function field(claim: Claim | undefined, name: string): SummaryField<unknown> {
  if (!claim) return { value: notStatedValue(name), evidence: [] };
  const value = Array.isArray(claim.value) ? [...new Set(claim.value.map(String))].sort() : claim.value;
  const evidence = [...new Set(claim.evidence.map((e) => e.quote).filter((q) => q.length > 0))];
  // The strength says how explicit a stated value is, for merging a vendor's pages (docs/DATA.md).
  return claim.strength !== undefined && !isNotStated(value) ? { value, evidence, strength: claim.strength } : { value, evidence };
}

/**
 * Claims to the normalised summary: the eight FIELDS.md fields always present (defaults 'not_stated',
 * [] or null by the field list, no evidence), then every extra field that has a claim. Evidence is the quote strings.
 */
export function summarize(claims: Record<string, Claim>): Summary {
  const out: Record<string, SummaryField<unknown>> = {};
  for (const name of SUMMARY_FIELDS) out[name] = field(claims[name], name);
  for (const [name, claim] of Object.entries(claims)) if (!(name in out)) out[name] = field(claim, name);
  return out as Summary;
}
