/**
 * Mounts the embedded player into a DOM node and gives the host a small
 * controller. Shared by the custom element and the embed page.
 */
import { hydrate, mount, unmount } from 'svelte';
import { Player } from '../ui/player.svelte.ts';
import type { Outcome } from '../sim/types.ts';
import type { Scenario } from '../scenarios/format.ts';
import EmbedView from './EmbedView.svelte';
import type { EmbedOptions, Mode, Theme } from './options.ts';
import { singleScenarioSource } from './source.ts';
import { EmbedTheme } from './theme.svelte.ts';
import { reserveSpace } from './reserve.svelte.ts';
import { whenReady } from './when-ready.svelte.ts';
import { embedTitle } from './title.ts';
import type { HostTheme } from './host-theme.ts';

export interface EmbedHooks {
  onstep?: (step: number, last: number, label: string) => void;
  onfault?: (step: number, fault: string, device: string | undefined, detail: string) => void;
  onoutcome?: (outcome: Outcome) => void;
  /** The scenario could not be run (the World refused it); the embed shows the same text. */
  onerror?: (errors: readonly string[]) => void;
  /** The theme on screen changed (embed.html keeps its page's color-scheme in step). */
  ontheme?: (shown: HostTheme) => void;
}

export interface EmbedController {
  readonly player: Player;
  /** Resolves once the run is built (the first frame shows meanwhile): then announce "ready". */
  readonly ready: Promise<void>;
  readonly scenario: Scenario;
  play(): void;
  pause(): void;
  /** Moves the cursor (clamped to the run) and pauses. */
  seek(step: number): void;
  setMode(mode: Mode): void;
  mode(): Mode;
  /** The explicit theme (attribute, parameter or command); never touches the run. */
  setTheme(theme: Theme): void;
  /** The host page's own signal, used while the theme is "auto". */
  setHostTheme(theme: HostTheme | null): void;
  /** The theme on screen now. */
  theme(): HostTheme;
  destroy(): void;
}

export interface EmbedPlayer {
  readonly source: ReturnType<typeof singleScenarioSource>;
  readonly player: Player;
  /** With `islands`: call once the view's prerendered parts are taken over; the first run waits for it. */
  readonly islandsStarted: () => void;
}

/**
 * The embed's Player and its source, with the first frame of the run: made
 * apart so embed.html can make it in a task before hydration's (issue 12).
 */
export function embedPlayer(scenario: Scenario, options: EmbedOptions, islands = false): EmbedPlayer {
  let islandsStarted = () => {};
  const shown = islands ? new Promise<void>((resolve) => (islandsStarted = resolve)) : undefined;
  const source = singleScenarioSource(scenario, options.mode, shown);
  const player = new Player(source);
  player.reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return { source, player, islandsStarted };
}

/**
 * `prerendered`: the target holds this view's server-rendered first screen
 * (embed.html, src/embed/first-screen.ts): hydrate it instead of mounting
 * anew, its stage, controls and Outcome each in a task of its own
 * (EmbedView's islands; `made` must then come from embedPlayer(…, true)).
 */
export function mountEmbed(target: Element | ShadowRoot, scenario: Scenario, options: EmbedOptions, hooks: EmbedHooks = {}, prerendered = false, made: EmbedPlayer = embedPlayer(scenario, options)): EmbedController {
  const { source, player } = made;
  const theme = new EmbedTheme(options.theme);
  // The width it will have, when known: one stage picture is drawn (or hydrated), not both.
  const width = (target instanceof ShadowRoot ? target.host : target).getBoundingClientRect().width;
  const props: { player: Player; title: string; controls: EmbedOptions['controls']; theme: EmbedTheme; hooks: EmbedHooks; height?: number; view: EmbedOptions['view']; scenario: Scenario; initialNarrow: boolean | null } = {
    player,
    title: scenario.title,
    controls: options.controls,
    theme,
    hooks,
    view: options.view,
    scenario,
    initialNarrow: width > 0 ? width < 640 : null,
  };
  if (options.height !== undefined) props.height = options.height;
  const view = prerendered ? hydrate(EmbedView, { target, props: { ...props, islands: made.islandsStarted } }) : mount(EmbedView, { target, props });
  // A fixed height scrolls inside; otherwise reserve the run's tallest layout.
  // The fault map grows as it fills and has no run to measure: it is as tall as it is.
  const unreserve = options.height === undefined && options.view === 'player' ? reserveSpace({ target, player, source, title: embedTitle(scenario, player.settings.retention), controls: options.controls, theme }) : () => {};
  // A reader who asked for reduced motion starts paused, even with autoplay.
  if (options.autoplay && !player.reducedMotion && options.view === 'player') player.play();
  return {
    player,
    ready: whenReady(player),
    scenario,
    play: () => player.play(),
    pause: () => player.pause(),
    seek: (step) => {
      player.pause();
      player.select(step);
    },
    setMode: (mode) => player.setRetention(mode),
    mode: () => player.settings.retention,
    setTheme: (choice) => {
      theme.choice = choice;
    },
    setHostTheme: (host) => {
      theme.host = host;
    },
    theme: () => theme.shown,
    destroy: () => {
      player.pause();
      unreserve();
      theme.destroy();
      void unmount(view);
    },
  };
}

/** Shows problems inside the embed, as plain text (never HTML from input). */
export function renderErrors(target: Element | ShadowRoot, errors: readonly string[], doc: Document = document): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'pop-lab-error';
  box.setAttribute('role', 'alert');
  const head = doc.createElement('strong');
  head.textContent = 'POP Lab could not start';
  box.append(head);
  const list = doc.createElement('ul');
  for (const e of errors.slice(0, 10)) {
    const li = doc.createElement('li');
    li.textContent = e;
    list.append(li);
  }
  box.append(list);
  target.append(box);
  return box;
}

export const ERROR_CSS = `.pop-lab-error{box-sizing:border-box;padding:12px 16px;border:2px solid #9c1f63;border-radius:10px;background:#fff;color:#14181f;font:16px/1.45 system-ui,sans-serif}.pop-lab-error ul{margin:6px 0 0;padding-inline-start:20px}`;
