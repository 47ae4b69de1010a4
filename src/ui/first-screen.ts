/**
 * The app's first screen as HTML, for the build's prerender step
 * (src/node/prerender.ts, issue 12 item 1): the default scenario at step 0,
 * the controls waiting for the simulator, the Outcome. Loaded only by the
 * server render (Vite SSR), never by the browser.
 *
 * The markup carries Svelte's hydration markers: src/ui/boot.ts hydrates it.
 * Light and dark come from CSS (app.css follows prefers-color-scheme until
 * the app sets data-theme), so one HTML serves both.
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import Stage from './stage/Stage.svelte';
import Stores from './stage/Stores.svelte';
import ControlsIsland from './controls/ControlsIsland.svelte';
import Outcome from './ledger/Outcome.svelte';
import Header from './layout/Header.svelte';
import { startApp } from './app-start.ts';
import { playerContext } from './player.svelte.ts';
import { fillIslands } from './islands.ts';
import { language } from './language.svelte.ts';

/**
 * `locale`: the language of the screen. The build renders the English one
 * into index.html and each other one into a template beside it
 * (src/node/prerender.ts, first-language.ts).
 */
export function renderFirstScreen(locale = 'en'): { readonly html: string; readonly lang: string } {
  // Each render runs in a throwaway server of its own (prerender.ts renderEntry).
  language.set(locale);
  // The header, the stage, its stores, the controls and the Outcome are islands (islands.ts): each is
  // rendered on its own, with the app's player, into App's empty host for
  // it, so the browser can hydrate each in a task of its own.
  const start = startApp(true);
  const context = playerContext(start.player);
  const never = new Promise<never>(() => {});
  const islands: Record<string, string> = {
    header: render(Header, {
      props: { narrow: null, theme: 'light', settings: never, tools: never, onTheme: () => {}, onShortcuts: () => {}, onShared: () => {} },
      context,
    }).body,
    controls: render(ControlsIsland, { props: { inject: () => {} }, context }).body,
    stage: render(Stage, { props: { compact: null, stores: false }, context }).body,
    stores: render(Stores, { context }).body,
    outcome: render(Outcome, { props: { withPredict: true }, context }).body,
  };
  return { html: fillIslands(render(App, { props: { start } }).body, islands), lang: locale };
}

