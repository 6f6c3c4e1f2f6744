import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../claims/pipeline';
import type { Extractor } from '../../../claims/types';
import { extractFile } from '../../../cli/load';
import { pageOf } from '../helpers/page';

const finds = (word: string, field: string, value: unknown, busyMs = 0): Extractor => ({
  meta: { id: field, field, version: 1, description: 'test' },
  extract: (page) => {
    const until = performance.now() + busyMs;
    while (performance.now() < until); // stands for an extractor that takes a while
    return page.blocks
      .filter((b) => b.text.includes(word))
      .map((b) => ({ field, value, confidence: 0.9, evidence: { quote: word, block: b.index, start: b.text.indexOf(word), end: b.text.indexOf(word) + word.length } }));
  },
});

// Defect 1 (the deadline half): extraction had no deadline, only the DOM walk did.
describe('one deadline for reading and extraction', () => {
  const page = () => pageOf('We are SOC 2 Type II audited. Data is stored in the EU.');

  it('stops between extractors once the deadline passes: partial, with what the ones that ran found', () => {
    const slowSoc2 = finds('SOC 2 Type II', 'soc2', 'type2', 30);
    const region = finds('EU', 'dataRegion', ['EU']);
    const r = extractPage(page(), [slowSoc2, region], 0, { deadline: performance.now() + 5 });
    expect(r.summary.soc2.value).toBe('type2');
    expect(r.summary.dataRegion.value).toEqual([]);
    expect(r.unread).toEqual(['dataRegion']);
    expect(r.extractors).toEqual({ soc2: 1 }); // only the extractors that ran
    expect(r.partial).toBe(true);
  });

  it('runs everything and is not partial when the deadline is not reached', () => {
    const r = extractPage(page(), [finds('SOC 2 Type II', 'soc2', 'type2'), finds('EU', 'dataRegion', ['EU'])], 0, { deadline: performance.now() + 60_000 });
    expect(r.unread).toEqual([]);
    expect(r.partial).toBe(false);
    expect(r.summary.dataRegion.value).toEqual(['EU']);
  });

  it('the CLI passes its budget: a page read past it comes back partial, with no extractor run', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'assay-deadline-')), 'p.html');
    writeFileSync(file, '<!doctype html><title>Acme</title><p>Acme is SOC 2 Type II certified.</p>');
    const r = extractFile(file, { budgetMs: 1e-6 });
    expect(r.partial).toBe(true);
    expect(r.unread.length).toBeGreaterThan(20);
    expect(extractFile(file).partial).toBe(false);
  });
});
