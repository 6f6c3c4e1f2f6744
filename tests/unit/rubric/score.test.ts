import { isNotStated } from '../../../claims/fields';
import { describe, expect, it } from 'vitest';
import { parseRubric, type Rubric } from '../../../rubric/schema';
import { gradeFor, scoreAssessment, type Override, type Verdict } from '../../../rubric/score';

function rubricOf(...criteria: Record<string, unknown>[]): Rubric {
  const r = parseRubric({ id: 'test', name: 'Test', criteria: criteria.map((c) => ({ question: `Q ${c.id}?`, ...c })) });
  if (!r.ok) throw new Error(r.error);
  return r.rubric;
}

const soc2 = { id: 'soc2', field: 'soc2', label: 'SOC 2', kind: 'table', points: { type2: 1, type1: 0.6, planned: 0.2, not_certified: 0 } };
const breach = { id: 'breach', field: 'breachNoticeHours', label: 'Breach notice', kind: 'threshold', bands: [{ max: 24, points: 1 }, { max: 72, points: 0.5 }] };
const retention = { id: 'retention', field: 'retentionDays', label: 'Retention after termination', kind: 'threshold', bands: [{ max: 30, points: 1 }] };
const uptime = { id: 'uptime', field: 'uptimeTarget', label: 'Uptime target', kind: 'threshold', bands: [{ min: 99.9, points: 1 }, { min: 99, points: 0.5 }] };
const region = { id: 'region', field: 'dataRegion', label: 'Data region', kind: 'set', allowed: ['EU', 'UK'] };

/** Scores one criterion against one value and returns what a reader sees. */
function one(criterion: Record<string, unknown>, value: unknown) {
  const r = rubricOf(criterion);
  // A stated value comes with its quote; a not-stated one with none (a quote on it would be a mention).
  const s = scoreAssessment({ [r.criteria[0]!.field]: { value, evidence: isNotStated(value) ? [] : ['a quote'] } }, r);
  const c = s.criteria[0]!;
  return { total: s.total, verdict: c.verdict, reason: c.reason };
}

type Row = [value: unknown, total: number, verdict: Verdict, reason: string];

describe.each([
  ['table', soc2, [
    ['type2', 100, 'pass', 'SOC 2 Type II: pass'],
    ['type1', 60, 'partial', 'SOC 2 Type I: partial'],
    ['planned', 20, 'partial', 'SOC 2 planned: partial'],
    ['not_certified', 0, 'fail', 'SOC 2 not certified: fail'],
    ['compliant', 0, 'fail', "SOC 2 compliant (type not stated): not in the rubric's table, fail"],
    ['not_stated', 0, 'not_stated', 'SOC 2: not stated'],
    [null, 0, 'not_stated', 'SOC 2: not stated'],
    [42, 0, 'not_stated', 'SOC 2: not stated (unreadable value 42)'],
  ]],
  ['threshold, lower is better', breach, [
    [0, 100, 'pass', 'Breach notice 0 hours: within 24 hours, pass'],
    [24, 100, 'pass', 'Breach notice 24 hours: within 24 hours, pass'],
    [25, 50, 'partial', 'Breach notice 25 hours: within 72 hours, partial'],
    [72, 50, 'partial', 'Breach notice 72 hours: within 72 hours, partial'],
    [73, 0, 'fail', 'Breach notice 73 hours: over 72 hours, fail'],
    [null, 0, 'not_stated', 'Breach notice: not stated'],
    ['72', 0, 'not_stated', 'Breach notice: not stated (unreadable value "72")'],
  ]],
  ['threshold, days', retention, [
    [0, 100, 'pass', 'Retention after termination 0 days: within 30 days, pass'],
    [1, 100, 'pass', 'Retention after termination 1 day: within 30 days, pass'],
    [30, 100, 'pass', 'Retention after termination 30 days: within 30 days, pass'],
    [31, 0, 'fail', 'Retention after termination 31 days: over 30 days, fail'],
  ]],
  ['threshold, higher is better', uptime, [
    [99.99, 100, 'pass', 'Uptime target 99.99%: at least 99.9%, pass'],
    [99.9, 100, 'pass', 'Uptime target 99.9%: at least 99.9%, pass'],
    [99.5, 50, 'partial', 'Uptime target 99.5%: at least 99%, partial'],
    [98, 0, 'fail', 'Uptime target 98%: under 99%, fail'],
  ]],
  ['set', region, [
    [['EU'], 100, 'pass', 'Data region EU: within allowed EU, UK — pass'],
    [['EU', 'UK'], 100, 'pass', 'Data region EU, UK: within allowed EU, UK — pass'],
    [['EU', 'US'], 50, 'partial', 'Data region EU, US: US outside allowed EU, UK — partial'],
    [['US', 'APAC'], 0, 'fail', 'Data region US, APAC: US, APAC outside allowed EU, UK — fail'],
    [[], 0, 'not_stated', 'Data region: not stated'],
  ]],
] as [string, Record<string, unknown>, Row[]][])('%s criterion', (_kind, criterion, rows) => {
  it.each(rows)('%j scores %i (%s)', (value, total, verdict, reason) => {
    expect(one(criterion, value)).toEqual({ total, verdict, reason });
  });
});

