import type { VendorView } from '../../compare/vendor-view';
import { FIELD_NAMES, fieldLabel, isNotStated, valueKey } from '../../claims/fields';
import type { Rubric } from '../../rubric/schema';
import type { ConflictReading, Verdict } from '../../rubric/score';

/** One vendor's cell in a compare row. */
export interface CompareCell {
  field: string;
  value: unknown;
  /** Null on rows the rubric does not score. */
  verdict: Verdict | null;
  evidence: string[];
  overridden: boolean;
  /** Share of the criterion's points earned (0–1); null when not scored or not counted. */
  share: number | null;
  /** The vendor's pages disagree on the field: each page's reading (the scored one first); null when they agree. */
  conflict: ConflictReading[] | null;
}

export interface CompareRowData {
  key: string;
  label: string;
  field: string;
  dealBreaker: boolean;
  /** True for a field the rubric does not score (shown on request). */
  extra: boolean;
  cells: CompareCell[];
  /** The vendors' verdicts are not all the same. */
  verdictsDiffer: boolean;
  /** The vendors' values are not all the same (every not-stated form counts as one). */
  valuesDiffer: boolean;
}

const differ = (xs: readonly string[]) => new Set(xs).size > 1;

/** The rubric's criteria as rows, then (when asked) every other field any of the vendors states. */
export function compareRows(rubric: Rubric, views: readonly VendorView[], allFields: boolean): CompareRowData[] {
  const rows: CompareRowData[] = rubric.criteria.map((c) => {
    const cells = views.map((v): CompareCell => {
      const x = v.score.criteria.find((y) => y.id === c.id)!;
      return { field: x.field, value: x.value, verdict: x.verdict, evidence: x.evidence, overridden: x.overridden, share: x.excluded || x.max === 0 ? null : x.points / x.max, conflict: x.conflict ?? null };
    });
    return {
      key: c.id,
      label: c.label,
      field: c.field,
      dealBreaker: c.dealBreaker,
      extra: false,
      cells,
      verdictsDiffer: differ(cells.map((x) => x.verdict ?? '')),
      valuesDiffer: differ(cells.map((x) => valueKey(x.value))),
    };
  });
  if (!allFields) return rows;
  const scored = new Set(rubric.criteria.map((c) => c.field));
  const stated = new Set(views.flatMap((v) => v.merged.fields.filter((f) => !isNotStated(f.value)).map((f) => f.field)));
  const order = (f: string) => {
    const i = (FIELD_NAMES as string[]).indexOf(f);
    return i === -1 ? FIELD_NAMES.length : i;
  };
  const extra = [...stated].filter((f) => !scored.has(f)).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  for (const field of extra) {
    const cells = views.map((v): CompareCell => {
      const f = v.merged.fields.find((x) => x.field === field);
      const conflict = f?.conflict ? f.disagreement.map((s) => ({ value: s.value, url: s.url, assessedAt: s.assessedAt, evidence: s.evidence })) : null;
      return { field, value: f?.value ?? null, verdict: null, evidence: f?.evidence ?? [], overridden: Boolean(f?.sources.find((s) => s.url === f.from)?.override), share: null, conflict };
    });
    const valuesDiffer = differ(cells.map((x) => valueKey(x.value)));
    rows.push({ key: `field:${field}`, label: fieldLabel(field), field, dealBreaker: false, extra: true, cells, verdictsDiffer: false, valuesDiffer });
  }
  return rows;
}
