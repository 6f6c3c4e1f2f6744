import { useState } from 'react';
import type { CriterionScore } from '../../rubric/score';
import { fieldInfo } from '../../claims/fields';
import { VerdictBadge } from '../shared/VerdictBadge';
import { formatValue } from '../../claims/fields';
import { OverrideForm } from './OverrideForm';
import { QuoteWhere } from './ReadStatus';

interface Props {
  row: CriterionScore;
  highlight: { quote: string; found: boolean; where?: string } | null;
  note: string | undefined;
  onQuote(quote: string): void;
  onOverride(value: unknown, note: string): void;
  onClearOverride(): void;
}

export function CriterionRow({ row, highlight, note, onQuote, onOverride, onClearOverride }: Props) {
  const [editing, setEditing] = useState(false);
  return (
    <li className={`row row-${row.verdict}`} data-testid={`row-${row.field}`} data-verdict={row.verdict}>
      <div className="row-head">
        <span className="row-label">{row.label}{row.dealBreaker && <span className="muted" title="Deal-breaker"> ⚑</span>}</span>
        <VerdictBadge verdict={row.verdict} />
      </div>
      <div className="row-value">
        <strong data-testid="value">{formatValue(row.field, row.value)}</strong>
        {row.overridden && <span className="tag" title={note ? `Reviewer’s note: ${note}` : undefined}> set by reviewer</span>}
        <span className="muted points"> {row.excluded ? 'not counted' : `${row.points}/${row.max} pts`}</span>
      </div>
      <div className="muted reason">{row.reason}</div>
      {row.overridden && note && <div className="muted">Note: {note}</div>}
      {row.evidence.map((q) => (
        <div key={q} className="quote">
          <button type="button" className="linklike" data-testid="quote" onClick={() => onQuote(q)} title="Show on the page">
            “{q}”
          </button>
          {highlight?.quote === q && !highlight.found && (
            <div role="alert" className="notfound">This quote can’t be found on the page any more.</div>
          )}
          {highlight?.quote === q && highlight.found && <QuoteWhere where={highlight.where} />}
        </div>
      ))}
      {(row.verdict === 'not_stated' || row.verdict === 'fail') && <div className="question">Ask: {row.question}</div>}
      <div className="row-actions">
        {!editing && (
          <button type="button" className="linklike" onClick={() => setEditing(true)}>
            Correct this
          </button>
        )}
        {row.overridden && !editing && (
          <button type="button" className="linklike" onClick={onClearOverride}>
            Use the page’s value
          </button>
        )}
      </div>
      {editing && (
        <OverrideForm
          field={row.field}
          info={fieldInfo(row.field)}
          initial={row.value}
          onCancel={() => setEditing(false)}
          onSave={(value, n) => {
            setEditing(false);
            onOverride(value, n);
          }}
        />
      )}
    </li>
  );
}
