import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { OverrideDetails } from '../../claims/types';
import type { FreshnessFlag } from '../../rubric/freshness';
import { FlagTags } from './EvidenceDetails';
import type { ConflictReading, CriterionScore } from '../../rubric/score';
import { ConflictList } from '../shared/ConflictList';
import { fieldInfo, formatValue } from '../../claims/fields';
import { VerdictBadge } from '../shared/VerdictBadge';
import { OverrideForm } from './OverrideForm';
import { Quote } from './Quote';

interface Props {
  row: CriterionScore;
  highlight: { quote: string; found: boolean; where?: string } | null;
  note: string | undefined;
  /** This page and another page of the vendor disagree on the field: each page's reading. */
  conflict?: ConflictReading[];
  /** The page open in the popup, to mark its reading in a conflict. */
  url?: string;
  onQuote(quote: string): void;
  /** Saves the reviewer's value; the form closes once it is saved. */
  onOverride(value: unknown, note: string, details: OverrideDetails): Promise<void>;
  onClearOverride(): void;
  /** Freshness flags of this line ("overdue plan" shows instead of "planned"). */
  flags?: readonly FreshnessFlag[];
  /** Evidence details shown in the open line, under the reason. */
  details?: ReactNode;
  /** The details the reviewer recorded, to edit. */
  recorded?: OverrideDetails;
}

/**
 * One criterion on one line (verdict by icon and word, label, value); a click or Enter opens its reason,
 * quotes and the reviewer's correction.
 */
export function CriterionRow({ row, highlight, note, conflict, url, onQuote, onOverride, onClearOverride, flags = [], details, recorded }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const correct = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const closeForm = () => {
    refocus.current = true;
    setEditing(false);
  };
  useEffect(() => {
    // Once the form is gone, back to where the reviewer was (its Correct button), not the page body.
    if (editing || !refocus.current) return;
    refocus.current = false;
    (correct.current ?? toggle.current)?.focus();
  }, [editing]);
  return (
    <li className={`row row-${row.verdict}`} data-testid={`row-${row.field}`} data-verdict={row.verdict}>
      <button type="button" className="row-line" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)} ref={toggle} data-testid="row-toggle">
        <VerdictBadge verdict={row.verdict} />
        <span className="row-label">
          {row.label}
          {row.dealBreaker && <span className="db" title="Deal-breaker: failing it caps the grade at D"> ⚑<span className="sr-only"> deal-breaker</span></span>}
        </span>
        <span className="row-value">
          <span data-testid="value">{flags.find((f) => f.shownValue)?.shownValue ?? (row.mentions.length > 0 && row.verdict === 'not_stated' ? 'mentioned — status unclear' : formatValue(row.field, row.value))}</span>
          <FlagTags flags={flags} />
        </span>
        {row.overridden && <span className="tag">yours</span>}
        {conflict && (
          <span className="tag tag-conflict" data-testid="conflict-tag" title="Another page of this vendor says otherwise">
            <span aria-hidden="true">⚠</span> conflict
          </span>
        )}
        <span className="chevron" aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div className="row-body" id={`${id}-body`} hidden={!open}>
        <p className="reason">
          {row.reason}
          <span className="muted"> · {row.excluded ? 'not counted' : `${row.points} of ${row.max} points`}</span>
        </p>
        {row.overridden && <p className="muted">Set by you{note ? `: “${note}”` : ''}</p>}
        {conflict && (
          <>
            <ConflictList field={row.field} readings={conflict} current={url} />
            <p className="muted small">The vendor’s score uses the weaker value until you correct it or the vendor settles it.</p>
          </>
        )}
        {details}
        {row.mentions.length > 0 && (
          <ul className="quotes" aria-label={`Where the page mentions ${row.label}`} data-testid="mentions">
            {row.mentions.map((q) => (
              <li key={q}>
                <Quote quote={q} field={row.field} value={row.value} highlight={highlight} onQuote={onQuote} />
              </li>
            ))}
          </ul>
        )}
        {row.evidence.length > 0 && (
          <ul className="quotes" aria-label={`Quotes for ${row.label}`}>
            {row.evidence.map((q) => (
              <li key={q}>
                <Quote quote={q} field={row.field} value={row.value} highlight={highlight} onQuote={onQuote} />
              </li>
            ))}
          </ul>
        )}
        {!editing && (
          <div className="row-actions">
            <button type="button" className="linklike" onClick={() => setEditing(true)} ref={correct} data-testid="correct">
              Correct<span className="sr-only"> {row.label}</span>
            </button>
            {row.overridden && (
              <button type="button" className="linklike" onClick={onClearOverride}>
                Use the page’s value<span className="sr-only"> for {row.label}</span>
              </button>
            )}
          </div>
        )}
        {editing && (
          <OverrideForm
            field={row.field}
            label={row.label}
            info={fieldInfo(row.field)}
            initial={row.value}
            initialDetails={recorded}
            onCancel={closeForm}
            onSave={(value, n, d) => {
              void onOverride(value, n, d).finally(closeForm);
            }}
          />
        )}
      </div>
    </li>
  );
}
