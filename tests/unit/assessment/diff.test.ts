import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../claims/types';
import { diffAssessments, diffSummaries } from '../../../assessment/diff';
import { summary } from '../store/helpers';

describe('diffSummaries', () => {
  const cases: [name: string, after: Partial<Summary>, text: string[]][] = [
    ['nothing changed', {}, []],
    ['SOC 2 planned → Type II', { soc2: { value: 'type2', evidence: ['SOC 2 Type II report available.'] } }, ['SOC 2: planned → Type II']],
    ['a region added', { dataRegion: { value: ['EU', 'US'], evidence: ['Data is stored in the EU.'] } }, ['Data region: EU → EU, US']],
    ['regions reordered only', { dataRegion: { value: ['EU'], evidence: ['Data is stored in the EU.'] } }, []],
    ['retention dropped', { retentionDays: { value: null, evidence: [] } }, ['Retention after termination: 30 days → not stated']],
    ['breach notice appears', { breachNoticeHours: { value: 72, evidence: ['within 72 hours'] } }, ['Breach notice: not stated → 72 hours']],
    ['TLS wording changes, value holds', { encryptionInTransit: { value: 'TLS1.2', evidence: ['TLS 1.2+ everywhere.'] } }, ['Encryption in transit: TLS 1.2+ (quotes changed)']],
    ['an extra field appears', { pentest: { value: 'annual', evidence: ['Annual penetration tests.'] } }, ['Pentest: not stated → annual']],
  ];
  it.each(cases)('%s', (_, after, text) => {
    expect(diffSummaries(summary(), summary(after)).map((c) => c.text)).toEqual(text);
  });

  it('lists quotes that disappeared and appeared', () => {
    const [c] = diffSummaries(summary(), summary({ soc2: { value: 'type2', evidence: ['SOC 2 Type II report available.', 'Audited yearly.'] } }));
    expect(c).toMatchObject({ field: 'soc2', label: 'SOC 2', before: 'planned', after: 'type2', valueChanged: true, quotesRemoved: ['We plan a SOC 2 audit in 2027.'], quotesAdded: ['SOC 2 Type II report available.', 'Audited yearly.'] });
  });

  it('orders changes as FIELDS.md does, extras after', () => {
    const after = summary({ zeta: { value: 1, evidence: [] }, breachNoticeHours: { value: 24, evidence: [] }, soc2: { value: 'type1', evidence: [] } });
    expect(diffSummaries(summary(), after).map((c) => c.field)).toEqual(['soc2', 'breachNoticeHours', 'zeta']);
  });
});

describe('diffAssessments', () => {
  const older = { summary: summary(), overrides: {} };
  const newer = { summary: summary(), overrides: { soc2: { value: 'type2', note: 'report seen', by: 'reviewer' as const, at: '2026-11-02T00:00:00Z' } } };
  it('compares what the pages say by default', () => expect(diffAssessments(older, newer)).toEqual([]));
  it('compares what the reviewer sees with withOverrides', () => {
    expect(diffAssessments(older, newer, { withOverrides: true }).map((c) => c.text)).toEqual(['SOC 2: planned → Type II']);
  });
});
