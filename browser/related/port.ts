/** The runtime port between an extension page (the popup) and the background, for "Read these pages". Kept apart
 * from ./protocol so the popup's first paint does not load zod. */
export const RELATED_PORT = 'assay-related';
