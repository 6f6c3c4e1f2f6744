import type { PageSignals } from '../reader/readable';

/**
 * What the live page tells about itself beyond its text, for deciding whether it could be read at all:
 * the HTTP status of its navigation, a password field (a login wall), how many images, whether the tab
 * shows a PDF. Read in the vendor's tab; nothing is written to it.
 */
export function pageSignals(doc: Document): PageSignals {
  const nav = (globalThis.performance?.getEntriesByType?.('navigation')[0] ?? null) as (PerformanceEntry & { responseStatus?: number }) | null;
  const status = typeof nav?.responseStatus === 'number' && nav.responseStatus > 0 ? nav.responseStatus : null;
  const pdf = doc.contentType === 'application/pdf' || doc.querySelector('embed[type="application/pdf"]') !== null;
  return {
    httpStatus: status,
    passwordField: doc.querySelector('input[type="password"]') !== null,
    images: Math.min(doc.images?.length ?? 0, 10_000),
    pdf,
  };
}
