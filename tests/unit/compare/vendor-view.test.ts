import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildVendorView } from '../../../compare/vendor-view';
import { toComparisonRow } from '../../../compare/export-row';
import { buildComparisonCsv } from '../../../compare/csv';
import { filterViews, sortViews } from '../../../components/compare/store';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { summarize } from '../../../claims/summary';
import { FIELD_NAMES } from '../../../claims/fields';
import type { Summary } from '../../../claims/types';

function summary(over: Partial<Record<string, { value: unknown; evidence: string[] }>>): Summary {
  return { ...summarize({}), ...over } as Summary;
}

const page = (url: string, at: string, s: Summary, overrides = {}) => ({ url, assessedAt: at, summary: s, overrides });

describe('buildVendorView', () => {
  it('merges a vendor’s pages and scores the result, keeping conflicts visible', () => {
    const v = buildVendorView({ id: 'acme.example', name: 'Acme' }, [
      page('https://acme.example/security', '2026-11-01T00:00:00.000Z', summary({ soc2: { value: 'type2', evidence: ['We are SOC 2 Type II audited.'] }, retentionDays: { value: 30, evidence: ['deleted within 30 days'] } })),
      page('https://acme.example/dpa', '2026-11-02T00:00:00.000Z', summary({ retentionDays: { value: 90, evidence: ['within ninety (90) days'] } })),
    ], DEFAULT_PRESET);
    expect(v.urls).toHaveLength(2);
    expect(v.conflicts).toEqual(['retentionDays']);
    const soc2 = v.score.criteria.find((c) => c.field === 'soc2')!;
    expect(soc2.verdict).toBe('pass');
    expect(soc2.evidence).toEqual(['We are SOC 2 Type II audited.']);
  });

  it('marks a reviewer’s override as such in the score and the CSV row', () => {
    const v = buildVendorView({ id: 'acme.example', name: 'Acme' }, [
      page('https://acme.example/security', '2026-11-01T00:00:00.000Z', summary({ soc2: { value: 'planned', evidence: ['SOC 2 is on our roadmap.'] } }), {
        soc2: { value: 'type2', note: 'read the report', by: 'reviewer', at: '2026-11-03T00:00:00.000Z' },
      }),
    ], DEFAULT_PRESET);
    const soc2 = v.score.criteria.find((c) => c.field === 'soc2')!;
    expect(soc2.overridden).toBe(true);
    expect(soc2.value).toBe('type2');
    const row = toComparisonRow(v);
    // The reviewer's value carries the reviewer's note and what the page said, not a bare "set by reviewer".
    expect(row.fields.find((f) => f.field === 'soc2')).toEqual(
      expect.objectContaining({ value: 'Type II', verdict: 'pass', quote: 'Set by reviewer: read the report (the page said planned: “SOC 2 is on our roadmap.”)', note: 'read the report', setBy: 'reviewer', readAt: '2026-11-03T00:00:00.000Z', source: 'https://acme.example/security' }),
    );
  });

  it('makes CSV rows that parse back with a column group per criterion, and neutralises hostile quotes', () => {
    const hostile = '=HYPERLINK("http://evil.example","click")';
    const v = buildVendorView({ id: 'evil.example', name: '=cmd|calc' }, [
      page('https://evil.example/trust', '2026-11-01T00:00:00.000Z', summary({ soc2: { value: 'type2', evidence: [hostile] } })),
    ], DEFAULT_PRESET);
    const csv = buildComparisonCsv([toComparisonRow(v)]);
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n' }).data;
    expect(parsed).toHaveLength(2);
    const header = parsed[0]!;
    // Every field Assay reads, not only the rubric's: a column group of 9 for each.
    expect(header.length).toBe(10 + FIELD_NAMES.length * 9 + 1);
    const row = parsed[1]!;
    expect(row[0]).toBe("'=cmd|calc");
    expect(row).toContain(`'${hostile}`);
  });
});

describe('the vendor list', () => {
  const make = (id: string, name: string, soc2: string, tags: string[] = []) =>
    buildVendorView({ id, name, tags }, [page(`https://${id}/security`, '2026-11-01T00:00:00.000Z', summary({ soc2: { value: soc2, evidence: soc2 === 'not_stated' ? [] : ['q'] } }))], DEFAULT_PRESET);
  const views = [make('b.example', 'Beta', 'planned', ['shortlist']), make('a.example', 'Alpha', 'type2'), make('c.example', 'Gamma', 'not_stated')];

  it('filters by name, domain and tag', () => {
    expect(filterViews(views, 'alp').map((v) => v.id)).toEqual(['a.example']);
    expect(filterViews(views, 'C.EXAMPLE').map((v) => v.id)).toEqual(['c.example']);
    expect(filterViews(views, 'shortlist').map((v) => v.id)).toEqual(['b.example']);
    expect(filterViews(views, '  ')).toHaveLength(3);
  });

  it('sorts by score, by name and by one criterion', () => {
    expect(sortViews(views, 'score', true).map((v) => v.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(sortViews(views, 'name', false).map((v) => v.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    const soc2 = DEFAULT_PRESET.criteria.find((c) => c.field === 'soc2')!.id;
    expect(sortViews(views, soc2, false).map((v) => v.name)).toEqual(['Gamma', 'Beta', 'Alpha']);
  });

  it('keeps tied vendors in name order (numbers by value), then domain, whichever way the sort runs', () => {
    const tied = [make('z.example', 'Vendor 10', 'type2'), make('y.example', 'Vendor 2', 'type2'), make('x.example', 'Vendor 2', 'type2'), make('w.example', 'Vendor 1', 'type2')];
    const want = ['w.example', 'x.example', 'y.example', 'z.example'];
    expect(sortViews(tied, 'score', true).map((v) => v.id)).toEqual(want);
    expect(sortViews(tied, 'score', false).map((v) => v.id)).toEqual(want);
    expect(sortViews([...tied].reverse(), 'score', true).map((v) => v.id)).toEqual(want);
  });
});
