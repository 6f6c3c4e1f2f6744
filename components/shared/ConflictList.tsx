import type { ConflictReading } from '../../rubric/score';
import { formatValue } from '../../claims/fields';
import { pageAddress } from './page-address';

interface Props {
  field: string;
  readings: readonly ConflictReading[];
  /** Marks the reading of the page open in the popup ("this page"). */
  current?: string;
}

/**
 * A conflict between a vendor's pages, said in words: ⚠, then each page's value, its address and its quote.
 * Shared by the compare cell and the popup row.
 */
export function ConflictList({ field, readings, current }: Props) {
  return (
    <div className="conflict" data-testid="conflict">
      <span className="conflict-mark">
        <span aria-hidden="true">⚠ </span>Pages disagree
      </span>
      <ul>
        {readings.map((r) => (
          <li key={`${r.url}|${JSON.stringify(r.value)}`} data-testid="conflict-reading">
            <strong>{formatValue(field, r.value)}</strong> — {r.url === current ? 'this page' : pageAddress(r.url)}
            {r.evidence[0] && <q className="conflict-quote">{r.evidence[0]}</q>}
          </li>
        ))}
      </ul>
    </div>
  );
}
