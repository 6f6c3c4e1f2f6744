import Papa from 'papaparse';

/** One scored field of a vendor, ready for display. */
export interface ComparisonField {
  /** Field id, e.g. "soc2"; columns are matched across rows by id. */
  field: string;
  /** Column heading, e.g. "SOC 2". */
  label: string;
  /** The value in words, e.g. "Type II". */
  value: string;
  /** The rubric's verdict in words: "pass", "partial", "fail" or "not stated". */
  verdict: string;
  /** The supporting quotes, one a line ("" when none); for a reviewer's value, what the reviewer and the page said. */
  quote: string;
  /** The quotes behind the value, each from `source`'s page (the report links each one). */
  quotes?: string[];
  /** Points earned under the rubric; null when not scored or not counted. */
  points?: number | null;
  /** The page the value comes from, with a text-fragment link to its first quote. */
  source?: string;
  /** When the value was read, or when the reviewer set it: an ISO 8601 string, written as it is. */
  readAt?: string;
  /** "" when the vendor's pages agree; else each page's value, link and quote, one a line (also when a reviewer settled it). */
  conflict?: string;
  /** True while the pages disagree and no reviewer has settled it. */
  inConflict?: boolean;
  /** The reviewer's note on a value they set. */
  note?: string;
  /** "reviewer", "page", or "" when nothing is stated. */
  setBy?: string;
}

/** One vendor in the comparison, already scored. Shared by the compare page and `assay compare`. */
export interface ComparisonRow {
  vendor: string;
  domain: string;
  urls: string[];
  /** ISO 8601, or a Date. */
  assessedAt: string | Date;
  rubricName: string;
  score: number | null;
  grade: string | null;
  /** The vendor's tags and the reviewer's note on the vendor. */
  tags?: string[];
  note?: string;
  /** Every field: the rubric's criteria first, then every other field Assay reads. */
  fields: ComparisonField[];
  /** Follow-up questions for the vendor; one per line in the cell. */
  questions: string[];
}

/** Excel and Sheets read UTF-8 only with a byte-order mark. */
export const BOM = '\uFEFF';

/**
 * Cells a spreadsheet may run as a formula (OWASP "CSV injection"). Papaparse's own
 * `escapeFormulae: true` is /^[=+\-@\t\r].*$/, which misses multi-line cells ("=1\nx": `.` stops
 * at \n), a leading newline, and whitespace before the sign (" =1"); full-width signs too.
 * Matching cells get a leading apostrophe, which spreadsheets show as text.
 */
export const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** The column group of one field, after its "<label>" column (docs/DATA.md, "Comparison CSV"). */
export const FIELD_COLUMNS = ['verdict', 'points', 'evidence', 'source', 'read at', 'conflict', 'reviewer note', 'set by'] as const;

/**
 * The comparison CSV: UTF-8 BOM, CRLF, one row per vendor. Columns: Vendor, Domain, Tags, Note, URLs (one per
 * line), Assessed at (ISO), Rubric, Score, Grade, Conflicts, then per field "<label>" and its FIELD_COLUMNS
 * (fields in first-seen order across rows; a row lacking one leaves it empty), then "Follow-up questions".
 */
export function buildComparisonCsv(rows: readonly ComparisonRow[]): string {
  const columns = new Map<string, string>();
  for (const r of rows) for (const f of r.fields) if (!columns.has(f.field)) columns.set(f.field, f.label);
  const header = ['Vendor', 'Domain', 'Tags', 'Note', 'URLs', 'Assessed at', 'Rubric', 'Score', 'Grade', 'Conflicts'];
  for (const label of columns.values()) header.push(label, ...FIELD_COLUMNS.map((c) => `${label} ${c}`));
  header.push('Follow-up questions');
  const data = rows.map((r) => {
    const conflicts = r.fields.filter((f) => f.inConflict).map((f) => f.label);
    const cells: (string | number)[] = [r.vendor, r.domain, (r.tags ?? []).join('\n'), r.note ?? '', r.urls.join('\n'), isoOf(r.assessedAt), r.rubricName, r.score ?? '', r.grade ?? '', conflicts.join('\n')];
    const byField = new Map(r.fields.map((f) => [f.field, f]));
    for (const id of columns.keys()) {
      const f = byField.get(id);
      cells.push(f?.value ?? '', f?.verdict ?? '', f?.points ?? '', f?.quote ?? '', f?.source ?? '', f?.readAt ?? '', f?.conflict ?? '', f?.note ?? '', f?.setBy ?? '');
    }
    cells.push(r.questions.join('\n'));
    return cells;
  });
  const csv = Papa.unparse({ fields: header, data }, { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false });
  // With no rows papaparse still ends the header with a newline; a header-only file should not.
  return BOM + (data.length === 0 ? csv.replace(/\r\n$/, '') : csv);
}

/** "assay-comparison-2026-11-22.csv", in the local date. */
export function csvFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `assay-comparison-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}

function isoOf(d: string | Date): string {
  const t = new Date(d);
  return Number.isNaN(t.getTime()) ? String(d) : t.toISOString();
}
