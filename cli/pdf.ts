import { spawnSync } from 'node:child_process';
import { openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '../claims/types';
import { UserError } from './command';

/** Whether a file starts with the PDF signature, whatever its name. */
export function isPdfFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(1024);
    const n = readSync(fd, head, 0, 1024, 0);
    return head.subarray(0, n).includes('%PDF-');
  } catch {
    return false; // the ordinary reader reports missing and unreadable files
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a PDF's text with pdf.js (in a child process, see ./pdf-read.ts) into a Page whose blocks carry their page. */
export function readPdfFile(file: string): Page {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'pdf-read.ts'), file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 60_000 });
  let out: unknown;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    throw new UserError(`${file}: the PDF could not be read${r.error ? ` (${r.error.message})` : ''}`);
  }
  if (out && typeof out === 'object' && 'error' in out) throw new UserError(`${file}: not a PDF Assay can open (${String((out as { error: unknown }).error)})`);
  const page = out as Page;
  if (page.blocks.length === 0) throw new UserError(`${file}: the PDF has no text Assay can read (a scan or images only)`);
  return page;
}
