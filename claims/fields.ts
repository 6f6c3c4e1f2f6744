/**
 * The one field list: every field Assay reads, its label, shape, vocabulary, display words, unit and
 * default question. The summary's fields and defaults, value formatting, reviewer-correction checks,
 * the backup schema and the rubric's accepted fields all derive from it. Adding a field = its extractor,
 * its fixtures, one entry here and one registry line (tests/unit/extractors/registry.test.ts checks).
 * Pure data: no browser, no React.
 */

import { formatDay } from '../language/dates';

/** How a field's value is shaped, which decides the criterion kinds that can score it. */
export type FieldKind =
  /** One word from a vocabulary ("type2", "planned"); scored by a `table`. */
  | 'enum'
  /** A number or null; scored by a `threshold`. */
  | 'number'
  /** A list of codes (regions, countries); scored by a `set`. Empty means not stated. */
  | 'list';

export interface FieldInfo {
  /** Human name used in reasons and the editor, e.g. "Breach notice". */
  label: string;
  kind: FieldKind;
  /**
   * The closed vocabulary, when the field has one. A rubric's table keys or allowed codes must come
   * from it. Undefined = open vocabulary (any key is accepted).
   */
  values?: readonly string[];
  /** How to print a value in a reason ("type2" -> "Type II"); values not listed print as-is. */
  valueLabels?: Readonly<Record<string, string>>;
  /** Unit for numbers, singular and plural ("1 day", "30 days"). */
  unit?: { one: string; other: string };
  /** For numbers: true when a higher value is better (uptime); default lower is better. */
  higherIsBetter?: boolean;
  /** Default follow-up question for a new criterion on this field. */
  question: string;
  /** One of the eight summary fields of docs/FIELDS.md: always present in the summary, even when not stated. */
  summary?: true;
  /**
   * How an open-vocabulary value reads and what it must look like: 'date' an ISO date (YYYY-MM-DD or YYYY-MM),
   * 'period' a date or "start/end" or "../end" (ISO 8601 intervals), 'text' words as the page gives them (a name, a scope).
   */
  display?: 'date' | 'period' | 'text';
  /** For evidence details: the certification field whose line shows this one (soc2Period → soc2). */
  detailOf?: 'soc2' | 'iso27001';
}

const REGIONS = ['EU', 'US', 'UK', 'CA', 'AU', 'APAC', 'CH', 'IN', 'JP', 'BR', 'GLOBAL'] as const;
const HOURS = { one: 'hour', other: 'hours' };
const DAYS = { one: 'day', other: 'days' };
const MINUTES = { one: 'minute', other: 'minutes' };

