import type { VendorView } from '../../compare/vendor-view';
import { formatValue } from '../../claims/fields';
import type { Rubric } from '../../rubric/schema';
import { VERDICT_LOOK } from '../shared/VerdictBadge';
import { compareRows } from './rows';

/** Share of a criterion's points as a colour from red through amber to green, with the number shown too. */
function shade(share: number | null): string {
  if (share === null) return '#eceff1';
  const hue = Math.round(share * 120);
  return `hsl(${hue} 70% 82%)`;
}

/** Criteria × vendors, coloured by the share of points earned; each cell prints the value and the share. */
export function HeatMap({ rubric, views }: { rubric: Rubric; views: VendorView[] }) {
  const rows = compareRows(rubric, views, false);
  return (
    <div className="table-wrap" data-testid="table-wrap">
      <table className="heatmap" data-testid="heatmap">
        <caption className="sr-only">Each criterion’s value and share of its points, per vendor</caption>
        <thead>
          <tr>
            <th scope="col" className="corner">Criterion</th>
            {views.map((v) => (
              <th scope="col" key={v.id}>
                {v.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.dealBreaker ? 'dealbreaker' : ''}>
              <th scope="row">{r.label}</th>
              {r.cells.map((x, i) => {
                const share = x.verdict === 'not_stated' ? null : x.share;
                return (
                  <td key={views[i]!.id} style={{ background: shade(share) }} data-testid="heat-cell">
                    <span className="heat-value">
                      {x.verdict && <span aria-hidden="true">{VERDICT_LOOK[x.verdict].icon} </span>}
                      {formatValue(x.field, x.value)}
                    </span>
                    {x.verdict !== 'not_stated' && <span className="heat-share">{share === null ? 'not counted' : `${Math.round(share * 100)}% of points`}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="score-row">
            <th scope="row">Score</th>
            {views.map((v) => (
              <td key={v.id} style={{ background: shade(v.score.total / 100) }}>
                <strong>{v.score.total}</strong> {v.score.grade}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
