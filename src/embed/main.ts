/**
 * embed.html's entry: small on purpose, as the app's (src/main.ts, issue 12).
 * The prerendered player is already in the HTML with its stylesheets; the
 * player's code (embed-page.ts) is fetched and run once the browser has
 * painted it, so a docs page's reader sees the player before its code
 * arrives, and a slow phone paints it without sharing the bandwidth.
 *
 * The prerendered player is the default scenario, in English in #app and in
 * the other languages in templates beside it (src/node/prerender.ts): this
 * entry puts the page's language's in place (src/ui/first-language.ts), so
 * a reader in German or Spanish sees their player from the first paint too.
 * A frame that asks for anything else (another scenario, mode, height or
 * controls, a share link) must never show it, not even for the moment the
 * code takes to arrive: it shows "Loading POP Lab…" at once and loads the
 * code without waiting for a paint (embed-page.ts then says it in the
 * page's language, and decides exactly; this is the quick guess, and a wrong
 * "another" only costs a render from scratch).
 */
import '../ui/theme.css';
import './embed-page.css';
import { afterFirstPaint } from '../ui/first-paint.ts';
import { chooseLanguage, LANGUAGE_STORAGE_KEY } from '../i18n/language.ts';
import { firstScreenIn } from '../ui/first-language.ts';
import { showLoading, urlShowsPrerendered } from './prerendered.ts';

/** The page's language, as language.svelte.ts decides it (the link's, the stored choice, the browser's). */
function languageOf(url: URL): string {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // No storage: the link and the browser decide.
  }
  return chooseLanguage({ requested: url.searchParams.get('lang'), stored, preferred: navigator.languages });
}

const load = () =>
  void import('./embed-page.ts').catch(() => {
    // A docs site that copied embed.html without its assets/ (docs/embedding.md lists them).
    const app = document.getElementById('app');
    if (app) app.textContent = 'POP Lab could not load its code: the page is missing some of its files.';
  });

/** Whether #app shows the player this URL asks for, in its language (put in place if need be). */
function showsAsked(url: URL): boolean {
  try {
    return urlShowsPrerendered(url) && firstScreenIn(document, languageOf(url));
  } catch {
    return false; // At worst a render from scratch (embed-page.ts).
  }
}

const url = new URL(location.href);
const app = document.getElementById('app');
if (app?.querySelector('.pop-lab') && !showsAsked(url)) {
  showLoading(app, 'Loading POP Lab…');
  load();
} else afterFirstPaint(load);
