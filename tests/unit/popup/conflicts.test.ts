import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createPopupStore, type PopupDeps, type PopupState } from '../../../components/popup/store';
import { AssayDb } from '../../../store/database';
import { createRepository } from '../../../store/repository';
import { headsOfVendor } from '../../../store/vendor-heads';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { scoreAssessment } from '../../../rubric/score';
import { summarize } from '../../../claims/summary';
import type { Extraction, Summary } from '../../../claims/types';
import type { StoreApi } from 'zustand/vanilla';

const SECURITY = 'https://acme-widgets.example/security';
const TRUST = 'https://trust.acme-widgets.example/';

function extraction(url: string, soc2: string, quote: string): Extraction {
  const summary = { ...summarize({}), soc2: { value: soc2, evidence: [quote], strength: 3 } } as Summary;
  const claims = { soc2: { field: 'soc2', value: soc2, evidence: [{ quote, block: 0, start: 0, end: quote.length }], conflicts: [], extractor: { id: 'soc2', version: 1 }, strength: 3 as const } };
  return { vendor: 'Acme Widgets', title: 'Acme', url, lang: 'en', partial: false, claims, summary, extractors: { soc2: 1 }, timings: { read: 1, extract: 1 } };
}

function popupOn(repo: ReturnType<typeof createRepository>, url: string, x: Extraction, withHeads = true): StoreApi<PopupState> {
  const deps: PopupDeps = {
    browser: { currentTab: async () => ({ id: 1, url, title: 'Acme', status: 'complete' }), waitUntilLoaded: async () => undefined, fileAccess: async () => false, extract: async () => x, highlight: async () => false },
    repo: withHeads ? { ...repo, vendorHeads: (id: string) => headsOfVendor(repo.db, id) } : repo,
    activeRubric: async () => DEFAULT_PRESET,
    score: (a, r) => scoreAssessment(a.summary, r, a.overrides),
    changes: () => [],
  };
  return createPopupStore(deps);
}

const settled = (store: StoreApi<PopupState>, test: (s: PopupState) => boolean) =>
  new Promise<PopupState>((ok) => {
    if (test(store.getState())) ok(store.getState());
    const stop = store.subscribe((s) => test(s) && (stop(), ok(s)));
  });

describe('the popup marks where this page disagrees with the vendor’s other pages', () => {
  it('lists both pages’ readings for the field in conflict, and nothing for a page alone', async () => {
    const repo = createRepository(new AssayDb({ indexedDB: new IDBFactory(), IDBKeyRange }));
    const first = popupOn(repo, SECURITY, extraction(SECURITY, 'type1', 'We hold a SOC 2 Type I report.'));
    await first.getState().start();
    expect(first.getState().conflicts).toEqual({});
    const second = popupOn(repo, TRUST, extraction(TRUST, 'type2', 'Our SOC 2 Type II report is available.'));
    await second.getState().start();
    const s = await settled(second, (x) => 'soc2' in x.conflicts);
    expect(s.conflicts.soc2!.map((r) => [r.url, r.value, r.evidence])).toEqual([
      [TRUST, 'type2', ['Our SOC 2 Type II report is available.']],
      [SECURITY, 'type1', ['We hold a SOC 2 Type I report.']],
    ]);
    expect(Object.keys(s.conflicts)).toEqual(['soc2']);
  });

  it('a reviewer’s correction settles it; without the vendor’s heads the popup shows no conflict', async () => {
    const repo = createRepository(new AssayDb({ indexedDB: new IDBFactory(), IDBKeyRange }));
    await popupOn(repo, SECURITY, extraction(SECURITY, 'type1', 'Type I.')).getState().start();
    const store = popupOn(repo, TRUST, extraction(TRUST, 'type2', 'Type II.'));
    await store.getState().start();
    await settled(store, (x) => 'soc2' in x.conflicts);
    await store.getState().override('soc2', 'type2', 'Report seen');
    expect((await settled(store, (x) => !('soc2' in x.conflicts))).conflicts).toEqual({});
    const bare = popupOn(repo, SECURITY, extraction(SECURITY, 'type1', 'Type I.'), false);
    await bare.getState().start();
    expect(bare.getState().conflicts).toEqual({});
  });
});
