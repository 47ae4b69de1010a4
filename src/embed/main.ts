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
import { DEFAULT_SCENARIO_ID } from '../scenarios/library/default-id.ts';

/** URL parameters that leave the first screen as prerendered (src/embed/prerendered.ts). */
const SAME_FIRST_SCREEN = new Set(['autoplay', 'theme', 'origins']);

function showsPrerendered(url: URL): boolean {
  if (url.hash.length > 1) return false;
  for (const [key, value] of url.searchParams) {
    if (key === 'scenario' ? value.trim() !== DEFAULT_SCENARIO_ID : key !== 'lang' && !SAME_FIRST_SCREEN.has(key)) return false;
  }
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

const app = document.getElementById('app');
if (app && app.querySelector('.pop-lab') && !showsPrerendered(new URL(location.href))) {
  const loading = document.createElement('p');
  loading.className = 'pop-lab-loading';
  loading.setAttribute('role', 'status');
  loading.textContent = 'Loading POP Lab…';
  app.replaceChildren(loading);
  load();
} else afterFirstPaint(load);
