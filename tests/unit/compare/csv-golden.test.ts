import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../claims/pipeline';
import { buildVendorView } from '../../../compare/vendor-view';
import { toComparisonRow } from '../../../compare/export-row';
import { buildComparisonCsv } from '../../../compare/csv';
import { DEFAULT_PRESET } from '../../../rubric/presets';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const GOLDEN = join(FIXTURES, 'csv', 'seeds-default.csv');
const SEEDS = ['allstacks', 'asyncbot', 'hall-monitor', 'monitorah', 'ohallo'];

/** The comparison CSV of the five seed pages under the default rubric, assessed at a fixed time. */
function seedsCsv(): string {
  const views = SEEDS.map((slug) => {
    const x = extractText(readFileSync(join(FIXTURES, 'seeds', `${slug}.txt`), 'utf8'), { format: 'txt' });
    const page = { url: `https://${slug}.example/security`, assessedAt: '2026-11-22T09:00:00.000Z', summary: x.summary, overrides: {} };
    return buildVendorView({ id: `${slug}.example`, name: x.vendor ?? slug }, [page], DEFAULT_PRESET);
  }).sort((a, b) => b.score.total - a.score.total || a.name.localeCompare(b.name));
  return buildComparisonCsv(views.map(toComparisonRow));
}

describe('the comparison CSV of the five seeds (golden file)', () => {
  // Regenerate with ASSAY_UPDATE_GOLDEN=1 and read the diff before committing.
  if (process.env.ASSAY_UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, seedsCsv());

  it('matches the reviewed golden file byte for byte', () => {
    expect(seedsCsv()).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('speaks in words: no field ids and no raw value or verdict tokens', () => {
    const text = seedsCsv();
    for (const id of ['soc2', 'iso27001', 'dataRegion', 'encryptionAtRest', 'encryptionInTransit', 'retentionDays', 'breachNoticeHours', 'not_stated', 'not_certified', 'type2', 'TLS1.2']) expect(text, id).not.toContain(id);
  });

  it('parses back to one row per vendor with every column filled in order', () => {
    const rows = Papa.parse<string[]>(readFileSync(GOLDEN, 'utf8').replace(/^\uFEFF/, ''), { newline: '\r\n' }).data;
    expect(rows).toHaveLength(1 + SEEDS.length);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const byDomain = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byDomain.get('allstacks.example')![col('SOC 2')]).toBe('Type II');
    expect(byDomain.get('hall-monitor.example')![col('SOC 2')]).toBe('planned');
    expect(byDomain.get('asyncbot.example')![col('Breach notice')]).toBe('72 hours');
    expect(byDomain.get('ohallo.example')![col('Data region evidence')]).not.toBe('');
    // One question a line, each a real question (splitting an empty cell would still give one line).
    const questions = byDomain.get('monitorah.example')![col('Follow-up questions')]!.split('\n');
    expect(questions).toEqual(['Within how many hours will you notify us of a breach affecting our data?']);
  });
});
