/** Human words for summary fields and values, shared by diff, merge, the UI and the CSV. */

/** Field id → label, in FIELDS.md order. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  soc2: 'SOC 2',
  iso27001: 'ISO 27001',
  dataRegion: 'Data region',
  dataCountries: 'Data countries',
  encryptionAtRest: 'Encryption at rest',
  encryptionInTransit: 'Encryption in transit',
  retentionDays: 'Retention after termination',
  breachNoticeHours: 'Breach notice',
};

const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  soc2: { type2: 'Type II', type1: 'Type I', compliant: 'compliant (type not stated)', planned: 'planned', not_certified: 'not certified' },
  iso27001: { certified: 'certified', planned: 'planned', not_certified: 'not certified' },
  encryptionAtRest: { stated: 'stated (no algorithm)' },
  encryptionInTransit: { 'TLS1.3': 'TLS 1.3+', 'TLS1.2': 'TLS 1.2+', stated: 'stated (no version)' },
};

const UNITS: Readonly<Record<string, [string, string]>> = { retentionDays: ['day', 'days'], breachNoticeHours: ['hour', 'hours'] };

/** A field's label; unknown fields get their id split into words ("vendorRisk" → "Vendor risk"). */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** True when a value says nothing: "not_stated", null, undefined, "" or []. */
export function isNotStated(value: unknown): boolean {
  return value === 'not_stated' || value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A value in words: "Type II", "EU, US", "30 days", "not stated". */
export function formatValue(field: string, value: unknown): string {
  if (isNotStated(value)) return 'not stated';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'number') {
    const unit = UNITS[field];
    return unit ? `${value} ${value === 1 ? unit[0] : unit[1]}` : String(value);
  }
  if (typeof value === 'string') return VALUE_LABELS[field]?.[value] ?? value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return JSON.stringify(value);
}

/** Stable identity of a value for comparing readings: arrays compare as sets. */
export function valueKey(value: unknown): string {
  if (isNotStated(value)) return 'not_stated';
  if (Array.isArray(value)) return JSON.stringify(value.map((v) => JSON.stringify(v)).sort());
  return JSON.stringify(value);
}
