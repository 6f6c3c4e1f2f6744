import { describe, expect, it } from 'vitest';
import { buildVendorView } from '../../../compare/vendor-view';
import { compareRows } from '../../../components/compare/rows';
import { pinFirst } from '../../../components/compare/store';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { summarize } from '../../../claims/summary';
import type { Summary } from '../../../claims/types';

const view = (id: string, over: Record<string, { value: unknown; evidence: string[] }>) =>
  buildVendorView({ id, name: id }, [{ url: `https://${id}/security`, assessedAt: '2026-11-01T00:00:00.000Z', summary: { ...summarize({}), ...over } as Summary, overrides: {} }], DEFAULT_PRESET);

const a = view('a.example', { retentionDays: { value: 30, evidence: ['30 days'] }, soc2: { value: 'type2', evidence: ['Type II'] }, hipaa: { value: 'baa_available', evidence: ['BAA'] } });
const b = view('b.example', { retentionDays: { value: 7, evidence: ['7 days'] }, soc2: { value: 'planned', evidence: ['roadmap'] } });
const row = (rows: ReturnType<typeof compareRows>, field: string) => rows.find((r) => r.field === field)!;

describe('compareRows', () => {
  it('tells differing verdicts from differing values', () => {
    const rows = compareRows(DEFAULT_PRESET, [a, b], false);
    expect(row(rows, 'retentionDays')).toMatchObject({ verdictsDiffer: false, valuesDiffer: true });
    expect(row(rows, 'soc2')).toMatchObject({ verdictsDiffer: true, valuesDiffer: true });
    expect(row(rows, 'iso27001')).toMatchObject({ verdictsDiffer: false, valuesDiffer: false });
    expect(rows.some((r) => r.extra)).toBe(false);
  });

  it('adds the fields the rubric does not score when asked, without a verdict', () => {
    const hipaa = row(compareRows(DEFAULT_PRESET, [a, b], true), 'hipaa');
    expect(hipaa).toMatchObject({ extra: true, label: 'HIPAA', valuesDiffer: true, verdictsDiffer: false });
    expect(hipaa.cells.map((c) => [c.value, c.verdict, c.evidence])).toEqual([
      ['baa_available', null, ['BAA']],
      [null, null, []],
    ]);
  });
});

describe('pinFirst', () => {
  it('puts pinned vendors first in pin order and leaves the rest as sorted', () => {
    const c = view('c.example', {});
    expect(pinFirst([a, b, c], ['c.example', 'a.example']).map((v) => v.id)).toEqual(['c.example', 'a.example', 'b.example']);
    expect(pinFirst([a, b], ['gone.example']).map((v) => v.id)).toEqual(['a.example', 'b.example']);
  });
});
