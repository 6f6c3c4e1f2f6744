import { textMemo } from './memo';

/** A sentence inside a block's text, with its offsets into that text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Abbreviations after which a full stop does not end a sentence ("e.g. AWS", "Inc. is").
const NO_BREAK_AFTER = /\b(?:e\.g|i\.e|etc|vs|inc|ltd|co|corp|no|approx|incl|dept|st|mr|ms|dr|u\.s|u\.k|e\.u)\.$/i;

/**
 * Splits text into sentences on . ! ? ; (followed by space and a capital, digit, quote or bracket) and
 * on line breaks, keeping exact offsets so a quote can be found again verbatim.
 * Decimal points ("TLS 1.2"), versions and abbreviations do not split.
 */
export function splitSentences(text: string): readonly Sentence[] {
  const hit = memo.get(text);
  if (hit) return hit;
  const out = Object.freeze(split(text));
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(text, out);
  return out;
}

// Several extractors split the same block texts: keep the last pages' splits (bounded, read-only).
const memo = textMemo<readonly Sentence[]>();
const MEMO_MAX = 20_000;

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Include closing quotes/brackets in the sentence.
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue; // "1.2", "eu-central-1.", "example.com"
    let k = j;
    while (k < text.length && /[ \t]/.test(text[k]!)) k++;
    const next = text[k];
    if (next !== undefined && next !== '\n' && !/[A-Z0-9"“'‘([•\-–—*]/.test(next)) continue;
    // "No. 5" and "certificate no. DK-ISMS-1187" are numbers; "No. We never …" is an answer that ends there.
    if (ch === '.' && NO_BREAK_AFTER.test(text.slice(Math.max(0, i - 6), i + 1)) && !(/\bno\.$/i.test(text.slice(Math.max(0, i - 3), i + 1)) && !/^[^\s]*\d/.test(text.slice(k, k + 24)))) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}

/** Whether the text's last non-space character is "?" (without scanning the text for every "?", as /\?\s*$/ does). */
export function endsWithQuestion(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 && text[i] === '?';
}
