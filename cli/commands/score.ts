import { readFileSync, statSync } from 'node:fs';
import { getPreset, PRESETS } from '../../rubric/presets';
import { questionsAsText } from '../../rubric/questions';
import { parseRubric, sizeError, type Rubric } from '../../rubric/schema';
import { scoreAssessment, type Score } from '../../rubric/score';
import { UserError, type Command } from '../command';
import { eachFile, extractFile, LOAD_USAGE, takeLoadOptions } from '../load';
import { toOutput } from './extract';
import { EXPORT_USAGE, takeExportOptions, vendorViews, writeExports } from '../vendor-export';

/** One file's result in `assay score --json`. */
export interface ScoreOutput extends Score {
  source: string;
  vendor: string | null;
}

/** A rubric from a JSON file, or a preset named by id; every problem is a one-line UserError. */
export function loadRubric(ref: string): Rubric {
  const preset = getPreset(ref);
  let text: string;
  try {
    const stat = statSync(ref);
    if (stat.isDirectory()) throw new UserError(`${ref}: is a directory; give a rubric JSON file or a preset id (${PRESETS.map((p) => p.id).join(', ')})`);
    const tooLarge = sizeError(stat.size);
    if (tooLarge) throw new UserError(`${ref}: ${tooLarge}`);
    text = readFileSync(ref, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (preset) return preset;
    const known = PRESETS.map((p) => p.id).join(', ');
    throw new UserError(`${ref}: no such rubric file or preset (presets: ${known})`);
  }
  const parsed = parseRubric(text);
  if (!parsed.ok) throw new UserError(`${ref}: not a valid rubric: ${parsed.error.replaceAll('\n', '; ')}`);
  return parsed.rubric;
}

function report(o: ScoreOutput, withQuestions: boolean): string {
  const cap = o.cappedBy ? `  (capped at ${o.grade} by ${o.cappedBy.join(', ')})` : '';
  const lines = [`${o.source}  (${o.vendor ?? 'vendor unknown'})  ${o.total}/100  grade ${o.grade}${cap}`];
  for (const c of o.criteria) lines.push(`  ${`${c.points}/${c.max}`.padStart(9)}  ${c.reason}`);
  if (withQuestions && o.questions.length) {
    lines.push('', ...questionsAsText(o.questions, 'Questions for the vendor:').trimEnd().split('\n').map((l) => (l ? `  ${l}` : l)));
  }
  return `${lines.join('\n')}\n\n`;
}

/**
 * `assay score [--rubric FILE|PRESET] [--json] [--questions] FILE...`: extracts each page and scores
 * it with the same pipeline and scoring function as the extension. Resolves to the exit code.
 */
export function runScore(argv: string[]): number {
  const args = [...argv];
  const load = takeLoadOptions(args, 'score');
  const targets = takeExportOptions(args, 'score');
  let rubricRef = 'default';
  let json = false;
  let questions = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--rubric') {
      const next = args[++i];
      if (!next) throw new UserError('score: --rubric needs a FILE or a preset id (see assay score --help)');
      rubricRef = next;
    } else if (a.startsWith('--rubric=')) rubricRef = a.slice('--rubric='.length);
    else if (a === '--json') json = true;
    else if (a === '--questions') questions = true;
    else if (a.startsWith('-')) throw new UserError(`score: unknown option ${a} (see assay score --help)`);
    else files.push(a);
  }
  if (files.length === 0) throw new UserError('score: give at least one FILE (see assay score --help)');
  const rubric = loadRubric(rubricRef);

  const pages: Parameters<typeof vendorViews>[0][number][] = [];
  const { results: outputs, failed } = eachFile(files, (file): ScoreOutput => {
    const x = extractFile(file, load);
    pages.push({ file, x });
    const o = toOutput(file, x);
    return { source: o.source, vendor: o.vendor, ...scoreAssessment(o.fields, rubric) };
  });
  if (outputs.length === 0) return 1;
  // The same CSV and reports as `assay compare`: the pages merged per vendor.
  if (targets.csv || targets.report) writeExports(vendorViews(pages, rubric), targets);
  if (targets.csv === '-') return failed > 0 ? 1 : 0;
  if (json) process.stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);
  else process.stdout.write(`Rubric: ${rubric.name} (${rubric.id} v${rubric.version})\n\n${outputs.map((o) => report(o, questions)).join('')}`);
  return failed > 0 ? 1 : 0;
}

export const score: Command = {
  name: 'score',
  summary: 'score saved vendor pages against a rubric, with reasons and follow-up questions',
  usage: `usage: assay score [--rubric FILE|PRESET] [--json] [--questions] [--csv OUT] [--report DIR] FILE...

Extracts each saved page (HTML, .txt, .md) and scores its claims against a rubric: a total out of
100, a grade (A >= 85, B >= 70, C >= 55, D >= 40, else F; a failed deal-breaker caps it at D), and
one line per criterion that quotes the value.

  --rubric FILE|PRESET  a rubric JSON file (see README, "Rubrics") or a preset id:
                        ${PRESETS.map((p) => p.id).join(', ')} (default: default)
  --json                one JSON array, one object per file: { source, vendor, rubric, total, grade,
                        cappedBy?, coverage, criteria: [{ id, field, label, value, points, max,
                        verdict, reason, evidence, ... }], questions }
  --questions           also list the follow-up questions for the vendor
${EXPORT_USAGE}
                        (the same files as assay compare: pages of one vendor merged; with --csv -,
                        standard output holds only the CSV)
${LOAD_USAGE}

A file that cannot be read is named on standard error; the others are scored and the exit code is 1.`,
  run: runScore,
};
