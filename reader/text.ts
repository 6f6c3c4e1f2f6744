import type { Page } from '../claims/types';
import { BlockBuilder, isQuestionText, isShort, splitLabelColon } from './builder';
import { escapeRegExp } from '../language/regex';
import { detectLang } from './page-language';
import { unflattenTables } from './text-columns';
import { stripPreamble, tokenize, type Token } from './text-tokens';

export interface ReadTextOptions {
  /** 'md' reads markdown syntax (headings, emphasis, links); 'txt' (default) reads lines. */
  format?: 'txt' | 'md';
  url?: string | null;
  title?: string | null;
}

// Skip links and similar chrome that a text capture of a page keeps.
const CHROME = /^(skip to (main )?content|close this to read article|back to top|did this answer your question\?)$/i;
// A line of page actions only ("Print this page   Download PDF (v3.1)", "Share · Copy link"): the page's buttons.
const ACTION = String.raw`(?:print(?:\s+this\s+(?:page|article))?|download(?:\s+(?:as\s+)?(?:a\s+)?pdf)?(?:\s+\([^)]{0,20}\))?|save\s+as\s+pdf|share(?:\s+this\s+(?:page|article))?|copy\s+link|email\s+this\s+(?:page|article))`;
const ACTIONS = new RegExp(String.raw`^${ACTION}(?:\s*[·|•]?\s+${ACTION})*$`, 'i');
// A breadcrumb trail of short steps ("Home > Legal > Data Processing Agreement", "Docs › Security › Encryption").
const BREADCRUMB = /^[A-Z][^>›».,;:!?]{0,39}(?:\s[>›»]\s[^>›».,;:!?]{1,60}){2,}$/;
const isChrome = (line: string) => CHROME.test(line) || ACTIONS.test(line) || BREADCRUMB.test(line);
// A saved page's title as its first line: two to four short parts between " | " or a spaced dash ("Hexreef | Legal | Data
// Processing Agreement", "CareSync Booking – Information Governance & Security FAQ"), as a browser's tab title reads.
const TITLE_LINE = /^[^|–—.!?]{1,60}(?:\s[|–—-]\s[^|–—.!?]{1,60}){1,3}$/;

type Line = Extract<Token, { type: 'line' }>;

type Role = { kind: 'heading'; level: number } | { kind: 'label' } | { kind: 'line' };

/**
 * Roles of short unpunctuated lines, judged by the run of short lines they sit in: a run followed by
 * prose, a question, a list or a table ends in a heading; the lines before it pair up as label/value
 * ("Data center location(s)" / "United States"), an odd one out at the front being a heading too.
 * A short line right after a question is its answer.
 */
function assignRoles(tokens: Token[], md: boolean): Map<number, Role> {
  // Markdown has real headings; a heading we infer there sits below all of them.
  const base = md ? 6 : 0;
  const roles = new Map<number, Role>();
  const short = (k: number) => {
    const t = tokens[k];
    return t?.type === 'line' && isShort(t.text) && !isQuestionText(t.text) && !splitLabelColon(t.text);
  };
  let k = 0;
  while (k < tokens.length) {
    if (!short(k)) {
      k++;
      continue;
    }
    let first = k;
    const prev = tokens[k - 1];
    if (prev?.type === 'question' || (prev?.type === 'line' && isQuestionText(prev.text)) || (prev?.type === 'bullet' && prev.question)) first = k + 1;
    let end = first;
    while (short(end)) end++;
    const closed = end < tokens.length; // something other than a short line follows
    const run = end - first;
    let pairsFrom = first;
    const pairsTo = closed ? end - 1 : end;
    if (closed && run > 0) roles.set(end - 1, { kind: 'heading', level: base + 2 });
    if ((pairsTo - pairsFrom) % 2 === 1 && closed) roles.set(pairsFrom++, { kind: 'heading', level: base + 1 });
    for (; pairsFrom + 1 < pairsTo; pairsFrom += 2) {
      // A label's value sits on the very next line; across a blank line the first is a title of its own
      // ("Acme Cloud Trust Center" / blank / "Compliance").
      const value = tokens[pairsFrom + 1];
      if (value?.type === 'line' && value.gapBefore) {
        roles.set(pairsFrom, { kind: 'heading', level: base + 1 });
        pairsFrom--;
        continue;
      }
      roles.set(pairsFrom, { kind: 'label' });
    }
    k = Math.max(end, k + 1);
  }
  pairRows(tokens, roles);
  return roles;
}

/**
 * A run of three or more "short line, one short sentence" pairs is a flattened two-column table
 * ("Amazon Web Services" / "Email delivery. Frankfurt, Germany.", "Kinde" / "Authentication."): each pair is
 * a label/value under the section heading above, not a section of its own.
 */
