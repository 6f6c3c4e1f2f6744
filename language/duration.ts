/**
 * Durations in running text ("72 hours", "seventy-two hours", "a 90-day grace period", "[30 days max]",
 * "within one business day", "30–90 days", "immediately"), with offsets so a caller can quote them.
 */

import { textMemo } from './memo';
import { numberInWords } from './nlp';

export interface Duration {
  /** Length in hours (a range gives its upper bound; "immediately" gives 0). */
  hours: number;
  /** hours / 24, rounded up to a whole day. */
  days: number;
  /** 'lower' for "a minimum of 90 days", 'upper' for "within", "up to", "max"; else 'exact'. */
  bound: 'lower' | 'upper' | 'exact';
  /** For a change "from X to Y": X, in hours (the value the page says it replaced). */
  replacedHours?: number;
  /** True for "immediately", "as soon as ...", "instantly": no number was written. */
  immediate: boolean;
  /** Offsets of the matched phrase in the text searched. */
  start: number;
  end: number;
  text: string;
}

const UNITS: Record<string, number> = { minute: 1 / 60, min: 1 / 60, hour: 1, hr: 1, h: 1, day: 24, week: 168, month: 720, year: 8760, yr: 8760 };
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const BASIC = `(?:(?:${TENS.join('|')})(?:[\\s-](?:${SMALL.slice(1, 10).join('|')}))?|${SMALL.join('|')})`;
// "one hundred and twenty", "a hundred", "two hundred seventy": compromise turns these into numbers.
const WORD = `(?:(?:${BASIC}|a|one)\\s+hundred(?:\\s+(?:and\\s+)?${BASIC})?|${BASIC}|a|an)`;
const NUM = `(?:\\d{1,4}(?:\\.\\d+)?|${WORD})`;
// "seventy-two (72) hours": the bracketed figure restates the word.
const ONE = `${NUM}(?:\\s*\\(\\d{1,4}\\))?`;
const RANGE = `(?<a>${ONE})(?:\\s*(?:-|–|—|/|to|or)\\s*(?<b>${ONE}))?`;
const UNIT = `(?:business\\s+|working\\s+|calendar\\s+)?(?<unit>minute|min|hour|hr|h|day|week|month|year|yr)(?:s|\\(s\\))?`;
const DURATION = new RegExp(`(?<![\\w.])${RANGE}(?:\\s*-\\s*|\\s+)?${UNIT}(?![a-z])`, 'gi');
const IMMEDIATE = /\b(?:immediately|instantly|as soon as\b[^.;]{0,60}?\b(?:completed?|done|finished|processed)|at once)\b/gi;
const DAY_N = /\b(?:on|by|from|after)\s+day\s+(\d{1,4})\b/gi;
const LOWER = /\b(?:minimum of|at least|no (?:less|fewer|sooner) than|not less than)\s*$/i;
const UPPER_BEFORE = /\b(?:within|up to|maximum of|max(?:imum)?|no (?:more|later) than|not more than|under|less than|before|inside)\s*(?:a|an|the)?\s*$/i;
const UPPER_AFTER = /^\s*(?:max(?:imum)?\b|or (?:less|fewer|sooner)\b|at (?:the )?most\b)/i;

function numberOf(raw: string): number {
  const s = raw.replace(/\s*\(\d+\)$/, '').trim().toLowerCase();
  if (/^\d/.test(s)) return Number(s);
  if (s === 'a' || s === 'an') return 1;
  // Numbers written in words are compromise's job ("seventy-two", "one hundred and twenty").
  return numberInWords(s) ?? -1;
}

/** A cheap test before the full parse: could `text` hold a duration at all? (A number in words only before a unit.) */
const DIGIT_OR_AT_ONCE = /\d|immediately|instantly|as soon as|at once/i;
const UNIT_WORD = /minute|hour|day|week|month|year/i;
const NUMBER_WORD_BEFORE_UNIT =
  /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\s-]+(?:\w+[\s-]+){0,3}?(?:minute|hour|day|week|month|year)/i;
export function mayHoldDuration(text: string): boolean {
  return DIGIT_OR_AT_ONCE.test(text) || (UNIT_WORD.test(text) && NUMBER_WORD_BEFORE_UNIT.test(text));
}

