/**
 * Notices when the page changes after Assay read it (late content, a reload of a section), so the popup
 * can offer "Re-read". Watches only while the popup is open; tells only the popup, over its own port.
 */
let readChars = -1;

/** Records how much text the page had when it was read. */
export function noteRead(doc: Document): void {
  readChars = doc.body?.textContent?.length ?? 0;
}

/** Whether the text grew or shrank enough to be worth a second reading. */
export function changedEnough(before: number, now: number): boolean {
  const d = Math.abs(now - before);
  return d >= 200 || (before > 0 && d / before > 0.1) || (before === 0 && now > 0);
}

/** Calls `onChange` (at most once per change, after the DOM has been quiet for 600 ms); returns the stop function. */
export function watchPage(doc: Document, onChange: () => void): () => void {
  if (typeof MutationObserver !== 'function' || !doc.documentElement) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (readChars < 0) return;
    const now = doc.body?.textContent?.length ?? 0;
    if (!changedEnough(readChars, now)) return;
    readChars = now;
    onChange();
  };
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(check, 600);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
