import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runScore, type ScoreOutput } from '../../../cli/commands/score';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { serialiseRubric } from '../../../rubric/schema';

const seed = (name: string) => `tests/fixtures/seeds/${name}`;
const dir = mkdtempSync(join(tmpdir(), 'assay-score-'));

function run(args: string[]) {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: runScore(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('assay score', () => {
  it('scores a page under the default preset with reasons', () => {
    const { code, out } = run([seed('ohallo.txt')]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Rubric: Balanced default \(default v1\)/);
    expect(out).toMatch(/ohallo\.txt .*\d+\/100 {2}grade [A-F]/);
    expect(out).toContain('Breach notice 72 hours: within 72 hours, partial');
  });

  it('prints JSON with the rubric id and version, and questions', () => {
    const { code, out } = run(['--json', '--rubric', 'eu-residency', seed('ohallo.txt'), seed('asyncbot.txt')]);
    expect(code).toBe(0);
    const outputs = JSON.parse(out) as ScoreOutput[];
    expect(outputs.map((o) => o.rubric)).toEqual([
      { id: 'eu-residency', name: 'EU data residency (GDPR strict)', version: 1 },
      { id: 'eu-residency', name: 'EU data residency (GDPR strict)', version: 1 },
    ]);
    expect(outputs[0]!.criteria.every((c) => typeof c.reason === 'string')).toBe(true);
    expect(Array.isArray(outputs[0]!.questions)).toBe(true);
  });

  it('reads a rubric file: a heavier breach weight changes the score', () => {
    const file = join(dir, 'r.json');
    const heavy = { ...DEFAULT_PRESET, id: 'heavy', criteria: DEFAULT_PRESET.criteria.map((c) => (c.id === 'breach-notice' ? { ...c, weight: 50 } : c)) };
    writeFileSync(file, serialiseRubric(heavy));
    const base = JSON.parse(run(['--json', seed('hall-monitor.txt')]).out)[0].total;
    const changed = JSON.parse(run(['--json', `--rubric=${file}`, seed('hall-monitor.txt')]).out)[0].total;
    expect(changed).not.toBe(base);
  });

  it('refuses a bad rubric file in one line naming the field', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ id: 'bad', name: 'Bad', criteria: [{ ...DEFAULT_PRESET.criteria[0], weight: -1 }] }));
    expect(() => run(['--rubric', file, seed('ohallo.txt')])).toThrow(/bad\.json: not a valid rubric: criteria\[0\] "soc2"\.weight: must be greater than 0$/);
  });

  it('refuses an unknown rubric, option, or no files', () => {
    expect(() => run(['--rubric', 'nope', seed('ohallo.txt')])).toThrow(/nope: no such rubric file or preset \(presets: default, eu-residency/);
    expect(() => run(['--fast', seed('ohallo.txt')])).toThrow(/unknown option --fast/);
    expect(() => run([])).toThrow(/give at least one FILE/);
  });

  it('reports a missing page on stderr with exit code 1', () => {
    const { code, err } = run([join(dir, 'missing.html')]);
    expect(code).toBe(1);
    expect(err).toMatch(/missing\.html: no such file/);
  });
});
