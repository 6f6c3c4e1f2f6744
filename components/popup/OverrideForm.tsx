import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { FieldInfo } from '../../claims/fields';
import { fieldValueProblem, formatValue } from '../../claims/fields';
import { CodePicker } from './CodePicker';
import { parseAmount } from './parse-amount';
import type { OverrideDetails } from '../../claims/types';
import { linkProblem } from '../../assessment/overrides';
import { DetailInputs, detailKeysFor } from './DetailInputs';

interface Props {
  field: string;
  /** The criterion's label, for the controls' names ("Correct SOC 2"). */
  label: string;
  info: FieldInfo | undefined;
  initial: unknown;
  /** The evidence details already recorded (period, auditor, scope, link), to edit. */
  initialDetails?: OverrideDetails;
  onSave(value: unknown, note: string, details: OverrideDetails): void;
  onCancel(): void;
}

/**
 * The reviewer's correction of one field, with an input fit for its kind: a select of display words for
 * a vocabulary, a searchable multi-select for regions and countries, a number with its unit, free text
 * only for the note and the evidence details (SOC 2 period and auditor, ISO 27001 scope, a link on every
 * line). A bad value or link stays in its input with the problem in plain words beside it; Escape cancels.
 */
export function OverrideForm({ field, label, info, initial, initialDetails, onSave, onCancel }: Props) {
  const id = useId();
  const kind = info?.kind ?? 'enum';
  const [text, setText] = useState(typeof initial === 'number' ? String(initial) : typeof initial === 'string' ? initial : '');
  const [codes, setCodes] = useState<string[]>(Array.isArray(initial) ? initial.map(String) : []);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [details, setDetails] = useState<OverrideDetails>(initialDetails ?? {});
  const [badLink, setBadLink] = useState<string | null>(null);
  const valueRef = useRef<HTMLInputElement & HTMLSelectElement>(null);

  const value = (): unknown => {
    if (kind === 'number') return parseAmount(text, info?.unit);
    if (kind === 'list') return codes;
    return info?.values ? text : text.trim();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };
  const unit = info?.unit?.other;
  const errorId = `${id}-problem`;
  const invalid = problem ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};

  return (
    <form
      className="override"
      aria-label={`Correct ${label}`}
      onKeyDown={onKeyDown}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const v = value();
        const p = fieldValueProblem(field, v);
        const l = details.link?.trim() ? linkProblem(details.link) : null;
        setProblem(p);
        setBadLink(l);
        if (p) valueRef.current?.focus();
        else if (l) document.getElementById(`${id}-link`)?.focus();
        else onSave(v, note.trim(), details);
      }}
    >
      {kind === 'list' ? (
        <CodePicker field={field} label={label} allowed={info?.values} chosen={codes} onChange={setCodes} invalid={invalid} />
      ) : (
        <>
          <label htmlFor={`${id}-v`}>
            {label}
            {unit && unit !== '%' ? `, in ${unit}` : unit === '%' ? ', in percent' : ''}
          </label>
          {kind === 'enum' && info?.values ? (
            <select id={`${id}-v`} value={text} onChange={(e) => setText(e.target.value)} ref={valueRef} autoFocus {...invalid}>
              {!info.values.includes(text) && <option value={text}>{text === '' ? 'choose…' : text}</option>}
              {info.values.map((v) => (
                <option key={v} value={v}>
                  {formatValue(field, v)}
                </option>
              ))}
            </select>
          ) : (
            <span className="with-unit">
              <input
                id={`${id}-v`}
                value={text}
                onChange={(e) => setText(e.target.value)}
                inputMode={kind === 'number' ? 'decimal' : undefined}
                placeholder={kind === 'number' ? 'empty = not stated' : ''}
                ref={valueRef}
                autoFocus
                {...invalid}
              />
              {unit && <span aria-hidden="true">{unit}</span>}
            </span>
          )}
        </>
      )}
      {problem && (
        <p id={errorId} className="problem" role="alert" data-testid="problem">
          {problem}
        </p>
      )}
      <DetailInputs id={id} keys={detailKeysFor(field)} values={details} onChange={setDetails} linkProblem={badLink} />
      <label htmlFor={`${id}-n`}>Note (optional)</label>
      <input id={`${id}-n`} value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. saw the 2026 report under NDA" maxLength={500} />
      <div className="form-actions">
        <button type="submit">
          Save<span className="sr-only"> {label} correction</span>
        </button>
        <button type="button" onClick={onCancel}>
          Cancel<span className="sr-only"> {label} correction</span>
        </button>
      </div>
    </form>
  );
}
