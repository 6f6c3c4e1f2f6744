import { describe, expect, it } from 'vitest';
import { findDurations, parseDuration } from '../../../language/duration';

describe('parseDuration', () => {
  const cases: [string, number, 'lower' | 'upper' | 'exact', string][] = [
    ['notify within 72 hours of detection', 72, 'upper', '72 hours'],
    ['within seventy-two hours', 72, 'upper', 'seventy-two hours'],
    ['within seventy-two (72) hours', 72, 'upper', 'seventy-two (72) hours'],
    ['deleted after 3 days', 72, 'exact', '3 days'],
    ['We acknowledge within one business day.', 24, 'upper', 'one business day'],
    ['a 30-day grace period', 720, 'exact', '30-day'],
    ['after an audit period [30 days max] after the account is terminated', 720, 'upper', '30 days'],
    ['deleted within a month', 720, 'upper', 'a month'],
    ['purged within 60 days', 1440, 'upper', '60 days'],
    ['plus a 90-day grace period', 2160, 'exact', '90-day'],
    ['kept for 2 weeks', 336, 'exact', '2 weeks'],
    ['logs retained 30–90 days', 2160, 'upper', '30–90 days'],
    ['kept for a minimum of 90 days, after which', 2160, 'lower', '90 days'],
    ['72-hour breach notification', 72, 'exact', '72-hour'],
    ['respond within 24/48 hours', 48, 'upper', '24/48 hours'],
    ['retained for 1 year', 8760, 'exact', '1 year'],
    ['RPO ≤ 15 minutes', 0.25, 'exact', '15 minutes'],
    ['resolved within 24h', 24, 'upper', '24h'],
    ['for 30 days or fewer before deletion', 720, 'upper', '30 days'],
  ];
  it.each(cases)('%s', (text, hours, bound, quote) => {
    const d = parseDuration(text)!;
    expect(d.hours).toBeCloseTo(hours);
    expect(d.bound).toBe(bound);
    expect(d.text).toBe(quote);
    expect(text.slice(d.start, d.end)).toBe(quote);
  });

  it('gives whole days rounded up', () => {
    expect(parseDuration('within 36 hours')!.days).toBe(2);
    expect(parseDuration('within 24 hours')!.days).toBe(1);
  });

  it.each([
    ['Data is removed as soon as the uninstall is completed.'],
    ['cascade-deletes everything immediately'],
  ])('reads "%s" as immediate', (text) => {
    const d = parseDuration(text)!;
    expect(d).toMatchObject({ hours: 0, days: 0, immediate: true });
    expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it.each([
    ['NIST Special Publication 800 – 88'],
    ['TLS 1.2 or greater'],
    ['99.9% uptime'],
    ['24/7 security incident response team'],
    ['SHA-256 hashes'],
    ['without undue delay'],
    ['Guidelines for Media Sanitization'],
    ['the often-cited standard'],
  ])('finds nothing in "%s"', (text) => {
    expect(findDurations(text)).toEqual([]);
  });

  it('finds every duration in order', () => {
    const got = findDurations('cascade-deletes everything immediately, with a 7-day soft-delete window');
    expect(got.map((d) => d.days)).toEqual([0, 7]);
  });
});

describe('numbers written in words (compromise)', () => {
  it.each([
    ['within seventy-two hours', 72],
    ['deleted after one hundred and twenty days', 2880],
    ['kept for a hundred days', 2400],
    ['within three business days', 72],
    ['forty-eight (48) hours', 48],
    ['twenty one days', 504],
  ])('%s → %i hours', (text, hours) => {
    expect(findDurations(text).map((d) => d.hours)).toEqual([hours]);
  });
});

describe('a value the page replaced', () => {
  it.each([
    ['its data is now purged after 21 days (previously 90 days).', [504]],
    ['We notify customers within 36 hours, down from 72 hours last year.', [36]],
    ['Deletion now takes 14 days (formerly 30 days).', [336]],
    ['Backups are kept for 35 days, up from 7 days.', [840]],
    ['We cut the window to 24 hours, reduced from 48 hours.', [24]],
    ['Logs are kept for 30 days instead of 90 days.', [720]],
    ['The window is 7 days, replacing the old 30 days.', [168]],
    ['Data is deleted 30 days after termination (previously: on request).', [720]],
    ['Notice within 72 hours; the previous policy allowed 5 days.', [72, 120]],
    ['Retained for 90 days, then deleted within a further 30 days.', [2160, 720]],
  ])('%s', (text, hours) => {
    expect(findDurations(text).map((d) => d.hours)).toEqual(hours);
  });
});

describe('whole years written in months', () => {
  it.each([
    ['kept for 12 months', 365],
    ['kept for twelve months', 365],
    ['kept for 24 months', 730],
    ['kept for 6 months', 180],
    ['kept for 18 months', 540],
    ['kept for 1 year', 365],
  ])('%s → %d days', (text, days) => {
    expect(findDurations(text)[0]!.days).toBe(days);
  });
});

// A change "from X to Y": only Y holds; X is the value the page replaced (and a range's "to" is no range here).
describe('a value changed from one to another', () => {
  it.each([
    ['Deletion window after termination shortened from 60 to 30 days.', [30 * 24], [60 * 24]],
    ['We reduced the post-termination deletion window from 90 days to 30 days.', [30 * 24], [90 * 24]],
    ['Customer data is deleted within 30 days of termination (changed from 90 days in 2023).', [30 * 24], []],
    ['Breach notice to customers cut from 72 to 48 hours.', [48], [72]],
    ['In 2024 we lowered our breach notification window from seventy-two hours to twenty-four hours.', [24], [72]],
    ['We extended the export period from 14 to 30 days.', [30 * 24], [14 * 24]],
    ['The retention period was increased from 30 days to 60 days.', [60 * 24], [30 * 24]],
    ['Backups rotation moved from 7 to 14 days.', [14 * 24], [7 * 24]],
    ['We tightened our notice window from 5 days to 48 hours.', [48], [5 * 24]],
    ['Our deletion window went from 6 months down to 90 days.', [90 * 24], [180 * 24]],
  ])('reads "%s" as the new value', (text, hours, replaced) => {
    const ds = findDurations(text);
    expect(ds.map((d) => d.hours)).toEqual(hours);
    expect(ds.flatMap((d) => (d.replacedHours === undefined ? [] : [d.replacedHours]))).toEqual(replaced);
  });
  it.each([
    ['Data is deleted 30 to 90 days after termination.', [90 * 24]],
    ['We notify customers within 24 to 72 hours.', [72]],
    ['Logs are kept from 30 to 90 days depending on plan.', [90 * 24]],
    ['Data moved from Frankfurt to Dublin is deleted within 30 days.', [30 * 24]],
    ['Counting from 30 days after termination, backups expire within 7 days.', [30 * 24, 7 * 24]],
    ['From 1 March, data is deleted within 30 days.', [30 * 24]],
    ['Retention ranges from 7 to 30 days.', [30 * 24]],
    ['Choose any window from 1 to 12 months.', [365 * 24]],
    ['We deleted data from 2019 to 2021 within 60 days.', [60 * 24]],
    ['Notice periods vary from 24 to 72 hours by region.', [72]],
  ])('keeps a range or a plain "from" in "%s"', (text, hours) => {
    expect(findDurations(text).map((d) => d.hours)).toEqual(hours);
  });
});
