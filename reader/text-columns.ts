import type { Token } from './text-tokens';
import { isShort } from './builder';

/**
 * A table saved as text one cell per line: a header of three to six column names ("Framework" / "Status" / "Notes"),
 * then the rows' cells, line after line, up to the next blank line. Read back as rows with their header, so a
 * status column is read as the row's status, not as a heading of its own ("ISO/IEC 27001" / "Auditor engaged" /
 * "Stage 1 audit booked …"). Two-column runs are label/value pairs (./text.ts).
 */
const COLUMN_WORDS =
  /^(?:name|framework|standard|certification|certificate|attestation|report|audit|status|state|notes?|details?|description|comments?|scope|type|category|purpose|service|function|role|entity|vendor|provider|sub-?processor|company|location|region|country|data centre|data center|hosting|certifications?|date|issued|expires?|valid until|availability|plan|tier|since|frequency|owner|evidence|control|area|topic|feature|included)$/i;
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 6;

const isLine = (t: Token | undefined): t is Extract<Token, { type: 'line' }> => t?.type === 'line';

function headerCell(text: string): boolean {
  return text.length <= 30 && text.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(text) && !/\d/.test(text) && isShort(text);
}

/**
 * The table starting at token `k`, if one does: its column count and how many cell lines follow the header. The
 * header is the run of column names at `k` ("Certification" / "Scope" / "Issued" / "Expires"), with at most one
 * name the list does not know after them ("Who it is for").
 */
function tableAt(tokens: Token[], k: number): { columns: number; cells: number } | null {
  const first = tokens[k];
  if (!isLine(first) || !(first.gapBefore || !isLine(tokens[k - 1]))) return null;
  const headerLine = (i: number) => {
    const t = tokens[k + i];
    return isLine(t) && (i === 0 || !t.gapBefore) && headerCell(t.text);
  };
  let known = 0;
  while (known < MAX_COLUMNS && headerLine(known) && COLUMN_WORDS.test((tokens[k + known] as { text: string }).text)) known++;
  if (known < 2) return null;
  for (const n of [known, known + 1]) {
    if (n < MIN_COLUMNS || n > MAX_COLUMNS || !headerLine(n - 1)) continue;
    let m = 0;
    while (isLine(tokens[k + n + m]) && !(tokens[k + n + m] as { gapBefore: boolean }).gapBefore) m++;
    if (m < 2 * n || m % n !== 0) continue;
    // Every row opens with a short name; some cell beyond the first column says more than a word.
    let rowsOk = true;
    let worded = false;
    for (let r = 0; r < m; r += n) {
      const row = tokens.slice(k + n + r, k + 2 * n + r) as { text: string }[];
      if (!isShort(row[0]!.text)) rowsOk = false;
      if (row.slice(1).some((c) => c.text.split(/\s+/).length >= 2)) worded = true;
    }
    if (rowsOk && worded) return { columns: n, cells: m };
  }
  return null;
}

/**
 * A table saved as text one row per line, its cells between spaced dashes ("Sentry — error monitoring — United States"):
 * three or more lines in a row, each cut into the same number (three to six) of cells. A title line just above them
 * ("ANNEX III — SUBPROCESSORS (summary)") is their heading.
 */
function dashCells(t: Token | undefined): string[] | null {
  if (!isLine(t)) return null;
  const cells = t.text.split(/\s[—–]\s/).map((c) => c.trim());
  return cells.length >= MIN_COLUMNS && cells.length <= MAX_COLUMNS && cells.every((c) => c.length > 0 && c.length <= 80 && !(/[.!?]$/.test(c) && c.split(/\s+/).length >= 4)) ? cells : null;
}
function dashRowsAt(tokens: Token[], k: number): number {
  const width = dashCells(tokens[k])?.length;
  if (!width) return 0;
  let n = 1;
  while (dashCells(tokens[k + n])?.length === width && !(tokens[k + n] as { gapBefore: boolean }).gapBefore) n++;
  return n >= 3 ? n : 0;
}

// A first line of column names with no dashes under it ("Item    Acme    Typical competitor", "Standard    Status"): no
// figure or status word, and a word that names a column.
const COLUMN_WORD = /\b(?:status|standard|framework|certifications?|item|control|area|region|location|country|provider|service|purpose|name|holder|vendor|type|scope|notes?|details?|description|category|today|current|feature|plan|who|what|where)\b/i;
const STATUS_WORD = /\d|[✓✔☑✅✗✘❌]|\b(?:yes|no|certified|compliant|held|planned|progress|available|not|none|n\/a|in\s+place|underway)\b/i;
function namesColumns(cells: string[]): boolean {
  return cells.every((c) => c.length <= 30 && !STATUS_WORD.test(c)) && cells.some((c) => COLUMN_WORD.test(c));
}

/** Two or more lines in a row whose cells stand apart (tabs, wide gaps, dot leaders), the same number of cells each. */
function spacedRowsAt(tokens: Token[], k: number): number {
  const first = tokens[k];
  const width = isLine(first) ? first.cells?.length : undefined;
  if (!width) return 0;
  let n = 1;
  for (let t = tokens[k + n]; isLine(t) && t.cells?.length === width && !t.gapBefore; t = tokens[k + n]) n++;
  return n >= 2 ? n : 0;
}

/** The tokens with every table saved one cell per line, or one row per line, turned into rows. */
export function unflattenTables(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const spaced = spacedRowsAt(tokens, k);
    if (spaced > 0) {
      const first = tokens[k] as { cells: string[]; header?: boolean };
      // A deep-indented line of column names right above, one cell short (nothing over the label column): "        Acme
      // BoekSnel   Cijferpunt" over "ISO 27001 certified   yes   yes   no".
      const above = out.at(-1);
      const over = k > 0 && above === tokens[k - 1] && isLine(above) && above.indented && above.cells?.length === first.cells.length - 1 && !(tokens[k] as { gapBefore: boolean }).gapBefore ? above.cells : undefined;
      if (over) out.pop();
      const header = over ? ['', ...over] : first.header || namesColumns(first.cells) ? first.cells : undefined;
      for (let r = header && !over ? 1 : 0; r < spaced; r++) {
        const line = tokens[k + r] as { text: string; cells: string[] };
        out.push({ type: 'row', cells: line.cells, text: line.text, ...(header ? { header } : {}) });
      }
      k += spaced - 1;
      continue;
    }
    const rows = dashRowsAt(tokens, k);
    if (rows > 0) {
      const title = out.at(-1);
      if (isLine(title) && title.gapBefore && !(tokens[k] as { gapBefore: boolean }).gapBefore && title.text.length <= 120 && !/[.!?:]$/.test(title.text)) out[out.length - 1] = { type: 'heading', level: 2, text: title.text };
      for (let r = 0; r < rows; r++) {
        const line = tokens[k + r] as { text: string };
        out.push({ type: 'row', cells: dashCells(tokens[k + r])!, text: line.text });
      }
      k += rows - 1;
      continue;
    }
    const table = tableAt(tokens, k);
    if (!table) {
      out.push(tokens[k]!);
      continue;
    }
    const text = (i: number) => (tokens[i] as { text: string }).text;
    const header = Array.from({ length: table.columns }, (_, i) => text(k + i));
    for (let r = 0; r < table.cells; r += table.columns) {
      out.push({ type: 'row', cells: Array.from({ length: table.columns }, (_, i) => text(k + table.columns + r + i)), header, flat: true });
    }
    k += table.columns + table.cells - 1;
  }
  return out;
}
