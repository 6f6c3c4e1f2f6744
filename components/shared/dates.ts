/** Dates in a reviewer's words: the day alone, or the day and time when another reading shares that day. */

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const DAY_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: '2-digit', minute: '2-digit' };

/**
 * "27 Nov 2026", or "27 Nov 2026, 16:40" when any of `others` falls on the same local day (two
 * readings of one day must not look the same). An unreadable date prints as given.
 */
export function readingDate(iso: string, others: readonly (string | null | undefined)[] = [], locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const clash = others.some((o) => o && o !== iso && !Number.isNaN(new Date(o).getTime()) && sameDay(d, new Date(o)));
  return d.toLocaleString(locale, clash ? DAY_TIME : DAY);
}

/** Day and time, for "Saved …" where the reviewer wants to know how fresh a reading is. */
export function readingTime(iso: string, locale?: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale, DAY_TIME);
}
