/**
 * Stable height while playing (issue 14 item 1, review item 4): the embed
 * reserves, for each of its parts (stage, controls, outcome), the height that
 * part will need at the tallest step of the run, so nothing below the widget
 * (the docs text, or the iframe's size) moves while it plays.
 *
 * How: a second, invisible copy of the view (same width, same styles, its own
 * Player sharing the same run) is stepped through every step in the
 * background, in slices of a few milliseconds, once the page is quiet after
 * start-up (or sooner, when the reader reaches for the player or it plays),
 * and the tallest height of each
 * part becomes that part's min-height in the visible view. It runs again when
 * the run changes (a fault, a mode change) or the width changes. The copy sits
 * in its own shadow root (its ids cannot clash with the visible ones), inert,
 * aria-hidden and in a zero-height clipped box, so it is neither seen, heard
 * nor laid out around.
 */
import { flushSync, mount, unmount } from 'svelte';
import { Player } from '../ui/player.svelte.ts';
import type { ScenarioSource } from '../ui/wiring.ts';
import EmbedView from './EmbedView.svelte';
import type { EmbedOptions } from './options.ts';
import type { EmbedTheme } from './theme.svelte.ts';
import { whenQuiet } from '../ui/later.ts';

const RESERVED_PARTS = ['.stage-box', '.controls-box', '.outcome-box'] as const;

/**
 * Milliseconds of work per slice: well under one frame, so no long task. A
 * slice ends within about one unit past it (one render and its measuring,
 * ~1 ms here, ~4 ms at 4x CPU).
 */
const SLICE_MS = 4;

export interface ReserveInput {
  readonly target: Element | ShadowRoot;
  readonly player: Player;
  readonly source: ScenarioSource;
  readonly title: string;
  readonly controls: EmbedOptions['controls'];
  readonly theme: EmbedTheme;
}

