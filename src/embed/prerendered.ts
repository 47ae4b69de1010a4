/**
 * The options embed.html is prerendered with (src/embed/first-screen.ts), and
 * whether a page's own options show the same first screen, so embed-page.ts
 * can hydrate the prerendered HTML instead of replacing it.
 */
import { DEFAULT_SCENARIO_ID } from '../scenarios/library/default-id.ts';
import type { EmbedOptions } from './options.ts';

export const PRERENDERED_OPTIONS = {
  scenario: { kind: 'default' },
  autoplay: false,
  controls: 'full',
  theme: 'auto',
  view: 'player',
} as const satisfies EmbedOptions;

/**
 * The first screen does not depend on autoplay (playing starts after
 * hydration); the scenario, the controls, a forced mode and a fixed height do.
 * An explicit theme only re-colours (hydration sets the attribute).
 */
export function showsPrerendered(options: EmbedOptions): boolean {
  const s = options.scenario;
  const defaultScenario = s.kind === 'default' || (s.kind === 'builtin-or-link' && s.value.trim() === DEFAULT_SCENARIO_ID);
  return defaultScenario && options.view === PRERENDERED_OPTIONS.view && options.controls === PRERENDERED_OPTIONS.controls && options.mode === undefined && options.height === undefined;
}

/** URL parameters whose values never change the first screen (autoplay starts after hydration; a theme only re-colours). */
const SAME_FIRST_SCREEN = new Set(['autoplay', 'theme', 'origins', 'lang']);

/**
 * The small entry's quick guess (src/embed/main.ts), from the URL alone and
 * before the options are parsed: false for a share link or any parameter
 * that may change the first screen. Conservative: when it says true,
 * showsPrerendered says true of the parsed options too (embed.test.ts); a
 * wrong false only costs a render from scratch. The language is the
 * caller's to check.
 */
export function urlShowsPrerendered(url: URL): boolean {
  if (url.hash.length > 1) return false;
  for (const [key, value] of url.searchParams) {
    if (key === 'scenario' ? value.trim() !== DEFAULT_SCENARIO_ID : !SAME_FIRST_SCREEN.has(key)) return false;
  }
  return true;
}

/** Replaces what #app shows by the "Loading POP Lab…" status, in the words given. */
export function showLoading(app: Element, words: string): void {
  let loading = app.querySelector('.pop-lab-loading');
  if (loading === null || app.childElementCount > 1) {
    loading = document.createElement('p');
    loading.className = 'pop-lab-loading';
    loading.setAttribute('role', 'status');
    app.replaceChildren(loading);
  }
  loading.textContent = words;
}
