import { beforeAll, describe, expect, it } from 'vitest';
import { useSession } from './session';
import { PopupPage } from './pages/popup';
import { ComparePage } from './pages/compare';
import { VendorPanel } from './pages/vendor-panel';
import { seriousViolations } from './axe';

// Vendor management on the real compare page, with readings saved by the real popup.
const s = useSession();
const url = (slug: string, path = `/${slug}.html`) => s.server.hostUrl(slug, path);
const names = (c: ComparePage) => c.page.$$eval('[data-testid="vendor-list"] .vname', (els) => els.map((e) => e.textContent ?? ''));
const listed = async (c: ComparePage, ids: string[]) => {
  await c.page.waitForFunction((want) => {
    const got = [...document.querySelectorAll('[data-testid="vendor-list"] li')].map((e) => e.getAttribute('data-testid')!.slice('vendor-'.length)).sort();
    return JSON.stringify(got) === JSON.stringify([...want].sort());
  }, ids);
};

beforeAll(async () => {
  for (const slug of ['allstacks', 'asyncbot', 'hall-monitor']) await PopupPage.assess(s.browser, url(slug));
  // A second page of Allstacks (the query string makes it another page), to move and split.
  await PopupPage.assess(s.browser, url('allstacks', '/allstacks.html?page=faq'));
});

