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
  /** One supporting quote ("" when none). */
  quote: string;
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

/**
 * The comparison CSV: UTF-8 BOM, CRLF, one row per vendor. Columns: Vendor, Domain, URLs (one per
 * line), Assessed at (ISO), Rubric, Score, Grade, then per field "<label>", "<label> verdict",
 * "<label> evidence" (fields in first-seen order across rows; a row lacking one leaves it empty),
 * then "Follow-up questions".
 */
export function buildComparisonCsv(rows: readonly ComparisonRow[]): string {
  const columns = new Map<string, string>();
  for (const r of rows) for (const f of r.fields) if (!columns.has(f.field)) columns.set(f.field, f.label);
  const header = ['Vendor', 'Domain', 'URLs', 'Assessed at', 'Rubric', 'Score', 'Grade'];
  for (const label of columns.values()) header.push(label, `${label} verdict`, `${label} evidence`);
  header.push('Follow-up questions');
  const data = rows.map((r) => {
    const cells: (string | number)[] = [r.vendor, r.domain, r.urls.join('\n'), isoOf(r.assessedAt), r.rubricName, r.score ?? '', r.grade ?? ''];
    const byField = new Map(r.fields.map((f) => [f.field, f]));
    for (const id of columns.keys()) {
      const f = byField.get(id);
      cells.push(f?.value ?? '', f?.verdict ?? '', f?.quote ?? '');
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
