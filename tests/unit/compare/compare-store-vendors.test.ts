import { describe, expect, it } from 'vitest';
import { createCompareStore, type CompareDeps } from '../../../components/compare/store';
import { createRepository } from '../../../store/repository';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { parseRubric, type Rubric } from '../../../rubric/schema';
import { loadVendorViews } from '../../../compare/load';
import { freshDb, newAssessment } from '../store/helpers';

async function setUp(slowFirstLoad?: Promise<void>) {
  const repo = createRepository(freshDb());
  await repo.saveAssessment(newAssessment('https://acme.com/security'));
  await repo.saveAssessment(newAssessment('https://acme-mail.com/security'));
  const parsed = parseRubric(DEFAULT_PRESET);
  if (!parsed.ok) throw new Error(parsed.error);
  const rubric: Rubric = parsed.rubric;
  let calls = 0;
  const deps: CompareDeps = {
    activeRubric: async () => rubric,
    loadViews: async (r) => {
      const views = await loadVendorViews(repo, r);
      // The first load read the old data and answers late, after a newer load.
      if (++calls === 1 && slowFirstLoad) await slowFirstLoad;
      return views;
    },
    deleteVendor: (id) => repo.deleteVendor(id),
    restore: (d) => repo.restore(d),
    deleteAll: () => repo.deleteAll(),
    getVendor: (id) => repo.getVendor(id),
    editVendor: (id, p) => repo.editVendor(id, p),
    mergeVendors: (a, b) => repo.mergeVendors(a, b),
    movePage: (u, t) => repo.movePage(u, t),
  };
  return { repo, store: createCompareStore(deps) };
}

describe('the compare store’s vendor management', () => {
  it('puts every edit through the one undo bar and undoes the last one exactly', async () => {
    const { repo, store } = await setUp();
    await store.getState().load();
    await store.getState().openVendor('acme.com');
    await store.getState().rename('acme.com', 'Acme Group');
    expect(store.getState().undo?.label).toBe('Renamed Acme to Acme Group');
    expect(store.getState().editing?.name).toBe('Acme Group');
    await store.getState().merge('acme.com', 'acme-mail.com');
    expect(store.getState().undo?.label).toBe('Merged Acme Mail into Acme Group');
    expect(store.getState().views.map((v) => v.id)).toEqual(['acme.com']);
    await store.getState().undoLast();
    expect(store.getState().undo).toBeNull();
    expect(store.getState().views.map((v) => v.id).sort()).toEqual(['acme-mail.com', 'acme.com']);
    expect((await repo.getVendor('acme.com'))?.name).toBe('Acme Group');
  });

  it('shows an edit it cannot make as an error and changes nothing', async () => {
    const { repo, store } = await setUp();
    await store.getState().load();
    await store.getState().rename('acme.com', '   ');
    expect(store.getState().error).toBe('A vendor needs a name.');
    expect(store.getState().undo).toBeNull();
    expect((await repo.getVendor('acme.com'))?.name).toBe('Acme');
  });

  it('shows the newest load when an older one answers last', async () => {
    let release!: () => void;
    const { repo, store } = await setUp(new Promise<void>((ok) => (release = ok)));
    const stale = store.getState().load();
    await repo.mergeVendors('acme.com', 'acme-mail.com');
    await store.getState().load();
    release();
    await stale;
    expect(store.getState().views.map((v) => v.id)).toEqual(['acme.com']);
  });
});
