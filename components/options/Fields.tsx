import { useId, type ReactNode } from 'react';

/** Labelled form controls. Each label points at its control by for/id, so the accessible name is the label alone. */

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  children: ReactNode;
}

/** A select labelled by `for`/`id`, so its accessible name is the label alone, not the chosen option. */
export function SelectField({ label, value, onChange, disabled, children }: Props) {
  const id = useId();
  return (
    <span className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </span>
  );
}

/** A text input (or textarea) labelled by `for`/`id`. */
export function TextField({ label, value, onChange, disabled, multiline, wide }: { label: string; value: string; onChange: (v: string) => void; disabled?: boolean; multiline?: boolean; wide?: boolean }) {
  const id = useId();
  return (
    <span className={wide ? 'field wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={2} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} type="text" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} />
      )}
    </span>
  );
}
