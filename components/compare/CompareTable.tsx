import { useState } from 'react';
import type { VendorView } from '../../compare/vendor-view';
import { formatValue } from '../../claims/fields';
import type { Rubric } from '../../rubric/schema';
import { VerdictBadge } from '../shared/VerdictBadge';
import { compareRows } from './rows';
import { QuoteTip, type TipAnchor } from './QuoteTip';
import { ConflictList } from '../shared/ConflictList';
import { vendorReportHtml, reportFileName } from '../../compare/report';
import { saveFile } from '../../browser/save-file';

interface Props {
  rubric: Rubric;
  views: VendorView[];
  sortBy: string;
  descending: boolean;
  onlyVerdictDifferences: boolean;
  onlyValueDifferences: boolean;
  allFields: boolean;
  /** Ids of pinned vendors: their columns come first (the caller orders them) and stay in view. */
  pinned: readonly string[];
  onPin(id: string): void;
  onSort(key: string): void;
}

/** Widths of the criterion column and a pinned column (compare.css), for the pinned columns' offsets. */
const FIRST_COLUMN = 180;
const PINNED_COLUMN = 150;
const pinStyle = (i: number, pinned: boolean) => (pinned ? { left: FIRST_COLUMN + i * PINNED_COLUMN } : undefined);

function arrow(active: boolean, descending: boolean) {
  return active ? (descending ? ' ▼' : ' ▲') : '';
}

/**
 * One column per vendor, one row per criterion (and, on request, per other field read). The table
 * scrolls inside its own box with the header row and the criterion column fixed; a cell's quote shows
 * on hover or keyboard focus.
 */
export function CompareTable({ rubric, views, sortBy, descending, onlyVerdictDifferences, onlyValueDifferences, allFields, pinned, onPin, onSort }: Props) {
  const [tip, setTip] = useState<TipAnchor | null>(null);
  const rows = compareRows(rubric, views, allFields).filter(
    (r) => (!onlyVerdictDifferences || (r.extra ? r.valuesDiffer : r.verdictsDiffer)) && (!onlyValueDifferences || r.valuesDiffer),
  );
  const isPinned = (i: number) => pinned.includes(views[i]!.id);
  const pinClass = (i: number) => (isPinned(i) ? 'pinned' : undefined);
  const show = (el: HTMLElement, text: string | undefined, id: string) => setTip(text ? { el, text, id } : null);
  return (
    <>
      <div
        className="table-wrap"
        data-testid="table-wrap"
        // Focus moved by Tab scrolls a cell into view beside the fixed columns and below the header, not under them.
        style={{ scrollPaddingLeft: FIRST_COLUMN + views.filter((v) => pinned.includes(v.id)).length * PINNED_COLUMN, scrollPaddingTop: 64 }}
        // A scroll moves the cell: the tip of the focused cell follows it, a hovered one goes.
        onScroll={() => setTip((t) => (t && t.el === document.activeElement ? { ...t } : null))}
        onKeyDown={(e) => e.key === 'Escape' && setTip(null)}
      >
        <table className="compare" data-testid="compare-table">
          <caption className="sr-only">Vendors side by side under the rubric “{rubric.name}”</caption>
          <thead>
            <tr>
              <th scope="col" className="corner">
                <button type="button" className="linklike" onClick={() => onSort('name')}>
                  Criterion / vendor{arrow(sortBy === 'name', descending)}
                </button>
              </th>
              {views.map((v, i) => (
                <th scope="col" key={v.id} data-testid="vendor-column" className={pinClass(i)} style={pinStyle(i, isPinned(i))}>
                  {v.name}
                  <div className="muted small">{v.id}</div>
                  <button type="button" className="linklike small pin" aria-pressed={isPinned(i)} onClick={() => onPin(v.id)} data-testid="pin">
                    {isPinned(i) ? 'Unpin' : 'Pin'}
                    <span className="sr-only"> {v.name}</span>
                  </button>
                  <button type="button" className="linklike small pin" onClick={() => saveFile(reportFileName(v.id), vendorReportHtml(v), 'text/html;charset=utf-8')} data-testid="report">
                    Report<span className="sr-only"> on {v.name}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="score-row">
              <th scope="row">
                <button type="button" className="linklike" onClick={() => onSort('score')} data-testid="sort-score">
                  Score{arrow(sortBy === 'score', descending)}
                </button>
              </th>
              {views.map((v, i) => (
                <td key={v.id} data-testid="score-cell" className={pinClass(i)} style={pinStyle(i, isPinned(i))}>
                  <strong>{v.score.total}</strong> <span className={`grade-chip grade-${v.score.grade}`}>{v.score.grade}</span>
                  {v.score.cappedBy && <div className="small">capped by a deal-breaker</div>}
                </td>
              ))}
            </tr>
            {rows.map((r) => (
              <tr key={r.key} className={`${r.verdictsDiffer ? 'differs' : ''} ${r.extra ? 'extra' : ''} ${r.dealBreaker ? 'dealbreaker' : ''}`} data-testid={r.extra ? `field-${r.field}` : `crit-${r.key}`}>
                <th scope="row">
                  {r.extra ? (
                    <span>
                      {r.label} <span className="muted small">(not scored)</span>
                    </span>
                  ) : (
                    <button type="button" className="linklike" onClick={() => onSort(r.key)}>
                      {r.label}
                      {arrow(sortBy === r.key, descending)}
                    </button>
                  )}
                  {r.dealBreaker && <span className="db-flag" title="Deal-breaker: failing it caps the grade"> ⚑ deal-breaker</span>}
                  {r.verdictsDiffer && <span className="sr-only"> (verdicts differ)</span>}
                  {!r.verdictsDiffer && r.valuesDiffer && <span className="sr-only"> (values differ)</span>}
                </th>
                {r.cells.map((x, i) => {
                  const id = `tip-${r.key}-${i}`;
                  const quote = x.evidence[0];
                  return (
                    <td
                      key={views[i]!.id}
                      className={`cell cell-${x.verdict ?? 'unscored'}${isPinned(i) ? ' pinned' : ''}${x.conflict ? ' cell-conflict' : ''}`}
                      style={pinStyle(i, isPinned(i))}
                      tabIndex={quote ? 0 : undefined}
                      aria-describedby={tip?.id === id ? id : undefined}
                      onMouseEnter={(e) => show(e.currentTarget, quote, id)}
                      onMouseLeave={() => setTip((t) => (t?.id === id && document.activeElement !== t.el ? null : t))}
                      onFocus={(e) => show(e.currentTarget, quote, id)}
                      onBlur={() => setTip((t) => (t?.id === id ? null : t))}
                      data-testid="cell"
                    >
                      {x.verdict && <VerdictBadge verdict={x.verdict} compact />} <span data-testid="cell-value">{formatValue(x.field, x.value)}</span>
                      {x.overridden && <span className="small muted"> (reviewer)</span>}
                      {x.conflict && <ConflictList field={x.field} readings={x.conflict} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <QuoteTip anchor={tip} />
    </>
  );
}
