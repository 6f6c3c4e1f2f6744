import { collapse, isShort } from './builder';
import { reduceMarkdown } from './inline';

/** One structural unit of a plain-text or markdown page, before context is attached. */
export type Token =
  | { type: 'heading'; level: number; text: string }
  | { type: 'question'; text: string }
  | { type: 'line'; text: string; gapBefore: boolean; /** cells set apart by tabs, wide gaps or dot leaders */ cells?: string[]; /** those cells name the columns */ header?: boolean; /** the line starts deep-indented (over a label column) */ indented?: boolean }
  | { type: 'bullet'; text: string; indent: number; question: boolean; numbered: boolean }
  | { type: 'row'; cells: string[]; header?: string[]; /** cells stood on lines of their own (./text-columns.ts) */ flat?: boolean; /** the row's line as it stood, when its cells were cut from it */ text?: string };

// A bracketed figure then a lower-case word ("(90) days following …"): a wrapped line's restated number, not a list marker.
const RESTATED_NUMBER = /^\s*\(\d{1,4}\)\s+[a-z]/;
const NUMBER_WORD_END = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-[a-z]+)?$/i;
// (Lettered and roman items too, as contracts list them: "(a) United States — Ashburn, Virginia;", "(ii) …".)
const BULLET = /^(\s*)(?:[•·▪◦‣●○■□–—]|[-*+](?=\s)|\(?\d{1,3}[.)]|\(?[a-z]\)|\((?:i{1,3}|iv|vi{0,3}|ix|x)\))\s+(\S.*)$/;
const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HR = /^\s*([-*_])(?:\s*\1){2,}\s*$/;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BOLD_LINE = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*$/;

function cellsOf(line: string, md: boolean): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/).map((c) => collapse(md ? reduceMarkdown(c) : c));
}

