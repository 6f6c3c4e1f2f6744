import type { AssessmentRecord } from './types';
import { SUMMARY_FIELDS, fieldLabel, isNotStated, valueKey } from '../claims/fields';
import { applyOverrides, type EffectiveField } from './overrides';

/** One page's reading of a field. */
export interface MergeSource {
  url: string;
  assessedAt: string;
  value: unknown;
  evidence: string[];
  /** Set when the value is the reviewer's override for that page. */
  override?: EffectiveField['override'];
}

/** A field across a vendor's pages. */
export interface MergedField {
  field: string;
  label: string;
  /** The value chosen by the rule in mergeAssessments. */
  value: unknown;
  evidence: string[];
  /** URL of the page the value comes from; null when no page has the field. */
  from: string | null;
  /** Every page's reading, newest first. */
  sources: MergeSource[];
  /** True when pages state different values; `values` lists them, chosen one first. */
  conflict: boolean;
  values: unknown[];
}

export interface MergedAssessment {
  /** Pages merged (newest reading of each), newest first. */
  urls: string[];
  /** The newest `assessedAt` among them. */
  assessedAt: string | null;
  fields: MergedField[];
}

type MergeInput = Pick<AssessmentRecord, 'url' | 'assessedAt' | 'summary' | 'overrides'>;

/**
 * Merges several pages' assessments of one vendor, field by field. The rule:
 * 1. Only the newest assessment of each URL counts; older ones are that page's history.
 * 2. Each page contributes what the reviewer sees: its value with overrides applied.
 * 3. A reviewer's override beats a value the page states, which beats "not stated";
 *    within a tier, the most recently assessed page wins (ties: URL order).
 * 4. Pages stating different values are a conflict (arrays compare as sets); the
 *    other values stay listed, never hidden. "Not stated" never conflicts.
 */
export function mergeAssessments(assessments: readonly MergeInput[]): MergedAssessment {
  const newest = new Map<string, MergeInput>();
  for (const a of assessments) {
    const seen = newest.get(a.url);
    if (!seen || a.assessedAt > seen.assessedAt) newest.set(a.url, a);
  }
  const pages = [...newest.values()].sort((x, y) => y.assessedAt.localeCompare(x.assessedAt) || x.url.localeCompare(y.url));
  const effective = pages.map((p) => ({ page: p, summary: applyOverrides(p.summary, p.overrides) }));
  const known = [...SUMMARY_FIELDS] as string[];
  const extra = [...new Set(effective.flatMap((e) => Object.keys(e.summary)))].filter((f) => !known.includes(f)).sort();

  const fields = [...known, ...extra].map((field): MergedField => {
    const sources: MergeSource[] = effective.flatMap(({ page, summary }) => {
      const f = summary[field] as EffectiveField | undefined;
      if (!f) return [];
      return [{ url: page.url, assessedAt: page.assessedAt, value: f.value, evidence: f.evidence, ...(f.override ? { override: f.override } : {}) }];
    });
    const tier = (s: MergeSource) => (s.override ? 2 : isNotStated(s.value) ? 0 : 1);
    // sources are newest first already; a stable sort by tier keeps that order within a tier.
    const chosen = [...sources].sort((x, y) => tier(y) - tier(x))[0];
    const values: unknown[] = [];
    const keys = new Set<string>();
    for (const s of chosen ? [chosen, ...sources] : []) {
      if (isNotStated(s.value) || keys.has(valueKey(s.value))) continue;
      keys.add(valueKey(s.value));
      values.push(s.value);
    }
    return {
      field,
      label: fieldLabel(field),
      value: chosen?.value ?? null,
      evidence: chosen?.evidence ?? [],
      from: chosen?.url ?? null,
      sources,
      conflict: values.length > 1,
      values,
    };
  });
  return { urls: pages.map((p) => p.url), assessedAt: pages[0]?.assessedAt ?? null, fields };
}
