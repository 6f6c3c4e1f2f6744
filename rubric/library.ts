/**
 * The pure half of keeping rubrics: duplicate, reset to preset, import, new criteria. Storage and UI
 * state live elsewhere (components/options/rubric-store.ts over a repository).
 */
import { FIELDS, type FieldInfo, type FieldName } from '../claims/fields';
import { getPreset, isPresetId, DEFAULT_PRESET } from './presets';
import { parseRubric, type Criterion, type Rubric } from './schema';

/** `base`, or `base-2`, `base-3`… whichever is not taken (and not a preset's id). */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = base.slice(0, 56).replace(/-+$/, '') || 'rubric';
  const free = (id: string) => !used.has(id) && !isPresetId(id);
  if (free(stem)) return stem;
  for (let n = 2; ; n++) if (free(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** An editable copy of a rubric (a preset or the reviewer's own), version 1, remembering its preset. */
export function duplicateRubric(source: Rubric, taken: Iterable<string>): Rubric {
  return {
    ...structuredClone(source),
    id: uniqueId(`${source.id}-copy`, taken),
    name: `${source.name} (copy)`,
    version: 1,
    basedOn: isPresetId(source.id) ? source.id : source.basedOn,
  };
}

/**
 * The rubric's preset criteria and description back, keeping its id and name. The version goes up so
 * assessments scored by the old criteria are re-scored. Rubrics with no preset reset to the default.
 */
export function resetToPreset(rubric: Rubric): Rubric {
  const preset = (rubric.basedOn && getPreset(rubric.basedOn)) || DEFAULT_PRESET;
  return { ...structuredClone(preset), id: rubric.id, name: rubric.name, basedOn: preset.id, version: rubric.version + 1 };
}

export type ImportResult = { ok: true; rubric: Rubric; renamedFrom?: string } | { ok: false; error: string };

/**
 * Validates an imported file. A valid rubric whose id is a preset's or already stored gets a fresh id
 * (`renamedFrom` says so): an import never overwrites.
 */
export function importRubric(text: string, taken: Iterable<string>): ImportResult {
  const parsed = parseRubric(text);
  if (!parsed.ok) return parsed;
  const id = uniqueId(parsed.rubric.id, taken);
  return id === parsed.rubric.id ? parsed : { ok: true, rubric: { ...parsed.rubric, id }, renamedFrom: parsed.rubric.id };
}

/** A starting criterion for a field: a sensible kind and shape the reviewer then edits. */
export function newCriterion(field: FieldName, takenIds: Iterable<string>): Criterion {
  const info: FieldInfo = FIELDS[field];
  const used = new Set(takenIds);
  let id: string = field.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
  for (let n = 2; used.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
  const common = { id, field, label: info.label, weight: 1, dealBreaker: false, notStated: 'zero' as const, question: info.question };
  if (info.kind === 'number') {
    const bands = info.higherIsBetter
      ? [{ min: 99.9, points: 1 }, { min: 99, points: 0.5 }]
      : [{ max: 30, points: 1 }, { max: 90, points: 0.5 }];
    return { ...common, kind: 'threshold', bands, otherwise: 0 };
  }
  if (info.kind === 'list') return { ...common, kind: 'set', allowed: [info.values?.[0] ?? 'US'], partial: 0.5 };
  const values = (info.values ?? []).filter((v) => v !== 'not_stated');
  return { ...common, kind: 'table', points: Object.fromEntries(values.map((v, i) => [v, i === 0 ? 1 : 0])), otherwise: 0 };
}
