import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AssessmentHead, AssessmentRecord } from '../../store/schema';
import type { ConflictReading } from '../../rubric/score';
import { disagreementsOf, type MergedField } from '../../assessment/merge';
import type { NewAssessment } from '../../store/repository';
import { checkTab } from '../../browser/tab-support';
import type { PopupBrowser, Reading, TabInfo } from '../../browser/popup-services';
import type { Unreadable } from '../../reader/readable';
import type { Rubric } from '../../rubric/schema';
import type { Score } from '../../rubric/score';
import { checkOverrideValue } from '../../assessment/overrides';
import type { OverrideDetails } from '../../claims/types';
import { buildRecord } from '../../assessment/types';
import { SCHEMA_VERSION } from '../../store/schema';
import { storageProblem } from './storage-problem';
import type { PageLink } from '../../reader/links';

/**
 * `unreadable`: the page is not the vendor's content (nothing saved, no grade); `stale`: the stored
 * assessment is shown because the re-read failed (see `problem`). Only starting, reading and stored are busy.
 */
export type Phase = 'starting' | 'stored' | 'reading' | 'ready' | 'unsupported' | 'error' | 'unreadable' | 'stale';

/** Something went wrong that the reviewer can act on: shown with the reading, with a Retry. */
export interface Problem {
  kind: 'reread-failed' | 'not-saved';
  text: string;
}

/** What the popup needs from the rest of Assay; injected so the flow is tested without a browser. */
export interface PopupDeps {
  browser: PopupBrowser;
  repo: {
    latestFor(url: string): Promise<AssessmentRecord | undefined>;
    saveAssessment(input: NewAssessment): Promise<AssessmentRecord>;
    setOverride(assessmentId: string, field: string, o: { value: unknown; note?: string } & OverrideDetails): Promise<AssessmentRecord>;
    clearOverride(assessmentId: string, field: string): Promise<AssessmentRecord>;
    getVendor(id: string): Promise<{ id: string; name: string } | undefined>;
    /** The vendor's stored readings without claims, to show where this page disagrees with its other pages. */
    vendorHeads?(vendorId: string): Promise<AssessmentHead[]>;
  };
  activeRubric(): Promise<Rubric>;
  score(a: Pick<AssessmentRecord, 'summary' | 'overrides'>, rubric: Rubric): Score;
  /** Human lines for what changed between two readings of a page ("SOC 2: planned → Type II"). */
  changes(before: AssessmentRecord, after: AssessmentRecord): string[];
}

export interface PopupState {
  phase: Phase;
  /** Why the popup cannot go on (unsupported page, error), or a note (still loading). */
  message: string | null;
  tab: TabInfo | null;
  vendor: { id: string; name: string } | null;
  assessment: AssessmentRecord | null;
  /** The earlier reading the current one was compared with. */
  previous: AssessmentRecord | null;
  rubric: Rubric | null;
  score: Score | null;
  changes: string[];
  /** The quote last pointed at on the page, whether it was found there, and where when it stays hidden. */
  highlight: { quote: string; found: boolean; where?: string } | null;
  /** Why the page could not be read (phase `unreadable`, or `stale` after an unreadable re-read). */
  unreadable: Unreadable | null;
  /** A failed re-read or a reading that could not be saved. */
  problem: Problem | null;
  /** True while Assay waits for a loading or still-rendering page to settle. */
  waiting: boolean;
  /** The page changed after Assay read it: offer "Re-read". */
  pageChanged: boolean;
  /** Frames of other sites on the page that Assay may not read. */
  unreadableFrames: string[];
  /** Links on the page that name a related topic (the vendor's other pages are chosen from them). */
  links: PageLink[];
  /** True while the reading on screen is being saved (it is shown first: the reviewer is waiting). */
  saving: boolean;
  /** Fields where this page and another page of the vendor disagree (docs/DATA.md), with each page's reading. */
  conflicts: Record<string, ConflictReading[]>;
  start(): Promise<void>;
  /** Reads the page again (Retry, Re-read). */
  reread(): Promise<void>;
  showQuote(quote: string): Promise<void>;
  override(field: string, value: unknown, note: string, details?: OverrideDetails): Promise<void>;
  clearOverride(field: string): Promise<void>;
}

