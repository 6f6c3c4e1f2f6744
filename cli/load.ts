import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage, type PipelineResult } from '../claims/pipeline';
import { readDocument } from '../reader/dom';
import { readText } from '../reader/text';
import { UserError } from './command';
import { decodePage } from './decode';
import { isPdfFile, readPdfFile } from './pdf';

export type Format = 'html' | 'md' | 'txt';

function formatOf(file: string, text: string): Format {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.txt' || ext === '.text') return 'txt';
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text) ? 'html' : 'txt';
}

/** Reads a saved page from disk; every way it can be unusable becomes a one-line UserError. */
export function readPageFile(file: string): { text: string; format: Format } {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UserError(`${file}: is a directory, not a page`);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: no such file`);
    if (code === 'EACCES') throw new UserError(`${file}: permission denied`);
    throw new UserError(`${file}: cannot be read (${code ?? (e as Error).message})`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new UserError(`${file}: looks like a binary file, not a page (HTML, PDF, .txt or .md)`);
  const text = decodePage(bytes);
  if (!text.trim()) throw new UserError(`${file}: is empty`);
  return { text, format: formatOf(file, text) };
}

/** Reads and extracts one file (HTML, text, markdown or PDF). */
export function extractFile(file: string): PipelineResult {
  if (isPdfFile(file)) {
    const start = performance.now();
    const page = readPdfFile(file);
    return extractPage(page, undefined, performance.now() - start);
  }
  const { text, format } = readPageFile(file);
  const start = performance.now();
  const page = format === 'html' ? readDocument(parseHTML(text).document as unknown as Document) : readText(text, { format });
  if (page.blocks.length === 0) throw new UserError(`${file}: no readable text on the page`);
  return extractPage(page, undefined, performance.now() - start);
}

/**
 * Runs `each` on every file. A file the user can fix (UserError) does not stop the others: every such
 * problem is printed, one line each, once all files ran, and the result is null.
 */
export function eachFile<T>(files: readonly string[], each: (file: string) => T): T[] | null {
  const out: T[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      out.push(each(file));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(e.message);
    }
  }
  for (const p of problems) process.stderr.write(`assay: ${p}\n`);
  return problems.length > 0 ? null : out;
}
