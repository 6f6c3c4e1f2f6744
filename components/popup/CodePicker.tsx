import { useId, useMemo, useState } from 'react';
import { codeChoices } from './codes';

interface Props {
  field: string;
  label: string;
  /** The field's closed vocabulary (regions); undefined = any country code. */
  allowed: readonly string[] | undefined;
  chosen: string[];
  onChange(codes: string[]): void;
  invalid: { 'aria-invalid'?: true; 'aria-describedby'?: string };
}

/** A multi-select with search: type part of a name or code, tick the ones that apply. */
export function CodePicker({ label, allowed, chosen, onChange, invalid }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const choices = useMemo(() => codeChoices(allowed), [allowed]);
  const q = query.trim().toLowerCase();
  const shown = choices.filter((c) => chosen.includes(c.code) || !q || c.code.toLowerCase() === q || c.name.toLowerCase().includes(q));
  const nameOf = (code: string) => choices.find((c) => c.code === code)?.name ?? code;
  const toggle = (code: string) => onChange(chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code]);
  return (
    <fieldset className="picker" {...invalid}>
      <legend>{label}</legend>
      <p className="muted small" data-testid="picked">
        {chosen.length === 0 ? 'None chosen (not stated).' : `Chosen: ${chosen.map(nameOf).join(', ')}`}
      </p>
      <label htmlFor={`${id}-q`} className="sr-only">
        Search {label.toLowerCase()}
      </label>
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={`Search ${label.toLowerCase()}…`} autoFocus />
      <ul className="choices" aria-label={`${label} to choose from`}>
        {shown.map((c) => (
          <li key={c.code}>
            <label>
              <input type="checkbox" checked={chosen.includes(c.code)} onChange={() => toggle(c.code)} /> {c.name}
              <span className="muted"> ({c.code})</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="muted">Nothing matches “{query}”.</li>}
      </ul>
    </fieldset>
  );
}
