import { installHighlighter } from '../browser/highlighter';
import { readActivePage, toWire } from '../browser/read-active-page';
import { readabilityArticle } from '../reader/dom';

// /page-reader.js with Readability: injected by the popup only when /page-reader.js found no text or no
// title on the page, so the tab of every page the walk can read and name never loads Readability.
export default defineUnlistedScript(() => {
  installHighlighter();
  return readActivePage(document, readabilityArticle).then(toWire);
});
