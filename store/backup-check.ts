/**
 * What a backup must satisfy beyond its shape, so that a restored record is exactly what the app would
 * have written itself: corrections and read values pass the same field check as a reviewer's correction,
 * rubric JSON passes the rubric schema, and no record is too deep or too long to store or show.
 */
import { fieldValueProblem, isFieldName } from '../claims/fields';
import { isPresetId } from '../rubric/presets';
import { uniqueId } from '../rubric/library';
import { parseRubric } from '../rubric/schema';
import type { BackupFile } from './backup-schema';

/** Deepest nesting accepted anywhere in a backup (a real one is about 8 levels deep). */
export const MAX_BACKUP_DEPTH = 32;
/** Longest string accepted anywhere in a backup, in characters (a page block is at most 20,000). */
export const MAX_BACKUP_STRING = 100_000;

/**
 * The first place the parsed JSON is nested deeper or holds a longer string than a backup ever does, in
 * plain words; null when it fits. Iterative, so a hostile depth cannot overflow the stack.
 */
export function shapeProblem(raw: unknown): string | null {
  const stack: [unknown, number][] = [[raw, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node === 'string' && node.length > MAX_BACKUP_STRING) {
      return `it holds a text of ${node.length.toLocaleString('en')} characters; Assay keeps texts up to ${MAX_BACKUP_STRING.toLocaleString('en')}`;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_BACKUP_DEPTH) return `it is nested more than ${MAX_BACKUP_DEPTH} levels deep, which no Assay backup is`;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return null;
}

/** The first record whose values the app itself would refuse, in plain words; null when all fit. */
export function valueProblem(file: BackupFile): string | null {
  for (const [i, a] of file.assessments.entries()) {
    const where = `assessment ${i + 1} (${a.url})`;
    for (const [field, o] of Object.entries(a.overrides)) {
      const problem = isFieldName(field) ? fieldValueProblem(field, (o as { value: unknown }).value) : null;
      if (problem) return `${where} has a correction Assay would refuse: ${problem}`;
    }
    for (const [field, s] of Object.entries(a.summary)) {
      const problem = isFieldName(field) ? fieldValueProblem(field, (s as { value: unknown }).value) : null;
      if (problem) return `${where} has a value Assay never reads: ${problem}`;
    }
    for (const [field, c] of Object.entries(a.claims)) {
      const problem = isFieldName(field) ? fieldValueProblem(field, (c as { value: unknown }).value) : null;
      if (problem) return `${where} has a claim Assay never reads: ${problem}`;
    }
  }
  // A merged domain or a moved page is filed under one vendor; two would make the next reading ambiguous.
  const owner = new Map<string, string>();
  for (const v of file.vendors) {
    for (const key of [...(v.aliases ?? []).map((a) => `the domain ${a}`), ...(v.pages ?? []).map((p) => `the page ${p}`)]) {
      const other = owner.get(key);
      if (other !== undefined && other !== v.id) return `vendors “${other}” and “${v.id}” both claim ${key}`;
      owner.set(key, v.id);
    }
  }
  for (const [i, r] of file.rubrics.entries()) {
    const parsed = parseRubric(r.json);
    if (!parsed.ok) return `rubric ${i + 1} (“${r.name}”) is not a valid rubric: ${parsed.error.replaceAll('\n', '; ')}`;
    if (parsed.rubric.id !== r.id) return `rubric ${i + 1} (“${r.name}”) is stored as “${r.id}” but its JSON says “${parsed.rubric.id}”`;
  }
  return null;
}

/**
 * Built-in presets cannot be replaced: a backup's rubric with a preset's id gets a fresh id (as a rubric
 * import does), so the preset of that name stays what it is. Returns the file with those rubrics renamed, and
 * the renames made.
 */
export function reservePresetIds(file: BackupFile, taken: Iterable<string>): { file: BackupFile; renamed: { from: string; to: string }[] } {
  const used = new Set([...taken, ...file.rubrics.map((r) => r.id)]);
  const renamed: { from: string; to: string }[] = [];
  const rubrics = file.rubrics.map((r) => {
    const parsed = parseRubric(r.json);
    if (!parsed.ok) return r; // valueProblem refuses the file first
    if (!isPresetId(r.id)) return r;
    const id = uniqueId(r.id, used);
    used.add(id);
    renamed.push({ from: r.id, to: id });
    return { ...r, id, json: { ...(r.json as object), id } };
  });
  return { file: { ...file, rubrics }, renamed };
}