/** Every field a criterion may name, keyed by field id. */
export const FIELDS = {
  soc2: {
    summary: true,
    label: 'SOC 2',
    kind: 'enum',
    values: ['type2', 'type1', 'compliant', 'planned', 'not_certified', 'not_stated'],
    valueLabels: { type2: 'Type II', type1: 'Type I', compliant: 'compliant (type not stated)', not_certified: 'not certified' },
    question: 'Do you hold a SOC 2 report, and is it Type I or Type II? Can you share the latest report under NDA?',
  },
  iso27001: {
    summary: true,
    label: 'ISO 27001',
    kind: 'enum',
    values: ['certified', 'planned', 'not_certified', 'not_stated'],
    valueLabels: { not_certified: 'not certified' },
    question: 'Are you certified to ISO/IEC 27001? Can you share the certificate and its scope?',
  },
  dataRegion: {
    summary: true,
    label: 'Data region',
    kind: 'list',
    values: REGIONS,
    question: 'In which regions is our data stored, including backups?',
  },
  dataCountries: {
    summary: true,
    label: 'Data countries',
    kind: 'list',
    question: 'In which countries is our data stored, including backups?',
  },
  encryptionAtRest: {
    summary: true,
    label: 'Encryption at rest',
    kind: 'enum',
    values: ['AES-256', 'stated', 'not_stated'],
    valueLabels: { stated: 'stated (no algorithm)' },
    question: 'Is our data encrypted at rest, and with which algorithm and key length?',
  },
  encryptionInTransit: {
    summary: true,
    label: 'Encryption in transit',
    kind: 'enum',
    values: ['TLS1.3', 'TLS1.2', 'stated', 'not_stated'],
    valueLabels: { 'TLS1.3': 'TLS 1.3+', 'TLS1.2': 'TLS 1.2+', stated: 'stated (no version)' },
    question: 'What is the minimum TLS version you accept for data in transit?',
  },
  retentionDays: {
    summary: true,
    label: 'Retention after termination',
    kind: 'number',
    unit: DAYS,
    question: 'Within how many days of termination will you delete our data, including backups?',
  },
  breachNoticeHours: {
    summary: true,
    label: 'Breach notice',
    kind: 'number',
    unit: HOURS,
    question: 'Within how many hours will you notify us of a breach affecting our data?',
  },
  // Extra fields (extractors/<field>.ts); keep each `values` equal to its extractor's value type.
  hipaa: {
    label: 'HIPAA',
    kind: 'enum',
    values: ['baa_available', 'compliant', 'planned', 'not_compliant', 'not_stated'],
    valueLabels: { baa_available: 'BAA available', not_compliant: 'not compliant' },
    question: 'Are you HIPAA compliant, and will you sign a Business Associate Agreement?',
  },
  pciDss: {
    label: 'PCI DSS',
    kind: 'enum',
    values: ['level1', 'compliant', 'not_applicable', 'not_stated'],
    valueLabels: { level1: 'Level 1', not_applicable: 'not applicable' },
    question: 'Are you PCI DSS compliant, and at which level?',
  },
  dpa: { label: 'Data processing agreement', kind: 'enum', values: ['available', 'not_stated'], question: 'Will you sign a data processing agreement (DPA) with us?' },
  penTest: {
    label: 'Penetration testing',
    kind: 'enum',
    values: ['annual_third_party', 'third_party', 'internal', 'stated', 'planned', 'none', 'not_stated'],
    valueLabels: { annual_third_party: 'third-party, at least yearly', third_party: 'third-party', internal: 'in-house', stated: 'stated (no detail)' },
    question: 'How often do independent testers run penetration tests, and can you share the latest summary?',
  },
  vulnDisclosure: {
    label: 'Vulnerability disclosure',
    kind: 'enum',
    values: ['bug_bounty', 'disclosure_policy', 'not_stated'],
    valueLabels: { bug_bounty: 'bug bounty', disclosure_policy: 'disclosure policy' },
    question: 'Do you run a vulnerability disclosure or bug bounty programme?',
  },
  vulnAckHours: { label: 'Vulnerability report acknowledgement', kind: 'number', unit: HOURS, question: 'Within how many hours do you acknowledge a vulnerability report?' },
  sso: {
    label: 'Single sign-on',
    kind: 'enum',
    values: ['saml', 'oidc', 'stated', 'not_stated'],
    valueLabels: { saml: 'SAML', oidc: 'OIDC', stated: 'stated (no protocol)' },
    question: 'Do you support single sign-on (SAML or OIDC), and on which plans?',
  },
  mfa: {
    label: 'Multi-factor authentication',
    kind: 'enum',
    values: ['enforceable', 'available', 'not_stated'],
    question: 'Do you support and enforce multi-factor authentication for our users and your staff?',
  },
  rbac: { label: 'Role-based access control', kind: 'enum', values: ['stated', 'not_stated'], question: 'Do you offer role-based access control for our users?' },
  backupFrequency: {
    label: 'Backup frequency',
    kind: 'enum',
    values: ['continuous', 'daily', 'weekly', 'stated', 'not_stated'],
    valueLabels: { stated: 'stated (no frequency)' },
    question: 'How often do you back up our data?',
  },
  backupRetentionDays: { label: 'Backup retention', kind: 'number', unit: DAYS, question: 'For how many days do you keep backups of our data?' },
  rpoMinutes: { label: 'Recovery point objective', kind: 'number', unit: MINUTES, question: 'What is your recovery point objective (RPO), in minutes?' },
  rtoMinutes: { label: 'Recovery time objective', kind: 'number', unit: MINUTES, question: 'What is your recovery time objective (RTO), in minutes?' },
  subprocessorList: {
    label: 'Subprocessor list',
    kind: 'enum',
    values: ['published', 'on_request', 'not_stated'],
    valueLabels: { on_request: 'on request' },
    question: 'Where do you publish your list of subprocessors, and how do you notify us of changes?',
  },
  // Evidence details (docs/FIELDS-EXTRA.md, "Evidence details"): shown under their certification's line.
  soc2Period: { label: 'SOC 2 report period', kind: 'enum', display: 'period', detailOf: 'soc2', question: 'What period does your latest SOC 2 report cover, and can you share it?' },
  soc2Auditor: { label: 'SOC 2 auditor', kind: 'enum', display: 'text', detailOf: 'soc2', question: 'Which independent firm audited your SOC 2 report?' },
  soc2PlanDue: { label: 'SOC 2 plan due', kind: 'enum', display: 'date', detailOf: 'soc2', question: 'When will your SOC 2 report be issued, and which period will it cover?' },
  iso27001Scope: { label: 'ISO 27001 scope', kind: 'enum', display: 'text', detailOf: 'iso27001', question: 'What does your ISO 27001 certificate cover (its scope statement)?' },
  iso27001Issuer: { label: 'ISO 27001 issuer', kind: 'enum', display: 'text', detailOf: 'iso27001', question: 'Which accredited certification body issued your ISO 27001 certificate?' },
  iso27001ValidUntil: { label: 'ISO 27001 valid until', kind: 'enum', display: 'date', detailOf: 'iso27001', question: 'Until when is your ISO 27001 certificate valid? Can you share the current certificate?' },
  iso27001PlanDue: { label: 'ISO 27001 plan due', kind: 'enum', display: 'date', detailOf: 'iso27001', question: 'When do you expect to be certified to ISO 27001, and with what scope?' },
  uptimeTarget: { label: 'Uptime target', kind: 'number', unit: { one: '%', other: '%' }, higherIsBetter: true, question: 'What uptime do you commit to, and is it backed by a service-level agreement?' },
} as const satisfies Record<string, FieldInfo>;

