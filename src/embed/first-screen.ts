/**
 * embed.html's first screen as HTML, for the build's prerender step
 * (src/node/prerender.ts, issue 12 item 1): the player with the options a
 * bare embed.html has (default scenario, full controls, automatic theme) at
 * step 0. embed-page.ts hydrates it when the URL asks for exactly that, and
 * replaces it otherwise. Loaded only by the server render, never by the browser.
 *
 * The build renders it in each language, as the app's (src/ui/first-screen.ts):
 * English into embed.html, the others into templates beside it, one of which
 * the page's entry puts in place (src/embed/main.ts, src/ui/first-language.ts).
 */
import { render } from 'svelte/server';
import { Player, playerContext } from '../ui/player.svelte.ts';
import Stage from '../ui/stage/Stage.svelte';
import ControlsIsland from '../ui/controls/ControlsIsland.svelte';
import Outcome from '../ui/ledger/Outcome.svelte';
import { fillIslands } from '../ui/islands.ts';
import { DEFAULT_SCENARIO } from '../scenarios/library/default.ts';
import EmbedView from './EmbedView.svelte';
import { EmbedTheme } from './theme.svelte.ts';
import { singleScenarioSource } from './source.ts';
import { PRERENDERED_OPTIONS } from './prerendered.ts';
import { firstFrameRun } from '../ui/first-frame.ts';
import { buildConfig } from '../ui/wiring.ts';
import { language } from '../ui/language.svelte.ts';

export function renderEmbedFirstScreen(locale = 'en'): { readonly html: string; readonly lang: string } {
  // Each render runs in a throwaway server of its own (prerender.ts renderEntry).
  language.set(locale);
  // The player as the page shows it before its script has run: the first
  // frame, with Play and the faults waiting for the simulator (aria-disabled,
  // and the status line says so); hydration then brings the real run.
  const source = singleScenarioSource(DEFAULT_SCENARIO);
  const player = new Player({
    ...source,
    ready: () => false,
    prepare: () => new Promise<void>(() => {}),
    firstFrame: (settings) => firstFrameRun(buildConfig(DEFAULT_SCENARIO, settings)),
  });
  const theme = new EmbedTheme(PRERENDERED_OPTIONS.theme);
  // The stage, the controls and the Outcome are islands (EmbedView's
  // `islands`): each rendered on its own, with the player in context, into
  // the view's empty host for it, so the page hydrates each in a task of its own.
  const context = playerContext(player);
  const islands: Record<string, string> = {
    stage: render(Stage, { props: { compact: null }, context }).body,
    controls: render(ControlsIsland, { props: { inject: () => {} }, context }).body,
    outcome: render(Outcome, { context }).body,
  };
  const body = fillIslands(
    render(EmbedView, {
      props: { player, title: DEFAULT_SCENARIO.title, controls: PRERENDERED_OPTIONS.controls, theme, view: PRERENDERED_OPTIONS.view, scenario: DEFAULT_SCENARIO, islands: () => {} },
    }).body,
    islands,
  );
  // Theme "auto" is the reader's system scheme, which only the browser knows:
  // the root says "system" and embed-page.css follows prefers-color-scheme
  // until hydration sets the theme on screen.
  return { html: body.replace(/(<div class="pop-lab[^"]*") data-theme="light"/, '$1 data-theme="system"'), lang: locale };
}
