import type { RubricStore } from './rubrics';
import { DEFAULT_PRESET, getPreset } from '../rubric/presets';
import type { Rubric } from '../rubric/schema';

/**
 * The rubric that scores assessments now: the stored active one (validated again on the way out of
 * storage), else the active built-in preset, else the default preset.
 */
export async function loadActiveRubric(store: RubricStore): Promise<Rubric> {
  const id = await store.getActiveId();
  if (!id) return DEFAULT_PRESET;
  // A built-in preset's id always means the built-in preset, whatever a store might hold under it.
  const preset = getPreset(id);
  if (preset) return preset;
  const stored = await store.get(id);
  if (stored) {
    // The schema (and zod) loads only when a reviewer's own rubric is active: not on the popup's first paint.
    const { parseRubric } = await import('../rubric/schema');
    const parsed = parseRubric(stored);
    if (parsed.ok) return parsed.rubric;
  }
  return DEFAULT_PRESET;
}
