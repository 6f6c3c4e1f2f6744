/** reader/ — turns a page (a live or parsed DOM, or saved text and markdown) into blocks: headings, FAQ question/answer pairs, table rows, list items, label/value pairs, with Readability as the fallback. */
export { readDocument, type ReadDocumentOptions } from './dom';
export { readText, type ReadTextOptions } from './text';
export { guessVendor } from './vendor-name';
export { detectLang } from './page-language';
export { MAX_BLOCK_CHARS } from './builder';
