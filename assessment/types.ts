/**
 * An assessment: one reading of one page at one time, with the reviewer's corrections. Pure shapes and
 * helpers; store/ keeps these records in IndexedDB, and the score is always computed from them on read
 * (rubric/score.ts), never stored.
 */
import type { Claim, Override, Summary } from '../claims/types';

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
