import { basename, dirname, extname } from 'node:path';
import type { PipelineResult } from '../../claims/pipeline';
import { SUMMARY_FIELDS } from '../../claims/summary';
import { UserError, type Command } from '../command';
import { eachFile, extractFile, LOAD_USAGE, takeLoadOptions } from '../load';

/** One file's result in `--json` output: the FIELDS.md contract plus a few extras. */
export interface ExtractOutput {
  source: string;
  vendor: string | null;
  title: string | null;
  partial: boolean;
  /** `pages`: for a PDF, the page of each quote in `evidence`, in the same order. */
  fields: Record<string, { value: unknown; evidence: string[]; pages?: number[] }>;
}

export function toOutput(source: string, r: PipelineResult): ExtractOutput {
  return {
    source,
    // A page that does not name its vendor still came from somewhere: the file name is the last resort.
    vendor: r.vendor ?? fileVendor(source),
    title: r.title,
    partial: r.partial,
    fields: Object.fromEntries(Object.entries(r.summary).map(([k, f]) => [k, { value: f.value, evidence: f.evidence, ...pagesOf(r, k, f.evidence) }])),
  };
}

// A quote read from a PDF cites its page.
function pagesOf(r: PipelineResult, field: string, quotes: string[]): { pages?: number[] } {
  const ev = r.claims[field]?.evidence ?? [];
  const pages = quotes.map((q) => ev.find((e) => e.quote === q)?.page);
  return quotes.length > 0 && pages.every((p) => p !== undefined) ? { pages: pages as number[] } : {};
}

// "pages/acme-trust/source.html" names its page by its folder.
function fileVendor(source: string): string | null {
  const base = basename(source, extname(source));
  return (/^(source|index|page)$/i.test(base) ? basename(dirname(source)) : base) || null;
}

const show = (v: unknown) => (Array.isArray(v) ? (v.length ? v.join(',') : '—') : v === null || v === 'not_stated' ? '—' : String(v));

function table(outputs: ExtractOutput[]): string {
  const lines: string[] = [];
  for (const o of outputs) {
    lines.push(`${o.source}  (${o.vendor ?? 'vendor unknown'})${o.partial ? '  [partial: read in part (too large, or past the time budget)]' : ''}`);
    const names = [...SUMMARY_FIELDS, ...Object.keys(o.fields).filter((k) => !(SUMMARY_FIELDS as string[]).includes(k))];
    for (const name of names) {
      const f = o.fields[name]!;
      const quote = f.evidence[0] ? `“${f.evidence[0].length > 90 ? `${f.evidence[0].slice(0, 87)}…` : f.evidence[0]}”${f.pages ? ` (p. ${f.pages[0]})` : ''}` : '';
      lines.push(`  ${name.padEnd(20)} ${show(f.value).padEnd(18)} ${quote}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export const extract: Command = {
  name: 'extract',
  summary: 'read saved vendor pages (HTML, PDF, .txt, .md) and print their claims with quotes',
  usage: `usage: assay extract [--json] FILE...

Reads each saved page and prints the claim summary of docs/FIELDS.md: soc2, iso27001, dataRegion,
dataCountries, encryptionAtRest, encryptionInTransit, retentionDays, breachNoticeHours (and extras),
each with the verbatim quotes it came from.

  --json                print one JSON array, one object per file: { source, vendor, fields: { field: { value, evidence } } }
${LOAD_USAGE}

A file that cannot be read is named on standard error; the others are printed and the exit code is 1.`,
  run(argv) {
    const args = [...argv];
    const load = takeLoadOptions(args, 'extract');
    const json = args.includes('--json');
    const unknown = args.find((a) => a.startsWith('-') && a !== '--json');
    if (unknown) throw new UserError(`extract: unknown option ${unknown} (see assay extract --help)`);
    const files = args.filter((a) => !a.startsWith('-'));
    if (files.length === 0) throw new UserError('extract: give at least one FILE (see assay extract --help)');
    const { results: outputs, failed } = eachFile(files, (file) => {
      const result = extractFile(file, load);
      // A crashed extractor leaves its field unread but the rest stands: say so, off stdout.
      for (const e of result.errors) process.stderr.write(`assay: warning: extractor ${e.extractor} failed on ${file}: ${e.message}\n`);
      return toOutput(file, result);
    });
    if (outputs.length > 0) process.stdout.write(json ? `${JSON.stringify(outputs, null, 2)}\n` : table(outputs));
    return failed > 0 ? 1 : 0;
  },
};
