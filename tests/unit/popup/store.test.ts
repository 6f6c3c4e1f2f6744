import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPopupStore, UNSAVED, type PopupDeps } from '../../../components/popup/store';
import { AssayDb } from '../../../store/database';
import { createRepository } from '../../../store/repository';
import { diffAssessments } from '../../../assessment/diff';
import type { PopupBrowser, TabInfo } from '../../../browser/popup-services';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { scoreAssessment } from '../../../rubric/score';
import { summarize } from '../../../claims/summary';
import type { Extraction, Summary } from '../../../claims/types';

const URL1 = 'https://trust.acme-widgets.example/security';

function extraction(over: Partial<Record<keyof Summary, { value: unknown; evidence: string[] }>>, url = URL1): Extraction {
  const summary = { ...summarize({}), ...over } as Summary;
  const claims = Object.fromEntries(
    Object.entries(over).map(([field, f]) => [field, { field, value: f!.value, evidence: f!.evidence.map((quote) => ({ quote, block: 0, start: 0, end: quote.length })), conflicts: [], extractor: { id: field, version: 1 } }]),
  );
  return { vendor: 'Acme Widgets', title: 'Security — Acme Widgets', url, lang: 'en', partial: false, claims, summary, extractors: { soc2: 1 }, timings: { read: 1, extract: 1 } };
}

function fakeBrowser(tab: TabInfo | undefined, read: () => Extraction, onPage: string[] = []): PopupBrowser {
  return {
    currentTab: async () => tab,
    waitUntilLoaded: async () => (tab ? { ...tab, status: 'complete' } : undefined),
    fileAccess: async () => false,
    extract: async () => read(),
    highlight: async (_id, quote) => onPage.includes(quote),
  };
}

let db: AssayDb;
let repo: ReturnType<typeof createRepository>;
beforeEach(() => {
  db = new AssayDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  repo = createRepository(db);
});

function deps(browser: PopupBrowser): PopupDeps {
  return {
    browser,
    repo,
    activeRubric: async () => DEFAULT_PRESET,
    score: (a, r) => scoreAssessment(a.summary, r, a.overrides),
    changes: (b, a) => diffAssessments(b, a).map((c) => c.text),
  };
}

const tab: TabInfo = { id: 7, url: URL1, title: 'Security — Acme Widgets', status: 'complete' };

