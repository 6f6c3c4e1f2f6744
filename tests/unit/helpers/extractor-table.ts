import { describe, expect, it } from 'vitest';
import type { Candidate, Extractor, Page } from '../../../claims/types';
import { pageOf, type BlockSpec } from './page';

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

function build(c: { page: string | BlockSpec[]; title?: string }): Page {
  const page = typeof c.page === 'string' ? pageOf(c.page) : pageOf(...c.page);
  return c.title ? { ...page, title: c.title } : page;
}

function best<V>(cands: Candidate<V>[]): Candidate<V> | undefined {
  return [...cands].sort((a, b) => b.confidence - a.confidence)[0];
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
        const page = build(c);
        const got = best(extractor.extract(page));
        expect(got?.value).toEqual(c.value);
        expect(got!.field).toBe(extractor.meta.field);
        const ev = got!.evidence;
        expect(ev.quote).toBe(c.quote);
        expect(page.blocks[ev.block]!.text.slice(ev.start, ev.end)).toBe(ev.quote);
        expect(page.blocks[ev.block]!.text.indexOf(c.quote)).toBeGreaterThanOrEqual(0);
      });
    });
    describe('invalid', () => {
      it.each(invalid.map((c) => [label(c), c] as const))('%s', (_, c) => {
        expect(extractor.extract(build(c))).toEqual([]);
      });
    });
  });
}
