/**
 * The page's entry: small on purpose (issue 12). The prerendered first screen
 * is already in the HTML; the app's code (src/ui/boot.ts) is fetched and run
 * only once the browser has painted it, so loading, evaluating and hydrating
 * the app never hold up the first paint.
 */
import './ui/app.css';
import { afterFirstPaint } from './ui/first-paint.ts';
import { showPageLanguage } from './ui/first-language.ts';

// The first screen in the page's language: German and Spanish are
// prerendered too, in templates (first-language.ts). First, so that it is
// usually in place before the first paint.
showPageLanguage(document);

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

// Once the first screen is painted (first-paint.ts).
afterFirstPaint(() =>
  void import('./ui/boot.ts').catch(() => {
    // Offline on a first visit (the service worker has nothing yet), or a
    // server missing files: say so above the screen, which would wait for ever.
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.className = 'pop-lab-load-error';
    note.textContent = 'POP Lab could not load its code. Check the connection and reload the page.';
    document.getElementById('app')?.prepend(note);
  }),
);
