import { statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from './command';

/** Refuses an output path that cannot be written, in plain words, before any page is read. */
export function checkOutputPath(out: string, what: string): void {
  if (out === '-') return;
  let isDir = false;
  try {
    isDir = statSync(out).isDirectory();
  } catch {
    // Not there yet: its folder must be.
  }
  if (isDir) throw new UserError(`${out}: is a directory; give a file name for the ${what} (e.g. ${out.replace(/\/+$/, '')}/comparison.csv)`);
  const folder = dirname(resolve(out));
  let folderOk = false;
  try {
    folderOk = statSync(folder).isDirectory();
  } catch {
    folderOk = false;
  }
  if (!folderOk) throw new UserError(`${out}: the folder ${dirname(out)} does not exist; create it first or write elsewhere`);
}

/** Writes an output file; a failure is one plain line, never "internal error". */
export function writeOutput(out: string, data: string, what: string): void {
  checkOutputPath(out, what);
  try {
    writeFileSync(out, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : code === 'EROFS' ? 'the file system is read-only' : (code ?? (e as Error).message);
    throw new UserError(`${out}: cannot write the ${what} (${why})`);
  }
}
