import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPopupStore, type PopupDeps, type PopupState } from '../../../components/popup/store';
import { AssayDb } from '../../../store/database';
import { createRepository } from '../../../store/repository';
import { StorageFullError } from '../../../store/errors';
import { diffAssessments } from '../../../assessment/diff';
import type { PopupBrowser, Reading, TabInfo } from '../../../browser/popup-services';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { scoreAssessment } from '../../../rubric/score';
import { summarize } from '../../../claims/summary';
import type { Summary } from '../../../claims/types';
import type { Unreadable } from '../../../reader/readable';

const URL1 = 'https://trust.acme-widgets.example/security';
const tab: TabInfo = { id: 7, url: URL1, title: 'Security — Acme Widgets', status: 'complete' };

function reading(over: Partial<Record<keyof Summary, { value: unknown; evidence: string[] }>>, unreadable: Unreadable | null = null): Reading {
  const summary = { ...summarize({}), ...over } as Summary;
  const claims = Object.fromEntries(
    Object.entries(over).map(([field, f]) => [field, { field, value: f!.value, evidence: f!.evidence.map((quote) => ({ quote, block: 0, start: 0, end: quote.length })), conflicts: [], extractor: { id: field, version: 1 } }]),
  );
  return { vendor: 'Acme Widgets', title: 'Security — Acme Widgets', url: URL1, lang: 'en', partial: false, claims, summary, extractors: { soc2: 1 }, timings: { read: 1, extract: 1 }, stats: { blocks: 3, chars: 120 }, reading: { unreadable, unreadableFrames: [], waitedMs: 0 } };
}

const TWO = { soc2: { value: 'type2', evidence: ['We are SOC 2 Type II audited.'] }, encryptionAtRest: { value: 'AES-256', evidence: ['AES-256 at rest.'] } };

function fakeBrowser(read: () => Reading | Promise<Reading>): PopupBrowser & { changed?: () => void } {
  const b: PopupBrowser & { changed?: () => void } = {
    currentTab: async () => tab,
    waitUntilLoaded: async () => tab,
    fileAccess: async () => false,
    extract: async () => read(),
    highlight: async () => ({ found: true, where: 'inside the collapsed answer “Where is my data stored?”' }),
    onPageChanged: (_id, onChange) => {
      b.changed = onChange;
      return () => undefined;
    },
  };
  return b;
}

let db: AssayDb;
let repo: ReturnType<typeof createRepository>;
beforeEach(() => {
  db = new AssayDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  repo = createRepository(db);
});

function deps(browser: PopupBrowser, r: PopupDeps['repo'] = repo): PopupDeps {
  return { browser, repo: r, activeRubric: async () => DEFAULT_PRESET, score: (a, rb) => scoreAssessment(a.summary, rb, a.overrides), changes: (b, a) => diffAssessments(b, a).map((c) => c.text) };
}

const busy = (s: PopupState) => s.phase === 'starting' || s.phase === 'reading' || s.phase === 'stored';

describe('a page Assay could not read', () => {
  for (const reason of ['empty', 'error-page', 'login-wall', 'images-only', 'pdf', 'frame'] as const) {
    it(`(${reason}) gets the couldn't-read state, no grade, and nothing is written to the store`, async () => {
      const store = createPopupStore(deps(fakeBrowser(() => reading({}, { reason, message: `because ${reason}` }))));
      await store.getState().start();
      const s = store.getState();
      expect(s.phase).toBe('unreadable');
      expect(s.unreadable).toEqual({ reason, message: `because ${reason}` });
      expect(s.score).toBeNull();
      expect(busy(s)).toBe(false);
      expect(await db.assessments.count()).toBe(0);
      expect(await db.vendors.count()).toBe(0);
    });
  }

  it('keeps the stored assessment as it was when a later reading cannot read the page', async () => {
    await createPopupStore(deps(fakeBrowser(() => reading(TWO)))).getState().start();
    const store = createPopupStore(deps(fakeBrowser(() => reading({}, { reason: 'error-page', message: 'The site answered 404 (not found).' }))));
    await store.getState().start();
    const s = store.getState();
    expect(s.phase).toBe('stale');
    expect(s.problem?.text).toMatch(/404/);
    expect(s.assessment?.summary.soc2.value).toBe('type2');
    expect(await db.assessments.count()).toBe(1);
  });

  it('reads again by itself when an empty page fills in (late content)', async () => {
    let n = 0;
    const b = fakeBrowser(() => (n++ === 0 ? reading({}, { reason: 'empty', message: 'no text' }) : reading(TWO)));
    const store = createPopupStore(deps(b));
    await store.getState().start();
    expect(store.getState().phase).toBe('unreadable');
    b.changed!();
    await new Promise((r) => setTimeout(r, 50));
    expect(store.getState().phase).toBe('ready');
    expect(await db.assessments.count()).toBe(1);
  });

  it('offers Re-read when a read page changes, and reads it again on request', async () => {
    let n = 0;
    const b = fakeBrowser(() => (n++ === 0 ? reading(TWO) : reading({ ...TWO, breachNoticeHours: { value: 72, evidence: ['within 72 hours'] } })));
    const store = createPopupStore(deps(b));
    await store.getState().start();
    b.changed!();
    expect(store.getState().pageChanged).toBe(true);
    await store.getState().reread();
    expect(store.getState().pageChanged).toBe(false);
    expect(store.getState().assessment?.summary.breachNoticeHours.value).toBe(72);
  });
});

