import type { Override, Summary } from '../../claims/types';
import { FIELD_NAMES, fieldInfo, fieldLabel, formatValue, isNotStated } from '../../claims/fields';
import { linkProblem } from '../../assessment/overrides';
import type { FreshnessFlag } from '../../rubric/freshness';
import { formatDay } from '../../language/dates';
import { Quote } from './Quote';

/** The detail fields shown under a certification's line (soc2 → period, auditor, plan due), in the field list's order. */
export function detailFieldsOf(field: string): string[] {
  return FIELD_NAMES.filter((f) => fieldInfo(f)?.detailOf === field);
}

/** "⚠ overdue plan", "⚠ expired", "⚠ report older than 12 months" beside a line's value: by symbol and word. */
export function FlagTags({ flags }: { flags: readonly FreshnessFlag[] }) {
  return (
    <>
      {flags.map((f) => (
        <span key={f.kind} className="tag flag" data-testid={`flag-${f.kind}`}>
          <span aria-hidden="true">⚠ </span>
          <span className="sr-only">Warning: </span>
          {f.label}
        </span>
      ))}
    </>
  );
}

/** "SOC 2 report period" under SOC 2 → "Report period". */
function shortLabel(detail: string, field: string): string {
  const rest = fieldLabel(detail).replace(`${fieldLabel(field)} `, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const WHY: Record<FreshnessFlag['kind'], (f: FreshnessFlag) => string> = {
  stale_report: (f) => `the report we saw ends ${formatDay(f.date)}, more than 12 months before this assessment`,
  expired: (f) => `the certificate was valid until ${formatDay(f.date)}`,
  overdue_plan: (f) => `the plan was due ${formatDay(f.date)}; the page still calls it a plan`,
};

interface Props {
  field: string;
  summary: Summary;
  override: Override | undefined;
  flags: readonly FreshnessFlag[];
  assessedAt: string;
  /** Quotes the line already shows: a detail read from the same sentence does not repeat it. */
  shown?: readonly string[];
  highlight: { quote: string; found: boolean; where?: string } | null;
  onQuote(quote: string): void;
}

/** Under a SOC 2 or ISO 27001 line: the evidence details the page gives (each with its quote), the reviewer's, and the freshness flags. */
export function EvidenceDetails({ field, summary, override, flags, assessedAt, shown = [], highlight, onQuote }: Props) {
  const read = detailFieldsOf(field).filter((f) => summary[f] && !isNotStated(summary[f]!.value));
  const yours = override ? (['period', 'auditor', 'scope'] as const).filter((k) => override[k]) : [];
  const link = override?.link && !linkProblem(override.link) ? override.link : null;
  if (read.length === 0 && yours.length === 0 && !link && flags.length === 0) return null;
  return (
    <div className="details" data-testid="evidence-details">
      {flags.map((f) => (
        <p key={f.kind} className="warn" data-testid={`flag-why-${f.kind}`}>
          <span aria-hidden="true">⚠ </span>
          <strong>{f.label}</strong>: {WHY[f.kind](f)} (assessed {formatDay(assessedAt.slice(0, 10))}).
        </p>
      ))}
      {read.length > 0 && (
        <dl aria-label={`${fieldLabel(field)} details from the page`}>
          {read.map((f) => (
            <div key={f} data-testid={`detail-${f}`}>
              <dt>{shortLabel(f, field)}</dt>
              <dd>
                {formatValue(f, summary[f]!.value)}
                {summary[f]!.evidence.filter((q) => !shown.includes(q)).slice(0, 1).map((q) => (
                  <Quote key={q} quote={q} field={f} value={summary[f]!.value} highlight={highlight} onQuote={onQuote} />
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {(yours.length > 0 || link) && (
        <dl aria-label={`${fieldLabel(field)} details you recorded`} data-testid="your-details">
          {yours.map((k) => (
            <div key={k}>
              <dt>{k === 'period' ? 'Period' : k === 'auditor' ? 'Auditor' : 'Scope'} (yours)</dt>
              <dd>{override![k]}</dd>
            </div>
          ))}
          {link && (
            <div>
              <dt>Evidence</dt>
              <dd>
                <a href={link} target="_blank" rel="noopener noreferrer" data-testid="evidence-link">
                  {link}
                </a>
              </dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}
