/**
 * The fields a rubric criterion may score: the eight of docs/FIELDS.md plus the extra fields the
 * extractors add. One entry per field; adding a field here is all a rubric needs to accept it.
 * Pure data: no browser, no React.
 */

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
}

const REGIONS = ['EU', 'US', 'UK', 'CA', 'AU', 'APAC', 'CH', 'IN', 'JP', 'BR', 'GLOBAL'] as const;
const HOURS = { one: 'h', other: 'h' };
const DAYS = { one: 'day', other: 'days' };
const MINUTES = { one: 'min', other: 'min' };

/** Every field a criterion may name, keyed by field id. */
export const FIELDS = {
  soc2: {
    label: 'SOC 2',
    kind: 'enum',
    values: ['type2', 'type1', 'compliant', 'planned', 'not_certified', 'not_stated'],
    valueLabels: { type2: 'Type II', type1: 'Type I', compliant: 'compliant (type not named)', not_certified: 'not certified' },
    question: 'Do you hold a SOC 2 report, and is it Type I or Type II? Can you share the latest report under NDA?',
  },
  iso27001: {
    label: 'ISO 27001',
    kind: 'enum',
    values: ['certified', 'planned', 'not_certified', 'not_stated'],
    valueLabels: { not_certified: 'not certified' },
    question: 'Are you certified to ISO/IEC 27001? Can you share the certificate and its scope?',
  },
  dataRegion: {
    label: 'Data region',
    kind: 'list',
    values: REGIONS,
    question: 'In which regions is our data stored, including backups?',
  },
  dataCountries: {
    label: 'Data countries',
    kind: 'list',
    question: 'In which countries is our data stored, including backups?',
  },
  encryptionAtRest: {
    label: 'Encryption at rest',
    kind: 'enum',
    values: ['AES-256', 'stated', 'not_stated'],
    valueLabels: { stated: 'stated (no algorithm)' },
    question: 'Is our data encrypted at rest, and with which algorithm and key length?',
  },
  encryptionInTransit: {
    label: 'Encryption in transit',
    kind: 'enum',
    values: ['TLS1.3', 'TLS1.2', 'stated', 'not_stated'],
    valueLabels: { 'TLS1.3': 'TLS 1.3', 'TLS1.2': 'TLS 1.2', stated: 'stated (no version)' },
    question: 'What is the minimum TLS version you accept for data in transit?',
  },
  retentionDays: {
    label: 'Retention after termination',
    kind: 'number',
    unit: DAYS,
    question: 'Within how many days of termination will you delete our data, including backups?',
  },
  breachNoticeHours: {
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
