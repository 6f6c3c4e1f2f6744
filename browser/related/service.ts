import { extractWithinBudget } from '../extract-reading';
import { onVendorSite, siteOrigins, type RelatedPage } from '../../assessment/related-pages';
import { createRepository } from '../../store/repository';
import { loadActiveRubric } from '../../store/active-rubric';
import { fetchVendorPage } from './fetch-page';
import { runJob, type JobState } from './job';
import { RELATED_PORT, relatedRequest, type RelatedUpdate } from './protocol';
import { fromOwnPage } from '../messaging/receive';

type Port = ReturnType<typeof browser.runtime.connect>;

/** How long a job waits for the reviewer to answer the permission prompt. */
const PERMISSION_WAIT_MS = 120_000;

/**
 * "Read these pages", run in the background (service worker in Chrome, event page in Firefox): the popup
 * closes as soon as the reviewer clicks elsewhere, and the read must neither die with it nor pretend to
 * go on. The job's progress lives here; a popup opened again watches it again. Each page read is saved
 * as it ends, so a browser that stops the background mid-job keeps every page already read.
 */
export function serveRelatedReads(): void {
  const jobs = new Map<string, { state: JobState; abort: AbortController }>();
  const watchers = new Map<Port, string>();
  const ownId = browser.runtime.id;
  const ownOrigin = browser.runtime.getURL('/');
  const repo = createRepository();

  const publish = (state: JobState) => {
    const job = jobs.get(state.vendorId);
    if (job) job.state = state;
    const update: RelatedUpdate = { type: 'state', job: state };
    for (const [port, vendorId] of watchers) if (vendorId === state.vendorId) port.postMessage(update);
    // The toolbar badge shows progress while the popup is closed; setting it is also the extension API
    // call that keeps Chrome's service worker awake between pages.
    const done = state.pages.filter((p) => p.state !== 'queued' && p.state !== 'reading').length;
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    void action?.setBadgeText({ text: state.status === 'reading' ? `${done}/${state.pages.length}` : '' }).catch(() => undefined);
  };

  const start = async (vendorId: string, vendorName: string, site: string, pages: RelatedPage[]) => {
    const running = jobs.get(vendorId);
    if (running && (running.state.status === 'waiting' || running.state.status === 'reading')) return publish(running.state);
    // Chrome stops a service worker after 30 s without extension events; an extension API call resets that. The
    // job is bounded (PERMISSION_WAIT_MS, then at most MAX_RELATED pages of PAGE_TIMEOUT_MS each), and so is this.
    const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), 20_000);
    try {
      await job(vendorId, vendorName, site, pages);
    } finally {
      clearInterval(keepAlive);
    }
  };

  const job = async (vendorId: string, vendorName: string, site: string, pages: RelatedPage[]) => {
    const abort = new AbortController();
    const initial: JobState = { vendorId, status: 'waiting', pages: pages.map((p) => ({ url: p.url, text: p.text, topic: p.topic, state: 'queued' })) };
    jobs.set(vendorId, { state: initial, abort });
    // Never a page off the vendor's site, whatever the page sent.
    if (pages.some((p) => !onVendorSite(p.url, site))) return publish({ ...initial, status: 'refused', message: 'These pages are not all on the vendor’s own site; nothing was read.' });
    publish(initial);
    const origins = siteOrigins(site, pages.map((p) => p.url));
    if (!(await permitted(origins, abort.signal))) {
      const state = jobs.get(vendorId)!.state;
      return publish({ ...state, status: state.status === 'refused' ? 'refused' : 'cancelled', pages: state.pages.map((p) => ({ ...p, state: 'cancelled' })) });
    }
    const rubric = await loadActiveRubric(repo.rubrics).catch(() => null);
    await runJob(
      initial,
      {
        allowed: (url) => browser.permissions.contains({ origins: siteOrigins(site, [url]) }),
        async readPage(url, signal) {
          const fetched = await fetchVendorPage(url, signal);
          const extraction = extractWithinBudget(fetched.page, fetched.readMs);
          if (signal.aborted) throw new Error('cancelled');
          await repo.saveAssessment({ extraction: { ...extraction, url }, siteName: extraction.vendor, vendor: { id: vendorId, name: vendorName }, rubric: rubric && { id: rubric.id, version: rubric.version } });
          return { fields: Object.keys(extraction.claims).length };
        },
        onChange: publish,
      },
      abort.signal,
    );
  };

  const cancel = (vendorId: string, refused: boolean) => {
    const job = jobs.get(vendorId);
    if (!job || (job.state.status !== 'waiting' && job.state.status !== 'reading')) return;
    if (refused && job.state.status === 'waiting') job.state = { ...job.state, status: 'refused', message: 'You did not allow Assay to read this site; nothing was read.' };
    job.abort.abort();
  };

  browser.runtime.onConnect.addListener((port: Port) => {
    if (port.name !== RELATED_PORT) return;
    if (!fromOwnPage(port.sender, ownId, ownOrigin)) return port.disconnect();
    port.onMessage.addListener((raw: unknown) => {
      const m = relatedRequest.safeParse(raw);
      if (!m.success) return;
      const msg = m.data;
      if (msg.type === 'watch') {
        watchers.set(port, msg.vendorId);
        const update: RelatedUpdate = { type: 'state', job: jobs.get(msg.vendorId)?.state ?? null };
        port.postMessage(update);
      } else if (msg.type === 'start') void start(msg.vendorId, msg.vendorName, msg.site, msg.pages).catch(() => undefined);
      else cancel(msg.vendorId, msg.refused === true);
    });
    port.onDisconnect.addListener(() => watchers.delete(port));
  });
}

/** Waits until Assay holds these host permissions (granted by the reviewer's answer to the prompt); false on cancel or after PERMISSION_WAIT_MS. */
async function permitted(origins: string[], signal: AbortSignal): Promise<boolean> {
  const has = () => browser.permissions.contains({ origins });
  if (await has()) return true;
  return new Promise<boolean>((resolve) => {
    const finish = (ok: boolean) => {
      browser.permissions.onAdded.removeListener(onAdded);
      signal.removeEventListener('abort', onAbort);
      clearTimeout(timer);
      resolve(ok);
    };
    const onAdded = () => void has().then((ok) => ok && finish(true));
    const onAbort = () => finish(false);
    const timer = setTimeout(() => finish(false), PERMISSION_WAIT_MS);
    browser.permissions.onAdded.addListener(onAdded);
    signal.addEventListener('abort', onAbort);
  });
}
