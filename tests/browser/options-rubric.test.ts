import { describe, expect, it } from 'vitest';
import { useSession } from './session';
import { ComparePage } from './pages/compare';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

const s = useSession();

async function compareScores() {
  const compare = await ComparePage.open(s.browser);
  await compare.selectAll();
  const scores = await compare.scores();
  await compare.close();
  return scores;
}

async function popupScore(url: string) {
  const popup = await PopupPage.openFor(s.browser, url);
  await popup.ready();
  const score = await popup.score();
  await popup.close();
  return score;
}

describe('the options page rubric editor', () => {
  it('a heavier weight, saved and made active, changes the preview, the popup and the compare page scores', async () => {
    const url = s.server.url('/ohallo.html');
    const tab = await s.browser.context.newPage();
    await tab.goto(url);
    const before = await popupScore(url);
    const compareBefore = await compareScores();

    const options = await OptionsPage.open(s.browser);
    await options.button('Duplicate');
    const preview = await options.previewScore();
    await options.setWeight('Breach notice', '20');
    await expect.poll(() => options.previewScore()).not.toBe(preview);
    await options.button('Save');
    await expect.poll(() => options.notice()).toBe('Saved version 2.');
    await options.button('Make active');
    await options.close();

    const after = await popupScore(url);
    expect(after.total).not.toBe(before.total);
    expect(await compareScores()).not.toEqual(compareBefore);
    await tab.close();
  });

  it('rejects a bad rubric file with an alert naming the field, and keeps the rubric', async () => {
    const options = await OptionsPage.open(s.browser);
    const before = await options.previewScore();
    await options.importFile('bad.json', JSON.stringify({ id: 'bad', name: 'Bad', criteria: [{ id: 'x', field: 'breachNoticeHours', label: 'X', kind: 'threshold', bands: [{ max: 24, points: 1 }], weight: -3, question: 'Q?' }] }));
    await expect.poll(() => options.alert()).toContain('criteria[0] "x".weight: must be greater than 0');
    expect(await options.previewScore()).toBe(before);
    await options.importFile('not.json', 'this is not json');
    await expect.poll(() => options.alert()).toContain('not valid JSON');
    await options.close();
  });
});
