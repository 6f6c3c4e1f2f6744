/** How long Assay waits, at most, for a page that is still loading or still drawing its text. */
export const SETTLE_MAX_MS = 1500;
/** A page is settled when its DOM has not changed for this long. */
export const SETTLE_QUIET_MS = 400;
/**
 * Whether the page may still be rendering: still loading, or fewer than 400 characters of text yet.
 * Cheap on any page: it stops counting at 400 characters and never lays out. Self-contained (no imports,
 * no outer names) so the popup can inject it as is with `scripting.executeScript({ func })`.
 */
export function mayBeUnsettled(doc: Document = document): boolean {
  if (doc.readyState === 'loading') return true;
  const body = doc.body;
  if (!body) return true;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript' || parent === 'template') continue;
    chars += (n.nodeValue ?? '').trim().length;
    if (chars >= 400) return false;
  }
  return true;
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
