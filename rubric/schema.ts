/**
 * A rubric is validated data, not code: JSON on disk, in Dexie and in exports, checked by this schema
 * (with defaults) at every boundary. Pure: no browser, no Dexie, no React.
 */
import * as z from 'zod/mini';
import './zod-english';
import { FIELD_NAMES, fieldInfo, type FieldKind } from '../claims/fields';

/** Largest rubric file accepted, in bytes of UTF-8 JSON. A real rubric is a few kilobytes. */
export const MAX_RUBRIC_BYTES = 1_000_000;

/** The least the weights of a rubric may add up to: scores are weights divided by their total. */
export const MIN_TOTAL_WEIGHT = 0.001;

const Points = z.number().check(z.minimum(0, 'must be between 0 and 1'), z.maximum(1, 'must be between 0 and 1'));
const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lowercase letters, digits and dashes (at most 64)'));

const common = {
  id: Id,
  /** Any field of claims/fields.ts; checked below so the message can list the known ones. */
  field: z.string(),
  /** Shown in reasons: "Breach notice 72 h: within 72 h, partial". */
  label: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(80)),
  /** Relative importance; the total normalises weights to 100. Default 1. Each > 0, so the sum is too. */
  weight: z._default(z.number().check(z.positive('must be greater than 0'), z.maximum(1000)), 1),
  /** When true, a failing verdict caps the grade at D. Not stated does not cap. Default false. */
  dealBreaker: z._default(z.boolean(), false),
  /** What "not stated" earns: 'zero' points, 'half' points, or 'exclude' it from the total. Default 'zero'. */
  notStated: z._default(z.enum(['zero', 'half', 'exclude']), 'zero'),
  /** The follow-up question for the vendor when the criterion is not stated or fails. */
  question: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(500)),
};

/** `table`: the field's value looked up in `points` (0..1); values not listed earn `otherwise`. */
const TableCriterion = z.strictObject({
  ...common,
  kind: z.literal('table'),
  points: z.record(z.string(), Points),
  otherwise: z._default(Points, 0),
});

const MaxBand = z.strictObject({ max: z.number(), points: Points });
const MinBand = z.strictObject({ min: z.number(), points: Points });

/**
 * `threshold`: the first band the number falls in earns its points, else `otherwise`.
 * Lower-is-better bands use `max` (value ≤ max), ascending; higher-is-better bands use `min`
 * (value ≥ min), descending. All bands of one criterion use the same key.
 */
const ThresholdCriterion = z.strictObject({
  ...common,
  kind: z.literal('threshold'),
  bands: z.array(z.union([MaxBand, MinBand], { error: 'a band is { "max": number, "points": 0–1 } or { "min": number, "points": 0–1 }' })).check(z.minLength(1, 'needs at least one band')),
  otherwise: z._default(Points, 0),
});

/**
 * `set`: every listed value in `allowed` passes (1 point), some in earns `partial`, none fails (0).
 * An empty list is not stated.
 */
const SetCriterion = z.strictObject({
  ...common,
  kind: z.literal('set'),
  allowed: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'needs at least one allowed value')),
  partial: z._default(Points, 0.5),
});

const KIND_FOR: Record<FieldKind, string> = { enum: 'table', number: 'threshold', list: 'set' };

const CriterionSchema = z
  .discriminatedUnion('kind', [TableCriterion, ThresholdCriterion, SetCriterion])
  .check(z.superRefine((c, ctx) => {
    const info = fieldInfo(c.field);
    if (!info) {
      ctx.addIssue({ code: 'custom', path: ['field'], message: `unknown field "${c.field}" (known: ${FIELD_NAMES.join(', ')})` });
      return;
    }
    if (KIND_FOR[info.kind] !== c.kind) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: `field "${c.field}" is scored by "${KIND_FOR[info.kind]}", not "${c.kind}"` });
      return;
    }
    const vocab = info.values;
    if (c.kind === 'table' && vocab) {
      for (const key of Object.keys(c.points)) {
        if (key === 'not_stated') ctx.addIssue({ code: 'custom', path: ['points', key], message: '"not_stated" is scored by the criterion\'s notStated policy, not the table' });
        else if (!vocab.includes(key)) ctx.addIssue({ code: 'custom', path: ['points', key], message: `"${key}" is not a value of ${c.field} (${vocab.join(', ')})` });
      }
    }
    if (c.kind === 'set' && vocab) {
      c.allowed.forEach((code, i) => {
        if (!vocab.includes(code)) ctx.addIssue({ code: 'custom', path: ['allowed', i], message: `"${code}" is not a value of ${c.field} (${vocab.join(', ')})` });
      });
    }
    if (c.kind === 'threshold') checkBands(c.bands, ctx);
  }));

