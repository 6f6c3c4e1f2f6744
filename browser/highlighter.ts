import { findQuote } from './find-quote';
import { listen } from './messaging/listen';

const INSTALLED = Symbol.for('assay.highlighter');

/** The name of the highlight this isolated world set last, to remove it again. */
let current: string | null = null;

function clear(): void {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  if (current) registry?.delete(current);
  current = null;
}

function highlight(quote: string, name: string): boolean {
  clear();
  const range = findQuote(document, quote);
  if (!range) return false;
  const H = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  if (H && registry) {
    registry.set(name, new H(range));
    current = name;
  }
  else {
    const sel = document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  return true;
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
    'assay/highlight': ({ quote, name }) => ({ found: highlight(quote, name) }),
    'assay/clear-highlight': () => {
      clear();
      return { ok: true as const };
    },
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'assay-popup' || port.sender?.id !== browser.runtime.id) return;
    port.onDisconnect.addListener(clear);
  });
}
