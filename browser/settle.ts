/** How long Assay waits, at most, for a page that is still loading or still drawing its text. */
export const SETTLE_MAX_MS = 1500;
/** A page is settled when its DOM has not changed for this long. */
export const SETTLE_QUIET_MS = 400;
/** Less text than this, and the page may still be rendering it. */
export const TINY_TEXT_CHARS = 400;

/** Whether the page may still be rendering: still loading, or almost no text yet. Cheap: no layout. */
export function mayBeUnsettled(doc: Document): boolean {
  return doc.readyState === 'loading' || (doc.body?.textContent?.length ?? 0) < TINY_TEXT_CHARS;
}

/**
 * Waits for the DOM to settle: returns once it has been quiet for SETTLE_QUIET_MS (or after
 * SETTLE_MAX_MS at most), and at once when the page is loaded and has text. Resolves to the time waited.
 */
export function waitForSettle(doc: Document, maxMs = SETTLE_MAX_MS, quietMs = SETTLE_QUIET_MS): Promise<number> {
  if (!mayBeUnsettled(doc) || typeof MutationObserver !== 'function' || !doc.documentElement) return Promise.resolve(0);
  const start = performance.now();
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve(Math.round(performance.now() - start));
    };
    const restart = () => {
      clearTimeout(quiet);
      quiet = setTimeout(() => (doc.readyState === 'loading' ? restart() : done()), quietMs);
    };
    const observer = new MutationObserver(restart);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const cap = setTimeout(done, maxMs);
    restart();
  });
}
