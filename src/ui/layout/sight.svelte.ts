/**
 * The step a text panel below the stage shows (the sequence, the
 * explanation with its state diagram, the transcript).
 *
 * Mostly it is the player's panel cursor (Player.panelCursor). But while a
 * run plays in a hurry (steps too short to read one by one: Fastest, or Fast
 * at Octets; Player.hurried), a panel out of sight holds the step it showed
 * last and does no work at all: its lists are not rebuilt at every step
 * nobody sees. It catches up as it comes into sight, when the run changes,
 * or a few tasks after the run stops or slows down: each panel in its own
 * task, so the end of a run is not one long task either. At the slower
 * speeds every panel follows every step, in sight or not, so a screen
 * reader's user hears the transcript's log and finds `aria-current` where
 * the run is, without scrolling.
 *
 * Why (issue 12): a 500-message run at Fastest moves the panel cursor dozens
 * of steps every 100 ms, and the three panels' windows (13 rows, 80 segments,
 * a beat's events) were rebuilt each time, below the fold: main-thread tasks
 * of 50–75 ms where the stage alone needs 20.
 */
import { getContext, setContext, untrack } from 'svelte';
import type { TraceEvent, WorldView } from '../../sim/types.ts';
import type { Player } from '../player.svelte.ts';
import { viewOf, type RunLike } from '../run.ts';
import { nextTask } from '../later.ts';

/** What a panel reads instead of the player's panel cursor, view and event. */
export interface Shown {
  readonly cursor: number;
  readonly view: WorldView;
  readonly event: TraceEvent | undefined;
}

/** How far outside the viewport a panel starts following again, so it has caught up when it is seen. */
const NEAR = '80px 0px';

export class PanelSight implements Shown {
  /** True until an observer says otherwise: without one (tests, old browsers) a panel always follows. */
  inSight = $state(true);
  /** False while a run plays in a hurry; true again some tasks after it stops or slows (`holdWhilePlaying`). */
  free = $state(true);
  #player: Player;
  #held: { run: RunLike | null; cursor: number } = { run: null, cursor: 0 };
  /** Counts the holds begun, so that each one is seen by `cursor` even when the last was not yet freed. */
  #holds = $state(0);

  constructor(player: Player) {
    this.#player = player;
  }

  // While held this reads only `inSight`, `free`, `#holds` and `run`, so the panel
  // cursor's moves do not reach it, nor anything derived from it. It keeps
  // the step it returns in `#held`, its own last value: the one thing a
  // held panel goes on showing.
  readonly cursor: number = $derived.by(() => {
    void this.#holds;
    const run = this.#player.run;
    if (this.inSight || this.free || run !== this.#held.run) this.#held = { run, cursor: this.#player.panelCursor };
    return this.#held.cursor;
  });
  // viewOf keeps each run's views: at the panel cursor this is the player's own panelView.
  readonly view: WorldView = $derived.by(() => viewOf(this.#player.run, this.cursor));
  readonly event: TraceEvent | undefined = $derived.by(() => this.#player.run.trace[this.cursor]);

  /**
   * Run in an effect: holds the panel while the player plays in a hurry, and
   * frees it `after` tasks after that ends (one panel per task, as they first
   * appeared: Later.svelte's `after`). Returns the effect's cleanup.
   */
  holdWhilePlaying(after: number): (() => void) | undefined {
    if (this.#player.playing && this.#player.hurried) {
      // Held from the step shown as the hold begins (Play from the end
      // selects step 0 first), whether the panel read its step before this
      // effect ran or not.
      untrack(() => {
        this.#held = { run: this.#player.run, cursor: this.#player.panelCursor };
        this.free = false;
        this.#holds += 1;
      });
      return undefined;
    }
    let live = true;
    void (async () => {
      for (let i = 0; i < after; i += 1) await nextTask();
      if (live) this.free = true;
    })();
    return () => {
      live = false;
    };
  }

  /** Follows whether `place` is in (or near) the viewport; returns the stop. */
  watch(place: Element): () => void {
    if (typeof IntersectionObserver === 'undefined') return () => {};
    const seen = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) this.inSight = last.isIntersecting;
      },
      { rootMargin: NEAR },
    );
    seen.observe(place);
    return () => seen.disconnect();
  }
}

const KEY = Symbol('panel-sight');

/** Gives the panels inside the calling component this sight (Sight.svelte). */
export function provideSight(sight: PanelSight): void {
  setContext(KEY, sight);
}

/** The step the calling panel shows: its Sight's, or the player's panel cursor when it has none. */
export function useShown(player: Player): Shown {
  return (
    getContext<PanelSight | undefined>(KEY) ?? {
      get cursor() {
        return player.panelCursor;
      },
      get view() {
        return player.panelView;
      },
      get event() {
        return player.panelEvent;
      },
    }
  );
}