const READ_TIMEOUT_MS = 15_000;

function message(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  if (/Cannot access|cannot be scripted|Missing host permission/i.test(text)) {
    return 'The browser did not let Assay read this page. Click the Assay button on the page itself (not from another tab) and try again.';
  }
  return text;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('Reading the page took too long; try again once it has settled.')), ms))]);
}

export function createPopupStore(deps: PopupDeps): StoreApi<PopupState> {
  return createStore<PopupState>((set, get) => {
    const rescore = (a: AssessmentRecord) => {
      const rubric = get().rubric;
      return rubric ? deps.score(a, rubric) : null;
    };
    let watching = false;
    /** The save of the reading on screen, while it runs: a correction waits for it (it needs the saved id). */
    let pendingSave: Promise<void> | null = null;
    /** Where this reading disagrees with the vendor's other pages; loaded after the reading is on screen. */
    const loadConflicts = (a: AssessmentRecord) => {
      if (!deps.repo.vendorHeads || a.id === UNSAVED) return;
      deps.repo.vendorHeads(a.vendorId).then(
        (heads) => {
          if (get().assessment?.id !== a.id) return; // a newer reading is on screen
          const others = heads.filter((h) => h.url !== a.url);
          const found = others.length === 0 ? new Map<string, MergedField>() : disagreementsOf(a.url, [a, ...others]);
          set({ conflicts: Object.fromEntries([...found].map(([field, f]) => [field, f.disagreement.map((r) => ({ value: r.value, url: r.url, assessedAt: r.assessedAt, evidence: r.evidence }))])) });
        },
        () => undefined, // the rows still show this page's reading
      );
    };

    /** Reads the page, then saves the reading; every failure ends in a state the reviewer can act on. */
    const startReading = (tab: TabInfo) => {
      performance.mark('assay:extract-start');
      const reading = withTimeout(deps.browser.extract(tab.id), READ_TIMEOUT_MS);
      reading.catch(() => undefined); // awaited in read(); a failure there ends in a state the reviewer can act on
      return reading;
    };
    const read = async (tab: TabInfo, stored: AssessmentRecord | null, storageDown: string | null, reading = startReading(tab)) => {
      const rubric = get().rubric!;
      // Asked alongside the reading, so a settled page pays nothing: a page still loading or still drawing
      // its text makes the reader wait (browser/settle.ts), and the popup says so meanwhile.
      let finished = false;
      void reading.then(() => (finished = true), () => (finished = true));
      deps.browser.mayBeUnsettled?.(tab.id).then((unsettled) => unsettled && !finished && set({ waiting: true }), () => undefined);
      const extraction: Reading = await reading;
      performance.measure('assay:extract', 'assay:extract-start');
      set({ waiting: false, unreadableFrames: extraction.reading?.unreadableFrames ?? [], links: extraction.reading?.links ?? [] });
      if (!watching && deps.browser.onPageChanged) {
        watching = true;
        deps.browser.onPageChanged(tab.id, () => {
          // A page that had nothing to read yet (late content) is read again at once; otherwise offer it.
          if (get().phase === 'unreadable' && get().unreadable?.reason === 'empty') void get().reread();
          else set({ pageChanged: true });
        });
      }
      const unreadable = extraction.reading?.unreadable ?? (extraction.stats?.blocks === 0 ? { reason: 'empty' as const, message: 'Assay found no text on this page (it may be empty, only images, or drawn on a canvas).' } : null);
      if (unreadable) {
        // Not the vendor's content: nothing is saved and nothing graded; a stored assessment stays as it was.
        if (stored) {
          set({ phase: 'stale', unreadable, problem: { kind: 'reread-failed', text: unreadable.message } });
          loadConflicts(stored);
        }
        else set({ phase: 'unreadable', unreadable, assessment: null, score: null, vendor: null });
        return;
      }
      const input: NewAssessment = {
        extraction: { ...extraction, url: extraction.url ?? tab.url ?? null, title: extraction.title ?? tab.title ?? null },
        siteName: extraction.vendor,
        rubric: { id: rubric.id, version: rubric.version },
        // A reviewer's correction is about the vendor, not one reading: carry it to the new reading (only
        // the ones the field accepts, so one bad correction cannot block every later reading).
        overrides: validOverrides(stored?.overrides ?? {}),
      };
      // Shown before it is saved: the reviewer is waiting, and saving (IndexedDB) takes longer than drawing.
      // The saved record (its id, the vendor's stored name) replaces it; a correction made meanwhile waits for it.
      const shown = await unsavedRecord(input);
      const score = deps.score(shown, rubric);
      const changes = stored ? deps.changes(stored, shown) : [];
      const seenVendor = get().vendor?.id === shown.vendorId ? get().vendor : null;
      set({
        phase: 'ready',
        message: null,
        unreadable: null,
        problem: storageDown === null ? null : { kind: 'not-saved', text: storageDown },
        vendor: seenVendor ?? { id: shown.vendorId, name: extraction.vendor ?? shown.vendorId },
        assessment: shown,
        previous: stored,
        score,
        changes,
        saving: storageDown === null,
      });
      if (storageDown !== null) return;
      const saveAndShow = async () => {
        let saved: AssessmentRecord;
        try {
          saved = await deps.repo.saveAssessment(input);
        } catch (e) {
          if (get().assessment === shown) set({ saving: false, problem: { kind: 'not-saved', text: storageProblem(e) } });
          return;
        }
        const vendor = (await deps.repo.getVendor(saved.vendorId).catch(() => undefined)) ?? get().vendor;
        if (get().assessment !== shown) return; // a newer reading is on screen
        // The same input as the reading shown: its score and changes stand; only the id and the vendor's stored name are new.
        set({ saving: false, vendor, assessment: saved });
        loadConflicts(saved);
      };
      const saving = saveAndShow();
      pendingSave = saving;
      await saving;
      if (pendingSave === saving) pendingSave = null;
    };
    return {
      phase: 'starting',
      message: null,
      tab: null,
      vendor: null,
      assessment: null,
      previous: null,
      rubric: null,
      score: null,
      changes: [],
      highlight: null,
      unreadable: null,
      problem: null,
      waiting: false,
      saving: false,
      pageChanged: false,
      unreadableFrames: [],
      links: [],
      conflicts: {},

      async start() {
        let tab: TabInfo | undefined;
        try {
          // Independent start-up reads run together: the reviewer is waiting on the first paint.
          const rubricLoad = deps.activeRubric();
          rubricLoad.catch(() => undefined);
          const [firstTab, fileAccess] = await Promise.all([deps.browser.currentTab(), deps.browser.fileAccess()]);
          tab = firstTab;
          let problem = checkTab(tab, fileAccess);
          if (problem?.reason === 'loading' && tab) {
            set({ tab, message: problem.message });
            tab = await deps.browser.waitUntilLoaded(tab.id, 10_000);
            problem = checkTab(tab, fileAccess);
          }
          if (problem || !tab) {
            set({ phase: 'unsupported', message: problem?.message ?? 'No tab.', tab: tab ?? null });
            return;
          }
          // Show what is stored at once, then read the page again (reading only after the stored assessment is
          // on screen: started earlier, it delays that first paint and gains the fresh reading nothing; see
          // bench/results.md). Storage that cannot be opened does not stop the reading: it is shown, marked not saved.
          let storageDown: string | null = null;
          const storedLoad = deps.repo.latestFor(tab.url!).then(
            (a) => a ?? null,
            (e: unknown) => {
              storageDown = storageProblem(e);
              return null;
            },
          );
          const [rubric, stored] = await Promise.all([rubricLoad, storedLoad]);
          set({ tab, rubric, message: null });
          if (stored) {
            performance.mark('assay:stored-loaded');
            const vendor = (await deps.repo.getVendor(stored.vendorId).catch(() => undefined)) ?? null;
            set({ phase: 'stored', assessment: stored, score: deps.score(stored, rubric), vendor });
          } else set({ phase: 'reading' });
          await read(tab, stored, storageDown);
        } catch (e) {
          set({ phase: get().assessment ? 'stale' : 'error', message: get().assessment ? null : message(e), waiting: false, problem: get().assessment ? { kind: 'reread-failed', text: message(e) } : null });
          const shown = get().assessment;
          if (shown) loadConflicts(shown);
        }
      },

      async reread() {
        const { tab, rubric, assessment } = get();
        if (!tab || !rubric) return;
        const stored = assessment && assessment.id !== UNSAVED ? assessment : null;
        set({ phase: stored ? 'stored' : 'reading', problem: null, pageChanged: false, message: null, unreadable: null });
        try {
          await read(tab, stored, null);
        } catch (e) {
          set({ phase: stored ? 'stale' : 'error', message: stored ? null : message(e), waiting: false, problem: stored ? { kind: 'reread-failed', text: message(e) } : null });
          if (stored) loadConflicts(stored);
        }
      },

      async showQuote(quote) {
        const tab = get().tab;
        if (!tab) return;
        // A quote read from a PDF cites its page; the browser's PDF viewer cannot be highlighted in.
        const onPage = Object.values(get().assessment?.claims ?? {}).flatMap((c) => c.evidence).find((e) => e.quote === quote)?.page;
        if (onPage !== undefined) {
          set({ highlight: { quote, found: true, where: `on page ${onPage} of the PDF` } });
          return;
        }
        let shown: { found: boolean; where?: string } = { found: false };
        try {
          const r = await deps.browser.highlight(tab.id, quote);
          shown = typeof r === 'boolean' ? { found: r } : r;
        } catch {
          shown = { found: false };
        }
        set({ highlight: { quote, ...shown } });
      },

      async override(field, value, note, details) {
        if (pendingSave) await pendingSave;
        const a = get().assessment;
        if (!a) return;
        try {
          const updated = await deps.repo.setOverride(a.id, field, { value, note, ...details });
          set({ assessment: updated, score: rescore(updated), message: null });
          loadConflicts(updated);
        } catch (e) {
          set({ message: message(e) });
        }
      },

      async clearOverride(field) {
        if (pendingSave) await pendingSave;
        const a = get().assessment;
        if (!a) return;
        const updated = await deps.repo.clearOverride(a.id, field);
        set({ assessment: updated, score: rescore(updated) });
        loadConflicts(updated);
      },
    };
  });
}

/** The id of a reading shown but not saved (storage unavailable or full). */
export const UNSAVED = 'unsaved';

function validOverrides(overrides: Record<string, AssessmentRecord['overrides'][string]>): AssessmentRecord['overrides'] {
  const out: AssessmentRecord['overrides'] = {};
  for (const [field, o] of Object.entries(overrides)) {
    try {
      checkOverrideValue(field, o.value);
      out[field] = o;
    } catch {
      // left on the old reading, where the reviewer can see and fix it
    }
  }
  return out;
}

/** The reading as a record that was not written anywhere, so the reviewer still sees what the page says. */
async function unsavedRecord(input: NewAssessment): Promise<AssessmentRecord> {
  const x = input.extraction;
  const { vendorFromUrl } = await import('../../assessment/vendor-domain');
  const vendor = x.url ? vendorFromUrl(x.url, { siteName: input.siteName, title: x.title }) : null;
  return buildRecord(input, { id: UNSAVED, vendorId: vendor?.id ?? 'unknown', assessedAt: new Date().toISOString(), schemaVersion: SCHEMA_VERSION });
}
