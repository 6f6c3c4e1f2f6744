import { useState } from 'react';
import { fieldInfo } from '../../claims/fields';
import { formatValue } from '../../claims/fields';
import type { Criterion } from '../../rubric/schema';
import { NumberField } from './NumberField';
import { TextField } from './Fields';

type Of<K extends Criterion['kind']> = Extract<Criterion, { kind: K }>;
interface Props<K extends Criterion['kind']> {
  criterion: Of<K>;
  disabled: boolean;
  onChange: (c: Of<K>) => void;
}

/** Points per value; values of the field's vocabulary not in the table earn "otherwise". */
export function TableEditor({ criterion: c, disabled, onChange }: Props<'table'>) {
  const vocab = (fieldInfo(c.field)?.values ?? []).filter((v) => v !== 'not_stated');
  const keys = [...new Set([...vocab, ...Object.keys(c.points)])];
  const setPoints = (key: string, n: number) => onChange({ ...c, points: { ...c.points, [key]: n } });
  return (
    <div className="kind">
      {keys.map((key) => (
        <NumberField key={key} label={`Points for ${formatValue(c.field, key)}`} value={c.points[key] ?? c.otherwise} min={0} max={1} step={0.05} disabled={disabled} onChange={(n) => setPoints(key, n)} />
      ))}
      <NumberField label="Points for any other value" value={c.otherwise} min={0} max={1} step={0.05} disabled={disabled} onChange={(n) => onChange({ ...c, otherwise: n })} />
    </div>
  );
}

/** Bands in order: "up to" (lower is better) or "at least" (higher is better), then "otherwise". */
export function ThresholdEditor({ criterion: c, disabled, onChange }: Props<'threshold'>) {
  const unit = fieldInfo(c.field)?.unit?.other ?? '';
  const setBand = (i: number, band: Of<'threshold'>['bands'][number]) => onChange({ ...c, bands: c.bands.map((b, j) => (j === i ? band : b)) });
  const last = c.bands[c.bands.length - 1];
  const addBand = () => {
    const band = last && 'max' in last ? { max: last.max * 2, points: 0 } : { min: last && 'min' in last ? last.min - 1 : 0, points: 0 };
    onChange({ ...c, bands: [...c.bands, band] });
  };
  return (
    <div className="kind">
      {c.bands.map((band, i) => (
        <span className="band" key={i}>
          {'max' in band ? (
            <NumberField label={`Band ${i + 1}: up to (${unit})`} value={band.max} min={0} disabled={disabled} onChange={(n) => setBand(i, { ...band, max: n })} />
          ) : (
            <NumberField label={`Band ${i + 1}: at least (${unit})`} value={band.min} step={0.1} disabled={disabled} onChange={(n) => setBand(i, { ...band, min: n })} />
          )}
          <NumberField label={`Band ${i + 1}: points`} value={band.points} min={0} max={1} step={0.05} disabled={disabled} onChange={(n) => setBand(i, { ...band, points: n })} />
          <button type="button" disabled={disabled || c.bands.length === 1} onClick={() => onChange({ ...c, bands: c.bands.filter((_, j) => j !== i) })}>
            Remove band {i + 1}
          </button>
        </span>
      ))}
      <NumberField label="Points otherwise" value={c.otherwise} min={0} max={1} step={0.05} disabled={disabled} onChange={(n) => onChange({ ...c, otherwise: n })} />
      <button type="button" disabled={disabled} onClick={addBand}>
        Add band
      </button>
    </div>
  );
}

/** Allowed values as checkboxes (regions), or a comma-separated list for open vocabularies (countries). */
export function SetEditor({ criterion: c, disabled, onChange }: Props<'set'>) {
  const vocab = fieldInfo(c.field)?.values;
  const toggle = (code: string, on: boolean) => onChange({ ...c, allowed: on ? [...c.allowed, code] : c.allowed.filter((a) => a !== code) });
  return (
    <div className="kind">
      {vocab ? (
        <fieldset>
          <legend>Allowed {`${fieldInfo(c.field)?.label.toLowerCase()}s`}</legend>
          {vocab.map((code) => (
            <label key={code} className="check">
              <input type="checkbox" checked={c.allowed.includes(code)} disabled={disabled} onChange={(e) => toggle(code, e.target.checked)} /> {code}
            </label>
          ))}
        </fieldset>
      ) : (
        <ListField label="Allowed codes, comma-separated (e.g. DE, FR)" value={c.allowed} disabled={disabled} onChange={(allowed) => onChange({ ...c, allowed })} />
      )}
      <NumberField label="Points when only some are allowed" value={c.partial} min={0} max={1} step={0.05} disabled={disabled} onChange={(n) => onChange({ ...c, partial: n })} />
    </div>
  );
}

/** A comma-separated list that keeps the reviewer's typing (a trailing comma) while reporting the codes. */
function ListField({ label, value, disabled, onChange }: { label: string; value: string[]; disabled: boolean; onChange: (v: string[]) => void }) {
  const [text, setText] = useState(value.join(', '));
  const update = (t: string) => {
    setText(t);
    onChange(t.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean));
  };
  return <TextField label={label} value={text} disabled={disabled} onChange={update} />;
}