/** Drops a first-line `<!-- source: … -->` comment and YAML front matter; returns the body and any front-matter title. */
export function stripPreamble(input: string): { body: string; title: string | null } {
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let title: string | null = null;
  for (;;) {
    const comment = /^\s*<!--[\s\S]*?-->[ \t]*\n?/.exec(text);
    if (comment) {
      text = text.slice(comment[0].length);
      continue;
    }
    const front = /^\s*---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
    if (front && /^[\w-]+\s*:/m.test(front[1]!)) {
      const t = /^title:\s*(.+)$/m.exec(front[1]!);
      if (t) title = t[1]!.trim().replace(/^(["'])(.*)\1$/, '$2');
      text = text.slice(front[0].length);
      continue;
    }
    return { body: text, title };
  }
}

// Cells of a line saved from a table: parts between tabs, three or more spaces, or a dot leader; two to six of them,
// none a long sentence.
const CELL_GAP = /\t+|\s{3,}|\s*\.{4,}\s*/;
export function spacedCells(line: string): string[] | null {
  if (!CELL_GAP.test(line.trim())) return null;
  const cells = line.trim().split(CELL_GAP).map((c) => c.trim()).filter((c) => c !== '');
  // ("7.1   Upon termination …", "(a)\tthe Customer …": a clause number set apart is no cell.)
  if (/^(?:\d+(?:\.\d+)*\.?|\(?[a-z]\)|\(?[ivx]+\)|[ivx]+\.)$/i.test(cells[0] ?? '')) return null;
  // (A notes column runs longer than the others: "SOC 2 Type II    Via AWS    AWS's SOC reports cover the physical …".)
  return cells.length >= 2 && cells.length <= 6 && cells.every((c, i) => c.length <= (i === cells.length - 1 ? 160 : 100)) ? cells : null;
}
const ITEM_DOT = /\s[·•]\s/;

/**
 * Each line's cells, or null: a line of two or more columns is a table's row, unless it sits in a run of such lines
 * that is a page laid out in columns, prose flowing down each ("Spendlane, Inc. and its subsidiary    SOC 2 Type II:
 * annual" / "Spendlane Europe B.V. are certified    ISO/IEC 27001: certified"): a column's next line goes on in lower
 * case after four or more words, or after a word broken by a hyphen, in a third of the run's pairs of lines.
 */
function cellsOfTables(lines: string[]): (string[] | null)[] {
  const cells = lines.map(spacedCells);
  for (let i = 0; i < lines.length; ) {
    if (!cells[i]) { i++; continue; }
    let end = i;
    while (end + 1 < lines.length && (cells[end + 1] || /^\s{8,}\S/.test(lines[end + 1]!))) end++;
    let pairs = 0;
    let flowing = 0;
    for (let k = i; k < end; k++) {
      const a = cells[k];
      const b = cells[k + 1];
      if (!a || !b) continue;
      pairs++;
      if (a.some((c, j) => /\p{L}-$/u.test(c) || (b[j] !== undefined && /^\p{Ll}/u.test(b[j]!) && c.split(/\s+/).length >= 4))) flowing++;
    }
    if (pairs > 0 && flowing * 3 >= pairs) for (let k = i; k <= end; k++) cells[k] = null;
    i = end + 1;
  }
  return cells;
}

/** Splits text into tokens: markdown when `md`, otherwise one unit per line (blank lines, bullets, `|` rows). */
export function tokenize(body: string, md: boolean): Token[] {
  const lines = body.split('\n');
  const out: Token[] = [];
  const inline = (s: string) => collapse(md ? reduceMarkdown(s) : s);
  let para: string[] = [];
  let gap = true;
  let fence = false;
  let lastLine = '';
  const tableCells = md ? [] : cellsOfTables(lines);
  const flush = () => {
    // A paragraph of label lines and value lines ("Data center location(s)" / "United States"), not wrapped
    // prose: every line starts a capital and a third of them are short, unpunctuated labels. Keep each line.
    const lineList = md && para.length >= 3 && para.every((l) => /^[A-Z0-9]/.test(l)) && para.filter((l) => isShort(l)).length * 3 >= para.length;
    // Rows saved one per line, their cells between spaced dashes ("Sentry — error monitoring — United States"), under
    // at most one title line: keep each line, for ./text-columns.ts to read as rows.
    const dashed = para.filter((l) => l.split(/\s[—–]\s/).length >= 3).length;
    const dashList = para.length >= 3 && dashed >= 3 && dashed >= para.length - 1;
    if (lineList || dashList) {
      for (const l of para) { out.push({ type: 'line', text: inline(l), gapBefore: gap }); gap = false; }
      para = [];
      return;
    }
    if (para.length > 0) out.push({ type: 'line', text: inline(para.join(' ')), gapBefore: gap });
    if (para.length > 0) gap = false;
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (md && /^\s*(```|~~~)/.test(raw)) {
      flush();
      fence = !fence;
      continue;
    }
    if (!raw.trim()) {
      flush();
      gap = true;
      continue;
    }
    const line = md ? raw.replace(/^\s*>\s?/, '') : raw;
    if (fence) {
      out.push({ type: 'line', text: collapse(line), gapBefore: gap });
      gap = false;
      continue;
    }
    const next = lines[i + 1] ?? '';
    if (line.includes('|') && SEPARATOR.test(next) && next.includes('-')) {
      flush();
      const header = cellsOf(line, md);
      i++;
      while (i + 1 < lines.length && lines[i + 1]!.includes('|') && lines[i + 1]!.trim()) {
        i++;
        if (SEPARATOR.test(lines[i]!)) continue;
        out.push({ type: 'row', cells: cellsOf(lines[i]!, md), header });
      }
      gap = false;
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      if (!SEPARATOR.test(line)) out.push({ type: 'row', cells: cellsOf(line, md) });
      gap = false;
      continue;
    }
    const h = md ? MD_HEADING.exec(line) : null;
    if (h) {
      flush();
      out.push({ type: 'heading', level: h[1]!.length, text: inline(h[2]!) });
      gap = false;
      continue;
    }
    // A line of dashes under a row of column names ("---------    -----------") makes them the header.
    const above = out.at(-1);
    if (!md && above?.type === 'line' && above.cells && !gap && /^\s*-{3,}(?:\s+-{3,})+\s*$/.test(line)) {
      above.header = true;
      continue;
    }
    if (HR.test(line)) {
      if (md && para.length > 0 && /^\s*-+\s*$/.test(line)) {
        out.push({ type: 'heading', level: 2, text: inline(para.join(' ')) });
        para = [];
      }
      flush();
      continue;
    }
    if (md && para.length > 0 && /^\s*=+\s*$/.test(line)) {
      out.push({ type: 'heading', level: 1, text: inline(para.join(' ')) });
      para = [];
      continue;
    }
    // A list item's continuation: an indented line under a bullet ("- **Changed:** … notify affected customers of a"
    // / "  personal data breach within 36 hours"), or a lower-case line after a numbered question in plain text.
    const last = out.at(-1);
    if (last?.type === 'bullet' && para.length === 0 && !BULLET.test(line) && (/^\s+\S/.test(raw) || (/^[a-z(]/.test(line.trim()) && !/[.!?:]["'”’)\]]*$/.test(last.text)))) {
      last.text = `${last.text} ${inline(line)}`;
      if (last.numbered) last.question = last.text.endsWith('?');
      continue;
    }
    // "… shall delete all Customer Data within ninety" / "(90) days following termination": a bracketed figure that
    // restates the number before it, wrapped onto the next line, goes on with the sentence; it is no list item.
    const prevToken = out.at(-1);
    const restates = !md && para.length === 0 && !gap && RESTATED_NUMBER.test(line) && (prevToken?.type === 'line' || prevToken?.type === 'bullet') && NUMBER_WORD_END.test(prevToken.text);
    const b = restates ? null : BULLET.exec(line);
    if (restates && prevToken && (prevToken.type === 'line' || prevToken.type === 'bullet')) {
      prevToken.text = `${prevToken.text} ${collapse(line)}`;
      continue;
    }
    if (b) {
      flush();
      const text = inline(b[2]!);
      const numbered = /^\s*\(?\d/.test(line);
      out.push({ type: 'bullet', text, indent: b[1]!.replace(/\t/g, '    ').length, question: numbered && text.endsWith('?'), numbered });
      gap = false;
      continue;
    }
    const bold = md ? BOLD_LINE.exec(line) : null;
    if (bold && para.length === 0) {
      const text = inline(bold[1]!);
      out.push(text.endsWith('?') ? { type: 'question', text } : { type: 'heading', level: 7, text });
      gap = false;
      continue;
    }
    if (md) para.push(line.trim());
    else {
      // A hard-wrapped paragraph ("… we don't hold an ISO 27001" / "certificate either."): a line that goes on
      // from a long line with no end of sentence, or that starts in lower case after one, is the same line.
      const prev = out.at(-1);
      const text = collapse(line);
      // A line whose parts stand apart ("ISO/IEC 27001:2022    In progress — Stage 2 in November    —", "ISO 27001
      // certificate ........ Not yet available") is a row of a table saved as text: a line of its own.
      // A deep-indented line under such a row goes on with its last cell ("SOC 2 ........ Type 2 audit in progress.
      // Observation window" / "                    1 Mar 2025 - 31 Aug 2025; report expected").
      if (prev?.type === 'line' && prev.cells && !gap && /^\s{8,}\S/.test(line) && !tableCells[i]) {
        prev.cells[prev.cells.length - 1] += ` ${text}`;
        prev.text = `${prev.text} ${text}`;
        continue;
      }
      const cells = tableCells[i];
      if (cells) {
        out.push({ type: 'line', text, gapBefore: gap, cells, ...(/^\s{8,}\S/.test(line) ? { indented: true } : {}) });
        lastLine = '';
        gap = false;
        continue;
      }
      // (A row whose cells stand between spaced dashes is a line of its own: "Sentry — error monitoring — United States".)
      const open = prev?.type === 'line' && !prev.cells && !gap && !/[.!?:]["'”’)\]]*$/.test(prev.text) && text.split(/\s[—–]\s/).length < 3;
      // (A line of items between " · " ended where its writer ended it: "Google Cloud Platform (hosting, Canada) · Postmark
      // (email, US)" / "Google Cloud is certified …" are two. A long line is no such proof: text is wrapped at 120 columns too.)
      const wrapped = lastLine.split(ITEM_DOT).length < 3;
      if (open && prev.type === 'line' && ((prev.text.length >= 50 && wrapped) || (/^[a-z(]/.test(text) && !isShort(prev.text)))) prev.text = `${prev.text} ${text}`;
      else out.push({ type: 'line', text, gapBefore: gap });
      lastLine = text;
      gap = false;
    }
  }
  flush();
  return out;
}
