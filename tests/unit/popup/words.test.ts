import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../components/popup/parse-amount';
import { codeChoices } from '../../../components/popup/codes';
import { unscoredFindings } from '../../../components/popup/AlsoFound';
import { readingDate } from '../../../components/shared/dates';
import { pageAddress } from '../../../components/shared/page-address';
import { namedAlgorithm } from '../../../components/popup/Quote';
import type { Summary } from '../../../claims/types';

const HOURS = { one: 'hour', other: 'hours' };
const MINUTES = { one: 'minute', other: 'minutes' };

describe('parseAmount', () => {
  it.each([
    ['72', HOURS, 72],
    ['72 hours', HOURS, 72],
    ['1 hour', HOURS, 1],
    ['24h', HOURS, 24],
    ['15 min', MINUTES, 15],
    ['99.9 %', { one: '%', other: '%' }, 99.9],
    ['', HOURS, null],
    ['  ', HOURS, null],
  ])('reads %j as %j', (text, unit, want) => {
    expect(parseAmount(text, unit)).toBe(want);
  });

  it.each([['3 days'], ['seventy-two'], ['72 hours or so'], ['-5']])('refuses %j (NaN, which the field check words)', (text) => {
    expect(parseAmount(text, HOURS)).toBeNaN();
  });
});

describe('codeChoices', () => {
  it('names the regions of a closed vocabulary', () => {
    expect(codeChoices(['EU', 'UK'])).toEqual([
      { code: 'EU', name: 'European Union / EEA' },
      { code: 'UK', name: 'United Kingdom' },
    ]);
  });

  it('offers countries by name, without unions or placeholders', () => {
    const all = codeChoices(undefined);
    expect(all.find((c) => c.code === 'DE')?.name).toBe('Germany');
    expect(all.length).toBeGreaterThan(200);
    expect(all.map((c) => c.code)).not.toContain('EU');
    expect(all.map((c) => c.code)).not.toContain('ZZ');
  });
});

describe('unscoredFindings', () => {
  it('lists stated fields the rubric leaves out, in words and in the field list order', () => {
    const summary = {
      soc2: { value: 'type2', evidence: ['a'] },
      uptimeTarget: { value: 99.9, evidence: ['b'] },
      hipaa: { value: 'baa_available', evidence: ['c'] },
      sso: { value: 'not_stated', evidence: [] },
      dataCountries: { value: ['DE'], evidence: ['d'] },
    } as unknown as Summary;
    expect(unscoredFindings(summary, ['soc2']).map((f) => `${f.label}: ${f.value}`)).toEqual(['Data countries: DE', 'HIPAA: BAA available', 'Uptime target: 99.9%']);
  });
});

describe('readingDate', () => {
  it('adds the time only when another reading falls on the same day', () => {
    const a = '2026-11-27T09:05:00';
    expect(readingDate(a, ['2026-11-20T10:00:00'], 'en-GB')).toBe('27 Nov 2026');
    expect(readingDate(a, ['2026-11-27T16:40:00'], 'en-GB')).toBe('27 Nov 2026, 09:05');
  });
});

describe('pageAddress', () => {
  it('shows host and path, never a file path', () => {
    expect(pageAddress('https://acme.com/security/?ref=x#top')).toBe('acme.com/security');
    expect(pageAddress('file:///home/me/Downloads/acme%20trust.html')).toBe('acme trust.html');
  });
});

describe('namedAlgorithm', () => {
  it('names the algorithm a quote gives when encryption at rest reads as stated without one it scores', () => {
    expect(namedAlgorithm('encryptionAtRest', 'stated', 'Stored keys are protected with RSA-2048.')).toBe('RSA-2048');
    expect(namedAlgorithm('encryptionAtRest', 'stated', 'Disks use AES-128 encryption.')).toBe('AES-128');
    expect(namedAlgorithm('encryptionAtRest', 'stated', 'All data is encrypted at rest.')).toBeUndefined();
    expect(namedAlgorithm('encryptionAtRest', 'AES-256', 'AES-256 and RSA-2048.')).toBeUndefined();
    expect(namedAlgorithm('encryptionInTransit', 'stated', 'RSA-2048 certificates.')).toBeUndefined();
  });
});
