import type { RelatedPage } from '../../assessment/related-pages';
import type { JobState } from './job';
import { RELATED_PORT } from './port';
import type { RelatedRequest, RelatedUpdate } from './protocol';

/** The popup's side of "Read these pages": ask for the site, start, cancel and follow the background's job. */
export interface RelatedClient {
  /**
   * Asks the browser for the vendor's site (`origins`) and starts the read. Call it synchronously in the
   * click's handler: `permissions.request` needs the click's user gesture. The background starts reading
   * once the permission is there, even if the popup closed while the prompt was open.
   */
  read(vendorId: string, vendorName: string, site: string, pages: RelatedPage[], origins: string[]): void;
  cancel(vendorId: string): void;
  /** Follows the vendor's job; returns the stop function. */
  watch(vendorId: string, onState: (job: JobState | null) => void): () => void;
}

export function createRelatedClient(): RelatedClient {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  const listeners = new Map<string, (job: JobState | null) => void>();
  const open = () => {
    if (port) return port;
    const p = browser.runtime.connect({ name: RELATED_PORT });
    p.onMessage.addListener((m: unknown) => {
      const u = m as RelatedUpdate | null;
      if (u?.type !== 'state') return;
      if (u.job) listeners.get(u.job.vendorId)?.(u.job);
      else for (const l of listeners.values()) l(null);
    });
    // A background that stopped (idle, or the browser's choice) drops the port: connect again on the next send.
    p.onDisconnect.addListener(() => (port = null));
    port = p;
    return p;
  };
  const send = (m: RelatedRequest) => open().postMessage(m);
  return {
    read(vendorId, vendorName, site, pages, origins) {
      const asked = browser.permissions.request({ origins });
      send({ type: 'start', vendorId, vendorName, site, pages: pages.map(({ url, text, topic }) => ({ url, text, topic })) });
      asked.then(
        (granted) => granted || send({ type: 'cancel', vendorId, refused: true }),
        () => send({ type: 'cancel', vendorId, refused: true }),
      );
    },
    cancel: (vendorId) => send({ type: 'cancel', vendorId }),
    watch(vendorId, onState) {
      listeners.set(vendorId, onState);
      send({ type: 'watch', vendorId });
      return () => listeners.delete(vendorId);
    },
  };
}
