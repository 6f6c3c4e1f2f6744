import type { AssessmentRecord } from './types';
import type { Strength } from '../claims/types';
import { SUMMARY_FIELDS, fieldLabel, isNotStated, valueKey } from '../claims/fields';
import { applyOverrides, type EffectiveField } from './overrides';
import { latestReadings, byStrength, cmp, distinctTopValues, UNKNOWN_STRENGTH } from './merge-rule';

/** One page's reading of a field (its latest reading). */
export interface MergeSource {
  url: string;
  assessedAt: string;
  value: unknown;
  evidence: string[];
  /** How explicit the page is about its value (claims/types.ts `Strength`); null when it states nothing. */
  strength: Strength | null;
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
  /** Every page's reading in rule order: overrides, then by strength, then newest, then URL. */
  sources: MergeSource[];
  /**
   * True when the pages' strongest readings disagree and no reviewer override settles it. The score
   * treats it at the weaker value (compare/vendor-view.ts); the popup, compare cell and CSV show it.
   */
  conflict: boolean;
  /** The pages' own strongest readings that disagree, one per value (chosen first); empty when they agree. Kept when an override settles them. */
  disagreement: MergeSource[];
  /** Every distinct stated value, chosen one first. */
  values: unknown[];
}

export interface MergedAssessment {
  /** Pages merged (latest reading of each), newest first, then by URL. */
  urls: string[];
  /** The newest `assessedAt` among them. */
  assessedAt: string | null;
  fields: MergedField[];
}

const strengthOf = (value: unknown, s: Strength | undefined): Strength | null => (isNotStated(value) ? null : (s ?? UNKNOWN_STRENGTH));

export type MergeInput = Pick<AssessmentRecord, 'url' | 'assessedAt' | 'summary' | 'overrides'> & { id?: string };

/**
 * Merges a vendor's pages, field by field, by one rule (docs/DATA.md, "Merging a vendor's pages"). The result
 * depends only on the set of readings, never on the order they come in or which page was viewed last:
 * 1. Each page counts with its latest reading (`assessedAt`; ties by id, then content).
 * 2. A reviewer's override wins: it is the reviewer's decision (several: the latest `at`, then URL). A
 *    disagreement among the pages stays listed (`disagreement`) but is settled (`conflict` false).
 * 3. Otherwise the strongest evidence wins: the vendor's own explicit statement (3) over a listing (2) over a
 *    heading or badge (1); readings stored without a strength count as listings. "Not stated" never wins.
 * 4. Pages whose strongest readings hold different values are in conflict (arrays compare as sets; a general
 *    value such as SOC 2 "compliant" gives way to a specific one such as "Type II" and does not conflict).
 * 5. Ties at the top strength: the newest reading, then the URL in code-point order.
 */
export function mergeAssessments(assessments: readonly MergeInput[]): MergedAssessment {
  const pages = latestReadings(assessments);
  const effective = pages.map((p) => ({ page: p, summary: applyOverrides(p.summary, p.overrides) }));
  const known = [...SUMMARY_FIELDS] as string[];
  const extra = [...new Set(effective.flatMap((e) => Object.keys(e.summary)))].filter((f) => !known.includes(f)).sort();

  const fields = [...known, ...extra].map((field): MergedField => {
    const sources: MergeSource[] = [];
    const own: MergeSource[] = [];
    for (const { page, summary } of effective) {
      const f = summary[field] as EffectiveField | undefined;
      if (!f) continue;
      const src: MergeSource = { url: page.url, assessedAt: page.assessedAt, value: f.value, evidence: f.evidence, strength: f.override ? null : strengthOf(f.value, f.strength) };
      if (f.override) src.override = f.override;
      sources.push(src);
      // The page's own reading: the same object unless the reviewer overrode it.
      const pageField = f.override ? page.summary[field] : f;
      if (pageField) own.push(f.override ? { url: page.url, assessedAt: page.assessedAt, value: pageField.value, evidence: pageField.evidence, strength: strengthOf(pageField.value, pageField.strength) } : src);
    }
    sources.sort(byStrength);
    own.sort(byStrength);
    // The latest decision wins; two at one instant: the URL, not when the pages were read.
    const overrides = sources.filter((s) => s.override).sort((x, y) => cmp(y.override!.at, x.override!.at) || cmp(x.url, y.url) || cmp(valueKey(x.value), valueKey(y.value)));
    const disagreement = distinctTopValues(field, own);
    const chosen = overrides[0] ?? disagreement[0] ?? sources[0];
    const values: unknown[] = [];
    const keys = new Set<string>();
    for (const s of chosen ? [chosen, ...sources, ...own] : []) {
      if (isNotStated(s.value)) continue;
      const k = valueKey(s.value);
      if (keys.has(k)) continue;
      keys.add(k);
      values.push(s.value);
    }
    return {
      field,
      label: fieldLabel(field),
      value: chosen?.value ?? null,
      evidence: chosen?.evidence ?? [],
      from: chosen?.url ?? null,
      sources: [...overrides, ...sources.filter((s) => !s.override)],
      conflict: overrides.length === 0 && disagreement.length > 1,
      disagreement: disagreement.length > 1 ? disagreement : [],
      values,
    };
  });
  return { urls: pages.map((p) => p.url), assessedAt: pages[0]?.assessedAt ?? null, fields };
}

/**
 * The fields where `url`'s reading is in an unsettled conflict with another page of the same vendor: what the
 * popup marks on a page's rows. `pages` are the vendor's readings (any order, the current one included).
 */
export function disagreementsOf(url: string, pages: readonly MergeInput[]): Map<string, MergedField> {
  const out = new Map<string, MergedField>();
  for (const f of mergeAssessments(pages).fields) if (f.conflict && f.disagreement.some((s) => s.url === url)) out.set(f.field, f);
  return out;
}
