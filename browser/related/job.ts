import type { RelatedPage } from '../../assessment/related-pages';

/** Where one page of a read stands. */
export type PageState = 'queued' | 'reading' | 'read' | 'failed' | 'cancelled';

export interface PageProgress extends RelatedPage {
  state: PageState;
  /** Why it could not be read, or was not. */
  message?: string;
  /** Fields the page stated (after a read). */
  fields?: number;
  /** Milliseconds from the request to the saved reading. */
  ms?: number;
}

/** waiting: for the reviewer's permission; reading: pages in turn; then done, cancelled or refused (no permission). */
export type JobStatus = 'waiting' | 'reading' | 'done' | 'cancelled' | 'refused';

/** One "Read these pages" for one vendor: what the popup and the toolbar badge show. */
export interface JobState {
  vendorId: string;
  status: JobStatus;
  pages: PageProgress[];
  /** Why the job stopped before reading (refused) or a note. */
  message?: string;
  /** Milliseconds from the first request to the last page's end. */
  totalMs?: number;
}

/** What reading one page takes: the browser parts, injected so the job is tested without a browser. */
export interface JobDeps {
  /** Whether Assay may still read this page's site (checked before every page: the reviewer may revoke it). */
  allowed(url: string): Promise<boolean>;
  /** Fetches, reads, extracts and saves one page; resolves to the fields it stated; throws with the reason. */
  readPage(url: string, signal: AbortSignal): Promise<{ fields: number }>;
  /** Called on every change, with a fresh copy of the state. */
  onChange(state: JobState): void;
}

/**
 * Reads the listed pages one after another (one request at a time to the vendor's server), never
 * any page not listed. Each page ends read, failed (with the reason) or cancelled; a cancel stops the
 * page being read and every page after it. Resolves when the job ends.
 */
export async function runJob(initial: JobState, deps: JobDeps, signal: AbortSignal): Promise<JobState> {
  const state: JobState = { ...initial, status: 'reading', pages: initial.pages.map((p) => ({ ...p, state: 'queued' })) };
  const emit = () => deps.onChange({ ...state, pages: state.pages.map((p) => ({ ...p })) });
  const t0 = performance.now();
  emit();
  for (const page of state.pages) {
    if (signal.aborted) break;
    page.state = 'reading';
    emit();
    const start = performance.now();
    try {
      if (!(await deps.allowed(page.url))) throw new Error('Assay may no longer read this site (its permission was removed).');
      const { fields } = await deps.readPage(page.url, signal);
      Object.assign(page, { state: 'read', fields, ms: Math.round(performance.now() - start) });
    } catch (e) {
      if (signal.aborted) page.state = 'cancelled';
      else Object.assign(page, { state: 'failed', message: e instanceof Error ? e.message : String(e), ms: Math.round(performance.now() - start) });
    }
    emit();
  }
  for (const p of state.pages) if (p.state === 'queued') p.state = 'cancelled';
  state.status = signal.aborted ? 'cancelled' : 'done';
  state.totalMs = Math.round(performance.now() - t0);
  emit();
  return state;
}
