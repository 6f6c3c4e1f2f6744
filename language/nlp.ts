/**
 * compromise, taught the domain, for what it does well and regexes do badly: the tense and negation of the verb
 * that governs a clause, and numbers written in words ("seventy-two hours", "three business days",
 * "forty-eight (48) hours"). It parses slowly (about a millisecond a clause), so it only ever sees short
 * candidate clauses that the cheap triggers have already picked, never a whole page, and at most
 * NLP_CALLS_PER_PAGE of them per page.
 */
import nlp from 'compromise';
import { textMemo } from './memo';

// Domain words as tags: certifications and duration units parse as nouns, not verbs or adjectives
// ("SOC 2 Type II attested", "business days").
nlp.plugin({
  words: {
    soc: 'Certification',
    iso: 'Certification',
    hipaa: 'Certification',
    pci: 'Certification',
    fedramp: 'Certification',
    gdpr: 'Certification',
    'business day': 'Duration',
    'business days': 'Duration',
    'working days': 'Duration',
  },
  tags: { Certification: { isA: 'ProperNoun' }, Duration: { isA: 'Noun' } },
});

/** How many clauses compromise may parse for one page; past that the regex triggers stand alone. */
export const NLP_CALLS_PER_PAGE = 60;
const used = new WeakMap<object, number>();

function allowed(page: object): boolean {
  const n = used.get(page) ?? 0;
  used.set(page, n + 1);
  return n < NLP_CALLS_PER_PAGE;
}

/**
 * What the clause's main verb says, when the words alone did not: 'negated' ("We have never sought ISO
 * certification"), 'future' ("Acme is going to be audited"), or null (present or past and affirmed, or no verb,
 * or the allowance is spent).
 */
// compromise can only find a negated or future verb where one of these words stands; without one, no parse.
// ("n't" has no word boundary before it: "can't", "don't".)
const VERB_CUE = /\b(?:not|never|no|none|cannot|will|shall|won['’]t|going to|yet|neither|nor)\b|n['’]t\b/i;

export function verbSays(clause: string, page: object, mentionAt = clause.length): 'negated' | 'future' | null {
  if (clause.length > 400 || !VERB_CUE.test(clause) || !allowed(page)) return null;
  // The verb that governs the mention: the last verb phrase before it, else the first after it. A negative or
  // future elsewhere in the clause ("We don't just rely on X: we are certified") says nothing about the mention.
  const verbs = nlp(clause).verbs().json({ offset: true }) as { text: string; offset: { start: number }; terms: { tags: string[] }[] }[];
  if (verbs.length === 0) return null;
  const before = verbs.filter((v) => v.offset.start < mentionAt);
  const governing = before.at(-1) ?? verbs[0]!;
  const negative = (v: (typeof verbs)[number]) => v.terms.some((t) => t.tags.includes('Negative')) || /\b(?:not|never)\b|n['’]t\b/i.test(v.text);
  const tags = governing.terms.flatMap((t) => t.tags);
  if (negative(governing)) return 'negated';
  // "We won't pretend to hold SOC 2", "We don't need to hold it": an infinitive under a negated verb is negated too.
  const outer = verbs[verbs.indexOf(governing) - 1];
  if (outer && negative(outer) && /\bto\s+$/i.test(clause.slice(0, governing.offset.start))) return 'negated';
  if (/^(?:will|shall|['’]ll)\b|\bgoing to\b/i.test(governing.text.trim()) || tags.includes('FutureTense')) return 'future';
  return null;
}

const cache = textMemo<number | null>();

/**
 * A number written in words, by compromise: "seventy-two" → 72, "one hundred and twenty" → 120, "three" → 3;
 * null when the words are no number. Only short word-number phrases reach it (the duration pattern picks them),
 * so each distinct phrase is parsed once and remembered.
 */
export function numberInWords(words: string): number | null {
  const key = words.trim().toLowerCase();
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const [n] = nlp(key).numbers().get() as unknown[];
  const value = typeof n === 'number' && Number.isFinite(n) ? n : null;
  if (cache.size > 2_000) cache.clear();
  cache.set(key, value);
  return value;
}
