import type { Summary } from '../../claims/types';
import { FIELD_NAMES, fieldLabel, formatValue, isNotStated } from '../../claims/fields';
import { Quote } from './Quote';

/** Fields Assay read from the page that the rubric does not score, in the field list's order. */
export function unscoredFindings(summary: Summary, scored: readonly string[]): { field: string; label: string; value: string; raw: unknown; evidence: string[] }[] {
  const order = (f: string) => {
    const i = (FIELD_NAMES as string[]).indexOf(f);
    return i === -1 ? FIELD_NAMES.length : i;
  };
  return Object.entries(summary)
    .filter(([field, s]) => !scored.includes(field) && s && !isNotStated(s.value))
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([field, s]) => ({ field, label: fieldLabel(field), value: formatValue(field, s.value), raw: s.value, evidence: s.evidence }));
}

/** "Also found on this page": everything read that the rubric leaves out, each with its quotes. */
export function AlsoFound({ summary, scored, highlight, onQuote }: { summary: Summary; scored: readonly string[]; highlight: { quote: string; found: boolean } | null; onQuote(q: string): void }) {
  const found = unscoredFindings(summary, scored);
  if (found.length === 0) return null;
  return (
    <section id="also-found" className="also" aria-labelledby="also-h">
      <h2 id="also-h">Also found on this page ({found.length})</h2>
      <p className="muted small">Read from the page but not scored by this rubric.</p>
      <ul data-testid="also-found">
        {found.map((f) => (
          <li key={f.field} data-testid={`also-${f.field}`}>
            <details>
              <summary>
                <span className="also-label">{f.label}</span> <strong className="also-value">{f.value}</strong>
              </summary>
              <ul className="quotes">
                {f.evidence.map((q) => (
                  <li key={q}>
                    <Quote quote={q} field={f.field} value={f.raw} highlight={highlight} onQuote={onQuote} />
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
