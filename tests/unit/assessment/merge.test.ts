import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../claims/types';
import { mergeAssessments } from '../../../assessment/merge';
import type { Override } from '../../../store/schema';
import { summary } from '../store/helpers';

const page = (url: string, day: number, over: Partial<Summary> = {}, overrides: Record<string, Override> = {}) => ({
  url,
  assessedAt: `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`,
  summary: summary(over),
  overrides,
});
const field = (m: ReturnType<typeof mergeAssessments>, f: string) => m.fields.find((x) => x.field === f)!;
const notStated = { value: 'not_stated' as const, evidence: [] };

describe('mergeAssessments', () => {
  const A = 'https://acme.com/security';
  const B = 'https://trust.acme.com/';
  const C = 'https://acme.com/dpa';

  const cases: [name: string, pages: ReturnType<typeof page>[], f: string, value: unknown, from: string | null, conflict: boolean][] = [
    ['one page', [page(A, 1)], 'soc2', 'planned', A, false],
    ['pages agree', [page(A, 1), page(B, 2)], 'soc2', 'planned', B, false],
    ['equally strong pages that disagree: a conflict, the newer one shown first', [page(A, 1, { soc2: { value: 'type2', evidence: ['Type II'] } }), page(B, 2)], 'soc2', 'planned', B, true],
    ['stated beats not stated, even when older', [page(A, 1, { soc2: { value: 'type2', evidence: ['Type II'] } }), page(B, 5, { soc2: notStated })], 'soc2', 'type2', A, false],
    ['[] is not stated', [page(A, 1), page(B, 2, { dataRegion: { value: [], evidence: [] } })], 'dataRegion', ['EU'], A, false],
    ['regions as sets: same', [page(A, 1, { dataRegion: { value: ['US', 'EU'], evidence: [] } }), page(B, 2, { dataRegion: { value: ['EU', 'US'], evidence: [] } })], 'dataRegion', ['EU', 'US'], B, false],
    ['regions differ', [page(A, 1, { dataRegion: { value: ['US'], evidence: [] } }), page(B, 2)], 'dataRegion', ['EU'], B, true],
    ['only the newest reading of a page counts', [page(A, 1, { retentionDays: { value: 7, evidence: [] } }), page(A, 3), page(B, 2)], 'retentionDays', 30, A, false],
    ['nobody states it', [page(A, 1), page(B, 2)], 'breachNoticeHours', null, B, false],
    // The reviewer's decision settles the pages' disagreement (it stays listed in `disagreement`).
    ['an override beats a newer stated value', [page(A, 1, {}, { soc2: { value: 'type1', note: 'report', by: 'reviewer', at: '2026-11-03T00:00:00Z' } }), page(B, 2, { soc2: { value: 'type2', evidence: [] } })], 'soc2', 'type1', A, false],
    ['extra fields merge too', [page(A, 1, { pentest: { value: 'annual', evidence: ['Annual.'] } }), page(B, 2)], 'pentest', 'annual', A, false],
  ];
  it.each(cases)('%s', (_, pages, f, value, from, conflict) => {
    const got = field(mergeAssessments(pages), f);
    expect({ value: got.value, from: got.from, conflict: got.conflict }).toEqual({ value, from, conflict });
  });

  it('keeps every page’s reading and the conflicting values in view', () => {
    const m = mergeAssessments([page(A, 1, { soc2: { value: 'type2', evidence: ['Type II'] } }), page(B, 3), page(C, 2, { soc2: { value: 'type1', evidence: ['Type I'] } })]);
    const soc2 = field(m, 'soc2');
    expect(m.urls).toEqual([B, C, A]);
    expect(m.assessedAt).toBe('2026-11-03T00:00:00.000Z');
    expect(soc2.label).toBe('SOC 2');
    expect(soc2.values).toEqual(['planned', 'type1', 'type2']);
    expect(soc2.sources.map((s) => [s.url, s.value])).toEqual([[B, 'planned'], [C, 'type1'], [A, 'type2']]);
    expect(soc2.evidence).toEqual(['We plan a SOC 2 audit in 2027.']);
  });

  it('marks a value taken from an override', () => {
    const m = mergeAssessments([page(A, 1, {}, { retentionDays: { value: 90, note: 'DPA', by: 'reviewer', at: '2026-11-02T00:00:00Z' } })]);
    expect(field(m, 'retentionDays').sources[0]!.override).toMatchObject({ by: 'reviewer', note: 'DPA', pageValue: 30 });
  });

  it('merges nothing into an empty result', () => {
    const m = mergeAssessments([]);
    expect(m.urls).toEqual([]);
    expect(field(m, 'soc2')).toMatchObject({ value: null, from: null, conflict: false, sources: [] });
  });
});