describe('not-stated policies', () => {
  const values = { soc2: { value: 'type2', evidence: [] }, breachNoticeHours: { value: null, evidence: [] } };
  it.each([
    ['zero', 50, 50, 'Breach notice: not stated'],
    ['half', 75, 50, 'Breach notice: not stated, half credit'],
    ['exclude', 100, 0, 'Breach notice: not stated, not scored'],
  ])('%s: total %i, breach max %i', (notStated, total, max, reason) => {
    const s = scoreAssessment(values, rubricOf(soc2, { ...breach, notStated }));
    expect(s.total).toBe(total);
    expect(s.criteria[1]).toMatchObject({ verdict: 'not_stated', points: notStated === 'half' ? 25 : 0, max, reason, excluded: notStated === 'exclude' });
    expect(s.questions).toEqual(['Q breach?']);
  });
  it('scores nothing when every criterion is excluded', () => {
    const s = scoreAssessment({}, rubricOf({ ...breach, notStated: 'exclude' }));
    expect(s).toMatchObject({ total: 0, grade: 'F', coverage: 0 });
  });
});

describe('weights and grades', () => {
  it('normalises weights to 100 and the points sum to the total', () => {
    const s = scoreAssessment({ soc2: { value: 'type1', evidence: [] }, breachNoticeHours: { value: 12, evidence: [] } }, rubricOf({ ...soc2, weight: 3 }, breach));
    expect(s.criteria.map((c) => [c.points, c.max])).toEqual([[45, 75], [25, 25]]);
    expect(s.total).toBe(70);
    expect(s.grade).toBe('B');
  });
  it.each([[100, 'A'], [85, 'A'], [84, 'B'], [70, 'B'], [69, 'C'], [55, 'C'], [54, 'D'], [40, 'D'], [39, 'F'], [0, 'F']])('%i is %s', (total, grade) => {
    expect(gradeFor(total)).toBe(grade);
  });
});

describe('deal-breakers', () => {
  const r = rubricOf({ ...soc2, dealBreaker: true, weight: 1 }, { ...breach, weight: 9 });
  it('a failed deal-breaker caps an A at D and names itself', () => {
    const s = scoreAssessment({ soc2: { value: 'not_certified', evidence: [] }, breachNoticeHours: { value: 1, evidence: [] } }, r);
    expect(s).toMatchObject({ total: 90, grade: 'D', cappedBy: ['soc2'] });
  });
  it('does not lift an F, and records no cap', () => {
    const s = scoreAssessment({ soc2: { value: 'not_certified', evidence: [] }, breachNoticeHours: { value: 100, evidence: [] } }, r);
    expect(s.grade).toBe('F');
    expect(s.cappedBy).toBeUndefined();
  });
  it('a partial or not-stated deal-breaker does not cap', () => {
    for (const value of ['planned', null]) {
      const s = scoreAssessment({ soc2: { value, evidence: [] }, breachNoticeHours: { value: 1, evidence: [] } }, r);
      expect(s.cappedBy).toBeUndefined();
      expect(s.grade).toBe('A');
    }
  });
});

describe('reviewer overrides', () => {
  const r = rubricOf(soc2, breach);
  const values = { soc2: { value: 'planned', evidence: ['on our roadmap'] }, breachNoticeHours: { value: 72, evidence: ['within 72 hours'] } };
  const override: Override = { value: 'type2', note: 'report seen', by: 'reviewer', at: '2026-11-22T10:00:00Z' };
  it('win over extracted values, drop the extracted evidence, and say so', () => {
    const s = scoreAssessment(values, r, { soc2: override });
    expect(s.criteria[0]).toMatchObject({ value: 'type2', verdict: 'pass', overridden: true, evidence: [], reason: 'SOC 2 Type II: pass (reviewer override)' });
    expect(s.criteria[1]).toMatchObject({ value: 72, overridden: false, evidence: ['within 72 hours'] });
    expect(s.total).toBe(75);
  });
  it('can set a value to not stated', () => {
    const s = scoreAssessment(values, r, { breachNoticeHours: { ...override, value: null } });
    expect(s.criteria[1]).toMatchObject({ verdict: 'not_stated', reason: 'Breach notice: not stated (reviewer override)' });
  });
});

describe('follow-up questions and metadata', () => {
  it('asks for every not-stated and failing criterion, not for partial or passing ones', () => {
    const r = rubricOf(soc2, breach, retention, region);
    const s = scoreAssessment({ soc2: { value: 'not_certified', evidence: [] }, breachNoticeHours: { value: 48, evidence: [] }, retentionDays: { value: 10, evidence: [] } }, r);
    expect(s.questions).toEqual(['Q soc2?', 'Q region?']);
    expect(s.rubric).toEqual({ id: 'test', name: 'Test', version: 1 });
    expect(s.coverage).toBe(0.75);
  });
  it('is pure: the same input gives the same output and the rubric is not touched', () => {
    const r = rubricOf(soc2, breach);
    const before = JSON.stringify(r);
    expect(scoreAssessment({}, r)).toEqual(scoreAssessment({}, r));
    expect(JSON.stringify(r)).toBe(before);
  });
});