describe('the popup flow', () => {
  it('explains a page Assay cannot read instead of showing a blank', async () => {
    const store = createPopupStore(deps(fakeBrowser({ id: 1, url: 'chrome://settings', status: 'complete' }, () => extraction({}))));
    await store.getState().start();
    expect(store.getState().phase).toBe('unsupported');
    expect(store.getState().message).toMatch(/browser page/);
  });

  it('reads, scores and saves a new page', async () => {
    const store = createPopupStore(deps(fakeBrowser(tab, () => extraction({ soc2: { value: 'type2', evidence: ['We are SOC 2 Type II audited.'] } }))));
    await store.getState().start();
    const s = store.getState();
    expect(s.phase).toBe('ready');
    expect(s.vendor).toEqual(expect.objectContaining({ id: 'acme-widgets.example' }));
    expect(s.score?.criteria.find((c) => c.field === 'soc2')?.verdict).toBe('pass');
    expect((await repo.latestFor(URL1))?.summary.soc2.value).toBe('type2');
    expect(s.changes).toEqual([]);
  });

  it('shows the stored assessment first, then what changed since', async () => {
    await createPopupStore(deps(fakeBrowser(tab, () => extraction({ soc2: { value: 'planned', evidence: ['SOC 2 is on our roadmap.'] } })))).getState().start();
    const store = createPopupStore(deps(fakeBrowser(tab, () => extraction({ soc2: { value: 'type2', evidence: ['We completed our SOC 2 Type II audit.'] } }))));
    const phases: string[] = [];
    store.subscribe((s) => phases.push(s.phase));
    await store.getState().start();
    expect(phases).toContain('stored');
    expect(store.getState().changes).toContain('SOC 2: planned → Type II');
    expect(await repo.historyFor('acme-widgets.example')).toHaveLength(2);
  });

  it('keeps a reviewer override, rescoring at once and on the next reading', async () => {
    const read = () => extraction({ soc2: { value: 'planned', evidence: ['SOC 2 is on our roadmap.'] } });
    const store = createPopupStore(deps(fakeBrowser(tab, read)));
    await store.getState().start();
    const before = store.getState().score!.total;
    await store.getState().override('soc2', 'type2', 'Read their 2026 Type II report');
    const row = store.getState().score!.criteria.find((c) => c.field === 'soc2')!;
    expect(row.overridden).toBe(true);
    expect(row.verdict).toBe('pass');
    expect(store.getState().score!.total).toBeGreaterThan(before);
    // The score is computed on read, never stored: the record keeps the override, not a total.
    const kept = await repo.getAssessment(store.getState().assessment!.id);
    expect(kept?.overrides.soc2?.value).toBe('type2');
    expect(kept && 'score' in kept).toBe(false);
    const again = createPopupStore(deps(fakeBrowser(tab, read)));
    await again.getState().start();
    expect(again.getState().assessment?.overrides.soc2).toEqual(expect.objectContaining({ value: 'type2', note: 'Read their 2026 Type II report', by: 'reviewer' }));
  });

  it('rejects an override value that does not fit the field, keeping the old value', async () => {
    const store = createPopupStore(deps(fakeBrowser(tab, () => extraction({}))));
    await store.getState().start();
    await store.getState().override('soc2', 'typeII', '');
    expect(store.getState().message).toBeTruthy();
    expect(store.getState().assessment?.overrides.soc2).toBeUndefined();
  });

  it('says when a quote cannot be found on the page again', async () => {
    const store = createPopupStore(deps(fakeBrowser(tab, () => extraction({}), ['on the page'])));
    await store.getState().start();
    await store.getState().showQuote('on the page');
    expect(store.getState().highlight).toEqual({ quote: 'on the page', found: true });
    await store.getState().showQuote('gone from the page');
    expect(store.getState().highlight).toEqual({ quote: 'gone from the page', found: false });
  });

  it('reports a reader failure clearly and saves nothing', async () => {
    const store = createPopupStore(deps(fakeBrowser(tab, () => { throw new Error('Cannot access contents of the page.'); })));
    await store.getState().start();
    expect(store.getState().phase).toBe('error');
    expect(store.getState().message).toMatch(/did not let Assay read this page/);
    expect(await repo.latestFor(URL1)).toBeUndefined();
  });

  it('shows the reading before it is saved, then the saved record; a correction made meanwhile waits for the save', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const slowRepo = { ...repo, saveAssessment: async (...a: Parameters<typeof repo.saveAssessment>) => (await held, repo.saveAssessment(...a)) };
    const store = createPopupStore({ ...deps(fakeBrowser(tab, () => extraction({ soc2: { value: 'planned', evidence: ['SOC 2 is on our roadmap.'] } }))), repo: slowRepo });
    const started = store.getState().start();
    await vi.waitFor(() => expect(store.getState().phase).toBe('ready'));
    expect(store.getState()).toEqual(expect.objectContaining({ saving: true, problem: null }));
    expect(store.getState().assessment?.id).toBe(UNSAVED);
    expect(store.getState().score?.criteria.find((c) => c.field === 'soc2')?.verdict).not.toBe('pass');
    const corrected = store.getState().override('soc2', 'type2', 'Read their report');
    release();
    await Promise.all([started, corrected]);
    const s = store.getState();
    expect(s.saving).toBe(false);
    expect(s.assessment?.id).not.toBe(UNSAVED);
    expect(s.score?.criteria.find((c) => c.field === 'soc2')?.verdict).toBe('pass');
    expect((await repo.getAssessment(s.assessment!.id))?.overrides.soc2?.value).toBe('type2');
  });

  it('keeps the reading on screen and says it is not saved when saving fails', async () => {
    const fullRepo = { ...repo, saveAssessment: async () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })) };
    const store = createPopupStore({ ...deps(fakeBrowser(tab, () => extraction({ soc2: { value: 'type2', evidence: ['We are SOC 2 Type II audited.'] } }))), repo: fullRepo });
    await store.getState().start();
    const s = store.getState();
    expect(s.phase).toBe('ready');
    expect(s.saving).toBe(false);
    expect(s.assessment?.summary.soc2.value).toBe('type2');
    expect(s.problem?.kind).toBe('not-saved');
  });
});
