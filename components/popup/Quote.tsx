import { formatValue } from '../../claims/fields';

/** Algorithms other than the one a field names: a quote naming one must not sit under "no algorithm". */
const OTHER_CIPHER = /\b(?:RSA|AES|ECC|ECDSA|ChaCha20|3DES|Blowfish|Twofish|Camellia)[- ]?\d*\b/i;

/** A verbatim quote; a click shows it on the page, or says it is no longer there. */
export function Quote({ quote, field, value, highlight, onQuote }: { quote: string; field: string; value: unknown; highlight: { quote: string; found: boolean } | null; onQuote(q: string): void }) {
  const named = field === 'encryptionAtRest' && value === 'stated' ? OTHER_CIPHER.exec(quote)?.[0] : undefined;
  return (
    <>
      <button type="button" className="linklike quote" data-testid="quote" onClick={() => onQuote(quote)} title="Show on the page">
        “{quote}”
      </button>
      {named && (
        <p className="muted small" data-testid="algorithm-note">
          The quote names {named}; Assay scores only AES-256 as a named algorithm, so it reads as {formatValue(field, value)}.
        </p>
      )}
      {highlight?.quote === quote && !highlight.found && (
        <p role="alert" className="notfound" data-testid="notfound">
          This quote can’t be found on the page any more.
        </p>
      )}
    </>
  );
}
