/** How long the reader may hold the page's main thread before it stops and marks the result partial. */
export const READ_BUDGET_MS = 2000;

/**
 * One budget for reading (in the tab, at most READ_BUDGET_MS of it) and extraction (in the popup, the
 * rest): past it the extraction stops between extractors and the result is marked partial.
 */
export const PAGE_BUDGET_MS = 4000;
