import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_NAMES } from '../../../claims/fields';
import { PRESETS } from '../../../rubric/presets';
import { parseRubric, serialiseRubric, type RubricInput } from '../../../rubric/schema';

const criterion = { id: 'breach', field: 'breachNoticeHours', label: 'Breach notice', kind: 'threshold', bands: [{ max: 72, points: 1 }], question: 'Within how many hours?' };
// A key set to undefined is dropped, so a case can remove one of `criterion`'s keys.
const rubric = (over: Record<string, unknown> = {}, c: Record<string, unknown> = {}) => ({
  id: 'mine',
  name: 'Mine',
  criteria: [Object.fromEntries(Object.entries({ ...criterion, ...c }).filter(([, v]) => v !== undefined))],
  ...over,
});

describe('presets', () => {
  it('ships the four presets, default first', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['default', 'eu-residency', 'soc2-baseline', 'startup-friendly']);
  });
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s validates and round-trips', (_id, preset) => {
    const again = parseRubric(serialiseRubric(preset));
    expect(again).toEqual({ ok: true, rubric: preset });
    expect(serialiseRubric(again.ok ? again.rubric : preset)).toBe(serialiseRubric(preset));
  });
});

describe('preset files', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s.json is in canonical form (defaults written out)', (id, preset) => {
    expect(readFileSync(new URL(`../../../rubric/presets/${id}.json`, import.meta.url), 'utf8')).toBe(serialiseRubric(preset));
  });
});

describe('parseRubric defaults', () => {
  it('fills version, description, weight, dealBreaker, notStated and otherwise', () => {
    const r = parseRubric(JSON.stringify(rubric()));
    expect(r.ok && r.rubric).toMatchObject({ version: 1, description: '', criteria: [{ weight: 1, dealBreaker: false, notStated: 'zero', otherwise: 0 }] });
  });
  it('accepts every known field, extras included', () => {
    expect(FIELD_NAMES).toEqual(expect.arrayContaining(['soc2', 'breachNoticeHours', 'mfa', 'uptimeTarget', 'rpoMinutes']));
    const r = parseRubric(rubric({}, { id: 'uptime', field: 'uptimeTarget', label: 'Uptime', bands: [{ min: 99.9, points: 1 }, { min: 99, points: 0.5 }] }));
    expect(r.ok).toBe(true);
  });
  it('accepts a table on an extra field, in its vocabulary', () => {
    const r = parseRubric(rubric({}, { id: 'mfa', field: 'mfa', label: 'MFA', kind: 'table', bands: undefined, points: { enforceable: 1, available: 0.5 } }));
    expect(r.ok).toBe(true);
  });
  it('accepts any codes for an open-vocabulary list (countries)', () => {
    const r = parseRubric(rubric({}, { id: 'countries', field: 'dataCountries', label: 'Countries', kind: 'set', bands: undefined, allowed: ['DE', 'FR'] }));
    expect(r.ok).toBe(true);
  });
});

const big = JSON.stringify({ ...rubric(), description: 'x'.repeat(5_000_000) });

describe('parseRubric rejects malformed rubrics with a message naming the field', () => {
  const cases: [string, string | unknown, RegExp][] = [
    ['not JSON', '{ "id": "mine", ', /^not valid JSON/],
    ['a 5 MB file', big, /too large \(5\.0 MB; a rubric may be at most 1\.0 MB\)/],
    ['an unknown field', rubric({}, { field: 'soc3' }), /^criteria\[0\] "breach"\.field: unknown field "soc3" \(known: soc2, /],
    ['an unknown key', rubric({ colour: 'red' }), /^unknown key "colour"$/],
    ['an unknown criterion key', rubric({}, { wieght: 2 }), /^criteria\[0\] "breach": unknown key "wieght"$/],
    ['a negative weight', rubric({}, { weight: -1 }), /^criteria\[0\] "breach"\.weight: must be greater than 0$/],
    ['a zero weight (weights summing to 0)', rubric({}, { weight: 0 }), /^criteria\[0\] "breach"\.weight: must be greater than 0$/],
    ['no criteria', rubric({ criteria: [] }), /^criteria: needs at least one criterion$/],
    ['points above 1', rubric({}, { bands: [{ max: 24, points: 2 }] }), /^criteria\[0\] "breach"\.bands\[0\]/],
    ['bands out of order', rubric({}, { bands: [{ max: 72, points: 0.5 }, { max: 24, points: 1 }] }), /bands\[1\]: "max" bands must be in ascending order/],
    ['mixed band keys', rubric({}, { bands: [{ max: 72, points: 1 }, { min: 24, points: 1 }] }), /bands\[1\]: all bands must use the same key/],
    ['a kind that does not fit the field', rubric({}, { kind: 'set', bands: undefined, allowed: ['EU'] }), /\.kind: field "breachNoticeHours" is scored by "threshold", not "set"/],
    ['an unknown kind', rubric({}, { kind: 'range' }), /^criteria\[0\] "breach"\.kind: /],
    ['a table key outside the vocabulary', rubric({}, { field: 'soc2', kind: 'table', bands: undefined, points: { type3: 1 } }), /\.points\.type3: "type3" is not a value of soc2/],
    ['a not_stated table key', rubric({}, { field: 'soc2', kind: 'table', bands: undefined, points: { not_stated: 0 } }), /notStated policy/],
    ['an unknown region', rubric({}, { field: 'dataRegion', kind: 'set', bands: undefined, allowed: ['EU', 'Mars'] }), /\.allowed\[1\]: "Mars" is not a value of dataRegion/],
    ['an empty allowed list', rubric({}, { field: 'dataRegion', kind: 'set', bands: undefined, allowed: [] }), /\.allowed: needs at least one allowed value/],
    ['a bad not-stated policy', rubric({}, { notStated: 'ignore' }), /\.notStated: /],
    ['duplicate criterion ids', rubric({ criteria: [criterion, criterion] }), /criteria\[1\] "breach"\.id: duplicate criterion id "breach"/],
    ['a bad rubric id', rubric({ id: 'My Rubric' }), /^id: must be lowercase letters/],
    ['an array', [], /expected object/],
  ];
  it.each(cases)('%s', (_name, input, message) => {
    const result = parseRubric(input as RubricInput);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