describe('every failure ends in a state the reviewer can act on (issue 12, defects 6 and 11)', () => {
  it('a failed re-read shows the stored assessment with “couldn’t re-read” and Retry, never busy', async () => {
    await createPopupStore(deps(fakeBrowser(() => reading(TWO)))).getState().start();
    let fail = true;
    const store = createPopupStore(deps(fakeBrowser(() => {
      if (fail) throw new Error('Reading the page took too long; try again once it has settled.');
      return reading(TWO);
    })));
    await store.getState().start();
    let s = store.getState();
    expect(s.phase).toBe('stale');
    expect(busy(s)).toBe(false);
    expect(s.problem).toEqual({ kind: 'reread-failed', text: expect.stringMatching(/too long/) });
    expect(s.score?.total).toBeGreaterThan(0);
    fail = false;
    await s.reread();
    s = store.getState();
    expect(s.phase).toBe('ready');
    expect(s.problem).toBeNull();
  });

  it('a bad stored correction does not block re-reading', async () => {
    await createPopupStore(deps(fakeBrowser(() => reading(TWO)))).getState().start();
    const first = await repo.latestFor(URL1);
    await db.assessments.update(first!.id, { overrides: { retentionDays: { value: -5, note: '', by: 'reviewer', at: new Date().toISOString() } } });
    const store = createPopupStore(deps(fakeBrowser(() => reading(TWO))));
    await store.getState().start();
    expect(store.getState().phase).toBe('ready');
    expect(store.getState().assessment?.overrides.retentionDays).toBeUndefined();
  });

  it('storage unavailable: the reading is still shown, “not saved” with a plain reason, no raw Dexie text', async () => {
    const broken = createRepository(new AssayDb({ indexedDB: undefined as never, IDBKeyRange }));
    const store = createPopupStore(deps(fakeBrowser(() => reading(TWO)), broken));
    await store.getState().start();
    const s = store.getState();
    expect(s.phase).toBe('ready');
    expect(busy(s)).toBe(false);
    expect(s.score?.criteria.find((c) => c.field === 'soc2')?.verdict).toBe('pass');
    expect(s.problem?.kind).toBe('not-saved');
    expect(s.problem?.text).toMatch(/^Not saved: .*storage/);
    expect(s.problem?.text).not.toMatch(/MissingAPIError|tinyurl|Dexie/i);
    expect(s.vendor?.id).toBe('acme-widgets.example');
  });

  it('quota full: the reading is still shown, “not saved”, with how to free space', async () => {
    const full = { ...repo, saveAssessment: async () => { throw new StorageFullError(new Dexie.QuotaExceededError()); } };
    const store = createPopupStore(deps(fakeBrowser(() => reading(TWO)), full));
    await store.getState().start();
    const s = store.getState();
    expect(s.phase).toBe('ready');
    expect(s.assessment?.summary.soc2.value).toBe('type2');
    expect(s.problem?.text).toMatch(/full.*delet/i);
    expect(await db.assessments.count()).toBe(0);
  });

  it('a quote found inside a panel Assay could not open says where it is', async () => {
    const store = createPopupStore(deps(fakeBrowser(() => reading(TWO))));
    await store.getState().start();
    await store.getState().showQuote('AES-256 at rest.');
    expect(store.getState().highlight).toEqual({ quote: 'AES-256 at rest.', found: true, where: 'inside the collapsed answer “Where is my data stored?”' });
  });
});
