import { useId } from 'react';
import { FIELD_NAMES, FIELDS, isFieldName } from '../../rubric/fields';
import { newCriterion } from '../../rubric/library';
import type { Criterion } from '../../rubric/schema';
import { SetEditor, TableEditor, ThresholdEditor } from './KindEditors';
import { NumberField } from './NumberField';

interface Props {
  criterion: Criterion;
  index: number;
  disabled: boolean;
  /** Ids of the rubric's other criteria, to keep a new id unique when the field changes. */
  otherIds: string[];
  onChange: (c: Criterion) => void;
  onRemove: () => void;
}

const POLICIES = [
  ['zero', 'scores 0'],
  ['half', 'scores half'],
  ['exclude', 'is left out of the total'],
] as const;

/** One criterion: what it reads, how much it weighs, how it scores and what to ask when it is missing. */
export function CriterionEditor({ criterion: c, index, disabled, otherIds, onChange, onRemove }: Props) {
  const id = useId();
  const patch = (p: Partial<Criterion>) => onChange({ ...c, ...p } as Criterion);
  return (
    <fieldset className="criterion" aria-labelledby={`${id}-title`}>
      <legend id={`${id}-title`}>
        {index + 1}. {c.label || '(no label)'} {c.dealBreaker ? <span className="tag">deal-breaker</span> : null}
      </legend>
      <div className="row">
        <label className="field">
          Label
          <input type="text" value={c.label} disabled={disabled} onChange={(e) => patch({ label: e.target.value })} />
        </label>
        <label className="field">
          Field
          <select
            value={c.field}
            disabled={disabled}
            onChange={(e) => {
              if (isFieldName(e.target.value)) onChange({ ...newCriterion(e.target.value, otherIds), weight: c.weight, dealBreaker: c.dealBreaker, notStated: c.notStated });
            }}
          >
            {FIELD_NAMES.map((f) => (
              <option key={f} value={f}>
                {FIELDS[f].label} ({f})
              </option>
            ))}
          </select>
        </label>
        <NumberField label="Weight" value={c.weight} min={0} step={0.5} disabled={disabled} onChange={(weight) => patch({ weight })} />
        <label className="check">
          <input type="checkbox" checked={c.dealBreaker} disabled={disabled} onChange={(e) => patch({ dealBreaker: e.target.checked })} /> Deal-breaker (failing caps the grade at D)
        </label>
        <label className="field">
          When not stated, it
          <select value={c.notStated} disabled={disabled} onChange={(e) => patch({ notStated: e.target.value as Criterion['notStated'] })}>
            {POLICIES.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
      </div>
      {c.kind === 'table' && <TableEditor criterion={c} disabled={disabled} onChange={onChange} />}
      {c.kind === 'threshold' && <ThresholdEditor criterion={c} disabled={disabled} onChange={onChange} />}
      {c.kind === 'set' && <SetEditor criterion={c} disabled={disabled} onChange={onChange} />}
      <label className="field wide">
        Question for the vendor when not stated or failing
        <textarea rows={2} value={c.question} disabled={disabled} onChange={(e) => patch({ question: e.target.value })} />
      </label>
      <button type="button" disabled={disabled} onClick={onRemove}>
        Remove criterion “{c.label}”
      </button>
    </fieldset>
  );
}
