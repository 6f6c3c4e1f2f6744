/**
 * The CSS custom highlight lives in the page's own registry (`CSS.highlights`), which the page can
 * enumerate. Its name carries no product name: a fresh random one per popup, e.g. "h-3f9a1c7e2b".
 */
export function newHighlightName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return `h-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The rule the popup inserts (as an extension stylesheet, not in the page's CSSOM) for that name. */
export const highlightCss = (name: string) => `::highlight(${name}) { background-color: #ffe066; color: #000; }`;

/** What a highlight name must look like in a message. */
export const HIGHLIGHT_NAME_PATTERN = /^h-[0-9a-f]{10}$/;
