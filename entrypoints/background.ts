export default defineBackground(() => {
  // The popup does the work on the reviewer's click; the background only keeps the service worker
  // alive for the browser's lifecycle events. Nothing here touches the network.
});