export type FieldName = keyof typeof FIELDS;

/** Every known field id, in the order above. */
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

export function isFieldName(name: string): name is FieldName {
  return Object.hasOwn(FIELDS, name);
}

/** The field's description; undefined for an unknown field. */
export function fieldInfo(name: string): FieldInfo | undefined {
  return isFieldName(name) ? FIELDS[name] : undefined;
}

type SummaryName = { [K in FieldName]: (typeof FIELDS)[K] extends { summary: true } ? K : never }[FieldName];

/** The eight FIELDS.md fields, in FIELDS.md order. */
export const SUMMARY_FIELDS = FIELD_NAMES.filter((f): f is SummaryName => (FIELDS[f] as FieldInfo).summary === true);

/** What a field's value is when the page does not state it: 'not_stated', [] or null, by the field's kind. */
export function notStatedValue(field: string): 'not_stated' | [] | null {
  const kind = fieldInfo(field)?.kind;
  return kind === 'enum' ? 'not_stated' : kind === 'list' ? [] : null;
}

/** null, undefined, "", "not_stated" and [] all mean the page did not say. */
export function isNotStated(value: unknown): boolean {
  return value === null || value === undefined || value === '' || value === 'not_stated' || (Array.isArray(value) && value.length === 0);
}

/** A field's label; unknown fields get their id split into words ("vendorRisk" → "Vendor risk"). */
export function fieldLabel(field: string): string {
  const known = fieldInfo(field)?.label;
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value in a reviewer's words: "Type II", "EU, US", "30 days", "72 hours", "99.9%", "not stated". */
export function formatValue(field: string, value: unknown): string {
  if (isNotStated(value)) return 'not stated';
  const info = fieldInfo(field);
  if (typeof value === 'number') {
    if (!info?.unit) return String(value);
    const unit = value === 1 ? info.unit.one : info.unit.other;
    return unit === '%' ? `${value}%` : `${value} ${unit}`;
  }
  if (Array.isArray(value)) return value.map((v) => formatValue(field, v)).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  const text = String(value);
  if (info?.display === 'date' || info?.display === 'period') return formatPeriod(text);
  // Own keys only: "constructor" or "toString" must not print Object's methods.
  const labels = info?.valueLabels as Record<string, string> | undefined;
  return labels && Object.hasOwn(labels, text) ? labels[text]! : text.replaceAll('_', ' ');
}

const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;
const ISO_PERIOD = new RegExp(`^(?:(?:${ISO_DAY.source.slice(1, -1)}|\\.\\.)/)?${ISO_DAY.source.slice(1, -1)}$`);

/** "2025-01-01/2025-12-31" → "1 Jan 2025 – 31 Dec 2025", "../2025-12-31" → "period ending 31 Dec 2025", "2026-03-15" → "15 Mar 2026". */
function formatPeriod(text: string): string {
  const [a, b] = text.split('/');
  if (b === undefined) return formatDay(a!);
  return a === '..' ? `period ending ${formatDay(b)}` : `${formatDay(a!)} – ${formatDay(b)}`;
}

/** Stable identity of a value for comparing readings: arrays compare as sets, every not-stated form is one. */
export function valueKey(value: unknown): string {
  if (isNotStated(value)) return 'not_stated';
  if (Array.isArray(value)) return JSON.stringify(value.map((v) => JSON.stringify(v)).sort());
  return JSON.stringify(value);
}

/**
 * Why a value does not fit its field, in plain words, or null when it fits: a word from the field's
 * vocabulary, a whole non-negative number of days/hours/minutes (or a percentage up to 100), or a list of
 * known codes. Fields not in the list take any JSON value.
 */
export function fieldValueProblem(field: string, value: unknown): string | null {
  if (value === undefined) return `${fieldLabel(field)} needs a value.`;
  const info = fieldInfo(field);
  if (!info) return null;
  const label = info.label;
  if (info.display === 'date' || info.display === 'period') {
    const ok = typeof value === 'string' && (info.display === 'date' ? ISO_DAY.test(value) : ISO_PERIOD.test(value));
    return ok ? null : `${label} must be a date like 2025-12-31 or 2025-12${info.display === 'period' ? ', or a period like 2025-01-01/2025-12-31' : ''}.`;
  }
  if (info.kind === 'enum') {
    if (typeof value === 'string' && (!info.values || info.values.includes(value))) return null;
    const words = (info.values ?? []).map((v) => formatValue(field, v)).join(', ');
    return `${label} must be one of: ${words}.`;
  }
  if (info.kind === 'number') {
    const percent = info.unit?.other === '%';
    if (value === null) return null;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && (percent ? value <= 100 : Number.isInteger(value))) return null;
    return percent ? `${label} must be a percentage from 0 to 100.` : `${label} must be a whole number of ${info.unit?.other ?? 'units'}, 0 or more.`;
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && (info.values ? info.values.includes(v) : /^[A-Z]{2}$/.test(v)))) return null;
  return info.values ? `${label} must be a list of: ${info.values.join(', ')}.` : `${label} must be a list of two-letter country codes (ISO 3166-1, e.g. DE).`;
}
