import { describe, expect, it } from 'vitest';
import { freshnessFlags, readPeriod, withFlagQuestions } from '../../../rubric/freshness';
import { scoreAssessment } from '../../../rubric/score';
import { DEFAULT_PRESET } from '../../../rubric/presets';

const v = (value: unknown) => ({ value, evidence: ['quote'] });
const AT = '2026-11-27T21:00:00.000Z';

describe('freshness flags, on the day of the assessment', () => {
  it('flags a SOC 2 report whose period ended more than 12 months before, with its question', () => {
    const flags = freshnessFlags({ soc2: v('type2'), soc2Period: v('2025-01-01/2025-10-31') }, {}, AT);
    expect(flags).toEqual([
      expect.objectContaining({ field: 'soc2', kind: 'stale_report', label: 'report older than 12 months', date: '2025-10-31', question: 'Can you share your most recent SOC 2 report? The one we saw covers a period ending 31 Oct 2025.' }),
    ]);
  });
  it('keeps a report whose period ended 12 months ago or less, and one for a SOC 2 not held', () => {
    expect(freshnessFlags({ soc2: v('type2'), soc2Period: v('2024-11-28/2025-11-27') }, {}, AT)).toEqual([]);
    expect(freshnessFlags({ soc2: v('planned'), soc2Period: v('2020-01-01/2020-12-31') }, {}, AT)).toEqual([]);
  });
  it('reads a report date and the end of a period alone', () => {
    expect(freshnessFlags({ soc2: v('type1'), soc2Period: v('2025-03') }, {}, AT)[0]?.question).toBe('Can you share your most recent SOC 2 report? The one we saw is dated Mar 2025.');
    expect(freshnessFlags({ soc2: v('compliant'), soc2Period: v('../2025-06-30') }, {}, AT)[0]?.date).toBe('2025-06-30');
  });
  it('uses the period the reviewer recorded over the page’s', () => {
    const values = { soc2: v('type2'), soc2Period: v('2024-01-01/2024-12-31') };
    expect(freshnessFlags(values, {}, AT)).toHaveLength(1);
    expect(freshnessFlags(values, { soc2: { value: 'type2', period: 'January 1 – December 31, 2026' } }, AT)).toEqual([]);
  });
  it('flags an expired ISO 27001 certificate, not a valid one', () => {
    const expired = freshnessFlags({ iso27001: v('certified'), iso27001ValidUntil: v('2026-03-14') }, {}, AT);
    expect(expired).toEqual([expect.objectContaining({ field: 'iso27001', kind: 'expired', question: 'Your ISO 27001 certificate was valid until 14 Mar 2026. Can you share the renewed certificate and its scope?' })]);
    expect(freshnessFlags({ iso27001: v('certified'), iso27001ValidUntil: v('2026-11') }, {}, AT)).toEqual([]);
  });
  it('shows a plan whose date has passed as an overdue plan, with a question', () => {
    const flags = freshnessFlags({ iso27001: v('planned'), iso27001PlanDue: v('2025-12-31'), soc2: v('planned'), soc2PlanDue: v('2027-03-31') }, {}, AT);
    expect(flags).toEqual([
      expect.objectContaining({ field: 'iso27001', kind: 'overdue_plan', shownValue: 'overdue plan (due 31 Dec 2025)', question: 'You planned ISO 27001 by 31 Dec 2025. Is it complete, and can you share the certificate?' }),
    ]);
  });
  it('drops the overdue plan once the reviewer records the certificate', () => {
    expect(freshnessFlags({ soc2: v('planned'), soc2PlanDue: v('2025-09-30') }, { soc2: { value: 'type2' } }, AT)).toEqual([]);
  });
  it('is decided by the date passed in, never the clock', () => {
    const values = { soc2: v('planned'), soc2PlanDue: v('2025-09-30') };
    expect(freshnessFlags(values, {}, '2025-09-30T23:00:00Z')).toEqual([]);
    expect(freshnessFlags(values, {}, '2025-10-01T00:00:00Z')).toHaveLength(1);
  });
  it('never changes the score: the same total with stale evidence as with fresh', () => {
    const fresh = { soc2: v('type2'), soc2Period: v('2026-01-01/2026-06-30'), iso27001: v('certified'), iso27001ValidUntil: v('2028-01-01') };
    const stale = { ...fresh, soc2Period: v('2020-01-01/2020-12-31'), iso27001ValidUntil: v('2021-01-01') };
    expect(freshnessFlags(stale, {}, AT)).toHaveLength(2);
    expect(scoreAssessment(stale, DEFAULT_PRESET).total).toBe(scoreAssessment(fresh, DEFAULT_PRESET).total);
  });
  it('puts the flags’ questions first, each once', () => {
    expect(withFlagQuestions([{ question: 'B?' } as never], ['A?', 'B?'])).toEqual(['B?', 'A?']);
  });
  it('reads what a reviewer types as a period', () => {
    expect(readPeriod('2025-01-01/2025-12-31')).toBe('2025-01-01/2025-12-31');
    expect(readPeriod('Oct 1, 2024 to Sep 30, 2025')).toBe('2024-10-01/2025-09-30');
    expect(readPeriod('March 2026')).toBe('2026-03');
    expect(readPeriod('last year')).toBeNull();
  });
});
