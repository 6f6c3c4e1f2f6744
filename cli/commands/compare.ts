import { basename, extname } from 'node:path';
import { buildVendorView, type VendorView } from '../../compare/vendor-view';
import { toComparisonRow } from '../../compare/export-row';
import { buildComparisonCsv } from '../../compare/csv';
import { vendorFromUrl } from '../../assessment/vendor-domain';
import { PRESETS } from '../../rubric/presets';
import { UserError, type Command } from '../command';
import { eachFile, extractFile, LOAD_USAGE, takeLoadOptions } from '../load';
import { checkOutputPath, writeOutput } from '../output';
import { loadRubric } from './score';

/** The vendor a saved page belongs to: its URL's registrable domain when the page names one, else the file. */
function vendorOf(file: string, url: string | null, name: string | null): { id: string; name: string } {
  const fromUrl = url ? vendorFromUrl(url, { siteName: name, title: null }) : null;
  if (fromUrl) return fromUrl;
  const slug = basename(file, extname(file));
  return { id: slug, name: name ?? slug };
}

/**
 * `assay compare FILE... --csv OUT [--rubric FILE|PRESET]`: the compare page's CSV from saved pages.
 * Pages of one vendor (same registrable domain) merge into one row, as in the extension.
 */
export function runCompare(argv: string[]): number {
  const args = [...argv];
  const load = takeLoadOptions(args, 'compare');
  let rubricRef = 'default';
  let out: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--rubric' || a === '--csv') {
      const next = args[++i];
      if (!next) throw new UserError(`compare: ${a} needs a value (see assay compare --help)`);
      if (a === '--rubric') rubricRef = next;
      else out = next;
    } else if (a.startsWith('--rubric=')) rubricRef = a.slice('--rubric='.length);
    else if (a.startsWith('--csv=')) out = a.slice('--csv='.length);
    else if (a.startsWith('-')) throw new UserError(`compare: unknown option ${a} (see assay compare --help)`);
    else files.push(a);
  }
  if (files.length === 0) throw new UserError('compare: give at least one FILE (see assay compare --help)');
  if (!out) throw new UserError('compare: say where to write the CSV with --csv OUT (or --csv - for standard output)');
  checkOutputPath(out, 'CSV');
  const rubric = loadRubric(rubricRef);
  const now = new Date().toISOString();
  const byVendor = new Map<string, { vendor: { id: string; name: string }; pages: { url: string; assessedAt: string; summary: ReturnType<typeof extractFile>['summary']; overrides: Record<string, never> }[] }>();
  // A bad file does not stop the others: the CSV holds every page that could be read, and the exit code says some could not.
  const { results: pages, failed } = eachFile(files, (file) => ({ file, x: extractFile(file, load) }));
  if (pages.length === 0) return 1;
  for (const { file, x } of pages) {
    const vendor = vendorOf(file, x.url, x.vendor);
    const entry = byVendor.get(vendor.id) ?? { vendor, pages: [] };
    entry.pages.push({ url: x.url ?? file, assessedAt: now, summary: x.summary, overrides: {} });
    byVendor.set(vendor.id, entry);
  }
  const views: VendorView[] = [...byVendor.values()].map((e) => buildVendorView(e.vendor, e.pages, rubric)).sort((a, b) => b.score.total - a.score.total || a.name.localeCompare(b.name));
  const csv = buildComparisonCsv(views.map(toComparisonRow));
  if (out === '-') process.stdout.write(csv);
  else {
    writeOutput(out, csv, 'CSV');
    process.stderr.write(`assay: wrote ${views.length} vendor${views.length === 1 ? '' : 's'} to ${out}\n`);
  }
  return failed > 0 ? 1 : 0;
}

export const compare: Command = {
  name: 'compare',
  summary: 'write the comparison CSV for saved vendor pages, as the compare page exports it',
  usage: `usage: assay compare FILE... --csv OUT [--rubric FILE|PRESET]

Extracts and scores each saved page (HTML, .txt, .md) and writes one CSV row per vendor, highest
score first: vendor, domain, URLs, assessed at, rubric, score, grade, then per criterion its value,
verdict and evidence quote, then the follow-up questions. UTF-8 with BOM, CRLF line ends, cells that
a spreadsheet would run as formulas neutralised. Pages of one vendor (same registrable domain in the
page's canonical URL) merge into one row.

  --csv OUT             where to write the CSV; - for standard output
  --rubric FILE|PRESET  a rubric JSON file or a preset id: ${PRESETS.map((p) => p.id).join(', ')} (default: default)
${LOAD_USAGE}

A file that cannot be read is named on standard error; the CSV holds the others and the exit code is 1.`,
  run: runCompare,
};
