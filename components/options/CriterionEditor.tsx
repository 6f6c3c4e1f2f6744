import { useId } from 'react';
import { FIELD_NAMES, FIELDS, isFieldName } from '../../claims/fields';
import { newCriterion } from '../../rubric/library';
import type { Criterion } from '../../rubric/schema';
import { SetEditor, TableEditor, ThresholdEditor } from './KindEditors';
import { NumberField } from './NumberField';
import { SelectField, TextField } from './Fields';

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
        <TextField label="Label" value={c.label} disabled={disabled} onChange={(label) => patch({ label })} />
        <SelectField
          label="Field"
          value={c.field}
          disabled={disabled}
          onChange={(f) => {
            if (isFieldName(f)) onChange({ ...newCriterion(f, otherIds), weight: c.weight, dealBreaker: c.dealBreaker, notStated: c.notStated });
          }}
        >
          {FIELD_NAMES.map((f) => (
            <option key={f} value={f}>
              {FIELDS[f].label}
            </option>
          ))}
        </SelectField>
        <NumberField label="Weight" value={c.weight} min={0} step={0.5} disabled={disabled} onChange={(weight) => patch({ weight })} />
        <label className="check">
          <input type="checkbox" checked={c.dealBreaker} disabled={disabled} onChange={(e) => patch({ dealBreaker: e.target.checked })} /> Deal-breaker (failing caps the grade at D)
        </label>
        <SelectField label="When not stated, it" value={c.notStated} disabled={disabled} onChange={(v) => patch({ notStated: v as Criterion['notStated'] })}>
          {POLICIES.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </SelectField>
      </div>
      {c.kind === 'table' && <TableEditor criterion={c} disabled={disabled} onChange={onChange} />}
      {c.kind === 'threshold' && <ThresholdEditor criterion={c} disabled={disabled} onChange={onChange} />}
      {c.kind === 'set' && <SetEditor criterion={c} disabled={disabled} onChange={onChange} />}
      <TextField label="Question for the vendor when not stated or failing" value={c.question} disabled={disabled} multiline wide onChange={(question) => patch({ question })} />
      <button type="button" disabled={disabled} onClick={onRemove}>
        Remove criterion “{c.label}”
      </button>
    </fieldset>
  );
}
