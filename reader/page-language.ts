// Cheap language guess from stopword share; good enough to tell English pages from others.
const STOP: Record<string, Set<string>> = {
  en: new Set('the and of to is in we our your you are for with data that on be by or not this it as at from all'.split(' ')),
  de: new Set('der die das und ist nicht wir ihre sie mit von für den zu auf ein eine werden auch im des dem'.split(' ')),
  fr: new Set('le la les et est nous vos vous des du pour avec sur une un dans ne pas sont au aux par'.split(' ')),
  es: new Set('el la los las y es nosotros sus su para con de del en una un no por se que al'.split(' ')),
};

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
