export type Verdict = 'pass' | 'partial' | 'fail' | 'not_stated';

/** Each verdict's icon and word: shown together, with colour, so it never relies on colour alone. */
export const VERDICT_LOOK: Record<Verdict, { icon: string; text: string }> = {
  pass: { icon: '✓', text: 'Pass' },
  partial: { icon: '◐', text: 'Partial' },
  fail: { icon: '✕', text: 'Fail' },
  not_stated: { icon: '?', text: 'Not stated' },
};

/** A verdict shown by icon, word and colour together, so it never relies on colour alone. */
export function VerdictBadge({ verdict, compact = false }: { verdict: Verdict; compact?: boolean }) {
  const look = VERDICT_LOOK[verdict];
  return (
    <span className={`verdict verdict-${verdict}`} data-verdict={verdict} title={look.text}>
      <span aria-hidden="true">{look.icon}</span>
      {compact ? <span className="sr-only">{look.text}</span> : <span> {look.text}</span>}
    </span>
  );
}
