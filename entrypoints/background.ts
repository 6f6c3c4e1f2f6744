import { serveExtraction } from '../browser/background-extract';
import { serveRelatedReads } from '../browser/related/service';

export default defineBackground(() => {
  // Extraction runs here, with its code loaded once, not in each popup. The browser starts the background
  // at startup for the runtime.onStartup listener, so even the first click finds it loaded.
  serveExtraction();
  // "Read these pages" runs here too, so the read outlives the popup (see browser/related/service.ts). Nothing
  // touches the network until the reviewer clicks it.
  serveRelatedReads();
  browser.runtime.onStartup.addListener(() => undefined);
});
