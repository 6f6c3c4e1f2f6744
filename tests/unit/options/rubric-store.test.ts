import { describe, expect, it } from 'vitest';
import { createRubricEditorStore, memoryRepository } from '../../../components/options/rubric-store';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { serialiseRubric } from '../../../rubric/schema';
import { scoreAssessment } from '../../../rubric/score';

async function ready(repo = memoryRepository()) {
  const store = createRubricEditorStore(repo);
  await store.getState().load();
  return { store, repo, s: () => store.getState() };
}

describe('rubric editor store', () => {
  it('starts on the default preset, active, with the presets listed', async () => {
    const { s } = await ready();
    expect(s()).toMatchObject({ status: 'ready', activeId: 'default', selectedId: 'default', dirty: false, stored: [] });
    expect(s().presets).toHaveLength(4);
  });

  it('does not edit presets: duplicate first', async () => {
    const { s } = await ready();
    s().updateCriterion(0, { weight: 9 });
    expect(s().draft).toBe(DEFAULT_PRESET);
    await s().duplicate();
    expect(s()).toMatchObject({ selectedId: 'default-copy', draft: { name: 'Balanced default (copy)', basedOn: 'default', version: 1 } });
  });

  it('edits, validates, saves with a new version; the preview rubric changes the score', async () => {
    const { s, repo } = await ready();
    await s().duplicate();
    const values = { soc2: { value: 'type2', evidence: [] } };
    const before = scoreAssessment(values, s().lastValid).total;
    s().updateCriterion(0, { weight: 30 });
    expect(s()).toMatchObject({ dirty: true, draftError: null });
    expect(scoreAssessment(values, s().lastValid).total).toBeGreaterThan(before);
    await s().save();
    expect(s()).toMatchObject({ dirty: false, notice: 'Saved version 2.' });
    expect(repo.rows.get('default-copy')?.criteria[0]?.weight).toBe(30);
  });

  it('refuses to save an invalid draft and keeps the last valid one for the preview', async () => {
    const { s, repo } = await ready();
    await s().duplicate();
    const valid = s().lastValid;
    s().updateCriterion(1, { weight: 0 });
    expect(s().draftError).toBe('criteria[1] "iso27001".weight: must be greater than 0');
    expect(s().lastValid).toBe(valid);
    await s().save();
    expect(repo.rows.get('default-copy')?.criteria[1]?.weight).toBe(2);
  });

  it('says so when switching rubric discards unsaved edits', async () => {
    const { s } = await ready();
    await s().duplicate();
    s().describe('For EU buyers');
    expect(s().draft.description).toBe('For EU buyers');
    s().select('eu-residency');
    expect(s()).toMatchObject({ selectedId: 'eu-residency', dirty: false, notice: 'Discarded unsaved changes to "Balanced default (copy)".' });
  });

  it('adds and removes criteria', async () => {
    const { s } = await ready();
    await s().duplicate();
    s().addCriterion('uptimeTarget');
    expect(s().draft.criteria.at(-1)).toMatchObject({ id: 'uptime-target', kind: 'threshold', bands: [{ min: 99.9, points: 1 }, { min: 99, points: 0.5 }] });
    s().addCriterion('soc2');
    expect(s().draft.criteria.at(-1)).toMatchObject({ id: 'soc2-2', kind: 'table', points: { type2: 1, type1: 0 } });
    expect(s().draftError).toBeNull();
    s().removeCriterion(0);
    expect(s().draft.criteria[0]?.id).toBe('iso27001');
  });

  it('resets to its preset, keeping id and name', async () => {
    const { s } = await ready();
    await s().duplicate();
    s().removeCriterion(0);
    s().resetToPreset();
    expect(s().draft.criteria).toEqual(DEFAULT_PRESET.criteria);
    expect(s().draft).toMatchObject({ id: 'default-copy', version: 2 });
  });

  it('activates a rubric and remembers it across loads', async () => {
    const { s, repo } = await ready();
    await s().duplicate();
    await s().activate();
    const again = await ready(repo);
    expect(again.s()).toMatchObject({ activeId: 'default-copy', selectedId: 'default-copy' });
  });

  it('imports a valid rubric under a fresh id when its id is taken', async () => {
    const { s } = await ready();
    expect(await s().importText(serialiseRubric(DEFAULT_PRESET))).toBe(true);
    expect(s()).toMatchObject({ selectedId: 'default-2', importError: null });
    expect(s().notice).toMatch(/its id "default" was taken, so it is "default-2"/);
  });

  it('rejects a bad import with a message naming the field and leaves everything untouched', async () => {
    const { s, repo } = await ready();
    await s().duplicate();
    s().rename('Mine');
    const before = { draft: s().draft, stored: s().stored, selectedId: s().selectedId };
    const bad = { ...DEFAULT_PRESET, criteria: [{ ...DEFAULT_PRESET.criteria[0], weight: -2 }] };
    expect(await s().importText(JSON.stringify(bad))).toBe(false);
    expect(s().importError).toBe('criteria[0] "soc2".weight: must be greater than 0');
    expect({ draft: s().draft, stored: s().stored, selectedId: s().selectedId }).toEqual(before);
    expect(await s().importText('not json')).toBe(false);
    expect(s().importError).toMatch(/^not valid JSON/);
    expect(repo.rows.size).toBe(1);
  });

  it('deletes the selected rubric; the active one falls back to the default', async () => {
    const { s, repo } = await ready();
    await s().duplicate();
    await s().activate();
    await s().remove();
    expect(s()).toMatchObject({ activeId: 'default', selectedId: 'default', stored: [] });
    expect(await repo.getActiveId()).toBeNull();
  });

  it('skips stored rubrics that no longer validate, saying why', async () => {
    const repo = memoryRepository();
    repo.list = async () => [{ id: 'broken', name: 'Broken', criteria: [] }];
    const { s } = await ready(repo);
    expect(s().invalidStored).toEqual(['broken: criteria: needs at least one criterion']);
  });

  it('exports the draft as canonical JSON', async () => {
    const { s } = await ready();
    expect(s().exportText()).toBe(serialiseRubric(DEFAULT_PRESET));
  });
});
