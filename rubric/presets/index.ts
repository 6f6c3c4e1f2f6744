/**
 * The shipped presets. The files are stored exactly as the schema outputs them (every default written
 * out), and tests/unit/rubric/schema.test.ts proves each one parses to itself. So they load without the
 * schema, which keeps zod off the popup's first paint.
 */
import type { Rubric } from '../schema';
import defaultJson from './default.json';
import euResidencyJson from './eu-residency.json';
import soc2BaselineJson from './soc2-baseline.json';
import startupFriendlyJson from './startup-friendly.json';

function load(json: unknown): Rubric {
  return Object.freeze(json as Rubric);
}

/** Every preset, the balanced default first. Frozen: duplicate one to edit it. */
export const PRESETS: readonly Rubric[] = [
  load(defaultJson),
  load(euResidencyJson),
  load(soc2BaselineJson),
  load(startupFriendlyJson),
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
