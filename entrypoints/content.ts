import { installHighlighter } from '../lib/content/highlighter';
import { readActivePage } from '../lib/content/read-active-page';

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
