import type { AssayDb } from './database';
import { guardWrite } from './errors';
import { putAssessments } from './heads';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupSchema, type BackupFile } from './backup-schema';
import { reservePresetIds, shapeProblem, valueProblem } from './backup-check';

/**
 * Import refuses files of this size and more (default of `maxBytes`): 1,000 vendors with two
 * assessments each export to about 7.9 MB (bench/data.ts), so this leaves room for large libraries
 * while refusing absurd files before they are parsed.
 */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

/**
 * A backup that cannot be imported; `message` says why in words a reviewer understands. Nothing was
 * written; the message does not say so itself (the page showing it does, once).
 */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

type TableName = 'vendors' | 'assessments' | 'rubrics' | 'settings';
const TABLES: TableName[] = ['vendors', 'assessments', 'rubrics', 'settings'];

/** What an import would do, table by table; nothing is written until applyImport. */
export interface ImportPlan {
  file: BackupFile;
  /** Ids (setting keys for settings) new to this database, and ids whose records would be replaced. */
  add: Record<TableName, string[]>;
  replace: Record<TableName, string[]>;
  /** Records kept that the file does not mention. Import never deletes. */
  keep: Record<TableName, number>;
  /** Rubrics that carried a built-in preset's id and are restored under a fresh one. */
  renamed: { from: string; to: string }[];
}

/** Everything Assay stores, as one versioned object: vendors, assessments (history, overrides), rubrics, settings. */
export async function exportBackup(db: AssayDb, now: Date = new Date()): Promise<BackupFile> {
  return db.transaction('r', [db.vendors, db.assessments, db.rubrics, db.settings], async () => ({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    vendors: await db.vendors.toArray(),
    assessments: await db.assessments.orderBy('id').toArray(),
    rubrics: await db.rubrics.toArray(),
    settings: await db.settings.toArray(),
  }));
}

/** The backup as JSON text, for a download. */
export async function exportBackupJson(db: AssayDb, now?: Date): Promise<string> {
  return JSON.stringify(await exportBackup(db, now));
}

/** "assay-backup-2026-11-22.json", in the local date. */
export function backupFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `assay-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/**
 * Reads and fully validates a backup and compares it with the database, writing nothing.
 * Throws BackupError for a file too big, not JSON, not an Assay backup, of a newer format,
 * malformed anywhere, with duplicate ids, or with assessments of vendors found nowhere.
 */
export async function planImport(db: AssayDb, input: string | Blob, options: { maxBytes?: number } = {}): Promise<ImportPlan> {
  const max = options.maxBytes ?? MAX_BACKUP_BYTES;
  const size = typeof input === 'string' ? new TextEncoder().encode(input).length : input.size;
  if (size >= max) throw new BackupError(`This file is ${mb(size)}; Assay imports backups smaller than ${mb(max)}.`);
  const text = typeof input === 'string' ? input : await input.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BackupError('This file is not JSON, so it is not an Assay backup. Choose a file Assay exported.');
  }
  const head = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format !== BACKUP_FORMAT) throw new BackupError('This JSON file is not an Assay backup (it has no "format": "assay-backup").');
  if (typeof head.formatVersion === 'number' && head.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(`This backup was made by a newer Assay (format ${head.formatVersion}; this one reads ${BACKUP_FORMAT_VERSION}). Update Assay, then import it.`);
  }
  const shape = shapeProblem(raw);
  if (shape) throw new BackupError(`This backup cannot be restored: ${shape}.`);
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BackupError(`This backup is damaged at ${pathOf(issue.path)}: ${issue.message}.`);
  }
  // The schema checks every field the record types name; loose objects keep any others. Values then
  // pass the same checks as live data: corrections as a reviewer's, rubrics through the rubric schema.
  const checked = parsed.data as unknown as BackupFile;
  const problem = valueProblem(checked);
  if (problem) throw new BackupError(`This backup cannot be restored: ${problem}`);
  const existingRubrics = (await db.rubrics.toCollection().primaryKeys()) as string[];
  const { file, renamed } = reservePresetIds(checked, existingRubrics);
  const ids: Record<TableName, string[]> = {
    vendors: file.vendors.map((r) => r.id),
    assessments: file.assessments.map((r) => r.id),
    rubrics: file.rubrics.map((r) => r.id),
    settings: file.settings.map((r) => r.key),
  };
  for (const t of TABLES) {
    const dup = ids[t].find((x, i) => ids[t].indexOf(x) !== i);
    if (dup !== undefined) throw new BackupError(`This backup lists ${t} “${dup}” twice.`);
  }
  return db.transaction('r', [db.vendors, db.assessments, db.rubrics, db.settings], async () => {
    const existing = {} as Record<TableName, Set<string>>;
    for (const t of TABLES) existing[t] = new Set((await db.table(t).toCollection().primaryKeys()) as string[]);
    const vendorIds = new Set([...ids.vendors, ...existing.vendors]);
    const orphan = file.assessments.find((a) => !vendorIds.has(a.vendorId));
    if (orphan) throw new BackupError(`This backup has an assessment of ${orphan.url} but no vendor “${orphan.vendorId}”.`);
    const plan: ImportPlan = { file, add: {} as ImportPlan['add'], replace: {} as ImportPlan['replace'], keep: {} as ImportPlan['keep'], renamed };
    for (const t of TABLES) {
      plan.add[t] = ids[t].filter((x) => !existing[t].has(x));
      plan.replace[t] = ids[t].filter((x) => existing[t].has(x));
      plan.keep[t] = existing[t].size - plan.replace[t].length;
    }
    return plan;
  });
}

/** Writes a planned import in one transaction: all of it or, on any failure (e.g. StorageFullError), none. */
export function applyImport(db: AssayDb, plan: ImportPlan): Promise<void> {
  const { file } = plan;
  return guardWrite(() =>
    db.transaction('rw', [db.vendors, db.assessments, db.heads, db.rubrics, db.settings], async () => {
      await db.vendors.bulkPut(file.vendors);
      await putAssessments(db, file.assessments);
      await db.rubrics.bulkPut(file.rubrics);
      await db.settings.bulkPut(file.settings);
    }),
  );
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || 'the top level';
}
