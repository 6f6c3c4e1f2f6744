import { installHighlighter } from '../browser/highlighter';
import { readActivePage, toWire } from '../browser/read-active-page';

// Injected only by the popup, on the reviewer's click (activeTab + scripting), as /page-reader.js.
// An unlisted script, not WXT's defineContentScript: that helper's context posts a
// "<extension id>:content:wxt:content-script-started" message to the page and fires an event on its
// document, telling the page that Assay read it. This entry runs main() and nothing else.
export default defineUnlistedScript(() => {
  installHighlighter();
  return readActivePage(document).then(toWire);
});
