import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSession } from './session';
import { PopupPage } from './pages/popup';
import { seriousViolations } from './axe';

const s = useSession();

// Dates far enough in the past that they have passed whenever the test runs: the popup's assessment is dated now.
const PAGE = `<!doctype html><html lang="en"><head><title>Security — Tallyho</title></head><body><main><h1>Security at Tallyho</h1>
<h2>Certifications</h2>
<p>Our SOC 2 Type II report covers the period January 1 – December 31, 2022 and was audited by Prescient Assurance.</p>
<p>ISO 27001 certification is expected by the end of 2024.</p>
<h2>Data</h2>
<p>All customer data is stored in the EU and encrypted at rest using AES-256.</p>
<p>We notify customers within 72 hours of a breach.</p>
</main></body></html>`;

async function popupOn(slug: string): Promise<{ popup: PopupPage; tab: Page }> {
  s.server.route(`/${slug}.html`, PAGE);
  return PopupPage.openWithTab(s.browser, s.server.hostUrl(slug, `/${slug}.html`));
}

describe('evidence details and freshness in the popup', () => {
  it('shows a passed plan as an overdue plan with its question, and an old SOC 2 report with its period and auditor', async () => {
    const { popup, tab } = await popupOn('tallyho-flags');
    const iso = popup.page.getByTestId('row-iso27001');
    expect(await iso.getByTestId('value').textContent()).toBe('overdue plan (due 31 Dec 2024)');
    const tag = iso.getByTestId('flag-overdue_plan');
    expect(await tag.isVisible()).toBe(true);
    // Seen as "⚠ overdue plan" (the symbol hidden from screen readers, "Warning:" only for them).
    expect(await tag.textContent()).toBe('⚠ Warning: overdue plan');
    expect(await tag.locator('[aria-hidden="true"]').textContent()).toBe('⚠ ');
    expect(await tag.locator('.sr-only').textContent()).toBe('Warning: ');
    // Named for assistive technology too: the line's button says it is a warning.
    expect(await iso.getByTestId('row-toggle').textContent()).toContain('Warning: overdue plan');

    const soc2 = popup.page.getByTestId('row-soc2');
    expect(await soc2.getByTestId('flag-stale_report').textContent()).toBe('⚠ Warning: report older than 12 months');
    await popup.expand('soc2');
    expect(await soc2.getByTestId('detail-soc2Period').innerText()).toMatch(/^Report period\s+1 Jan 2022 – 31 Dec 2022/i);
    expect(await soc2.getByTestId('detail-soc2Auditor').innerText()).toMatch(/^Auditor\s+Prescient Assurance/i);
    expect(await soc2.getByTestId('flag-why-stale_report').innerText()).toContain('the report we saw ends 31 Dec 2022');

    const questions = await popup.questions();
    expect(questions).toContain('You planned ISO 27001 by 31 Dec 2024. Is it complete, and can you share the certificate?');
    expect(questions).toContain('Can you share your most recent SOC 2 report? The one we saw covers a period ending 31 Dec 2022.');
    expect(await popup.page.getByTestId('jump-questions').textContent()).toBe(`Questions (${questions.length})`);
    // Details shown under their line are not listed again under "Also found".
    expect(await popup.has('also-soc2Period')).toBe(false);
    expect(await popup.horizontalOverflow()).toBe(0);
    expect(await seriousViolations(popup.page)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('records period, auditor, scope and a link in the correction form, refuses a javascript: link, and shows the link safely', async () => {
    const { popup, tab } = await popupOn('tallyho-correct');
    const form = await popup.openCorrection('soc2');
    await form.getByLabel('SOC 2').selectOption({ label: 'Type II' });
    await form.getByLabel('Report period (optional)').fill('2026-01-01/2026-06-30');
    await form.getByLabel('Auditor (optional)').fill('Johanson Group LLP');
    const link = form.getByLabel('Link to the evidence (optional)');
    await link.fill('javascript:alert(1)');
    await form.getByLabel('Note (optional)').fill('Seen under NDA');
    await form.getByRole('button', { name: 'Save SOC 2 correction' }).click();
    const problem = form.getByTestId('link-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe('The link must be a web address (https:// or http://).');
    expect(await link.getAttribute('aria-invalid')).toBe('true');
    expect(await popup.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('detail-link');
    expect(await seriousViolations(popup.page)).toEqual([]);

    await link.fill('https://trust.tallyho.example/soc2-2026.pdf');
    await form.getByRole('button', { name: 'Save SOC 2 correction' }).click();
    await form.waitFor({ state: 'detached' });
    const soc2 = popup.page.getByTestId('row-soc2');
    expect(await soc2.getByTestId('value').textContent()).toBe('Type II');
    // The reviewer's newer period replaces the page's old one: no stale-report flag any more.
    expect(await soc2.getByTestId('flag-stale_report').count()).toBe(0);
    const yours = soc2.getByTestId('your-details');
    expect(await yours.innerText()).toMatch(/Period \(yours\)\s+2026-01-01\/2026-06-30/);
    expect(await yours.innerText()).toMatch(/Auditor \(yours\)\s+Johanson Group LLP/);
    const a = soc2.getByTestId('evidence-link');
    expect(await a.getAttribute('href')).toBe('https://trust.tallyho.example/soc2-2026.pdf');
    expect(await a.getAttribute('rel')).toBe('noopener noreferrer');

    // ISO 27001's form asks for the scope; it is kept after the popup is opened again.
    const iso = await popup.openCorrection('iso27001');
    await iso.getByLabel('ISO 27001', { exact: true }).selectOption({ label: 'certified' });
    await iso.getByLabel('Scope (optional)').fill('All Tallyho products and offices');
    await iso.getByRole('button', { name: 'Save ISO 27001 correction' }).click();
    await iso.waitFor({ state: 'detached' });
    await popup.reload();
    await popup.ready();
    await popup.expand('iso27001');
    expect(await popup.page.getByTestId('row-iso27001').getByTestId('your-details').innerText()).toMatch(/Scope \(yours\)\s+All Tallyho products and offices/);
    await popup.expand('soc2');
    expect(await popup.page.getByTestId('row-soc2').getByTestId('evidence-link').getAttribute('href')).toBe('https://trust.tallyho.example/soc2-2026.pdf');
    await popup.close();
    await tab.close();
  });
});
