import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from '../../rubric/presets';
import { ROOT } from '../../scripts/chromium';
import { useSession } from './session';
import { PopupPage } from './pages/popup';
import { ComparePage } from './pages/compare';
import { seriousViolations } from './axe';

const OUT = join(ROOT, 'test-output');
const s = useSession();

/** Two pages of one vendor that disagree: SOC 2 Type I against Type II, ISO 27001 planned against certified. */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title} – Acme</title><meta property="og:site_name" content="Acme"></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
const SECURITY_QUOTE = 'We completed our SOC 2 Type I audit in 2025.';
const TRUST_QUOTE = 'Acme holds a SOC 2 Type II report, audited annually by an independent firm.';
const SECURITY = page('Security', `<p>${SECURITY_QUOTE}</p><p>We are working towards ISO 27001 certification.</p><p>Customer data is encrypted at rest with AES-256.</p>`);
const TRUST = page('Trust center', `<p>${TRUST_QUOTE}</p><p>Acme is ISO 27001 certified.</p><p>All data is encrypted in transit with TLS 1.2 or higher.</p>`);
const SOC2 = DEFAULT_PRESET.criteria.find((c) => c.field === 'soc2')!.id;

let securityUrl = '';
let trustUrl = '';

async function vendorScore(): Promise<number> {
  const compare = await ComparePage.open(s.browser);
  await compare.select('acme.localhost');
  const [total] = await compare.scores();
  await compare.close();
  return total!;
}

/** Opens Assay on a page (the toolbar click), waits until the row shows its conflict marker, and leaves the popup open. */
async function view(url: string): Promise<{ popup: PopupPage; close(): Promise<void> }> {
  const tab = await s.browser.context.newPage();
  await tab.goto(url);
  const popup = await PopupPage.openFor(s.browser, url);
  await popup.ready();
  return { popup, close: async () => (await popup.close(), await tab.close()) };
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  securityUrl = s.server.hostUrl('acme', s.server.route('/acme-security.html', SECURITY).slice(s.server.origin.length));
  trustUrl = s.server.hostUrl('acme', s.server.route('/acme-trust.html', TRUST).slice(s.server.origin.length));
});

describe('a vendor whose two pages disagree', () => {
  it('marks the conflict on the popup row, with both readings and the other page; asks the vendor to settle it', async () => {
    await PopupPage.assess(s.browser, securityUrl);
    const { popup, close } = await view(trustUrl);
    const row = popup.page.getByTestId('row-soc2');
    await row.getByTestId('conflict-tag').waitFor();
    expect(await popup.page.getByTestId('row-iso27001').getByTestId('conflict-tag').count()).toBe(1);
    expect(await popup.page.getByTestId('row-encryptionAtRest').getByTestId('conflict-tag').count()).toBe(0);
    await popup.expand('soc2');
    const readings = await row.getByTestId('conflict-reading').allTextContents();
    expect(readings).toHaveLength(2);
    expect(readings.find((r) => r.startsWith('Type II'))).toContain('this page');
    expect(readings.find((r) => r.startsWith('Type I —'))).toContain(`acme.localhost:${new URL(securityUrl).port}/acme-security.html`);
    expect(readings.join(' ')).toContain(SECURITY_QUOTE);
    expect((await popup.questions())[0]).toMatch(/^Your pages disagree on SOC 2: “Type (I|II)”/);
    expect(await popup.horizontalOverflow()).toBe(0);
    expect(await seriousViolations(popup.page)).toEqual([]);
    await popup.page.screenshot({ path: join(OUT, 'popup-conflict.png'), fullPage: true });
    await close();
  });

  it('scores the vendor the same whichever page was viewed last', async () => {
    const afterTrust = await vendorScore();
    const security = await view(securityUrl); // the toolbar on the other page: a newer reading of it
    await security.popup.page.getByTestId('row-soc2').getByTestId('conflict-tag').waitFor();
    await security.close();
    expect(await vendorScore()).toBe(afterTrust);
    const trust = await view(trustUrl);
    await trust.close();
    expect(await vendorScore()).toBe(afterTrust);
  });

  it('shows ⚠ with both values and quotes in the compare cell, and in the CSV and the report', async () => {
    const compare = await ComparePage.open(s.browser);
    await compare.select('acme.localhost');
    const cell = compare.page.getByTestId(`crit-${SOC2}`).getByTestId('cell');
    const text = (await cell.getByTestId('conflict').textContent()) ?? '';
    expect(text).toContain('⚠');
    expect(text).toContain('Pages disagree');
    for (const want of ['Type I', 'Type II', SECURITY_QUOTE, TRUST_QUOTE, 'acme-security.html', 'acme-trust.html']) expect(text).toContain(want);
    // Scored at the weaker value until the vendor (or the reviewer) settles it.
    expect(await compare.cellValues(SOC2)).toEqual(['Type I']);
    await compare.screenshot(join(OUT, 'compare-conflict.png'));
    expect(await seriousViolations(compare.page)).toEqual([]);

    const download = await compare.exportCsv();
    const path = join(OUT, 'conflict.csv');
    await download.saveAs(path);
    const rows = Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1), { newline: '\r\n' }).data;
    const cellOf = (name: string) => rows[1]![rows[0]!.indexOf(name)]!;
    expect(cellOf('Conflicts')).toBe('SOC 2\nISO 27001');
    expect(cellOf('SOC 2 conflict')).toContain(`Type I — ${securityUrl}#:~:text=`);
    expect(cellOf('SOC 2 conflict')).toContain(`Type II — ${trustUrl}#:~:text=`);
    expect(cellOf('SOC 2 conflict')).toContain(`“${TRUST_QUOTE}”`);

    const [report] = await Promise.all([compare.page.waitForEvent('download'), compare.page.getByTestId('report').first().click()]);
    expect(report.suggestedFilename()).toMatch(/^assay-report-acme\.localhost-\d{4}-\d\d-\d\d\.html$/);
    const reportPath = join(OUT, report.suggestedFilename());
    await report.saveAs(reportPath);
    const html = readFileSync(reportPath, 'utf8');
    expect(html).toContain('Conflicts (2)');
    expect(html).toContain(SECURITY_QUOTE);
    expect(html).toContain(TRUST_QUOTE);
    await compare.close();
  });
});
