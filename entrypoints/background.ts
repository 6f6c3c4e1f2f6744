import { serveExtraction } from '../browser/background-extract';

export default defineBackground(() => {
  // Extraction runs here, with its code loaded once, not in each popup. The browser starts the background
  // at startup for the runtime.onStartup listener, so even the first click finds it loaded.
  serveExtraction();
  browser.runtime.onStartup.addListener(() => undefined);
});
