import { expect } from 'vitest';
import type { Candidate, Extractor, Page } from '../../../claims/types';
import { pageOf, type BlockSpec } from './page';

/** One row of a valid/invalid table: a page (one sentence, or several blocks) and what it must give. */
export interface Case<V> {
  name?: string;
  page: string | BlockSpec[];
  /** The value read (for array fields, the union over candidates), or undefined for "no candidate". */
  value?: V;
  /** The quote of the best candidate (highest confidence, first on the page). */
  quote?: string;
}

export function pageFor(spec: string | BlockSpec[]): Page {
  return typeof spec === 'string' ? pageOf(spec) : pageOf(...spec);
}

/** Every candidate's quote must be the exact slice of its block's text. */
export function expectVerbatim(page: Page, cands: Candidate[]): void {
  for (const c of cands) {
    const e = c.evidence;
    expect(page.blocks[e.block]!.text.slice(e.start, e.end)).toBe(e.quote);
  }
}

export function best<V>(cands: Candidate<V>[]): Candidate<V> | undefined {
  return [...cands].sort((a, b) => b.confidence - a.confidence)[0];
}

/** Union of array values, sorted, so "[EU] here and [UK] there" reads as [EU, UK]. */
export function unionOf(cands: Candidate<string[]>[]): string[] {
  return [...new Set(cands.flatMap((c) => c.value))].sort();
}

export function run<V>(extractor: Extractor<V>, spec: string | BlockSpec[]): { page: Page; cands: Candidate<V>[] } {
  const page = pageFor(spec);
  const cands = extractor.extract(page);
  expectVerbatim(page, cands as Candidate[]);
  return { page, cands };
}
