import type { VendorView } from '../../compare/vendor-view';
import type { Rubric } from '../../rubric/schema';

/** Share of a criterion's points as a colour from red through amber to green, with the number shown too. */
function shade(share: number | null): string {
  if (share === null) return '#eceff1';
  const hue = Math.round(share * 120);
  return `hsl(${hue} 70% 78%)`;
}

/** Criteria × vendors, coloured by the share of points earned; each cell also prints it. */
export function HeatMap({ rubric, views }: { rubric: Rubric; views: VendorView[] }) {
  return (
    <div className="table-wrap">
      <table className="heatmap" data-testid="heatmap">
        <caption className="sr-only">Share of each criterion’s points earned, per vendor</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {views.map((v) => (
              <th scope="col" key={v.id}>
                {v.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rubric.criteria.map((c) => (
            <tr key={c.id} className={c.dealBreaker ? 'dealbreaker' : ''}>
              <th scope="row">{c.label}</th>
              {views.map((v) => {
                const x = v.score.criteria.find((y) => y.id === c.id)!;
                const share = x.excluded || x.max === 0 ? null : x.points / x.max;
                return (
                  <td key={v.id} style={{ background: shade(x.verdict === 'not_stated' ? null : share) }} title={x.reason}>
                    {x.verdict === 'not_stated' ? '?' : `${Math.round((share ?? 0) * 100)}%`}
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
