/** Name of the CSS custom highlight; the popup inserts the `::highlight(assay-quote)` rule. */
export const HIGHLIGHT_NAME = 'assay-quote';
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #000; }`;
