import { useId, useState } from 'react';

interface Props {
  label: string;
  value: number;
  onChange: (n: number) => void;
  min?: number;
  max?: number;
  step?: number;
  disabled?: boolean;
}

/**
 * A labelled number input that keeps what the reviewer is typing ("0." on the way to "0.5") and
 * reports NaN for an empty or unreadable entry, which the schema then names as the bad field.
 */
export function NumberField({ label, value, onChange, min, max, step = 1, disabled }: Props) {
  const id = useId();
  const [text, setText] = useState(String(value));
  // Only an outside change of `value` rewrites the text (React's "adjust state on a prop change" pattern).
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (Number(text) !== value && !(Number.isNaN(value) && text.trim() === '')) setText(Number.isNaN(value) ? '' : String(value));
  }
  return (
    <span className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={step}
        disabled={disabled}
        onChange={(e) => {
          setText(e.target.value);
          const n = e.target.value.trim() === '' ? NaN : Number(e.target.value);
          onChange(n);
        }}
      />
    </span>
  );
}
