import type { RubricStore } from '../db/rubrics';
import { DEFAULT_PRESET, getPreset } from '../../rubric/presets';
import { parseRubric, type Rubric } from '../../rubric/schema';

/**
 * The rubric that scores assessments now: the stored active one (validated again on the way out of
 * storage), else the active built-in preset, else the default preset.
 */
export async function loadActiveRubric(store: RubricStore): Promise<Rubric> {
  const id = await store.getActiveId();
  if (!id) return DEFAULT_PRESET;
  const stored = await store.get(id);
  if (stored) {
    const parsed = parseRubric(stored);
    if (parsed.ok) return parsed.rubric;
  }
  return getPreset(id) ?? DEFAULT_PRESET;
}