function pairRows(tokens: Token[], roles: Map<number, Role>): void {
  const isPair = (k: number) => {
    const value = tokens[k + 1];
    return roles.get(k)?.kind === 'heading' && tokens[k]?.type === 'line' && value?.type === 'line' && !roles.has(k + 1) && !isQuestionText(value.text) && value.text.split(' ').length <= 12;
  };
  for (let k = 0; k < tokens.length; k++) {
    let end = k;
    while (isPair(end)) end += 2;
    // Rows follow the section's own text; a run with nothing before it opens with the heading and its intro.
    const before = tokens[k - 1];
    const start = before?.type === 'line' && roles.get(k - 1)?.kind !== 'heading' ? k : k + 2;
    if ((end - start) / 2 >= 3) for (let p = start; p < end; p += 2) roles.set(p, { kind: 'label' });
    if (end > k) k = end - 1;
  }
}

/**
 * Reads plain text or markdown into a Page. Rules: a short unpunctuated line followed by text is a heading;
 * followed by a short value line it is a label/value pair; a line ending in "?" is a FAQ question;
 * bullets are list items that keep the paragraph before them as their lead.
 */
export function readText(input: string, opts: ReadTextOptions = {}): Page {
  const md = opts.format === 'md';
  const { body, title: frontTitle } = stripPreamble(input);
  const tokens = unflattenTables(tokenize(body, md).filter((t) => !(t.type === 'line' && isChrome(t.text))));
  const b = new BlockBuilder();

  const roles = assignRoles(tokens, md);

  let lead: string | undefined;
  let inList = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type !== 'bullet') inList = false;
    switch (t.type) {
      case 'heading':
        b.heading(t.text, t.level);
        break;
      case 'question':
        b.questionBlock(t.text);
        break;
      case 'row':
        if (t.cells.filter(Boolean).length <= 1) b.paragraph(t.cells.join(' '));
        // A row saved one cell per line reads as the page's own text (cells joined by a space), so its quote is verbatim.
        else b.tableRow(t.cells, t.header, t.text ?? t.cells.join(t.flat ? ' ' : ' | '));
        break;
      case 'bullet': {
        if (!inList) {
          const prev = b.last();
          lead = prev && (prev.kind === 'paragraph' || prev.kind === 'label-value') ? prev.text : undefined;
          inList = true;
        }
        const next = tokens[k + 1];
        if (t.question) b.questionBlock(t.text);
        // "1. Who we are" above a paragraph is a numbered section heading, not a one-item list.
        else if (t.numbered && isShort(t.text) && next?.type === 'line' && !isShort(next.text)) {
          b.heading(t.text, md ? 8 : 2);
          inList = false;
        } else b.listItem(t.text, lead);
        break;
      }
      case 'line':
        k = readLine(b, tokens, k, t, roles);
        break;
    }
  }
  // A plain-text document often opens with the company's name on a line of its own ("ACME PAYROLL, INC."): that
  // line names it better than the first section heading ("INSTRUCTIONS AND SCOPE").
  const firstLine = md ? null : (body.split('\n').find((l) => l.trim() !== '')?.trim() ?? null);
  const named = firstLine && firstLine.length <= 80 && firstLine.split(/\s+/).every((w) => w.length <= 3 || /^[^a-z]/.test(w)) && /\b(?:Inc|Ltd|LLC|GmbH|B\.?V|S\.?A|AG|plc|Pty|Limited|Corporation|Corp|Company|Co)\b\.?\s*$/i.test(firstLine);
  const opening = firstLine && (named || TITLE_LINE.test(firstLine)) ? firstLine : brandLine(firstLine, body);
  const title = opts.title ?? frontTitle ?? opening ?? b.blocks.find((x) => x.kind === 'heading')?.text ?? null;
  return { title, siteName: null, url: opts.url ?? null, lang: detectLang(b.blocks.map((x) => x.text).join(' ')), blocks: b.blocks, partial: false };
}

function readLine(b: BlockBuilder, tokens: Token[], k: number, t: Line, roles: Map<number, Role>): number {
  const role = roles.get(k);
  const next = tokens[k + 1];
  if (role?.kind === 'heading') b.heading(t.text, role.level);
  else if (role?.kind === 'label' && next?.type === 'line') {
    b.labelValue(t.text, next.text);
    return k + 1;
  } else if (isQuestionText(t.text)) b.questionBlock(t.text);
  else {
    const lv = splitLabelColon(t.text);
    if (lv && t.text.length <= 160) b.labelValue(lv.label, lv.value, t.text);
    else b.paragraph(t.text);
  }
  return k;
}

/**
 * A page that opens on its brand alone ("SAFFRON TILL" or "Ledgerleaf" over a tagline or the site's navigation), and
 * names it in running text ("Saffron Till is SOC 2 compliant", "Ledgerleaf shall …"): the brand as the text writes it.
 */
function brandLine(line: string | null, body: string): string | null {
  if (!line || !/^[A-Z0-9][\p{L}\p{N} .&'’-]{1,40}$/u.test(line) || line.split(/\s+/).length > 4) return null;
  if (!line.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return null;
  const caps = !/\p{Ll}/u.test(line);
  const written = caps ? line.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()) : line;
  const rest = body.slice(body.indexOf(line) + line.length);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(written)}(?![\p{L}\p{N}])`, 'u').test(rest) ? written : null;
}
