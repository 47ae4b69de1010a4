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
 *
 * And not while the page is busy: installing the worker fetches and stores
 * every chunk, about half a second of CPU on this project's 2-CPU test
 * machine, and there it made each of the page's start-up tasks two to four
 * times longer than its own work (Lighthouse's traces, issue 12). So it waits
 * for a quiet moment: an idle period the browser reports as long (nothing
 * animating, no work queued), or `QUIET_WAIT_MS` at the latest (a first-visit
 * demo keeps the page animating for a minute).
 */
import { whenQuiet } from './later.ts';

export function registerOffline(): void {
  if (!import.meta.env.PROD) return;
  void whenQuiet().then(register);
}

function register(): void {
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
