import type { OverrideDetails } from '../../claims/types';

export type DetailKey = keyof OverrideDetails;

/** Which evidence details the correction form asks for on a field's line: SOC 2 its period and auditor, ISO 27001 its scope; every line a link. */
export function detailKeysFor(field: string): DetailKey[] {
  if (field === 'soc2') return ['period', 'auditor', 'link'];
  if (field === 'iso27001') return ['scope', 'link'];
  return ['link'];
}

/** Only the evidence details of an override (never its value, note or time). */
export function pickDetails(o: OverrideDetails | undefined): OverrideDetails {
  const out: OverrideDetails = {};
  for (const k of ['period', 'auditor', 'scope', 'link'] as const) if (typeof o?.[k] === 'string') out[k] = o[k];
  return out;
}

const LABELS: Record<DetailKey, { label: string; placeholder: string }> = {
  period: { label: 'Report period', placeholder: 'e.g. 2026-01-01/2026-12-31' },
  auditor: { label: 'Auditor', placeholder: 'e.g. Prescient Assurance' },
  scope: { label: 'Scope', placeholder: 'what the certificate covers' },
  link: { label: 'Link to the evidence', placeholder: 'https://…' },
};

interface Props {
  id: string;
  keys: readonly DetailKey[];
  values: OverrideDetails;
  onChange(values: OverrideDetails): void;
  /** The link's problem, when it has one: shown beside it and announced. */
  linkProblem: string | null;
}

/** The evidence-detail inputs of the correction form: plain text, a link checked as an http(s) address on save. */
export function DetailInputs({ id, keys, values, onChange, linkProblem }: Props) {
  return (
    <>
      {keys.map((k) => {
        const bad = k === 'link' && linkProblem;
        return (
          <div key={k} className="detail-input">
            <label htmlFor={`${id}-${k}`}>{LABELS[k].label} (optional)</label>
            <input
              id={`${id}-${k}`}
              type={k === 'link' ? 'url' : 'text'}
              value={values[k] ?? ''}
              onChange={(e) => onChange({ ...values, [k]: e.target.value })}
              placeholder={LABELS[k].placeholder}
              maxLength={500}
              data-testid={`detail-${k}`}
              {...(bad ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-link-problem` } : {})}
            />
            {bad && (
              <p id={`${id}-link-problem`} className="problem" role="alert" data-testid="link-problem">
                {linkProblem}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}
