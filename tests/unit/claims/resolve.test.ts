import { describe, expect, it } from 'vitest';
import { resolveClaims, resolveField, type TaggedCandidate } from '../../../claims/resolve';

const ex = { id: 'x', version: 1 };
const c = (field: string, value: unknown, confidence: number, block: number, quote = `q${block}`): TaggedCandidate => ({
  candidate: { field, value, confidence, evidence: { quote, block, start: 0, end: quote.length } },
  extractor: ex,
});

describe('resolveField', () => {
  it('takes the most confident value, then the earliest on the page', () => {
    expect(resolveField('soc2', [c('soc2', 'planned', 0.6, 1), c('soc2', 'type2', 0.9, 5)])!.value).toBe('type2');
    expect(resolveField('soc2', [c('soc2', 'planned', 0.8, 7), c('soc2', 'type2', 0.8, 2)])!.value).toBe('type2');
  });

  it('keeps every quote supporting the chosen value and lists the other values as conflicts', () => {
    const claim = resolveField('retentionDays', [c('retentionDays', 30, 0.9, 1), c('retentionDays', 30, 0.7, 4), c('retentionDays', 7, 0.5, 2), c('retentionDays', 30, 0.7, 4)])!;
    expect(claim.value).toBe(30);
    expect(claim.evidence.map((e) => e.block)).toEqual([1, 4]);
    expect(claim.conflicts).toEqual([{ value: 7, evidence: [expect.objectContaining({ block: 2 })] }]);
    expect(claim.extractor).toEqual(ex);
  });

  it('unions well-supported readings of a set field and keeps weak ones as conflicts', () => {
    const claim = resolveField('dataRegion', [c('dataRegion', ['EU'], 0.9, 1), c('dataRegion', 'US', 0.85, 2), c('dataRegion', ['APAC'], 0.4, 3)])!;
    expect(claim.value).toEqual(['EU', 'US']);
    expect(claim.evidence.map((e) => e.block)).toEqual([1, 2]);
    expect(claim.conflicts).toEqual([{ value: ['APAC'], evidence: [expect.objectContaining({ block: 3 })] }]);
  });

  it('gives nothing for no candidates', () => {
    expect(resolveField('soc2', [])).toBeUndefined();
  });
});

describe('resolveClaims', () => {
  it('resolves each field on its own', () => {
    const claims = resolveClaims([c('soc2', 'type1', 0.9, 0), c('iso27001', 'planned', 0.8, 1)]);
    expect(Object.keys(claims)).toEqual(['iso27001', 'soc2']);
    expect(claims.soc2!.value).toBe('type1');
  });
});
