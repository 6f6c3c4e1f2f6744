import { describe, expect, it } from 'vitest';
import { addMonths, findDueDates, findPeriod, formatDay, lastDay, parseDate } from '../../../language/dates';

describe('dates in vendors’ words', () => {
  it.each([
    ['January 1 – December 31, 2025', '2025-01-01/2025-12-31'],
    ['from October 1, 2024 to September 30, 2025', '2024-10-01/2025-09-30'],
    ['October 1 – September 30, 2025', '2024-10-01/2025-09-30'],
    ['1 April 2025 - 31 March 2026', '2025-04-01/2026-03-31'],
    ['2025-01-01 to 2025-12-31', '2025-01-01/2025-12-31'],
    ['Oct 2024 – Sep 2025', '2024-10/2025-09'],
  ])('period %s → %s', (text, value) => expect(findPeriod(text)?.value).toBe(value));

  it.each(['February 30, 2025 – March 3, 2025', 'December 31, 2025 – January 1, 2025', 'from Q1 to Q4', '24/7'])('no period in %s', (text) => expect(findPeriod(text)).toBeNull());

  it.each([
    ['December 31, 2025', '2025-12-31'],
    ['31st of December 2025', '2025-12-31'],
    ['Dec. 31, 2025', '2025-12-31'],
    ['March 2026', '2026-03'],
    ['2026-02-28', '2026-02-28'],
  ])('date %s → %s', (text, value) => expect(parseDate(text)).toBe(value));

  it.each(['February 29, 2025', 'March 31', 'Q3 2025'])('no date in %s', (text) => expect(parseDate(text)).toBeNull());

  it.each([
    ['by Q3 2025', '2025-09-30'],
    ['by the end of 2025', '2025-12-31'],
    ['expected in early 2026', '2026-04-30'],
    ['mid-2026', '2026-08-31'],
    ['in late 2025', '2025-12-31'],
    ['in 2027', '2027-12-31'],
    ['H1 2026', '2026-06-30'],
    ['the second half of 2026', '2026-12-31'],
    ['the third quarter of 2025', '2025-09-30'],
    ["Q4'25", '2025-12-31'],
    ['by March 2026', '2026-03-31'],
    ['by June 30, 2026', '2026-06-30'],
  ])('due %s → %s (the last day of the period)', (text, value) => expect(findDueDates(text).map((d) => d.value)).toEqual([value]));

  it.each(['ISO 27001:2022', 'since 2021', '2021-2023', 'next year'])('no due date in %s', (text) => expect(findDueDates(text)).toEqual([]));

  it('reads the last day, adds months (clamped) and prints dates for people', () => {
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2025-01-01/2025-12-31')).toBe('2025-12-31');
    expect(lastDay('../2025-06')).toBe('2025-06-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(formatDay('2025-12-31')).toBe('31 Dec 2025');
    expect(formatDay('2026-03')).toBe('Mar 2026');
  });
});
