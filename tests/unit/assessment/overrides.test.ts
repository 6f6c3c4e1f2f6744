import { describe, expect, it } from 'vitest';
import { applyOverrides, checkOverrideValue } from '../../../assessment/overrides';
import { summary } from '../store/helpers';

describe('applyOverrides', () => {
  it('puts the reviewer’s value first, marked, and keeps what the page said', () => {
    const s = summary();
    const out = applyOverrides(s, { soc2: { value: 'type2', note: 'report seen', by: 'reviewer', at: '2026-11-02T00:00:00Z' } });
    expect(out.soc2).toEqual({
      value: 'type2',
      evidence: [],
      override: { by: 'reviewer', note: 'report seen', at: '2026-11-02T00:00:00Z', pageValue: 'planned', pageEvidence: ['We plan a SOC 2 audit in 2027.'] },
    });
    expect(out.iso27001).toBe(s.iso27001);
    expect(s.soc2.value).toBe('planned');
  });

  it('adds an override of a field the page lacks', () => {
    const out = applyOverrides(summary(), { pentest: { value: 'annual', note: '', by: 'reviewer', at: '2026-11-02T00:00:00Z' } });
    expect(out.pentest).toMatchObject({ value: 'annual', override: { pageValue: null } });
  });

  it('returns the summary unchanged without overrides', () => expect(applyOverrides(summary(), undefined)).toEqual(summary()));
});

describe('checkOverrideValue', () => {
  const ok: [string, unknown][] = [['soc2', 'type1'], ['dataRegion', ['EU', 'US']], ['dataCountries', ['DE']], ['retentionDays', null], ['breachNoticeHours', 72], ['pentest', { any: 'json' }]];
  const bad: [string, unknown][] = [['soc2', 'Type II'], ['dataRegion', ['Europe']], ['dataCountries', ['de']], ['retentionDays', -1], ['breachNoticeHours', 1.5], ['iso27001', undefined]];
  it.each(ok)('accepts %s = %j', (f, v) => expect(() => checkOverrideValue(f, v)).not.toThrow());
  it.each(bad)('refuses %s = %j', (f, v) => expect(() => checkOverrideValue(f, v)).toThrow());
});