export function reserveSpace(input: ReserveInput): () => void {
  const doc = (input.target instanceof ShadowRoot ? input.target.host : input.target).ownerDocument;
  const visible = input.target.querySelector<HTMLElement>('.pop-lab');
  if (!visible || typeof ResizeObserver === 'undefined') return () => {};

  // The invisible copy.
  const box = doc.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  box.style.cssText = 'position:absolute;left:0;top:0;height:0;overflow:hidden;visibility:hidden;pointer-events:none;z-index:-1';
  input.target.append(box);
  // Closed: the copy's ids cannot clash with the visible ones, and nothing
  // that searches the page (a test, an extension, the host's scripts) finds it.
  const shadow = box.attachShadow({ mode: 'closed' });
  if (input.target instanceof ShadowRoot) shadow.adoptedStyleSheets = [...input.target.adoptedStyleSheets];
  else {
    // embed.html: its styles are a stylesheet file of the document.
    for (const link of Array.from(doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))) shadow.append(link.cloneNode());
  }
  // The copy is made in a task of its own, once the run is ready, never in
  // the task that shows the player (issue 12: no long task at start-up).
  // With the full controls its stage, controls and Outcome are mounted a
  // task each (EmbedView's islands): the whole copy in one task was ~0.1 s at 4x CPU.
  let copy: Player | null = null;
  let making = false;
  let destroyed = false;
  let view: ReturnType<typeof mount> | null = null;
  function makeCopy(then: () => void): void {
    const made = new Player(input.source);
    made.reducedMotion = true;
    making = true;
    const ready = () => {
      // Taken down while its parts were still being mounted: nothing to measure.
      if (destroyed) return;
      making = false;
      copy = made;
      then();
    };
    const inParts = input.controls === 'full';
    view = mount(EmbedView, {
      target: shadow,
      props: { player: made, title: input.title, controls: input.controls, theme: input.theme, measuring: true, ...(inParts ? { islands: ready } : {}) },
    });
    if (!inParts) ready();
  }

  let generation = 0;
  let width = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function clear(): void {
    for (const part of RESERVED_PARTS) {
      const el = visible!.querySelector<HTMLElement>(part);
      if (el) el.style.minHeight = '';
    }
  }

  function measure(): void {
    const mine = ++generation;
    clearTimeout(timer);
    if (copy === null) {
      // Being made: it measures once it is there.
      if (making) return;
      timer = setTimeout(() => {
        if (mine !== generation) return;
        makeCopy(measure);
      }, 0);
      return;
    }
    const copyOf: Player = copy;
    width = Math.round(visible!.getBoundingClientRect().width);
    box.style.width = `${width}px`;
    copyOf.run = input.player.run;
    copyOf.settings = input.player.settings;
    copyOf.userFaults = input.player.userFaults;
    const last = Math.max(0, copyOf.run.trace.length - 1);
    const tallest = RESERVED_PARTS.map(() => 0);
    // A unit of work is one render of the copy and its measuring: a slice
    // checks the time after each, so it ends within about one unit of
    // SLICE_MS (a whole step as the unit, then three renders, made slices of
    // ~15 ms on a loaded machine, ~60 ms at 4x CPU: issue 12).
    function* units(): Generator<void, void, void> {
      for (let step = 0; step <= last; step++) {
        copyOf.cursor = step;
        copyOf.panelCursor = step;
        // Paused and playing: the controls differ (Pause in place of Play
        // can wrap the row). The copy has no playback loop (EmbedView's
        // `measuring`): set playing, it only shows Pause; the next step's
        // first render shows it paused again.
        for (const playing of [false, true]) {
          copyOf.playing = playing;
          flushSync();
          RESERVED_PARTS.forEach((part, i) => {
            const el = shadow.querySelector(part);
            if (el) tallest[i] = Math.max(tallest[i]!, Math.ceil(el.getBoundingClientRect().height));
          });
          yield;
        }
      }
      copyOf.playing = false;
    }
    const work = units();
    const slice = () => {
      if (mine !== generation) return;
      const until = performance.now() + SLICE_MS;
      let next = work.next();
      while (!next.done && performance.now() < until) next = work.next();
      if (!next.done) {
        timer = setTimeout(slice, 0);
        return;
      }
      RESERVED_PARTS.forEach((part, i) => {
        const el = visible!.querySelector<HTMLElement>(part);
        if (el && tallest[i]! > 0) el.style.minHeight = `${tallest[i]}px`;
      });
    };
    timer = setTimeout(slice, 0);
  }

  // The first measuring waits for a quiet moment after start-up, or for the
  // reader reaching for the player, or for it playing, whichever comes first: until the run moves, nothing below the player can
  // move either. It renders the copy at every step of the run, which at
  // start-up was three quarters of the embed's script time, beside the page's
  // own start (issue 12: on a slow phone, every task there runs longer).
  let begun = false;
  function begin(): void {
    if (begun || destroyed) return;
    begun = true;
    if (!input.player.preparing) measure();
  }
  void whenQuiet().then(begin);
  // A reader about to play reaches for the widget first (pointer, focus, a
  // touch): measuring starts then, ahead of the Play it leads to.
  visible.addEventListener('pointerenter', begin, { once: true });
  visible.addEventListener('focusin', begin, { once: true });
  // Then again when the run changes (fault, mode, reset to another run) ...
  const stopRun = $effect.root(() => {
    $effect(() => {
      void input.player.run;
      // The first frame (the simulator still preparing) has no steps to measure.
      if (!input.player.preparing && begun) measure();
    });
    $effect(() => {
      // (begin() leaves a run still being built to the effect above.)
      if (!begun && input.player.playing) begin();
    });
  });
  // ... or the width does (the parts wrap differently).
  const ro = new ResizeObserver(() => {
    const now = Math.round(visible.getBoundingClientRect().width);
    if (!begun || now === width || input.player.preparing) return;
    clear();
    measure();
  });
  ro.observe(visible);

  return () => {
    destroyed = true;
    generation++;
    visible.removeEventListener('pointerenter', begin);
    visible.removeEventListener('focusin', begin);
    clearTimeout(timer);
    ro.disconnect();
    stopRun();
    if (view) void unmount(view);
    box.remove();
  };
}
