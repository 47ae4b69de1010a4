/**
 * embed.html's entry: small on purpose, as the app's (src/main.ts, issue 12).
 * The prerendered player is already in the HTML with its stylesheets; the
 * player's code (embed-page.ts) is fetched and run once the browser has
 * painted it, so a docs page's reader sees the player before its code
 * arrives, and a slow phone paints it without sharing the bandwidth.
 *
 * The prerendered player is the default scenario in English. A frame that
 * asks for anything else (another scenario, mode, height or controls, a
 * share link, another language) must never show it, not even for the moment
 * the code takes to arrive: it shows "Loading POP Lab…" at once and loads the
 * code without waiting for a paint (embed-page.ts then says it in the
 * page's language, and decides exactly; this is the quick guess, and a wrong
 * "another" only costs a render from scratch).
 */
import '../ui/theme.css';
import './embed-page.css';
import { afterFirstPaint } from '../ui/first-paint.ts';
import { chooseLanguage, LANGUAGE_STORAGE_KEY } from '../i18n/language.ts';
import { showLoading, urlShowsPrerendered } from './prerendered.ts';

/** Whether the page speaks English, the prerendered player's language (as language.svelte.ts decides). */
function speaksEnglish(url: URL): boolean {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // No storage: the link and the browser decide.
  }
  return chooseLanguage({ requested: url.searchParams.get('lang'), stored, preferred: navigator.languages }) === 'en';
}

const load = () =>
  void import('./embed-page.ts').catch(() => {
    // A docs site that copied embed.html without its assets/ (docs/embedding.md lists them).
    const app = document.getElementById('app');
    if (app) app.textContent = 'POP Lab could not load its code: the page is missing some of its files.';
  });

const url = new URL(location.href);
const app = document.getElementById('app');
if (app?.querySelector('.pop-lab') && !(urlShowsPrerendered(url) && speaksEnglish(url))) {
  showLoading(app, 'Loading POP Lab…');
  load();
} else afterFirstPaint(load);
