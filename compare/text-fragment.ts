/**
 * Links that open a page at a quote: a URL with a text directive (WICG Text Fragments,
 * https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`.
 * Pure: no browser.
 */

/** Words a directive keeps whole; longer quotes are linked by their first and last words (textStart,textEnd). */
const WHOLE_WORDS = 8;
const EDGE_WORDS = 4;

/**
 * Percent-encodes one directive term. The spec reserves `-`, `,` and `&` inside a term, so they are encoded
 * along with everything `encodeURIComponent` encodes (which leaves `-` alone).
 */
export function encodeTextTerm(text: string): string {
  const encoded = encodeURIComponent(text);
  return encoded.includes('-') ? encoded.replaceAll('-', '%2D') : encoded;
}

/**
 * The page's URL with a text fragment to `quote` (whitespace collapsed), or the URL unchanged when there is
 * nothing to link (no quote, not an http(s) page, a PDF — browsers do not find text in PDFs by fragment).
 * A long quote is linked by its first and last words, so the link stays short and still matches.
 */
export function quoteLink(url: string, quote: string | undefined): string {
  const hash = url.indexOf('#');
  const page = hash < 0 ? url : url.slice(0, hash);
  const text = quote?.trim();
  if (!text || !HTTP.test(page) || PDF.test(page)) return page;
  const words = text.split(SPACES);
  const directive = words.length <= WHOLE_WORDS ? encodeTextTerm(words.join(' ')) : `${encodeTextTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeTextTerm(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${page}#:~:text=${directive}`;
}

const HTTP = /^https?:\/\//i;
const PDF = /\.pdf(?:$|[?])/i;
const SPACES = /\s+/;
