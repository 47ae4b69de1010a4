/**
 * What the app starts with: its Player (holding the first frame of the
 * default run) and the lazy panels. Built apart from App.svelte so the page
 * can make it in a task of its own before hydration (src/ui/boot.ts): building
 * the first frame renders and hashes the scenario's messages, and inside
 * hydration's task it made that task longer on a slow phone (issue 12).
 */
import { Player } from './player.svelte.ts';
import { createSource } from './wiring.ts';
import { later, nextTask, whenQuiet } from './later.ts';
import { registerOffline } from './offline.ts';

export type Panels = typeof import('./panels.ts');

export interface AppStart {
  readonly player: Player;
  /** The lazy panels (panels.ts); never settles in the build's server render. */
  readonly panels: Promise<Panels>;
  /** Settles when the first run is built and the panels have arrived; null until it is asked for. */
  firstRun(): Promise<void> | null;
  /** App calls it once its islands (the header, the stage, its stores, the controls, the Outcome) are hydrated (islands.ts); the first run waits for it. */
  islandsStarted(): void;
}

export function startApp(ssr: boolean, source = createSource()): AppStart {
  // The build's server render (src/node/prerender.ts) paints only the first
  // frame: it never loads the simulator or the panels (their promise stays
  // pending, so the {#await} blocks render their placeholders, exactly as the
  // browser's first render before hydration does).
  const never = <T>(): Promise<T> => new Promise<T>(() => {});
  // Below-the-fold panels load right after the first paint, starting in a
  // task of their own (later.ts).
  // The first {#await} on them renders in a task after the one that evaluated
  // their chunk (both in one task was ~0.25 s at 4x CPU).
  const panels = ssr ? never<Panels>() : later(() => import('./panels.ts')).then(async (m) => (await nextTask(), m));
  // The first run also waits for the panels, which bring the keyboard
  // shortcuts: once Play is enabled, End or Space must work too (a learner,
  // or a teacher's clicker, acts as soon as the controls say they are ready).
  // It waits for the islands too: hydrating the controls must meet the
  // prerendered, waiting Play, not a Pause (the first-visit demo starts as
  // soon as the run is there) nor a run of another shape (a share link).
  let openIslands!: () => void;
  const islands = new Promise<void>((resolve) => (openIslands = resolve));
  let firstRun: Promise<void> | null = null;
  const prepare = (settings: Parameters<NonNullable<typeof source.prepare>>[0]) => {
    const ready = Promise.all([later(async () => source.prepare?.(settings)), panels, islands]).then(() => undefined);
    if (!firstRun) {
      firstRun = ready;
      // The service worker's precaching waits for the first run (offline.ts).
      void ready.catch(() => undefined).then(() => later(async () => registerOffline()));
    }
    return ready;
  };
  const player = new Player(ssr ? { ...source, prepare: never } : { ...source, prepare });
  // The rest of the scenario menu (the built-in library: 47 scenarios, their
  // words in three languages and the POP1/POP2 engines: 17 chunks and about
  // fifty tasks) is not start-up's work: it loads when the learner reaches for
  // the menu (HeaderSettings) or when the page is quiet after the first run
  // is there. Beside start-up it made the page's own tasks longer
  // (Lighthouse's traces, issue 12).
  void panels
    .then(() => firstRun)
    .catch(() => undefined)
    .then(() => whenQuiet())
    .then(() => player.loadBuiltins());
  return { player, panels, firstRun: () => firstRun, islandsStarted: openIslands };
}
