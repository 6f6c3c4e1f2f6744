import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Strength, Summary } from '../../../claims/types';
import { mergeAssessments, disagreementsOf, type MergeInput } from '../../../assessment/merge';
import { latestReadings } from '../../../assessment/merge-rule';
import { valueKey } from '../../../claims/fields';
import type { Override } from '../../../store/schema';
import { summary } from '../store/helpers';

const URLS = ['https://acme.com/security', 'https://trust.acme.com/', 'https://acme.com/dpa', 'https://acme.com/faq'];
const SOC2 = ['type2', 'type1', 'compliant', 'planned', 'not_certified', 'not_stated'] as const;
const ISO = ['certified', 'planned', 'not_certified', 'not_stated'] as const;

const strength = fc.option(fc.constantFrom<Strength>(1, 2, 3), { nil: undefined });
const reading = fc.record({
  id: fc.uuid(),
  url: fc.constantFrom(...URLS),
  // Few distinct instants, so two readings often share one: ties must still be broken the same way.
  assessedAt: fc.integer({ min: 1, max: 4 }).map((d) => `2026-11-0${d}T00:00:00.000Z`),
  soc2: fc.constantFrom(...SOC2),
  soc2Strength: strength,
  iso: fc.constantFrom(...ISO),
  isoStrength: strength,
  region: fc.subarray(['EU', 'US', 'UK']),
  retention: fc.option(fc.constantFrom(7, 30, 90), { nil: null }),
  override: fc.option(fc.record({ value: fc.constantFrom('type2', 'type1'), at: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }),
});

type Reading = typeof reading extends fc.Arbitrary<infer R> ? R : never;

const field = <V,>(value: V, s: Strength | undefined, quote: string) => ({ value, evidence: [quote], ...(s ? { strength: s } : {}) });

function toInput(r: Reading): MergeInput {
  const s: Partial<Summary> = {
    soc2: field(r.soc2, r.soc2Strength, `SOC 2 ${r.soc2} on ${r.url}`),
    iso27001: field(r.iso, r.isoStrength, `ISO ${r.iso}`),
    dataRegion: field(r.region as Summary['dataRegion']['value'], undefined, 'Stored in …'),
    retentionDays: field(r.retention, 3, 'Deleted within …'),
  };
  const overrides: Record<string, Override> = r.override ? { soc2: { value: r.override.value, note: 'from the report', by: 'reviewer', at: `2026-11-0${r.override.at}T12:00:00.000Z` } } : {};
  return { id: r.id, url: r.url, assessedAt: r.assessedAt, summary: summary(s), overrides };
}

describe('merging is a property of the set of readings, not of their order', () => {
  it('any order of the same readings gives the same merged values, sources and conflicts', () => {
    fc.assert(
      fc.property(fc.array(reading, { minLength: 1, maxLength: 8 }).chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))), ([rs, shuffled]) => {
        const a = mergeAssessments(rs.map(toInput));
        const b = mergeAssessments(shuffled.map(toInput));
        expect(b).toEqual(a);
        expect([...disagreementsOf(URLS[0]!, shuffled.map(toInput)).keys()]).toEqual([...disagreementsOf(URLS[0]!, rs.map(toInput)).keys()]);
      }),
      { numRuns: 300 },
    );
  });

  it('viewing a page again (a newer, identical reading) changes no value and no conflict', () => {
    fc.assert(
      fc.property(fc.array(reading, { minLength: 2, maxLength: 6 }), fc.nat(), (rs, pick) => {
        const inputs = rs.map(toInput);
        const before = mergeAssessments(inputs);
        const latest = before.urls[pick % before.urls.length]!;
        const page = latestReadings(inputs).find((i) => i.url === latest)!;
        const outcome = (m: ReturnType<typeof mergeAssessments>) =>
          m.fields.map((f) => ({ field: f.field, conflict: f.conflict, value: f.conflict ? f.disagreement.map((d) => valueKey(d.value)).sort() : valueKey(f.value) }));
        // The toolbar clicked on that page later: the same summary, read again at a later time.
        const after = mergeAssessments([...inputs.filter((i) => i.url !== latest), { ...page, id: 'zz-reread', assessedAt: '2026-12-01T00:00:00.000Z' }]);
        // Recency only orders readings that agree (or the values of a conflict), so values and conflicts hold.
        expect(outcome(after)).toEqual(outcome(before));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the merge rule (docs/DATA.md)', () => {
  const [A, B] = URLS as [string, string];
  const at = (d: number) => `2026-11-0${d}T00:00:00.000Z`;
  const input = (url: string, d: number, over: Partial<Summary>): MergeInput => ({ url, assessedAt: at(d), summary: summary(over), overrides: {} });
  const soc2 = (inputs: MergeInput[]) => mergeAssessments(inputs).fields.find((f) => f.field === 'soc2')!;

  it('the stronger evidence wins whatever its age: an older explicit statement over a newer badge', () => {
    const f = soc2([input(A, 1, { soc2: field('type1', 3, 'We completed our SOC 2 Type I audit.') }), input(B, 4, { soc2: field('type2', 1, 'SOC 2 Type II') })]);
    expect({ value: f.value, from: f.from, conflict: f.conflict }).toEqual({ value: 'type1', from: A, conflict: false });
    expect(f.values).toEqual(['type1', 'type2']);
  });

  it('equally explicit pages that disagree are a conflict listing both readings with their quotes', () => {
    const f = soc2([input(A, 1, { soc2: field('type1', 3, 'We hold a SOC 2 Type I report.') }), input(B, 2, { soc2: field('type2', 3, 'Our SOC 2 Type II report is available.') })]);
    expect(f.conflict).toBe(true);
    expect(f.disagreement.map((s) => [s.url, s.value, s.evidence])).toEqual([
      [B, 'type2', ['Our SOC 2 Type II report is available.']],
      [A, 'type1', ['We hold a SOC 2 Type I report.']],
    ]);
  });

  it('ISO planned on one page and certified on another conflict; a denial and a held status conflict', () => {
    const iso = mergeAssessments([input(A, 1, { iso27001: field('planned', 3, 'We plan ISO 27001.') }), input(B, 2, { iso27001: field('certified', 3, 'We are ISO 27001 certified.') })]).fields.find((f) => f.field === 'iso27001')!;
    expect(iso.conflict).toBe(true);
    expect(soc2([input(A, 1, { soc2: field('not_certified', 3, 'We are not SOC 2 certified.') }), input(B, 2, { soc2: field('compliant', 3, 'We are SOC 2 compliant.') })]).conflict).toBe(true);
  });

  it('a general value gives way to a specific one without a conflict; not stated never conflicts', () => {
    const f = soc2([input(A, 3, { soc2: field('compliant', 3, 'We are SOC 2 compliant.') }), input(B, 1, { soc2: field('type2', 3, 'SOC 2 Type II audited.') })]);
    expect({ value: f.value, conflict: f.conflict }).toEqual({ value: 'type2', conflict: false });
    expect(soc2([input(A, 1, { soc2: field('type2', 3, 'Type II.') }), input(B, 2, { soc2: { value: 'not_stated', evidence: [] } })]).conflict).toBe(false);
  });

  it('readings stored before strengths count as listings: beaten by an explicit statement, beating a badge', () => {
    const old = input(A, 1, { soc2: { value: 'type1', evidence: ['Type I'] } });
    expect(soc2([old, input(B, 2, { soc2: field('type2', 3, 'We hold a Type II report.') })]).value).toBe('type2');
    expect(soc2([old, input(B, 2, { soc2: field('type2', 1, 'SOC 2 Type II') })])).toMatchObject({ value: 'type1', conflict: false });
  });

  it('a reviewer override settles a conflict: the reviewer’s value, no conflict, the disagreement kept', () => {
    const o: Override = { value: 'type2', note: 'Report dated 2026-10 seen', by: 'reviewer', at: '2026-11-05T00:00:00.000Z' };
    const f = soc2([input(A, 1, { soc2: field('type1', 3, 'Type I.') }), { ...input(B, 2, { soc2: field('planned', 3, 'Planned.') }), overrides: { soc2: o } }]);
    expect({ value: f.value, from: f.from, conflict: f.conflict }).toEqual({ value: 'type2', from: B, conflict: false });
    expect(f.disagreement.map((s) => s.value)).toEqual(['planned', 'type1']);
  });
});
