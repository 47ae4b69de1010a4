/**
 * The page's entry: small on purpose (issue 12). The prerendered first screen
 * is already in the HTML; the app's code (src/ui/boot.ts) is fetched and run
 * only once the browser has painted it, so loading, evaluating and hydrating
 * the app never hold up the first paint.
 */
import './ui/app.css';

// The theme: the learner's stored choice, else the system's. app.css already
// follows the system before this runs (the prerendered first paint); setting
// the attribute either way lets a stored choice win over the system's.
let storedTheme: string | null = null;
try {
  storedTheme = localStorage.getItem('pop-lab.theme');
} catch {
  // No storage: follow the system.
}
const dark = storedTheme ? storedTheme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
document.documentElement.dataset.theme = dark ? 'dark' : 'light';

let booted = false;
const boot = () => {
  if (booted) return;
  booted = true;
  void import('./ui/boot.ts');
};
// Once the browser says the first screen is on the glass (its
// first-contentful-paint entry), not merely scheduled: a request started
// before that paint shares a slow phone's bandwidth with it (issue 12). A hidden
// tab paints nothing: start at once. A browser without paint timing, or one
// that never reports it, starts a second after its next frame.
if (document.visibilityState === 'hidden') boot();
else {
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(boot, 0);
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing: the fallback below.
  }
  requestAnimationFrame(() => setTimeout(boot, 1000));
}
