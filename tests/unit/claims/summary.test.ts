import { describe, expect, it } from 'vitest';
import { SUMMARY_FIELDS, summarize } from '../../../claims/summary';
import type { Claim } from '../../../claims/types';

const claim = (field: string, value: unknown, quotes: string[]): Claim => ({
  field,
  value,
  evidence: quotes.map((quote, block) => ({ quote, block, start: 0, end: quote.length })),
  conflicts: [],
  extractor: { id: field, version: 1 },
});

describe('summarize', () => {
  it('always has the eight FIELDS.md fields with their defaults and no evidence', () => {
    const s = summarize({});
    expect(Object.keys(s)).toEqual(SUMMARY_FIELDS);
    expect(s).toEqual({
      soc2: { value: 'not_stated', evidence: [] },
      iso27001: { value: 'not_stated', evidence: [] },
      dataRegion: { value: [], evidence: [] },
      dataCountries: { value: [], evidence: [] },
      encryptionAtRest: { value: 'not_stated', evidence: [] },
      encryptionInTransit: { value: 'not_stated', evidence: [] },
      retentionDays: { value: null, evidence: [] },
      breachNoticeHours: { value: null, evidence: [] },
    });
  });

  it('carries claim values with unique quote strings, sorted set values, and extra fields', () => {
    const s = summarize({
      soc2: claim('soc2', 'type2', ['SOC 2 Type II', 'SOC 2 Type II']),
      dataCountries: claim('dataCountries', ['FR', 'DE', 'FR'], ['Paris', 'Frankfurt']),
      hipaa: claim('hipaa', 'baa_available', ['BAA available']),
    });
    expect(s.soc2).toEqual({ value: 'type2', evidence: ['SOC 2 Type II'] });
    expect(s.dataCountries).toEqual({ value: ['DE', 'FR'], evidence: ['Paris', 'Frankfurt'] });
    expect(s.hipaa).toEqual({ value: 'baa_available', evidence: ['BAA available'] });
  });
});
