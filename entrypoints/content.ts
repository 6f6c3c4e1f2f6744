import { installHighlighter } from '../browser/highlighter';
import { readActivePage } from '../browser/read-active-page';

export default defineContentScript({
  // Injected only by the popup, on the reviewer's click (activeTab + scripting). Never declared in
  // the manifest, so it runs on no page by itself.
  registration: 'runtime',
  matches: ['<all_urls>'],
  main() {
    installHighlighter();
    return readActivePage(document);
  },
});
