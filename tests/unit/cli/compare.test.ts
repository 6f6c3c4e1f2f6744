import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../../cli/commands/compare';
import { UserError } from '../../../cli/command';

const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
const seeds = ['allstacks', 'asyncbot', 'hall-monitor', 'monitorah', 'ohallo'].map((s) => join(SEEDS, `${s}.txt`));

describe('assay compare', () => {
  it('writes one CSV row per vendor, best score first, in the compare page’s format', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'assay-cmp-')), 'c.csv');
    expect(runCompare([...seeds, '--csv', out])).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data;
    expect(rows).toHaveLength(6);
    const scores = rows.slice(1).map((r) => Number(r[rows[0]!.indexOf('Score')]));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual(['allstacks', 'asyncbot', 'hall-monitor', 'monitorah', 'ohallo']);
  });

  it('merges pages of one vendor (same registrable domain) into one row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-cmp-'));
    const page = (path: string, body: string) => `<!doctype html><html lang="en"><head><title>Acme</title><link rel="canonical" href="https://www.acme-widgets.example${path}"><meta property="og:site_name" content="Acme"></head><body><main><p>${body}</p></main></body></html>`;
    writeFileSync(join(dir, 'security.html'), page('/security', 'We are SOC 2 Type II certified.'));
    writeFileSync(join(dir, 'dpa.html'), page('/legal/dpa', 'We notify customers of a personal data breach within 48 hours.'));
    const out = join(dir, 'c.csv');
    expect(runCompare([join(dir, 'security.html'), join(dir, 'dpa.html'), '--csv', out])).toBe(0);
    const rows = Papa.parse<string[]>(readFileSync(out, 'utf8').slice(1), { newline: '\r\n' }).data;
    expect(rows).toHaveLength(2);
    expect(rows[1]![1]).toBe('acme-widgets.example');
  });

  it('refuses to run without files or an output', () => {
    expect(() => runCompare(['--csv', 'x.csv'])).toThrow(UserError);
    expect(() => runCompare(seeds)).toThrow(/--csv/);
    expect(() => runCompare([...seeds, '--csv', 'x.csv', '--bogus'])).toThrow(/unknown option/);
  });
});
