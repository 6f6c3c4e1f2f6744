/**
 * An assessment: one reading of one page at one time, with the reviewer's corrections. Pure shapes and
 * helpers; store/ keeps these records in IndexedDB, and the score is always computed from them on read
 * (rubric/score.ts), never stored.
 */
import type { Claim, Extraction, Override, Summary } from '../claims/types';
import { normalizePageUrl } from './page-url';

export type { Override };

/** One reading of one page at one time. A page's history is its assessments ordered by `assessedAt`. */
export interface AssessmentRecord {
  /** Random UUID. */
  id: string;
  vendorId: string;
  /** The page address, normalised (assessment/page-url.ts). */
  url: string;
  title: string | null;
  lang: string | null;
  assessedAt: string;
  /** Extractor id → version that made this extraction. */
  extractorVersions: Record<string, number>;
  /** The Extraction's claims with evidence; each carries `extractor: { id, version }`. */
  claims: Record<string, Claim>;
  summary: Summary;
  /** Field → the reviewer's override; the page's own value stays in `summary`. */
  overrides: Record<string, Override>;
  /** The rubric active when the page was read (for the record; scores are computed with the active rubric on read). */
  rubricId: string | null;
  rubricVersion: number | string | null;
  /** True when reading stopped early (size or time budget). */
  partial: boolean;
  schemaVersion: number;
}

/** An assessment without its claims: what lists, merges and scores need. Kept in step with `assessments`. */
export type AssessmentHead = Omit<AssessmentRecord, 'claims'>;

/** The head of an assessment: all of it but the claims. */
export function headOf(a: AssessmentRecord): AssessmentHead {
  const { claims: _claims, ...head } = a;
  return head;
}

/** Assessments (or heads) by vendor id, keeping their order within each vendor. */
export function groupByVendor<T extends { vendorId: string }>(list: readonly T[]): Map<string, T[]> {
  const byVendor = new Map<string, T[]>();
  for (const a of list) {
    const group = byVendor.get(a.vendorId);
    if (group) group.push(a);
    else byVendor.set(a.vendorId, [a]);
  }
  return byVendor;
}

/** What a reading brings to a record: the extraction, the reviewer's overrides it carries, the rubric in force. */
export interface RecordSource {
  extraction: Pick<Extraction, 'url' | 'title' | 'lang' | 'partial' | 'claims' | 'summary' | 'extractors'>;
  overrides?: Record<string, Override>;
  rubric?: { id: string; version: number | string } | null;
}

/** The assessment record of one reading (pure): the same shape whether it is stored or only shown. */
export function buildRecord(src: RecordSource, at: { id: string; vendorId: string; assessedAt: string; schemaVersion: number }): AssessmentRecord {
  const x = src.extraction;
  return {
    id: at.id,
    vendorId: at.vendorId,
    url: x.url ? normalizePageUrl(x.url) : '',
    title: x.title,
    lang: x.lang,
    assessedAt: at.assessedAt,
    extractorVersions: { ...x.extractors },
    claims: x.claims,
    summary: x.summary,
    overrides: { ...src.overrides },
    rubricId: src.rubric?.id ?? null,
    rubricVersion: src.rubric?.version ?? null,
    partial: x.partial,
    schemaVersion: at.schemaVersion,
  };
}
