import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractPage, extractText } from '../../../claims/pipeline';
import type { Extractor } from '../../../claims/types';
import { pageOf } from '../helpers/page';

const finds = (word: string, field: string, value: unknown, confidence = 0.9): Extractor => ({
  meta: { id: field, field, version: 3, description: 'test' },
  extract: (page) =>
    page.blocks
      .filter((b) => b.text.includes(word))
      .map((b) => ({ field, value, confidence, evidence: { quote: word, block: b.index, start: b.text.indexOf(word), end: b.text.indexOf(word) + word.length } })),
});
const crashes: Extractor = { meta: { id: 'broken', field: 'soc2', version: 1, description: 'throws' }, extract: () => { throw new Error('boom'); } };

describe('extractPage', () => {
  it('runs the registry, resolves and summarises, recording extractor versions', () => {
    const r = extractPage(pageOf('We are SOC 2 Type II audited.'), [finds('SOC 2 Type II', 'soc2', 'type2')]);
    // A sentence is the vendor's own statement: strength 3 (docs/DATA.md).
    expect(r.summary.soc2).toEqual({ value: 'type2', evidence: ['SOC 2 Type II'], strength: 3 });
    expect(r.claims.soc2!.extractor).toEqual({ id: 'soc2', version: 3 });
    expect(r.extractors).toEqual({ soc2: 3 });
    expect(r.summary.retentionDays).toEqual({ value: null, evidence: [] });
  });

  it('survives a crashing extractor and records it', () => {
    const r = extractPage(pageOf('Data is stored in the EU.'), [crashes, finds('EU', 'dataRegion', ['EU'])]);
    expect(r.errors).toEqual([{ extractor: 'broken', message: 'boom' }]);
    expect(r.summary.dataRegion.value).toEqual(['EU']);
  });

  it('drops a candidate whose quote is not where its offsets say', () => {
    const liar: Extractor = {
      meta: { id: 'liar', field: 'soc2', version: 1, description: 'bad offsets' },
      extract: () => [{ field: 'soc2', value: 'type2', confidence: 1, evidence: { quote: 'SOC 2', block: 0, start: 3, end: 8 } }],
    };
    expect(extractPage(pageOf('We are SOC 2 audited.'), [liar]).summary.soc2.value).toBe('not_stated');
  });
});

describe('extractDocument and extractText', () => {
  it('read HTML and text into an Extraction with vendor and summary', () => {
    const { document } = parseHTML('<html lang="en"><head><title>Security FAQ – Acmebox</title></head><body><main><h1>Security FAQ</h1><p>Data is stored in the EU.</p></main></body></html>');
    const r = extractDocument(document as unknown as Document, {}, [finds('EU', 'dataRegion', 'EU')]);
    expect(r).toMatchObject({ vendor: 'Acmebox', title: 'Security FAQ – Acmebox', lang: 'en', partial: false });
    expect(r.summary.dataRegion).toEqual({ value: ['EU'], evidence: ['EU'], strength: 3 });
    const t = extractText('# Trust\n\nData is stored in the **EU**.', { format: 'md' }, [finds('EU', 'dataRegion', 'EU')]);
    expect(t.summary.dataRegion.value).toEqual(['EU']);
  });

  it('time the extractors in `extract`, and reading plus extracting fits inside the call', () => {
    const slow: Extractor = {
      meta: { id: 'slow', field: 'soc2', version: 1, description: 'busy for 20 ms' },
      extract: () => {
        const until = performance.now() + 20;
        while (performance.now() < until);
        return [];
      },
    };
    const { document } = parseHTML('<html><body><main><p>Data is stored in the EU.</p></main></body></html>');
    const before = performance.now();
    const r = extractDocument(document as unknown as Document, {}, [slow]);
    const wall = performance.now() - before;
    expect(Number.isFinite(r.timings.read) && r.timings.read >= 0).toBe(true);
    expect(r.timings.extract).toBeGreaterThanOrEqual(20);
    // Each timing is rounded to 1/100 ms, so allow that much over the wall time.
    expect(r.timings.read + r.timings.extract).toBeLessThanOrEqual(wall + 0.01);
  });

  it('pass the read time through to extractPage, rounded to 1/100 ms', () => {
    expect(extractPage(pageOf('Data is stored in the EU.'), [], 12.3456).timings.read).toBe(12.35);
  });
});
