import { PRESETS } from '../../rubric/presets';
import { UserError, type Command } from '../command';
import { eachFile, extractFile, LOAD_USAGE, takeLoadOptions } from '../load';
import { EXPORT_USAGE, takeExportOptions, vendorViews, writeExports } from '../vendor-export';
import { loadRubric } from './score';

/**
 * `assay compare FILE... --csv OUT [--report DIR] [--rubric FILE|PRESET]`: the compare page's CSV and
 * per-vendor reports from saved pages. Pages of one vendor (same registrable domain) merge, as in the extension.
 */
export function runCompare(argv: string[]): number {
  const args = [...argv];
  const load = takeLoadOptions(args, 'compare');
  const targets = takeExportOptions(args, 'compare');
  let rubricRef = 'default';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--rubric') {
      const next = args[++i];
      if (!next) throw new UserError(`compare: ${a} needs a value (see assay compare --help)`);
      rubricRef = next;
    } else if (a.startsWith('--rubric=')) rubricRef = a.slice('--rubric='.length);
    else if (a.startsWith('-')) throw new UserError(`compare: unknown option ${a} (see assay compare --help)`);
    else files.push(a);
  }
  if (files.length === 0) throw new UserError('compare: give at least one FILE (see assay compare --help)');
  if (!targets.csv && !targets.report) throw new UserError('compare: say where to write: --csv OUT (or --csv - for standard output) and/or --report DIR');
  const rubric = loadRubric(rubricRef);
  // A bad file does not stop the others: the CSV holds every page that could be read, and the exit code says some could not.
  const { results: pages, failed } = eachFile(files, (file) => ({ file, x: extractFile(file, load) }));
  if (pages.length === 0) return 1;
  writeExports(vendorViews(pages, rubric), targets);
  return failed > 0 ? 1 : 0;
}

export const compare: Command = {
  name: 'compare',
  summary: 'write the comparison CSV for saved vendor pages, as the compare page exports it',
  usage: `usage: assay compare FILE... (--csv OUT | --report DIR) [--rubric FILE|PRESET]

Extracts and scores each saved page (HTML, .txt, .md) and writes one CSV row per vendor, highest
score first: vendor, domain, tags, note, URLs, assessed at, rubric, score, grade, conflicts, then for
every field its value, verdict, points, evidence quote, source link (to the quote), read at, conflict,
reviewer note and set by, then the follow-up questions. UTF-8 with BOM, CRLF line ends, cells that a
spreadsheet would run as formulas neutralised. Pages of one vendor (same registrable domain in the
page's canonical URL) merge into one row by the rule of docs/DATA.md; pages that disagree are a conflict.

${EXPORT_USAGE}
  --rubric FILE|PRESET  a rubric JSON file or a preset id: ${PRESETS.map((p) => p.id).join(', ')} (default: default)
${LOAD_USAGE}

A file that cannot be read is named on standard error; the CSV holds the others and the exit code is 1.`,
  run: runCompare,
};
