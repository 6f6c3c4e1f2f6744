import { useId, useState } from 'react';
import type { FieldInfo } from '../../claims/fields';
import { formatValue } from '../../claims/fields';

/** The reviewer's correction of one field: a value fit for the field and an optional note. */
export function OverrideForm({ field, info, initial, onSave, onCancel }: { field: string; info: FieldInfo | undefined; initial: unknown; onSave(value: unknown, note: string): void; onCancel(): void }) {
  const id = useId();
  const [raw, setRaw] = useState(Array.isArray(initial) ? initial.join(', ') : initial === null || initial === undefined ? '' : String(initial));
  const [note, setNote] = useState('');
  const kind = info?.kind ?? 'enum';
  const parse = (): unknown => {
    if (kind === 'number') return raw.trim() === '' ? null : Number(raw);
    if (kind === 'list') return raw.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
    return raw;
  };
  return (
    <form
      className="override"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(parse(), note.trim());
      }}
    >
      <label htmlFor={`${id}-v`}>Value</label>
      {kind === 'enum' && info?.values ? (
        <select id={`${id}-v`} value={raw} onChange={(e) => setRaw(e.target.value)} autoFocus>
          {info.values.map((v) => (
            <option key={v} value={v}>
              {formatValue(field, v)}
            </option>
          ))}
        </select>
      ) : (
        <input id={`${id}-v`} value={raw} onChange={(e) => setRaw(e.target.value)} inputMode={kind === 'number' ? 'numeric' : undefined} placeholder={kind === 'list' ? 'EU, UK' : ''} autoFocus />
      )}
      <label htmlFor={`${id}-n`}>Note (optional)</label>
      <input id={`${id}-n`} value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. read the 2026 report" maxLength={500} />
      <div>
        <button type="submit">Save correction</button> <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
