import { QuoteWhere } from './ReadStatus';
/** Algorithms a quote may name that the encryption-at-rest reading does not score (only AES-256 counts). */
const CIPHER = /\b(?:RSA|AES|ECC|ECDSA|ChaCha20|3DES|Blowfish|Twofish|Camellia)(?:[- ]?\d+)?\b/gi;

/**
 * The algorithm a quote names when encryption at rest reads as "stated (no algorithm)": the value is
 * honest about the score (no AES-256), the note must be honest about the quote. Undefined otherwise.
 */
export function namedAlgorithm(field: string, value: unknown, quote: string): string | undefined {
  if (field !== 'encryptionAtRest' || value !== 'stated') return undefined;
  return [...quote.matchAll(CIPHER)].map((m) => m[0]).find((name) => !/^AES[- ]?256$/i.test(name));
}

/** A verbatim quote; a click shows it on the page, or says it is no longer there. */
export function Quote({ quote, field, value, highlight, onQuote }: { quote: string; field: string; value: unknown; highlight: { quote: string; found: boolean; where?: string } | null; onQuote(q: string): void }) {
  const named = namedAlgorithm(field, value, quote);
  return (
    <>
      <button type="button" className="linklike quote" data-testid="quote" onClick={() => onQuote(quote)} title="Show on the page">
        “{quote}”
      </button>
      {named && (
        <p className="muted small" data-testid="algorithm-note">
          The quote names {named}, not AES-256: Assay counts this as encryption at rest stated, without an algorithm it scores.
        </p>
      )}
      {highlight?.quote === quote && !highlight.found && (
        <p role="alert" className="notfound" data-testid="notfound">
          This quote can’t be found on the page any more.
        </p>
      )}
      {highlight?.quote === quote && highlight.found && <QuoteWhere where={highlight.where} />}
    </>
  );
}