describe('vendor management on the compare page', () => {
  it('renames a vendor, and undoes the rename', async () => {
    const compare = await ComparePage.open(s.browser);
    const panel = await VendorPanel.open(compare.page, 'allstacks.localhost');
    const original = await panel.title();
    await panel.rename('Allstacks Inc');
    expect(await names(compare)).toContain('Allstacks Inc');
    expect(await panel.undoText()).toContain(`Renamed ${original} to Allstacks Inc`);
    await panel.undo();
    await panel.waitForTitle(original);
    expect(await names(compare)).toContain(original);
    expect(await names(compare)).not.toContain('Allstacks Inc');
    await panel.rename('Allstacks Inc');
    await compare.close();
  });

  it('tags a vendor with the keyboard alone; tags show in the list and the search finds them; removing one is undone', async () => {
    const compare = await ComparePage.open(s.browser);
    const manage = compare.page.getByTestId('manage-allstacks.localhost');
    await manage.focus();
    await compare.page.keyboard.press('Enter');
    await compare.page.getByTestId('vendor-panel').waitFor();
    const panel = new VendorPanel(compare.page);
    await compare.page.getByLabel('New tag').focus();
    await compare.page.keyboard.type('critical');
    await compare.page.keyboard.press('Enter');
    await compare.page.waitForFunction(() => document.querySelectorAll('[data-testid="vendor-tags"] li').length === 1);
    await panel.addTag('  HR  ');
    expect(await panel.tags()).toEqual(['critical', 'HR']);
    expect(await compare.page.getByTestId('vendor-allstacks.localhost').textContent()).toContain('critical, HR');
    await compare.search('CRITICAL');
    await listed(compare, ['allstacks.localhost']);
    await compare.search('');
    await panel.removeTag('HR');
    expect(await panel.tags()).toEqual(['critical']);
    await panel.undo();
    await compare.page.waitForFunction(() => document.querySelectorAll('[data-testid="vendor-tags"] li').length === 2);
    expect(await panel.tags()).toEqual(['critical', 'HR']);
    await compare.close();
  });

  it('keeps a plain-text note, shown as text after a reload', async () => {
    const compare = await ComparePage.open(s.browser);
    let panel = await VendorPanel.open(compare.page, 'hall-monitor.localhost');
    const note = 'DPA signed.\n<img src=x onerror=alert(1)> <b>not bold</b>';
    await panel.root.getByLabel(/^Note/).fill(note);
    await panel.root.getByRole('button', { name: 'Save note' }).click();
    await compare.page.getByTestId('undo').waitFor();
    expect(await panel.undoText()).toContain('Saved the note on');
    await compare.page.reload();
    await compare.page.waitForFunction(() => performance.getEntriesByName('assay:list-shown').length > 0);
    panel = await VendorPanel.open(compare.page, 'hall-monitor.localhost');
    expect(await panel.root.getByLabel(/^Note/).inputValue()).toBe(note);
    expect(await compare.page.locator('[data-testid="vendor-panel"] img, [data-testid="vendor-panel"] b').count()).toBe(0);
    await compare.close();
  });

  it('merges two vendors, undoes the merge, merges again; the next reading of the merged site stays with the kept vendor', async () => {
    const compare = await ComparePage.open(s.browser);
    const panel = await VendorPanel.open(compare.page, 'allstacks.localhost');
    await panel.root.getByLabel(/^Merge into/).selectOption('asyncbot.localhost');
    await panel.root.getByRole('button', { name: 'Merge' }).click();
    await listed(compare, ['allstacks.localhost', 'hall-monitor.localhost']);
    expect(await panel.pages()).toContain(url('asyncbot'));
    expect(await panel.undoText()).toMatch(/Merged .+ into Allstacks Inc/);
    await panel.undo();
    await listed(compare, ['allstacks.localhost', 'asyncbot.localhost', 'hall-monitor.localhost']);
    expect(await panel.pages()).not.toContain(url('asyncbot'));

    await panel.root.getByLabel(/^Merge into/).selectOption('asyncbot.localhost');
    await panel.root.getByRole('button', { name: 'Merge' }).click();
    await listed(compare, ['allstacks.localhost', 'hall-monitor.localhost']);
    // Reading another Asyncbot page with the popup files it under Allstacks Inc, not a new Asyncbot.
    const other = url('asyncbot', '/asyncbot.html?page=privacy');
    const tab = await s.browser.context.newPage();
    await tab.goto(other);
    const popup = await PopupPage.openFor(s.browser, other);
    await popup.ready();
    expect(await popup.vendor()).toEqual({ name: 'Allstacks Inc', domain: 'allstacks.localhost' });
    await popup.close();
    await tab.close();
    await compare.page.waitForFunction((u) => [...document.querySelectorAll('.page-url')].some((e) => e.textContent === u), other);
    await listed(compare, ['allstacks.localhost', 'hall-monitor.localhost']);
    await compare.close();
  });

  it('moves a page to another vendor (later readings follow), splits one off to a new vendor, and undoes the split', async () => {
    const compare = await ComparePage.open(s.browser);
    let panel = await VendorPanel.open(compare.page, 'allstacks.localhost');
    const faq = url('allstacks', '/allstacks.html?page=faq');
    const n = (await panel.pages()).indexOf(faq) + 1;
    expect(n).toBeGreaterThan(0);
    await panel.root.getByTestId(`move-to-${n}`).selectOption('hall-monitor.localhost');
    await panel.root.getByRole('button', { name: 'Move page' }).nth(n - 1).click();
    await compare.page.waitForFunction((u) => ![...document.querySelectorAll('.page-url')].some((e) => e.textContent === u), faq);
    panel = await VendorPanel.open(compare.page, 'hall-monitor.localhost');
    expect(await panel.pages()).toContain(faq);
    await PopupPage.assess(s.browser, faq);
    await compare.page.waitForFunction(() => document.querySelectorAll('[data-testid="vendor-list"] li').length === 2);
    expect(await panel.pages()).toContain(faq);

    // Split: the page goes to a new vendor of its own.
    const m = (await panel.pages()).indexOf(faq) + 1;
    await panel.root.getByTestId(`move-to-${m}`).selectOption({ label: `a new vendor (split from ${await panel.title()})…` });
    await panel.root.getByTestId(`new-vendor-${m}`).fill('Allstacks Labs');
    await panel.root.getByRole('button', { name: 'Move page' }).nth(m - 1).click();
    await listed(compare, ['allstacks.localhost', 'hall-monitor.localhost', 'allstacks.localhost/allstacks-labs']);
    expect(await names(compare)).toContain('Allstacks Labs');
    expect(await panel.undoText()).toContain('to a new vendor, Allstacks Labs');
    await panel.undo();
    await listed(compare, ['allstacks.localhost', 'hall-monitor.localhost']);
    expect(await panel.pages()).toContain(faq);
    await compare.close();
  });

  it('the panel passes axe with no serious or critical problem', async () => {
    const compare = await ComparePage.open(s.browser);
    const panel = await VendorPanel.open(compare.page, 'allstacks.localhost');
    await panel.root.getByTestId('move-to-1').selectOption({ index: 1 });
    await panel.root.getByTestId('move-to-1').selectOption({ label: `a new vendor (split from ${await panel.title()})…` });
    await panel.removeTag('HR');
    expect(await seriousViolations(compare.page)).toEqual([]);
    await compare.close();
  });
});
