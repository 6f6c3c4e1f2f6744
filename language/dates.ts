/**
 * Dates in vendors' words, read to ISO 8601: a day ("December 31, 2025", "31 Dec 2025", "2025-12-31") to
 * YYYY-MM-DD, a month ("March 2026") to YYYY-MM, a period ("January 1 – December 31, 2025") to "start/end",
 * and a plan's due date ("by Q3 2025", "by the end of 2025", "in early 2026", "in 2027") to the last day of the
 * period it names. Pure: "now" is never read here; freshness (rubric/freshness.ts) is given the assessment's date.
 */

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d\d`;

/** One date as written, day and year optional: "January 1", "1 January 2025", "2025-01-01", "March 2026". */
const PART = String.raw`(?:${YEAR}-[01]\d-[0-3]\d|${MONTH}\s+${DAY}(?:,?\s+${YEAR})?(?![\d:])|${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?|${MONTH}(?:,?\s+${YEAR})?)`;
/** A date with its year. */
const DATED = String.raw`(?:${YEAR}-[01]\d-[0-3]\d|${MONTH}\s+${DAY},?\s+${YEAR}|${DAY}\s+(?:of\s+)?${MONTH},?\s+${YEAR}|${MONTH},?\s+${YEAR})`;

/** Regex source for one full date (with its year), for other patterns to build on. */
export const DATE_SOURCE = DATED;

const RANGE = new RegExp(String.raw`(?:\bfrom\s+)?\b(${PART})\s*(?:[–—-]{1,2}|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*(${DATED})\b`, 'gi');
const ONE = new RegExp(String.raw`\b${DATED}\b`, 'gi');

interface Parts {
  y?: number;
  m: number;
  d?: number;
}

function partsOf(text: string): Parts | null {
  const iso = text.match(/((?:19|20)\d\d)-([01]\d)-([0-3]\d)/);
  if (iso) return { y: +iso[1]!, m: +iso[2]!, d: +iso[3]! };
  const month = text.match(new RegExp(MONTH, 'i'));
  if (!month) return null;
  const m = MONTH_NAMES.indexOf(month[0].slice(0, 3).toLowerCase()) + 1;
  const year = text.match(new RegExp(String.raw`\b${YEAR}\b`));
  const rest = text.replace(month[0], ' ').replace(year?.[0] ?? '\u0000', ' ');
  const day = rest.match(/\b(\d{1,2})(?:st|nd|rd|th)?\b/);
  return { y: year ? +year[0] : undefined, m, d: day ? +day[1]! : undefined };
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(p: Parts & { y: number }): string | null {
  if (p.m < 1 || p.m > 12) return null;
  if (p.d === undefined) return `${p.y}-${pad(p.m)}`;
  if (p.d > daysIn(p.y, p.m)) return null;
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Where a date or period sits in the text, and what it reads as. */
export interface DateSpan {
  /** YYYY-MM-DD or YYYY-MM; for a period "start/end". */
  value: string;
  start: number;
  end: number;
}

/** The first period ("January 1 – December 31, 2025", "Oct 2024 to Sep 2025") in the text; a start without a year takes the end's (or the year before, when its month is later). */
export function findPeriod(text: string): DateSpan | null {
  for (const m of text.matchAll(RANGE)) {
    const a = partsOf(m[1]!);
    const b = partsOf(m[2]!);
    if (!a || !b || b.y === undefined) continue;
    const ay = a.y ?? (a.m > b.m ? b.y - 1 : b.y);
    const from = isoOf({ ...a, y: ay });
    const to = isoOf({ ...b, y: b.y });
    if (!from || !to || lastDay(from) > lastDay(to)) continue;
    return { value: `${from}/${to}`, start: m.index!, end: m.index! + m[0].length };
  }
  return null;
}

/** Every full date (with its year) in the text, in order. */
export function findDates(text: string): DateSpan[] {
  const out: DateSpan[] = [];
  for (const m of text.matchAll(ONE)) {
    const p = partsOf(m[0]);
    const iso = p?.y !== undefined ? isoOf({ ...p, y: p.y }) : null;
    if (iso) out.push({ value: iso, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** One full date, or null: "31 December 2025" → "2025-12-31", "March 2026" → "2026-03". */
export function parseDate(text: string): string | null {
  const all = findDates(text);
  return all.length === 1 ? all[0]!.value : null;
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
// "early" = January–April, "mid" = May–August, "late" = September–December (thirds of the year).
const THIRD_END: Record<string, string> = { early: '04-30', mid: '08-31', middle: '08-31', late: '12-31', end: '12-31' };
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, final: 4 };

const DUE = new RegExp(
  [
    String.raw`\bQ([1-4])\s*(?:of\s+)?(?:FY\s*)?'?((?:19|20)?\d\d)\b`,
    String.raw`\b(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(${YEAR})\b`,
    String.raw`\bH([12])\s*(?:of\s+)?(${YEAR})\b`,
    String.raw`\b(first|second|1st|2nd)\s+half\s+(?:of\s+)?(${YEAR})\b`,
    String.raw`\b(?:the\s+)?(end|early|mid|middle|late)(?:\s+|-)(?:of\s+)?(?:the\s+year\s+)?(${YEAR})\b`,
    String.raw`\b(${DATED})`,
    String.raw`\b(?:in|by|for|during|before|within|around|until)\s+(?:calendar\s+|the\s+year\s+|CY\s*|FY\s*)?(${YEAR})\b(?!-\d)`,
  ].join('|'),
  'gi',
);

