import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCompare } from '../../../cli/commands/compare';
import { runScore } from '../../../cli/commands/score';
import { UserError } from '../../../cli/command';

afterEach(() => vi.restoreAllMocks());
const quiet = () => vi.spyOn(process.stderr, 'write').mockImplementation(() => true);

/** Two pages of one vendor that disagree on SOC 2 and ISO 27001. */
function twoPages(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'assay-export-'));
  const page = (path: string, body: string) =>
    `<!doctype html><html lang="en"><head><title>Acme</title><link rel="canonical" href="https://www.acme-widgets.example${path}"><meta property="og:site_name" content="Acme"></head><body><main><h1>Security</h1>${body}</main></body></html>`;
  writeFileSync(join(dir, 'security.html'), page('/security', '<p>We completed our SOC 2 Type I audit in 2025.</p><p>We are working towards ISO 27001 certification, expected next year.</p>'));
  writeFileSync(join(dir, 'trust.html'), page('/trust', '<p>Acme holds a SOC 2 Type II report, audited annually.</p><p>Acme is ISO 27001 certified.</p>'));
  return [join(dir, 'security.html'), join(dir, 'trust.html')];
}

describe('assay compare and assay score write the same CSV and report', () => {
  it('one row for the vendor, its conflicts in their columns; the same bytes from both commands', () => {
    quiet();
    const files = twoPages();
    const out = mkdtempSync(join(tmpdir(), 'assay-export-out-'));
    expect(runCompare([...files, '--csv', join(out, 'c.csv'), '--report', join(out, 'compare')])).toBe(0);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(runScore([...files, '--csv', join(out, 's.csv'), '--report', join(out, 'score')])).toBe(0);
    stdout.mockRestore();
    // Identical apart from the moment each command read the pages.
    const strip = (h: string) => h.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T');
    const csv = readFileSync(join(out, 'c.csv'), 'utf8');
    expect(strip(readFileSync(join(out, 's.csv'), 'utf8'))).toBe(strip(csv));
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    const cell = (name: string) => rows[1]![rows[0]!.indexOf(name)]!;
    expect(rows).toHaveLength(2);
    expect(cell('Conflicts')).toBe('SOC 2\nISO 27001');
    expect(cell('SOC 2 conflict')).toContain('https://www.acme-widgets.example/trust#:~:text=');
    const [report] = readdirSync(join(out, 'compare'));
    expect(report).toMatch(/^assay-report-acme-widgets\.example-\d{4}-\d\d-\d\d\.html$/);
    expect(readdirSync(join(out, 'score'))).toEqual([report]);
    const html = readFileSync(join(out, 'compare', report!), 'utf8');
    expect(html).toContain('Conflicts (2)');
    expect(html).toContain('We completed our SOC 2 Type I audit in 2025.');
    expect(strip(readFileSync(join(out, 'score', report!), 'utf8'))).toBe(strip(html));
  });

  it('assay score --csv - writes only the CSV to standard output', () => {
    quiet();
    let text = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((text += String(s)), true));
    expect(runScore([...twoPages(), '--csv', '-'])).toBe(0);
    expect(text.startsWith('\uFEFFVendor,Domain,Tags,Note')).toBe(true);
  });

  it('refuses a report folder that is a file, and compare without any output', () => {
    const [file] = twoPages();
    expect(() => runCompare([file!, '--report', file!])).toThrow(/is a file/);
    expect(() => runCompare([file!])).toThrow(UserError);
  });
});
