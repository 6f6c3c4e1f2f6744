import { basename, extname, join } from 'node:path';
import { mkdirSync, statSync } from 'node:fs';
import { buildVendorView, type VendorView } from '../compare/vendor-view';
import { toComparisonRow } from '../compare/export-row';
import { buildComparisonCsv } from '../compare/csv';
import { reportFileName, vendorReportHtml } from '../compare/report';
import { vendorFromUrl } from '../assessment/vendor-domain';
import type { PipelineResult } from '../claims/pipeline';
import type { Rubric } from '../rubric/schema';
import { UserError } from './command';
import { checkOutputPath, writeOutput } from './output';

/** The vendor a saved page belongs to: its URL's registrable domain when the page names one, else the file. */
function vendorOf(file: string, url: string | null, name: string | null): { id: string; name: string } {
  const fromUrl = url ? vendorFromUrl(url, { siteName: name, title: null }) : null;
  if (fromUrl) return fromUrl;
  const slug = basename(file, extname(file));
  return { id: slug, name: name ?? slug };
}

/**
 * Saved pages as vendors, as the compare page sees them: pages of one registrable domain merge into one view
 * (docs/DATA.md, "Merging"), scored by `rubric`, best score first. Every page is read at `at`.
 */
export function vendorViews(pages: readonly { file: string; x: PipelineResult }[], rubric: Rubric, at: string = new Date().toISOString()): VendorView[] {
  const byVendor = new Map<string, { vendor: { id: string; name: string }; pages: { url: string; assessedAt: string; summary: PipelineResult['summary']; overrides: Record<string, never> }[] }>();
  for (const { file, x } of pages) {
    const vendor = vendorOf(file, x.url, x.vendor);
    const entry = byVendor.get(vendor.id) ?? { vendor, pages: [] };
    entry.pages.push({ url: x.url ?? file, assessedAt: at, summary: x.summary, overrides: {} });
    byVendor.set(vendor.id, entry);
  }
  return [...byVendor.values()].map((e) => buildVendorView(e.vendor, e.pages, rubric)).sort((a, b) => b.score.total - a.score.total || a.name.localeCompare(b.name));
}

/** Where `--csv` and `--report` write; null when not asked. */
export interface ExportTargets {
  csv: string | null;
  report: string | null;
}

export const EXPORT_USAGE = `  --csv OUT             the comparison CSV (one row per vendor, as the compare page exports it); - for standard output
  --report DIR          one printable HTML report per vendor in DIR (created if missing), as the compare page exports it`;

/** Takes `--csv OUT` and `--report DIR` out of `args` (in place); refuses bad paths before any page is read. */
export function takeExportOptions(args: string[], command: string): ExportTargets {
  const out: ExportTargets = { csv: null, report: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = /^--(csv|report)=(.*)$/.exec(a);
    if (a !== '--csv' && a !== '--report' && !eq) continue;
    const key = (eq ? eq[1] : a.slice(2)) as keyof ExportTargets;
    const value = eq ? eq[2] : args[i + 1];
    if (!value) throw new UserError(`${command}: ${a} needs a value (see assay ${command} --help)`);
    out[key] = value;
    args.splice(i, eq ? 1 : 2);
    i--;
  }
  if (out.csv) checkOutputPath(out.csv, 'CSV');
  if (out.report) {
    let isFile = false;
    try {
      isFile = !statSync(out.report).isDirectory();
    } catch {
      isFile = false;
    }
    if (isFile) throw new UserError(`${out.report}: is a file; give a folder for the reports`);
  }
  return out;
}

/** Writes the CSV and the reports asked for; says on standard error what was written. */
export function writeExports(views: readonly VendorView[], to: ExportTargets): void {
  const s = views.length === 1 ? '' : 's';
  if (to.csv) {
    const csv = buildComparisonCsv(views.map(toComparisonRow));
    if (to.csv === '-') process.stdout.write(csv);
    else {
      writeOutput(to.csv, csv, 'CSV');
      process.stderr.write(`assay: wrote ${views.length} vendor${s} to ${to.csv}\n`);
    }
  }
  if (to.report) {
    try {
      mkdirSync(to.report, { recursive: true });
    } catch (e) {
      throw new UserError(`${to.report}: cannot create the report folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const now = new Date();
    for (const v of views) writeOutput(join(to.report, reportFileName(v.id, now)), vendorReportHtml(v, now.toISOString()), 'report');
    process.stderr.write(`assay: wrote ${views.length} report${s} to ${to.report}\n`);
  }
}