/** The last day of the period a plan names: "Q3 2025" → 2025-09-30, "the end of 2025" → 2025-12-31, "early 2026" → 2026-04-30, "in 2027" → 2027-12-31, "March 2026" → 2026-03-31. */
export function findDueDates(text: string): DateSpan[] {
  const out: DateSpan[] = [];
  for (const m of text.matchAll(DUE)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    const year = (y: string) => (y.length === 2 ? 2000 + +y : +y);
    let value: string | null = null;
    if (m[1]) value = `${year(m[2]!)}-${QUARTER_END[+m[1] - 1]}`;
    else if (m[3]) value = `${m[4]}-${QUARTER_END[ORDINAL[m[3].toLowerCase()]! - 1]}`;
    else if (m[5]) value = `${m[6]}-${m[5] === '1' ? '06-30' : '12-31'}`;
    else if (m[7]) value = `${m[8]}-${/^(?:first|1st)$/i.test(m[7]) ? '06-30' : '12-31'}`;
    else if (m[9]) value = `${m[10]}-${THIRD_END[m[9].toLowerCase()]}`;
    else if (m[11]) {
      const p = partsOf(m[11]);
      value = p?.y !== undefined ? isoOf({ ...p, y: p.y }) : null;
      if (value && value.length === 7) value = lastDay(value);
    } else if (m[12]) value = `${m[12]}-12-31`;
    if (value) out.push({ value, ...at });
  }
  return out;
}

/** The last day a date or period covers, as YYYY-MM-DD: "2025-03" → "2025-03-31", "2025-01-01/2025-12-31" → "2025-12-31", "2025" → "2025-12-31". */
export function lastDay(value: string): string {
  const end = value.includes('/') ? value.slice(value.indexOf('/') + 1) : value;
  const [y, m, d] = end.split('-');
  if (!m) return `${y}-12-31`;
  return d ? end : `${y}-${m}-${pad(daysIn(+y!, +m))}`;
}

/** YYYY-MM-DD of an ISO time or date ("2026-11-27T20:59:32Z" → "2026-11-27"). */
export function dayOf(isoTime: string): string {
  return isoTime.slice(0, 10);
}

/** The day `months` months after `day` (YYYY-MM-DD), clamped to the month's end: addMonths("2025-02-28", 12) → "2026-02-28". */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return `${ny}-${pad(nm)}-${pad(Math.min(d, daysIn(ny, nm)))}`;
}

/** "2025-12-31" → "31 Dec 2025", "2026-03" → "Mar 2026"; anything else as it is. */
export function formatDay(value: string): string {
  const p = value.match(/^(\d{4})-(\d\d)(?:-(\d\d))?$/);
  if (!p) return value;
  const month = MONTH_NAMES[+p[2]! - 1];
  if (!month) return value;
  const name = month.charAt(0).toUpperCase() + month.slice(1);
  return p[3] ? `${+p[3]} ${name} ${p[1]}` : `${name} ${p[1]}`;
}

// Must read right: "January 1 – December 31, 2025" 2025-01-01/2025-12-31; "October 1, 2024 to September 30,
// 2025"; "by Q3 2025" 2025-09-30; "by the end of 2025" 2025-12-31; "in early 2026" 2026-04-30; "in 2027" 2027-12-31.
// Must not be fooled by: "February 30, 2025" (no such day); "24/7"; a time "January 1 12:00".
