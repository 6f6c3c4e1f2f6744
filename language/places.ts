import type { RegionCode } from '../claims/types';
import { escapeRegExp } from './regex';
import { ABBREVIATION_LINES, AIRPORT_LINES, AREA_LINES, CITY_LINES, CLOUD_CODE_LINES, COUNTRY_LINES, DEMONYM_LINES } from './places-data';

export type PlaceKind = 'country' | 'abbreviation' | 'demonym' | 'area' | 'city' | 'code' | 'airport';

/** A place named in a text, with its offsets. */
export interface Place {
  start: number;
  end: number;
  text: string;
  /** ISO 3166-1 alpha-2, or null for an area ("the EU", "APAC"). */
  country: string | null;
  region: RegionCode | null;
  kind: PlaceKind;
}

interface Entry {
  country: string | null;
  region: RegionCode | null;
  kind: PlaceKind;
  name: string;
}

function parse(lines: string, kind: PlaceKind): Entry[] {
  const out: Entry[] = [];
  for (const line of lines.split('\n')) {
    const m = /^(\S+) (\S+) (.+)$/.exec(line.trim());
    if (!m) continue;
    const country = m[1] === '-' ? null : m[1]!;
    const region = m[2] === '-' ? null : (m[2] as RegionCode);
    for (const name of m[3]!.split('|')) out.push({ country, region, kind, name });
  }
  return out;
}

const escape = (s: string) => escapeRegExp(s).replace(/ /g, '\\s+');

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One pattern for a list of escaped names, with common prefixes shared ("s(?:an\\s+(?:francisco|jose)|ydney)"): the
 * scan rejects most positions at the first character instead of trying every name there. A longer name is tried
 * before a shorter one it extends, so at each position it matches what the plain alternation sorted longest first did.
 */
export function trieAlternation(names: string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const name of names) {
    let node = root;
    // Tokens: "\\s+", an escaped character, or one code point.
    for (const tok of name.match(/\\s\+|\\.|[^\\]/gu) ?? []) {
      let child = node.next.get(tok);
      if (!child) node.next.set(tok, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const parts = [...node.next].map(([tok, child]) => tok + emit(child));
    if (parts.length === 0) return '';
    const body = parts.length === 1 ? parts[0]! : parts.join('|');
    if (node.end) return `(?:${body})?`;
    return parts.length === 1 ? body : `(?:${body})`;
  };
  return `(?:${emit(root)})`;
}

interface Table {
  re: RegExp;
  byName: Map<string, Entry>;
  caseSensitive: boolean;
}

function table(entries: Entry[], caseSensitive: boolean, suffix = ''): Table {
  const names = [...entries].sort((a, b) => b.name.length - a.name.length).map((e) => escape(e.name));
  // No leading lookbehind: evaluated at every position it makes the scan several times slower. The
  // word boundary before a match is checked in findPlaces, which then resumes one character later.
  // Case-insensitive tables match lower-cased names against a lower-cased copy of the text: without the
  // `i` flag the scan is about twice as fast (findPlaces keeps the original text for case checks).
  const alternatives = trieAlternation(caseSensitive ? names : names.map((n) => n.toLowerCase()));
  const re = new RegExp(`${alternatives}${suffix}(?![\\p{L}\\p{N}_])`, 'gu');
  const byName = new Map(entries.map((e) => [caseSensitive ? e.name : e.name.toLowerCase(), e]));
  return { re, byName, caseSensitive };
}

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

/** Lower case with offsets kept: a character whose lower case is longer ("İ") stays as it is. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Whether the code point just before `at` is a letter, digit or underscore (what the old lookbehind tested). */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD_CHAR.test(text.slice(from, at));
}

// The tables of names long enough to be rare inside other words: one pre-scan of the text for any of their names, with
// no boundaries, decides whether they are scanned one by one (most sentences name no place). Short names (abbreviations,
// airport codes: "ams" is in "teams") are scanned every time.
const NAMED_ENTRIES = [
  parse(COUNTRY_LINES, 'country'),
  parse(DEMONYM_LINES, 'demonym'),
  parse(AREA_LINES, 'area'),
  parse(CITY_LINES, 'city'),
  parse(CLOUD_CODE_LINES, 'code'),
];
const ANY_NAMED = new RegExp(trieAlternation(NAMED_ENTRIES.flat().map((e) => escape(e.name).toLowerCase())));
const NAMED: Table[] = [
  table(NAMED_ENTRIES[0]!, false),
  table(NAMED_ENTRIES[1]!, false),
  table(NAMED_ENTRIES[2]!, false),
  table(NAMED_ENTRIES[3]!, false),
  table(NAMED_ENTRIES[4]!, false, '(?:[a-f](?=[\\s.,;:)]|$))?'),
];
const ABBREVIATIONS = table(parse(ABBREVIATION_LINES, 'abbreviation'), true);
const AIRPORTS = table(parse(AIRPORT_LINES, 'airport'), false);
// In this order: of two names at the same place and length, the earlier table's is kept.
const ALL_TABLES = [NAMED[0]!, ABBREVIATIONS, ...NAMED.slice(1), AIRPORTS];
const SHORT_TABLES = [ABBREVIATIONS, AIRPORTS];

