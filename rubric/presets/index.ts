/**
 * The shipped presets, validated when this module loads: a broken preset fails every import of it
 * (and the schema tests), never silently at scoring time.
 */
import { parseRubric, type Rubric } from '../schema';
import defaultJson from './default.json';
import euResidencyJson from './eu-residency.json';
import soc2BaselineJson from './soc2-baseline.json';
import startupFriendlyJson from './startup-friendly.json';

function load(json: unknown, file: string): Rubric {
  const result = parseRubric(json);
  if (!result.ok) throw new Error(`rubric/presets/${file}: ${result.error}`);
  return Object.freeze(result.rubric);
}

/** Every preset, the balanced default first. Frozen: duplicate one to edit it. */
export const PRESETS: readonly Rubric[] = [
  load(defaultJson, 'default.json'),
  load(euResidencyJson, 'eu-residency.json'),
  load(soc2BaselineJson, 'soc2-baseline.json'),
  load(startupFriendlyJson, 'startup-friendly.json'),
];

/** The preset used when no rubric has been chosen. */
export const DEFAULT_PRESET: Rubric = PRESETS[0]!;

/** The preset with this id, or undefined. */
export function getPreset(id: string): Rubric | undefined {
  return PRESETS.find((p) => p.id === id);
}

export function isPresetId(id: string): boolean {
  return PRESETS.some((p) => p.id === id);
}
