import { startEarlyRead, type EarlyReadApi } from '../browser/early-read';

// /popup-early.js: the popup page's first script (entrypoints/popup/index.html), a plain script that runs
// while the popup's HTML is still being parsed, before its bundle loads. It asks the background to read the
// toolbar click's tab now; the popup takes the reply when it is ready for it (browser/early-read.ts).
export default defineUnlistedScript(() => {
  startEarlyRead(browser as unknown as EarlyReadApi, location.search);
});