// A demonym names a storage place only before an infrastructure noun: "German data centres", "Swiss-hosted".
const DEMONYM_NOUN = /^(?:-hosted\b|\s+(?:[\w-]+\s+){0,2}?(?:data\s*cent(?:er|re)s?|datacent(?:er|re)s?|servers?|hosting|cloud|regions?|soil|infrastructure|data\s+residency|facilit(?:y|ies)|borders?)\b)/i;
// An airport code names a region only in infrastructure context: "(iad)", "fra region", "regions: iad, ams".
const AIRPORT_BEFORE = /(?:\(\s*|\bregions?\s*[:(]?\s*(?:[a-z]{3}\s*,\s*)*)$/i;
const AIRPORT_AFTER = /^(?:\s*\)|\s+regions?\b|\s*,\s*[a-z]{3}\b)/i;

function accept(text: string, e: Entry, index: number, s: string): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const after = text.slice(index + s.length, index + s.length + 60);
  if (e.kind === 'airport') return s === s.toLowerCase() || s === s.toUpperCase() ? AIRPORT_BEFORE.test(before) || AIRPORT_AFTER.test(after) : false;
  if (e.kind === 'demonym') return DEMONYM_NOUN.test(after);
  if (e.kind === 'country' || e.kind === 'area' || e.kind === 'city') {
    // Names in their written case or in capitals ("GERMANY"), never lower-case ("asia" in a URL).
    return /\p{Lu}/u.test(s);
  }
  return true;
}

/** Every place named in text, longest match first, non-overlapping, in order. */
export function findPlaces(text: string): Place[] {
  const all: Place[] = [];
  const lower = lowerSameLength(text);
  for (const t of ANY_NAMED.test(lower) ? ALL_TABLES : SHORT_TABLES) {
    const hay = t.caseSensitive ? text : lower;
    t.re.lastIndex = 0;
    for (let m = t.re.exec(hay); m; m = t.re.exec(hay)) {
      if (wordCharBefore(text, m.index)) {
        t.re.lastIndex = m.index + 1;
        continue;
      }
      const found = text.slice(m.index, m.index + m[0].length);
      const key = m[0].replace(/\s+/g, ' ');
      const e = t.byName.get(key) ?? t.byName.get(key.replace(/[a-f]$/, ''));
      if (!e || !accept(text, e, m.index, found)) continue;
      all.push({ start: m.index, end: m.index + found.length, text: found, country: e.country, region: e.region, kind: e.kind });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Place[] = [];
  for (const p of all) if (!kept.some((k) => p.start < k.end && k.start < p.end)) kept.push(p);
  kept.sort((a, b) => a.start - b.start);
  return dropOverriddenAreas(text, kept);
}

// An area then a narrower place inside it, in apposition: "the Asia-Pacific region, in Sydney", "Europe -
// specifically London", "APAC: Tokyo". The narrower place stands for the area (APAC is not added beside AU).
const APPOSITION = /^\s*(?:region\s*)?(?:[,:\-–—]\s*)?(?:(?:specifically|namely|i\.e\.,?|that is,?|in|at)\s+){0,2}(?:the\s+)?$/i;
function within(area: Place, q: Place): boolean {
  if (q.country === null || q.region === area.region) return false;
  if (area.region === 'APAC') return q.region === 'AU' || q.region === 'JP' || q.region === 'IN';
  // "Europe" the continent holds the UK and Switzerland; "the EU"/"EEA" does not.
  return area.region === 'EU' && /^europe$/i.test(area.text) && (q.region === 'UK' || q.region === 'CH');
}

// "Europe (London)" is AWS's name for a UK region: the place in brackets decides, not the area before it.
function dropOverriddenAreas(text: string, places: Place[]): Place[] {
  return places.filter((p, i) => {
    if (p.country !== null && p.kind !== 'area') return true;
    const next = places[i + 1];
    if (p.kind === 'area' && p.country === null && next && within(p, next) && APPOSITION.test(text.slice(p.end, next.start))) return false;
    const open = /^\s*\(/.exec(text.slice(p.end));
    if (!open) return true;
    const close = text.indexOf(')', p.end);
    const inner = places.slice(i + 1).filter((q) => q.start < (close < 0 ? Infinity : close) && q.country !== null);
    return inner.length === 0 || inner.every((q) => q.region === p.region);
  });
}

/** Region of an ISO country code, when the gazetteer knows it. */
export function regionOfCountry(code: string): RegionCode | null {
  return COUNTRY_REGION.get(code) ?? null;
}
const COUNTRY_REGION = new Map(parse(COUNTRY_LINES, 'country').map((e) => [e.country!, e.region!] as const).filter(([, r]) => r !== null));
