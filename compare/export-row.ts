/**
 * A vendor view as the export sees it (CSV row and report): per field its value, verdict in words, points,
 * quotes, source page with a text-fragment link, when it was read, any conflict between the vendor's pages,
 * and the reviewer's note. Shared by the compare page and the CLI. Pure.
 */
import { FIELD_NAMES, fieldLabel, formatValue, isNotStated } from '../claims/fields';
import type { MergedField } from '../assessment/merge';
import type { CriterionScore, Verdict } from '../rubric/types';
import type { ComparisonField, ComparisonRow } from './csv';
import { quoteLink } from './text-fragment';
import type { VendorView } from './vendor-view';

/** Verdicts as the export's readers see them: words, not tokens. */
export const VERDICT_WORDS: Record<Verdict, string> = { pass: 'pass', partial: 'partial', fail: 'fail', not_stated: 'not stated' };

/** Quotes in a cell: a lone FAQ answer ("Not yet.") needs the sentences beside it, so up to three. */
const QUOTES = 3;

/** One page's reading in words, with its link: `Type I — https://acme.com/security#:~:text=… “We hold a Type I report.”`. */
function readingLine(field: string, r: { value: unknown; url: string; evidence: readonly string[] }): string {
  const quote = r.evidence[0];
  return `${formatValue(field, r.value)} — ${quoteLink(r.url, quote)}${quote ? ` “${quote}”` : ''}`;
}

function conflictText(f: MergedField | undefined, c: CriterionScore | undefined): { text: string; open: boolean } {
  const readings = c?.conflict ?? (f?.conflict ? f.disagreement : null);
  if (readings && f) return { text: `Pages disagree; scored at the weaker value:\n${readings.map((r) => readingLine(f.field, r)).join('\n')}`, open: true };
  if (f && f.disagreement.length > 1) return { text: `Settled by reviewer; the pages said:\n${f.disagreement.map((r) => readingLine(f.field, r)).join('\n')}`, open: false };
  return { text: '', open: false };
}

/** The export fields of one field of a vendor, scored (`c`) or not. */
function exportField(f: MergedField | undefined, field: string, label: string, c: CriterionScore | undefined): ComparisonField {
  const scoredAt = c?.conflict?.[0];
  const chosen = f?.sources.find((s) => s.url === f.from);
  const override = chosen?.override;
  const value = c ? c.value : (f?.value ?? null);
  const mentions = c ? c.mentions : isNotStated(value) ? (f?.evidence ?? []) : [];
  const evidence = scoredAt ? scoredAt.evidence : c ? c.evidence : isNotStated(value) ? [] : (f?.evidence ?? []);
  const { text: conflict, open } = conflictText(f, c);
  let quote: string;
  if (override) {
    const page = override.pageEvidence[0];
    quote = `Set by reviewer${override.note ? `: ${override.note}` : ''} (the page said ${formatValue(field, override.pageValue)}${page ? `: “${page}”` : ''})`;
  } else quote = (evidence.length > 0 ? evidence : mentions).slice(0, QUOTES).join('\n');
  const url = scoredAt?.url ?? f?.from ?? '';
  const stated = !isNotStated(value) || mentions.length > 0;
  return {
    field,
    label,
    value: isNotStated(value) && mentions.length > 0 ? 'mentioned — status unclear' : formatValue(field, value),
    verdict: c ? VERDICT_WORDS[c.verdict] : 'not scored',
    points: c && !c.excluded ? c.points : null,
    quote,
    quotes: override ? [] : (evidence.length > 0 ? evidence : mentions),
    source: url && stated ? (override ? url : quoteLink(url, (evidence.length > 0 ? evidence : mentions)[0])) : '',
    readAt: override ? override.at : stated ? (scoredAt?.assessedAt ?? chosen?.assessedAt ?? '') : '',
    conflict,
    inConflict: open,
    note: override?.note ?? '',
    setBy: override ? 'reviewer' : stated ? 'page' : '',
  };
}

/** Every field of the export: the rubric's criteria in rubric order, then every other field Assay reads. */
export function exportFields(v: VendorView): ComparisonField[] {
  const merged = new Map(v.merged.fields.map((f) => [f.field, f]));
  const scored = v.score.criteria.map((c) => exportField(merged.get(c.field), c.field, c.label, c));
  const others = new Set<string>([...FIELD_NAMES, ...merged.keys()]);
  for (const f of scored) others.delete(f.field);
  return [...scored, ...[...others].map((field) => exportField(merged.get(field), field, fieldLabel(field), undefined))];
}

/** The CSV row of a vendor view. */
export function toComparisonRow(v: VendorView): ComparisonRow {
  return {
    vendor: v.name,
    domain: v.id,
    tags: v.tags,
    note: v.note,
    urls: v.urls,
    assessedAt: v.assessedAt ?? '',
    rubricName: v.score.rubric.name,
    score: v.score.total,
    grade: v.score.grade,
    fields: exportFields(v),
    questions: v.score.questions,
  };
}
