/**
 * compromise, taught the domain, for what it does well and regexes do badly: the tense and negation of the verb
 * that governs a clause, and numbers written in words ("seventy-two hours", "three business days",
 * "forty-eight (48) hours"). It parses slowly (about a millisecond a clause), so it only ever sees short
 * candidate clauses that the cheap triggers have already picked, never a whole page, and at most
 * NLP_CALLS_PER_PAGE of them per page (past that the regex triggers stand alone).
 */
import nlp from 'compromise';

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

let calls = 0;
let budgetEpoch = 0;
/** How many clauses compromise may parse per page; the pipeline resets the count for each page. */
export const NLP_CALLS_PER_PAGE = 60;

/** Starts a new page's allowance (claims/pipeline.ts calls this once per page). */
export function resetNlpBudget(): void {
  calls = 0;
  budgetEpoch++;
}

function allowed(): boolean {
  return calls++ < NLP_CALLS_PER_PAGE;
}

/**
 * What the clause's main verb says, when the words alone did not: 'negated' ("We have never sought ISO
 * certification"), 'future' ("Acme is going to be audited"), or null (present or past and affirmed, or no verb,
 * or the allowance is spent).
 */
export function verbSays(clause: string): 'negated' | 'future' | null {
  if (clause.length > 400 || !allowed()) return null;
  const verbs = nlp(clause).verbs();
  if (verbs.length === 0) return null;
  if (verbs.has('#Negative')) return 'negated';
  if (verbs.has('(will|shall) #Adverb? be? #Adverb? #Verb') || verbs.has('going to #Verb')) return 'future';
  return null;
}

const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/i;

/**
 * The numbers written in words in a short text, as values in order: "seventy-two hours" → [72],
 * "one (1) business day" → [1]. Only for text that has a number word; digits are the regexes' business.
 */
export function wordNumbers(text: string): number[] {
  if (!NUMBER_WORD.test(text) || text.length > 400 || !allowed()) return [];
  const out: number[] = [];
  for (const n of nlp(text).numbers().get() as unknown[]) if (typeof n === 'number' && Number.isFinite(n)) out.push(n);
  return out;
}

export const _testing = { epoch: () => budgetEpoch };