function checkBands(bands: ({ max: number; points: number } | { min: number; points: number })[], ctx: z.core.$RefinementCtx) {
  const usesMax = 'max' in bands[0]!;
  bands.forEach((band, i) => {
    if ('max' in band !== usesMax) {
      ctx.addIssue({ code: 'custom', path: ['bands', i], message: 'all bands must use the same key ("max" or "min")' });
      return;
    }
    if (i === 0) return;
    const prev = bands[i - 1]!;
    const ordered = 'max' in band && 'max' in prev ? band.max > prev.max : 'min' in band && 'min' in prev ? band.min < prev.min : true;
    if (!ordered) {
      ctx.addIssue({ code: 'custom', path: ['bands', i], message: usesMax ? '"max" bands must be in ascending order' : '"min" bands must be in descending order' });
    }
  });
}

/** The rubric schema. Output has every default filled in. */
export const RubricSchema = z
  .strictObject({
    id: Id,
    name: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(120)),
    /** Bumped on every saved edit; assessments record the id and version that scored them. */
    version: z._default(z.int().check(z.minimum(1)), 1),
    description: z._default(z.string().check(z.maxLength(2000)), ''),
    /** The preset this rubric was duplicated from, for "reset to preset". */
    basedOn: z.optional(Id),
    criteria: z.array(CriterionSchema).check(z.minLength(1, 'needs at least one criterion'), z.maxLength(100)),
    /**
     * A page stating fewer criteria than this gets no grade ("not enough on this page to grade"); its
     * claims still show and count toward the vendor. Default 2.
     */
    minStatedToGrade: z._default(z.int().check(z.minimum(0), z.maximum(100)), 2),
  })
  .check(z.superRefine((r, ctx) => {
    // Weights are normalised to 100 by their total: a total this small cannot be divided by.
    const total = r.criteria.reduce((sum, c) => sum + c.weight, 0);
    if (r.criteria.length > 0 && r.criteria.every((c) => c.weight > 0) && !(total >= MIN_TOTAL_WEIGHT)) {
      ctx.addIssue({ code: 'custom', path: ['criteria'], message: `the weights add up to ${total.toPrecision(3)}; they must add up to at least ${MIN_TOTAL_WEIGHT}` });
    }
    const seen = new Set<string>();
    r.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `duplicate criterion id "${c.id}"` });
      seen.add(c.id);
    });
  }));

export type Rubric = z.output<typeof RubricSchema>;
export type Criterion = Rubric['criteria'][number];
export type CriterionKind = Criterion['kind'];
export type NotStatedPolicy = Criterion['notStated'];
/** A rubric as written on disk: defaults may be omitted. */
export type RubricInput = z.input<typeof RubricSchema>;

export type ParseResult = { ok: true; rubric: Rubric } | { ok: false; error: string };

/**
 * Validates a rubric from JSON text or an already-parsed value.
 * Never throws. On failure `error` is one readable line per problem (at most five), each naming the
 * bad field's path, e.g. `criteria[2] "breach".weight: must be greater than 0`.
 */
export function parseRubric(json: string | unknown): ParseResult {
  let data: unknown = json;
  if (typeof json === 'string') {
    const tooLarge = sizeError(new TextEncoder().encode(json).length);
    if (tooLarge) return { ok: false, error: tooLarge };
    try {
      // A byte-order mark (Windows editors write one) is not part of the JSON.
      data = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (e) {
      return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
    }
  }
  const result = RubricSchema.safeParse(data);
  if (result.success) return { ok: true, rubric: result.data };
  const lines = result.error.issues.map((issue) => describeIssue(issue, data));
  const more = lines.length > 5 ? [`… and ${lines.length - 5} more`] : [];
  return { ok: false, error: [...lines.slice(0, 5), ...more].join('\n') };
}

/** The message for a file over MAX_RUBRIC_BYTES, or null; lets a caller refuse a file before reading it. */
export function sizeError(bytes: number): string | null {
  return bytes > MAX_RUBRIC_BYTES ? `file is too large (${formatBytes(bytes)}; a rubric may be at most ${formatBytes(MAX_RUBRIC_BYTES)})` : null;
}

/** The canonical JSON form of a rubric (two-space indent, trailing newline). */
export function serialiseRubric(rubric: Rubric): string {
  return JSON.stringify(rubric, null, 2) + '\n';
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  let where = '';
  let node: unknown = data;
  for (const key of issue.path) {
    const isIndex = typeof key === 'number';
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    const id = isIndex && node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string' ? ` "${(node as { id: string }).id}"` : '';
    where += isIndex ? `[${key}]${id}` : `${where ? '.' : ''}${String(key)}`;
  }
  const message = issue.code === 'unrecognized_keys' ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
  return where ? `${where}: ${message}` : message;
}

function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.ceil(n / 1000)} kB`;
}
