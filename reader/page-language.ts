// Cheap language guess from stopword share; good enough to tell English pages from others.
const STOP: Record<string, Set<string>> = {
  en: new Set('the and of to is in we our your you are for with data that on be by or not this it as at from all'.split(' ')),
  de: new Set('der die das und ist nicht wir ihre sie mit von für den zu auf ein eine werden auch im des dem'.split(' ')),
  fr: new Set('le la les et est nous vos vous des du pour avec sur une un dans ne pas sont au aux par'.split(' ')),
  es: new Set('el la los las y es nosotros sus su para con de del en una un no por se que al'.split(' ')),
};
// For one sentence: more words of each language, and Dutch.
const SENTENCE_STOP: Record<string, Set<string>> = {
  de: new Set([...STOP.de!, ...'wir haben hat kein keine keinen unser unsere unseren noch derzeit wurde sind einen einem ist'.split(' ')]),
  fr: new Set([...STOP.fr!, ...'de en notre nos avons sommes est n cours pas encore'.split(' ')]),
  es: new Set([...STOP.es!, ...'nuestra nuestro nuestros estamos somos contamos pero todavía aún'.split(' ')]),
  nl: new Set('de het een en van is niet wij we onze ons zijn voor nog geen wordt staat heeft hebben'.split(' ')),
};

/**
 * A sentence in German, French, Spanish or Dutch rather than English: its own function words outnumber English ones.
 * Capitalised words inside it are names ("Los Angeles", "Den Haag", "ES256", "EST") and are not counted.
 */
export function inAnotherLanguage(text: string): boolean {
  let en = 0;
  const other: Record<string, number> = { de: 0, fr: 0, es: 0, nl: 0 };
  let first = true;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    const name = !first && /^\p{Lu}/u.test(w);
    first = false;
    if (name) continue;
    const lower = w.toLowerCase();
    if (STOP.en!.has(lower)) en++;
    for (const lang of Object.keys(other)) if (SENTENCE_STOP[lang]!.has(lower)) other[lang]!++;
  }
  const best = Math.max(...Object.values(other));
  return (best >= 2 && en === 0) || (best >= 3 && best > 2 * en);
}

/** "en", "de", "fr" or "es" when stopwords make up a clear share of the first words; otherwise null. */
export function detectLang(text: string): string | null {
  const words = text.toLowerCase().slice(0, 20_000).match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return null;
  let best: string | null = null;
  let bestShare = 0;
  for (const [lang, stop] of Object.entries(STOP)) {
    const share = words.filter((w) => stop.has(w)).length / words.length;
    if (share > bestShare) [best, bestShare] = [lang, share];
  }
  return bestShare >= 0.08 ? best : null;
}
