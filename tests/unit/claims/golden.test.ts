import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, labelledPages, labelsOf, pageFiles, SETS, type LabelledPage } from '../helpers/fixtures';
import { checkPage, type PageCheck } from '../helpers/golden';

// Every labelled page, counted exactly: a page added, lost or left unlabelled changes a count and fails here.
const COUNTS: Record<(typeof SETS)[number], number> = { seeds: 5, html: 5, pages: 30, corpus: 61 };

// The corpus's 46 second-round pages were never tuned to; the fields Assay still reads wrong there are
// listed, one "<file> <field>" each ("<file> *" when the pipeline throws), in known-misses.json. Every
// other set must read right in full.
const KNOWN_MISSES = JSON.parse(readFileSync(join(FIXTURES, 'corpus', 'known-misses.json'), 'utf8')) as { fields: string[] };
const RATCHETED: Partial<Record<string, string[]>> = { corpus: KNOWN_MISSES.fields };

const pages = labelledPages();
const checks = new Map<LabelledPage, PageCheck>();
const check = (page: LabelledPage) => checks.get(page) ?? checks.set(page, checkPage(page)).get(page)!;
const lines = (found: [string, string][]) => found.map(([key, why]) => `${key}: ${why}`);

describe('golden fixtures: the pipeline reads every labelled page as a reviewer would', () => {
  it('counts every set exactly: each label has its file and each page file its label', () => {
    expect(Object.keys(COUNTS).sort()).toEqual([...SETS].sort());
    for (const set of SETS) {
      const labelled = Object.keys(labelsOf(set)).sort();
      expect(pageFiles(set), `${set}: files on disk = labels in expected.json`).toEqual(labelled);
      expect(labelled.length, `${set}: labelled pages`).toBe(COUNTS[set]);
      expect(pages.filter((p) => p.set === set).length, `${set}: pages read`).toBe(COUNTS[set]);
    }
  });

  for (const set of SETS) {
    const known = RATCHETED[set];
    if (!known) {
      it(`${set}: every labelled field matches`, () => {
        const misses = pages.filter((p) => p.set === set).flatMap((p) => [...check(p).misses]);
        expect(lines(misses), `\n${lines(misses).join('\n')}\n`).toEqual([]);
      });
    } else {
      it(`${set}: every labelled field matches, except the known misses, and every known miss is still a miss`, () => {
        expect(new Set(known).size, 'known-misses.json lists an entry twice').toBe(known.length);
        const misses = pages.filter((p) => p.set === set).flatMap((p) => [...check(p).misses]);
        const missed = new Set(misses.map(([key]) => key));
        const fresh = lines(misses.filter(([key]) => !known.includes(key)));
        const fixed = known.filter((key) => !missed.has(key)).map((key) => `${key}: reads right now: delete it from known-misses.json`);
        const problems = [...fresh.map((l) => `not a known miss: ${l}`), ...fixed];
        expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
      });
    }
    it(`${set}: every value read carries quotes found on its page verbatim`, () => {
      const bad = lines(pages.filter((p) => p.set === set).flatMap((p) => [...check(p).evidence]));
      expect(bad, `\n${bad.join('\n')}\n`).toEqual([]);
    });
  }
});
