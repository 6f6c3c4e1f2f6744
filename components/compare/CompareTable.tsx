import type { VendorView } from '../../compare/vendor-view';
import { formatValue, valueKey } from '../../claims/fields';
import type { Rubric } from '../../rubric/schema';
import { VerdictBadge } from '../shared/VerdictBadge';

interface Props {
  rubric: Rubric;
  views: VendorView[];
  sortBy: string;
  descending: boolean;
  onlyDifferences: boolean;
  onSort(key: string): void;
}

function arrow(active: boolean, descending: boolean) {
  return active ? (descending ? ' ▼' : ' ▲') : '';
}

/** One column per vendor, one row per criterion; where vendors differ is marked. */
export function CompareTable({ rubric, views, sortBy, descending, onlyDifferences, onSort }: Props) {
  const rows = rubric.criteria.map((c) => {
    const cells = views.map((v) => v.score.criteria.find((x) => x.id === c.id)!);
    const differs = new Set(cells.map((x) => `${x.verdict}|${valueKey(x.value)}`)).size > 1;
    return { c, cells, differs };
  });
  return (
    <div className="table-wrap">
      <table className="compare" data-testid="compare-table">
        <caption className="sr-only">Vendors side by side under the rubric “{rubric.name}”</caption>
        <thead>
          <tr>
            <th scope="col">
              <button type="button" className="linklike" onClick={() => onSort('name')}>Criterion / vendor{arrow(sortBy === 'name', descending)}</button>
            </th>
            {views.map((v) => (
              <th scope="col" key={v.id} data-testid="vendor-column">
                {v.name}
                <div className="muted small">{v.id}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="score-row">
            <th scope="row">
              <button type="button" className="linklike" onClick={() => onSort('score')} data-testid="sort-score">Score{arrow(sortBy === 'score', descending)}</button>
            </th>
            {views.map((v) => (
              <td key={v.id} data-testid="score-cell">
                <strong>{v.score.total}</strong> <span className={`grade-chip grade-${v.score.grade}`}>{v.score.grade}</span>
                {v.score.cappedBy && <div className="small">capped by a deal-breaker</div>}
              </td>
            ))}
          </tr>
          {rows
            .filter((r) => !onlyDifferences || r.differs)
            .map(({ c, cells, differs }) => (
              <tr key={c.id} className={`${differs ? 'differs' : ''} ${c.dealBreaker ? 'dealbreaker' : ''}`} data-testid={`crit-${c.id}`}>
                <th scope="row">
                  <button type="button" className="linklike" onClick={() => onSort(c.id)}>
                    {c.label}
                    {arrow(sortBy === c.id, descending)}
                  </button>
                  {c.dealBreaker && <span className="db-flag" title="Deal-breaker: failing it caps the grade"> ⚑ deal-breaker</span>}
                  {differs && <span className="sr-only"> (vendors differ)</span>}
                </th>
                {cells.map((x, i) => (
                  <td key={views[i]!.id} className={`cell cell-${x.verdict}`} tabIndex={x.evidence.length > 0 ? 0 : undefined}>
                    <VerdictBadge verdict={x.verdict} compact />{' '}
                    <span data-testid="cell-value">{formatValue(x.field, x.value)}</span>
                    {x.overridden && <span className="small muted"> (reviewer)</span>}
                    {x.evidence[0] && (
                      <span className="tip" role="tooltip">
                        “{x.evidence[0]}”
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
