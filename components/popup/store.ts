import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Extraction } from '../../claims/types';
import type { AssessmentRecord } from '../../store/schema';
import type { NewAssessment } from '../../store/repository';
import { checkTab } from '../../browser/tab-support';
import type { PopupBrowser, TabInfo } from '../../browser/popup-services';
import type { Rubric } from '../../rubric/schema';
import type { Score } from '../../rubric/score';

export type Phase = 'starting' | 'stored' | 'reading' | 'ready' | 'unsupported' | 'error';

/** What the popup needs from the rest of Assay; injected so the flow is tested without a browser. */
export interface PopupDeps {
  browser: PopupBrowser;
  repo: {
    latestFor(url: string): Promise<AssessmentRecord | undefined>;
    saveAssessment(input: NewAssessment): Promise<AssessmentRecord>;
    setOverride(assessmentId: string, field: string, o: { value: unknown; note?: string }): Promise<AssessmentRecord>;
    clearOverride(assessmentId: string, field: string): Promise<AssessmentRecord>;
    getVendor(id: string): Promise<{ id: string; name: string } | undefined>;
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
  /** The quote last pointed at on the page, and whether it was found there. */
  highlight: { quote: string; found: boolean } | null;
  start(): Promise<void>;
  showQuote(quote: string): Promise<void>;
  override(field: string, value: unknown, note: string): Promise<void>;
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

      async start() {
        try {
          // Independent start-up reads run together: the reviewer is waiting on the first paint.
          const rubricLoad = deps.activeRubric();
          rubricLoad.catch(() => undefined);
          const [firstTab, fileAccess] = await Promise.all([deps.browser.currentTab(), deps.browser.fileAccess()]);
          let tab = firstTab;
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
          // Show what is stored at once, then read the page again.
          const [rubric, stored] = await Promise.all([rubricLoad, deps.repo.latestFor(tab.url!).then((a) => a ?? null)]);
          set({ tab, rubric, message: null });
          if (stored) {
            performance.mark('assay:stored-loaded');
            const vendor = (await deps.repo.getVendor(stored.vendorId)) ?? null;
            set({ phase: 'stored', assessment: stored, score: deps.score(stored, rubric), vendor });
          }
          else set({ phase: 'reading' });
          performance.mark('assay:extract-start');
          const extraction: Extraction = await withTimeout(deps.browser.extract(tab.id), READ_TIMEOUT_MS);
          performance.measure('assay:extract', 'assay:extract-start');
          const saved = await deps.repo.saveAssessment({
            extraction: { ...extraction, url: extraction.url ?? tab.url ?? null, title: extraction.title ?? tab.title ?? null },
            siteName: extraction.vendor,
            rubric: { id: rubric.id, version: rubric.version },
            // A reviewer's correction is about the vendor, not one reading: carry it to the new reading.
            overrides: stored?.overrides ?? {},
          });
          set({
            phase: 'ready',
            message: extraction.stats?.blocks === 0 ? 'Assay found no text on this page (it may be empty, only images, or drawn on a canvas). Nothing below comes from the page.' : null,
            vendor: (await deps.repo.getVendor(saved.vendorId)) ?? null,
            assessment: saved,
            previous: stored,
            score: deps.score(saved, rubric),
            changes: stored ? deps.changes(stored, saved) : [],
          });
        } catch (e) {
          set({ phase: get().assessment ? 'stored' : 'error', message: message(e) });
        }
      },

      async showQuote(quote) {
        const tab = get().tab;
        if (!tab) return;
        let found = false;
        try {
          found = await deps.browser.highlight(tab.id, quote);
        } catch {
          found = false;
        }
        set({ highlight: { quote, found } });
      },

      async override(field, value, note) {
        const a = get().assessment;
        if (!a) return;
        try {
          const updated = await deps.repo.setOverride(a.id, field, { value, note });
          set({ assessment: updated, score: rescore(updated), message: null });
        } catch (e) {
          set({ message: message(e) });
        }
      },

      async clearOverride(field) {
        const a = get().assessment;
        if (!a) return;
        const updated = await deps.repo.clearOverride(a.id, field);
        set({ assessment: updated, score: rescore(updated) });
      },
    };
  });
}
