import { findQuote } from './find-quote';
import { listen } from './messaging/listen';

import { reveal } from './reveal';
import { watchPage } from './page-watch';

const INSTALLED = Symbol.for('assay.highlighter');

type HighlightWindow = { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (r: Range) => unknown };
// The windows a highlight was set in (the page's own, and a same-origin frame's when the quote is there), and
// the name it was set under: a fresh random one per popup, so the page's registry never shows a product name.
const marked = new Set<HighlightWindow>();
let current: string | null = null;

function clear(): void {
  if (current) for (const w of [globalThis as HighlightWindow, ...marked]) w.CSS?.highlights?.delete(current);
  marked.clear();
  current = null;
}

async function highlight(quote: string, name: string): Promise<{ found: boolean; where?: string }> {
  clear();
  const range = findQuote(document, quote);
  if (!range) return { found: false };
  const shown = await reveal(range.startContainer);
  // A quote in a same-origin frame is highlighted in that frame's window.
  const win = ((range.startContainer.ownerDocument?.defaultView as unknown) ?? globalThis) as HighlightWindow;
  const H = win.Highlight;
  const registry = win.CSS?.highlights;
  if (H && registry) {
    registry.set(name, new H(range));
    marked.add(win);
    current = name;
  }
  else {
    const sel = document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  return shown.visible ? { found: true } : { found: true, where: shown.where };
}

/**
 * Installs the highlight listener once per isolated world (the popup injects the content script on every
 * open). The highlight goes when the popup's port disconnects, i.e. when the popup closes.
 */
export function installHighlighter(): void {
  const g = globalThis as Record<symbol, boolean>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  listen({
    'assay/highlight': ({ quote, name }) => highlight(quote, name),
    'assay/clear-highlight': () => {
      clear();
      return { ok: true as const };
    },
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'assay-popup' || port.sender?.id !== browser.runtime.id) return;
    // Tell the popup when the page changes under it, so it can offer a second reading.
    const stop = watchPage(document, () => port.postMessage({ assay: 1, type: 'assay/page-changed' }));
    port.onDisconnect.addListener(() => {
      stop();
      clear();
    });
  });
}
