import { isNotStated } from '../../../claims/fields';
import { describe, expect, it } from 'vitest';
import type { Candidate, Extractor, Page } from '../../../claims/types';
import { pageOf, type BlockSpec } from './page';

// Table tests for extractors: `runTable` for a whole valid/invalid table in one call, and the pieces
// (`run`, `best`, `unionOf`, `expectVerbatim`) for tables that check more than the best candidate.

/** A case: the page (one sentence, or block specs), the value the best candidate must carry, and its quote. */
export interface Valid<V> {
  page: string | BlockSpec[];
  value: V;
  quote: string;
  title?: string;
}

/** A case that must yield no candidate at all. */
export interface Invalid {
  page: string | BlockSpec[];
  title?: string;
}

/** One row of a hand-run table: a page (one sentence, or several blocks) and what it must give. */
export interface Case<V> {
  name?: string;
  page: string | BlockSpec[];
  /** The value read (for array fields, the union over candidates), or undefined for "no candidate". */
  value?: V;
  /** The quote of the best candidate (highest confidence, first on the page). */
  quote?: string;
}

/** The page a case describes: one sentence, or several blocks; `title` sets the page title. */
export function pageFor(spec: string | BlockSpec[], title?: string): Page {
  const page = typeof spec === 'string' ? pageOf(spec) : pageOf(...spec);
  return title ? { ...page, title } : page;
}

/** Every candidate's quote must be the exact slice of its block's text. */
export function expectVerbatim(page: Page, cands: Candidate[]): void {
  for (const c of cands) {
    const e = c.evidence;
    expect(page.blocks[e.block]!.text.slice(e.start, e.end)).toBe(e.quote);
  }
}

/** The highest-confidence candidate; on a tie, the first on the page. */
export function best<V>(cands: Candidate<V>[]): Candidate<V> | undefined {
  return [...cands].sort((a, b) => b.confidence - a.confidence)[0];
}

/** Union of array values, sorted, so "[EU] here and [UK] there" reads as [EU, UK]. */
export function unionOf(cands: Candidate<string[]>[]): string[] {
  return [...new Set(cands.flatMap((c) => c.value))].sort();
}

/** Runs the extractor on a page and checks every candidate's quote is verbatim. */
export function run<V>(extractor: Extractor<V>, spec: string | BlockSpec[], title?: string): { page: Page; cands: Candidate<V>[] } {
  const page = pageFor(spec, title);
  const cands = extractor.extract(page);
  expectVerbatim(page, cands as Candidate[]);
  return { page, cands };
}

const label = (c: { page: string | BlockSpec[] }) =>
  (typeof c.page === 'string' ? c.page : c.page.map((s) => (typeof s === 'string' ? s : s.text)).join(' / ')).slice(0, 110);

/** ESLint RuleTester in miniature: valid readings with their quote and offsets, and invalid pages giving nothing. */
export function runTable<V>(extractor: Extractor<V>, valid: Valid<V>[], invalid: Invalid[]): void {
  describe(extractor.meta.id, () => {
    it('reads at least 15 phrasings right and is fooled by none of at least 15 traps', () => {
      expect(valid.length).toBeGreaterThanOrEqual(15);
      expect(invalid.length).toBeGreaterThanOrEqual(15);
    });
    describe('valid', () => {
      it.each(valid.map((c) => [label(c), c] as const))('%s', (_, c) => {
        const { page, cands } = run(extractor, c.page, c.title);
        const got = best(cands);
        expect(got?.value).toEqual(c.value);
        expect(got!.field).toBe(extractor.meta.field);
        expect(got!.evidence.quote).toBe(c.quote);
        expect(page.blocks[got!.evidence.block]!.text).toContain(c.quote);
      });
    });
    describe('invalid', () => {
      it.each(invalid.map((c) => [label(c), c] as const))('%s', (_, c) => {
        // No value: nothing at all, or only "mentioned — status unclear" readings, whose value is not stated.
        const stated = extractor.extract(pageFor(c.page, c.title)).filter((x) => !isNotStated(x.value));
        expect(stated).toEqual([]);
      });
    });
  });
}