/** Every duration in `text`, in order. A range gives its upper bound. */
const SUPERSEDED_BEFORE = /\b(?:previously|formerly|down from|up from|reduced from|shortened from|cut from|replacing|instead of|rather than the (?:old|previous|former))\s+(?:the\s+)?(?:(?:old|previous|former)\s+)?$/i;
// A change "from X to Y": X is the value replaced ("shortened the deletion window from 90 days to 30 days", "cut from
// 72 to 48 hours", "(changed from 90 days in 2023)"); with a range's "to" between them, only Y holds.
const CHANGED_FROM_BEFORE =
  /\b(?:shortened|shorten(?:s|ing)?|reduced|reduc(?:e|es|ing)|cut(?:s|ting)?|changed|chang(?:e|es|ing)|lowered|lower(?:s|ing)?|moved|extended|extend(?:s|ing)?|increased|increas(?:e|es|ing)|raised|updated|tightened|dropped|went|brought\s+down|brought\s+forward)\s+(?:[\w'’-]+\s+){0,14}?from\s+$/i;

export function findDurations(text: string): readonly Duration[] {
  return scanDurations(text).found;
}

type Scan = { readonly found: readonly Duration[]; readonly replaced: readonly number[] };
// Several fields read the same sentences (retention, backups, breach notice, recovery objectives): each text is scanned
// once. The results are frozen, so no caller can change what the next one reads.
const SCANS = textMemo<Scan>();
const SCAN_CACHE_SIZE = 2000;

/** The durations in `text`, and the values it says were replaced ("previously 90 days", "from 60 to 30 days"), in hours. */
function scanDurations(text: string): Scan {
  const known = SCANS.get(text);
  if (known) return known;
  if (SCANS.size >= SCAN_CACHE_SIZE) SCANS.clear();
  const scan = computeScan(text);
  for (const d of scan.found) Object.freeze(d);
  const frozen = Object.freeze({ found: Object.freeze(scan.found), replaced: Object.freeze(scan.replaced) });
  SCANS.set(text, frozen);
  return frozen;
}

function computeScan(text: string): { found: Duration[]; replaced: number[] } {
  const out: Duration[] = [];
  const replacedHours: number[] = [];
  let replacedBy: { hours: number; end: number } | null = null;
  for (const m of text.matchAll(DURATION)) {
    const g = m.groups!;
    const a = numberOf(g.a!);
    const b = g.b ? numberOf(g.b) : a;
    if (a < 0 || b < 0) continue;
    // (The cheap test first: most durations are not preceded by "from".)
    const lead = text.slice(Math.max(0, m.index! - 120), m.index!);
    const changed = /\bfrom\s+$/i.test(lead) && CHANGED_FROM_BEFORE.test(lead);
    // "a day" only in a duration sense; a bare "h" only right after digits ("72h").
    const unit = g.unit!.toLowerCase();
    if (unit === 'h' && !/\d\s*h$/i.test(m[0])) continue;
    // Whole years written in months ("12 months", "24 months") are years: 365 days each, as a reader counts them.
    // "cut from 72 to 48 hours" is no range: the value after "to" is the one that holds.
    const fromTo = changed && !!g.b && /\bto\b/i.test(m[0]);
    const n = fromTo ? b : Math.max(a, b);
    const hours = unit === 'month' && n >= 12 && n % 12 === 0 ? (n / 12) * UNITS.year! : n * UNITS[unit]!;
    const start = m.index!;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    // "purged after 21 days (previously 90 days)": the value a page replaced is no window at all.
    if (changed && !g.b) {
      // "from 90 days to 30 days": the next duration, right after "to", is the new value.
      replacedBy = { hours, end };
      replacedHours.push(hours);
      continue;
    }
    if (SUPERSEDED_BEFORE.test(before) && !fromTo) {
      replacedHours.push(hours);
      continue;
    }
    const after = text.slice(end, end + 20);
    const bound = LOWER.test(before) ? 'lower' : UPPER_BEFORE.test(before) || UPPER_AFTER.test(after) || g.b ? 'upper' : 'exact';
    const after2 = replacedBy && /^\s*(?:(?:down|up|back)\s+)?to\s+$/i.test(text.slice(replacedBy.end, start)) ? replacedBy.hours : undefined;
    replacedBy = null;
    const replaced = fromTo ? { replacedHours: a * UNITS[unit]! } : after2 !== undefined ? { replacedHours: after2 } : {};
    out.push({ hours, days: Math.ceil(hours / 24 - 1e-9), bound, immediate: false, start, end, text: m[0], ...replaced });
  }
  // "On day 31 it is deleted": a day count written as an ordinal position.
  for (const m of text.matchAll(DAY_N)) {
    const start = m.index!;
    const n = Number(m[1]);
    out.push({ hours: n * 24, days: n, bound: 'exact', immediate: false, start, end: start + m[0].length, text: m[0] });
  }
  for (const m of text.matchAll(IMMEDIATE)) {
    const start = m.index!;
    out.push({ hours: 0, days: 0, bound: 'exact', immediate: true, start, end: start + m[0].length, text: m[0] });
  }
  for (const d of out) if (d.replacedHours !== undefined) replacedHours.push(d.replacedHours);
  return { found: out.sort((x, y) => x.start - y.start), replaced: replacedHours };
}

/**
 * Values the page says it replaced, in hours: "shortened the window from 60 to 30 days" anywhere on the page makes
 * 60 days a past value, so an older statement of it elsewhere ("deleted within 60 days") no longer holds.
 */
// A cheap test before reading a block's durations: could it say a value was replaced at all?
const REPLACES = /\b(?:previously|formerly|replacing|instead of|rather than|down from|up from)\b|\b(?:shorten|reduc|cut|chang|lower|moved|extend|increas|raised|updated|tighten|dropped|went|brought)\w*\b[^.]{0,140}?\bfrom\b/i;
const replacedCache = new WeakMap<object, Set<number>>();
function replacedOnPage(page: { blocks: readonly { text: string }[] }): Set<number> {
  const cached = replacedCache.get(page);
  if (cached) return cached;
  const out = new Set<number>();
  replacedCache.set(page, out);
  for (const { text: t } of page.blocks) {
    if (!REPLACES.test(t) || !mayHoldDuration(t)) continue;
    for (const h of scanDurations(t).replaced) out.add(h);
  }
  return out;
}

/**
 * Candidates less those whose value the page says it replaced (`hoursOf` turns a candidate's value into hours); all of
 * them when every one was replaced.
 */
function withoutReplaced<C extends { value: number }>(page: { blocks: readonly { text: string }[] }, cands: C[], hoursOf: (value: number) => number): C[] {
  const replaced = replacedOnPage(page);
  if (replaced.size === 0) return cands;
  const live = cands.filter((c) => !replaced.has(hoursOf(c.value)));
  return live.length > 0 ? live : cands;
}

/**
 * A window field's candidates, best first (retention, breach notice): a value the page says it replaced is dropped; the
 * most direct reading wins, between equals the longest window; any other value ranks just below the best.
 */
export function rankWindows<C extends { value: number; confidence: number }>(page: { blocks: readonly { text: string }[] }, cands: C[], hoursOf: (value: number) => number): C[] {
  const live = withoutReplaced(page, cands, hoursOf);
  live.sort((a, b) => b.confidence - a.confidence || b.value - a.value);
  const top = live[0];
  return live.map((c) => (!top || c.value === top.value || c.confidence < top.confidence ? c : { ...c, confidence: top.confidence - 0.05 }));
}

/** The first duration in `text`, or null. */
export function parseDuration(text: string): Duration | null {
  return findDurations(text)[0] ?? null;
}

// Must read right: "72 hours" 72h; "seventy-two (72) hours" 72h; "3 days" 72h; "within one business day" 24h;
// "30-day grace period" 30d; "[30 days max]" 30d upper; "within a month" 30d; "2 weeks" 14d; "30–90 days" 90d;
// "a minimum of 90 days" 90d lower; "immediately" / "as soon as the uninstall is completed" 0.
// Must not read: "NIST 800 – 88", "TLS 1.2", "99.9% uptime", "24/7" (no unit), "SHA-256".
