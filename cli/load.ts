import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { extractPage, type PipelineResult } from '../claims/pipeline';
import { readDocument } from '../reader/dom';
import { readText } from '../reader/text';
import { UserError } from './command';
import { bomOf, decodePage } from './decode';
import { parsePage } from '../reader/parse-html';
import { isPdfFile, readPdfFile } from './pdf';

export type Format = 'html' | 'md' | 'txt';

/** Largest page the CLI reads by default (`--max-size MB` changes it). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Time for reading and extracting one page, shared as in the extension (`--budget-ms` changes it). */
export const DEFAULT_BUDGET_MS = 10_000;

/** Options every command that reads pages accepts. */
export interface LoadOptions {
  maxBytes: number;
  budgetMs: number;
}

export const LOAD_USAGE = `  --max-size MB         refuse pages larger than this (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
  --budget-ms MS        time for reading and extracting one page; past it the result is partial (default ${DEFAULT_BUDGET_MS})`;

/** Takes --max-size and --budget-ms out of `args` (in place) and returns the options. */
export function takeLoadOptions(args: string[], command: string): LoadOptions {
  const opts: LoadOptions = { maxBytes: DEFAULT_MAX_BYTES, budgetMs: DEFAULT_BUDGET_MS };
  for (let i = 0; i < args.length; i++) {
    const m = /^(--max-size|--budget-ms)(?:=(.*))?$/.exec(args[i]!);
    if (!m) continue;
    const raw = m[2] ?? args[i + 1];
    const n = Number(raw);
    if (raw === undefined || raw === '' || !Number.isFinite(n) || n <= 0) throw new UserError(`${command}: ${m[1]} needs a positive number (see assay ${command} --help)`);
    if (m[1] === '--max-size') opts.maxBytes = Math.round(n * 1024 * 1024);
    else opts.budgetMs = n;
    args.splice(i, m[2] === undefined ? 2 : 1);
    i--;
  }
  return opts;
}

// What a browser's MIME sniffing takes for HTML at the start of a file (after whitespace).
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|script|iframe|h[1-6]|div|font|table|a|style|title|b|br|p|meta|link|main|section|article|header|nav|ul|ol|dl|form|span|!--)[\s>/]/i;

function formatOf(file: string, start: string): Format {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.txt' || ext === '.text') return 'txt';
  return HTML_START.test(start) || /^\s*<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+)?html/i.test(start) ? 'html' : 'txt';
}

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** Reads at most maxBytes + 1 bytes, so a device (/dev/zero) or a pipe can never be read forever. */
function readCapped(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: no such file`);
    if (code === 'EACCES') throw new UserError(`${file}: permission denied`);
    if (code === 'EISDIR') throw new UserError(`${file}: is a directory, not a page`);
    throw new UserError(`${file}: cannot be read (${code ?? (e as Error).message})`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UserError(`${file}: is a directory, not a page`);
    const tooLarge = () => new UserError(`${file}: is larger than ${mb(maxBytes)}, the most Assay reads (use --max-size MB for more)`);
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EISDIR') throw new UserError(`${file}: is a directory, not a page`);
        throw new UserError(`${file}: cannot be read (${code ?? (e as Error).message})`);
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      // A device or pipe that starts with NULs is binary: say so before reading on.
      if (chunks.length === 1 && looksBinary(chunks[0]!)) break;
      if (total > maxBytes) throw tooLarge();
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

// NULs in the first 8 kB mean binary, unless a UTF-16 byte-order mark says they are half of each character.
function looksBinary(bytes: Uint8Array): boolean {
  const bom = bomOf(bytes);
  return bom?.encoding !== 'utf-16le' && bom?.encoding !== 'utf-16be' && bytes.subarray(0, 8192).includes(0);
}

/** Reads a saved page from disk; every way it can be unusable becomes a one-line UserError. */
export function readPageFile(file: string, opts: Partial<LoadOptions> = {}): { text: string; format: Format } {
  const bytes = readCapped(file, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (looksBinary(bytes)) throw new UserError(`${file}: looks like a binary file, not a page (HTML, PDF, .txt or .md)`);
  const bom = bomOf(bytes);
  const sniff = bom && bom.encoding !== 'utf-8' ? new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length, 2048)) : Buffer.from(bytes.subarray(bom ? 3 : 0, 2048)).toString('latin1');
  const format = formatOf(file, sniff);
  const text = decodePage(bytes, { html: format === 'html' });
  if (!text.trim()) throw new UserError(`${file}: is empty`);
  return { text, format };
}

/** Reads and extracts one file, reading and extraction under one budget. */
export function extractFile(file: string, opts: Partial<LoadOptions> = {}): PipelineResult {
  if (isPdfFile(file)) {
    const start = performance.now();
    const page = readPdfFile(file);
    return extractPage(page, undefined, performance.now() - start, { deadline: start + (opts.budgetMs ?? DEFAULT_BUDGET_MS) });
  }
  const { text, format } = readPageFile(file, opts);
  const budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const start = performance.now();
  const page = format === 'html' ? readDocument(parsePage(text), { budgetMs }) : readText(text, { format });
  if (page.blocks.length === 0) throw new UserError(`${file}: no readable text on the page`);
  return extractPage(page, undefined, performance.now() - start, { deadline: start + budgetMs });
}

/**
 * Runs `each` on every file. A file the user can fix (UserError) does not stop the others: the good
 * results come back, and every problem is printed on stderr, one line each, once all files ran.
 */
export function eachFile<T>(files: readonly string[], each: (file: string) => T): { results: T[]; failed: number } {
  const results: T[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      results.push(each(file));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(e.message);
    }
  }
  for (const p of problems) process.stderr.write(`assay: ${p}\n`);
  return { results, failed: problems.length };
}
