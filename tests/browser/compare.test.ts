import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from '../../rubric/presets';
import { FIELD_NAMES } from '../../claims/fields';
import { FIELD_COLUMNS } from '../../compare/csv';
import { ROOT } from '../../scripts/chromium';
import { useSession } from './session';
import { PopupPage } from './pages/popup';
import { ComparePage } from './pages/compare';

const OUT = join(ROOT, 'test-output');
const SEEDS = ['allstacks', 'asyncbot', 'hall-monitor', 'monitorah', 'ohallo'];

const s = useSession();

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  for (const slug of SEEDS) {
    await PopupPage.assess(s.browser, s.server.hostUrl(slug, `/${slug}.html`));
  }
});

describe('the compare page', () => {
  it('sets the five seed vendors side by side, sorts them, and shows a heat map', async () => {
    const compare = await ComparePage.open(s.browser);
    expect((await compare.vendorIds()).sort()).toEqual(SEEDS.map((s) => `${s}.localhost`).sort());
    await compare.search('monitor');
    expect((await compare.vendorIds()).sort()).toEqual(['hall-monitor.localhost', 'monitorah.localhost']);
    await compare.search('');
    await compare.selectAll();
    expect(await compare.columns()).toHaveLength(5);
    const scores = await compare.scores();
    expect([...scores].sort((a, b) => b - a)).toEqual(scores); // default order: score, high to low
    await compare.sortByScore();
    const ascending = await compare.scores();
    expect([...ascending].sort((a, b) => a - b)).toEqual(ascending);
    const soc2 = DEFAULT_PRESET.criteria.find((c) => c.field === 'soc2')!.id;
    expect((await compare.cellValues(soc2)).sort()).toEqual(['Type II', 'not certified', 'not stated', 'planned', 'planned'].sort());
    await compare.screenshot(join(OUT, 'compare-table.png'));
    await compare.showHeatMap();
    await compare.screenshot(join(OUT, 'compare-heatmap.png'));
    await compare.close();
  });

  it('exports the comparison CSV through a real download', async () => {
    const compare = await ComparePage.open(s.browser);
    await compare.selectAll();
    const download = await compare.exportCsv();
    expect(download.suggestedFilename()).toMatch(/^assay-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = join(OUT, download.suggestedFilename());
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data;
    expect(rows).toHaveLength(1 + SEEDS.length);
    const header = rows[0]!;
    expect(header.slice(0, 10)).toEqual(['Vendor', 'Domain', 'Tags', 'Note', 'URLs', 'Assessed at', 'Rubric', 'Score', 'Grade', 'Conflicts']);
    expect(header.at(-1)).toBe('Follow-up questions');
    // A group of nine columns for every field Assay reads, the rubric's first.
    expect(header).toHaveLength(11 + FIELD_NAMES.length * 9);
    expect(header.slice(10, 19)).toEqual([DEFAULT_PRESET.criteria[0]!.label, ...FIELD_COLUMNS.map((c) => `${DEFAULT_PRESET.criteria[0]!.label} ${c}`)]);
    for (const row of rows.slice(1)) expect(row).toHaveLength(header.length);
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual(SEEDS.map((s) => `${s}.localhost`).sort());
    await compare.close();
  });

  it('backs everything up, survives “delete all”, and restores it', async () => {
    const compare = await ComparePage.open(s.browser);
    const [backup] = await Promise.all([compare.page.waitForEvent('download'), compare.page.getByTestId('backup').click()]);
    const path = join(OUT, 'backup.json');
    await backup.saveAs(path);
    compare.page.once('dialog', (d) => void d.accept());
    await compare.page.getByRole('button', { name: 'Delete all data' }).click();
    await compare.page.getByTestId('compare-empty').waitFor();
    await compare.page.getByTestId('restore-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
    await compare.page.getByTestId('restore-error').waitFor();
    await compare.page.getByTestId('restore-file').setInputFiles(path);
    await compare.page.getByTestId('restore-plan').waitFor();
    expect(await compare.page.getByTestId('restore-plan').textContent()).toMatch(/adds \d+ records \(5 vendors/);
    await compare.page.getByRole('button', { name: 'Restore', exact: true }).click();
    await compare.page.waitForFunction(() => document.querySelectorAll('[data-testid="vendor-list"] li').length === 5);
    await compare.close();
  });

  it('deletes a vendor with a few seconds to undo', async () => {
    const compare = await ComparePage.open(s.browser);
    await compare.page.getByRole('button', { name: 'Delete Allstacks' }).click();
    await compare.page.getByTestId('undo').waitFor();
    await compare.page.waitForFunction(() => document.querySelectorAll('[data-testid="vendor-list"] li').length === 4);
    await compare.page.getByTestId('undo').getByRole('button', { name: 'Undo' }).click();
    await compare.page.waitForFunction(() => document.querySelectorAll('[data-testid="vendor-list"] li').length === 5);
    await compare.close();
  });
});
