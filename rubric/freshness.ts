/**
 * Freshness of the evidence, judged on the day of the assessment (never the wall clock: `assessedAt` is passed in):
 * - a SOC 2 report whose period ended (or which is dated) more than 12 months before → "report older than 12 months";
 * - an ISO 27001 certificate whose validity has passed → "expired";
 * - a SOC 2 or ISO 27001 plan whose due date has passed → "overdue plan", shown instead of a current plan.
 * Each flag carries the question to put to the vendor. Flags never change the score: the rubric scores what the
 * page claims; a flag says the claim is old and asks for the current evidence (README, docs/FIELDS-EXTRA.md).
 */
import type { Override } from '../claims/types';
import { fieldLabel } from '../claims/fields';
import { addMonths, dayOf, findPeriod, formatDay, lastDay, parseDate } from '../language/dates';

export type FreshnessKind = 'stale_report' | 'expired' | 'overdue_plan';

export interface FreshnessFlag {
  /** The certification line the flag belongs to. */
  field: 'soc2' | 'iso27001';
  kind: FreshnessKind;
  /** What the popup shows beside the value: "report older than 12 months", "expired", "overdue plan". */
  label: string;
  /** The date that has passed (YYYY-MM-DD): the period's end, the validity's end or the plan's due date. */
  date: string;
  /** The value to show instead of the field's own ("overdue plan (due 31 Dec 2025)"), when there is one. */
  shownValue?: string;
  question: string;
}

export const FLAG_LABELS: Record<FreshnessKind, string> = {
  stale_report: 'report older than 12 months',
  expired: 'expired',
  overdue_plan: 'overdue plan',
};

/** How many months after its period ends a SOC 2 report is still current. */
export const SOC2_REPORT_MONTHS = 12;

type Values = Readonly<Record<string, { value: unknown } | undefined>>;
type Overrides = Readonly<Record<string, Pick<Override, 'value'> & { period?: string } | undefined>>;

const HELD_SOC2 = ['type2', 'type1', 'compliant'];

/** A period or date the reviewer typed ("2025-01-01/2025-12-31", "January 1 – December 31, 2025", "March 2026"), as stored values read. */
export function readPeriod(text: string): string | null {
  const t = text.trim();
  if (/^(?:(?:\d{4}-\d\d(?:-\d\d)?|\.\.)\/)?\d{4}-\d\d(?:-\d\d)?$/.test(t)) return t;
  return findPeriod(t)?.value ?? parseDate(t);
}

/** The freshness flags of one assessment on the day it was made. Overrides win over the page's values. */
export function freshnessFlags(values: Values, overrides: Overrides, assessedAt: string): FreshnessFlag[] {
  const today = dayOf(assessedAt);
  const value = (f: string): unknown => (overrides[f] ? overrides[f]!.value : values[f]?.value);
  const text = (f: string): string | null => {
    const v = value(f);
    return typeof v === 'string' && v !== 'not_stated' && v !== '' ? v : null;
  };
  const flags: FreshnessFlag[] = [];

  const soc2 = value('soc2');
  const period = (overrides.soc2?.period && readPeriod(overrides.soc2.period)) || text('soc2Period');
  if (typeof soc2 === 'string' && HELD_SOC2.includes(soc2) && period) {
    const end = lastDay(period);
    if (addMonths(end, SOC2_REPORT_MONTHS) < today) {
      const seen = period.includes('/') ? `covers a period ending ${formatDay(end)}` : `is dated ${formatDay(period)}`;
      flags.push({ field: 'soc2', kind: 'stale_report', label: FLAG_LABELS.stale_report, date: end, question: `Can you share your most recent SOC 2 report? The one we saw ${seen}.` });
    }
  }

  const validUntil = text('iso27001ValidUntil');
  if (value('iso27001') === 'certified' && validUntil && lastDay(validUntil) < today) {
    const d = lastDay(validUntil);
    flags.push({ field: 'iso27001', kind: 'expired', label: FLAG_LABELS.expired, date: d, question: `Your ISO 27001 certificate was valid until ${formatDay(validUntil)}. Can you share the renewed certificate and its scope?` });
  }

  for (const [field, due, thing] of [['soc2', 'soc2PlanDue', 'report'], ['iso27001', 'iso27001PlanDue', 'certificate']] as const) {
    const date = text(due);
    if (value(field) !== 'planned' || !date || lastDay(date) >= today) continue;
    const d = formatDay(lastDay(date));
    flags.push({
      field,
      kind: 'overdue_plan',
      label: FLAG_LABELS.overdue_plan,
      date: lastDay(date),
      shownValue: `${FLAG_LABELS.overdue_plan} (due ${d})`,
      question: `You planned ${fieldLabel(field)} by ${d}. Is it complete, and can you share the ${thing}?`,
    });
  }
  return flags;
}

/** The flags' questions first, then the rubric's, each once. */
export function withFlagQuestions(flags: readonly FreshnessFlag[], questions: readonly string[]): string[] {
  return [...new Set([...flags.map((f) => f.question), ...questions])];
}
