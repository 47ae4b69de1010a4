/**
 * Offline use (issue 5): the Workbox service worker the build writes (sw.js,
 * vite-plugin-pwa) precaches the app shell and every lazy chunk, so a
 * classroom keeps working without network after the first visit.
 *
 * Registered by the app once its first run is ready, not at the page's load
 * event: precaching fetches every chunk, and on a slow phone that shared the
 * network with the chunks Play needs (issue 12). Relative to the page, so it
 * works under any sub-path (issue 14). Not in `vite dev`, which has no sw.js.
 * A page whose first run never settles (it failed to start) stays online only.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD) return;
  // A refused registration (a private window, a file: URL, a sandboxed frame
  // where even reading navigator.serviceWorker throws) leaves the app as it
  // is: online only.
  try {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
  } catch {
    // As above.
  }
}
