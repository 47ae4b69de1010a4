/**
 * The player: the one cursor into a simulation run that every view shares.
 *
 * It holds the learner's settings, the current run ($state.raw: a run is
 * replaced when settings change or a fault forks the future, never mutated),
 * the cursor, and the view settings of playback (playing, speed). Everything
 * the views show is $derived from these. The animation-frame loop lives in
 * playback.svelte.ts and only turns wall-clock time into simulated time.
 */
import { getContext, setContext } from 'svelte';
import type { FaultKind, FaultSpec, Outcome, TraceEvent, WorldView } from '../sim/types.ts';
import type { PersonalityKind, Protocol } from '../protocol/engine.ts';
import { indexTrace, positionsOf, readyInSteps, viewOf, type RunLike, type TraceIndex } from './run.ts';
import { emptyRun } from './first-frame.ts';
import { inSlices, nextTask } from './later.ts';
import { attemptRun, type ScenarioSource, type Settings, type ScenarioEntry } from './wiring.ts';
import { stepOf, type Detail } from '../sim/steps.ts';
import { textForMode, type Scenario } from '../scenarios/scenario.ts';
import { faultAfter } from '../scenarios/fault-map/place.ts';

/**
 * How long one step takes on screen while playing. A step is one command or
 * reply at Detail = Commands, so the default (Gentle) gives a class at least
 * 2 s to read each narrated step; finer details scale it down (see
 * DETAIL_PACE). `stepMs` 0 means one step per animation frame (Fastest).
 */
export interface Speed {
  readonly stepMs: number;
}

export const SPEEDS: readonly Speed[] = [{ stepMs: 4000 }, { stepMs: 2600 }, { stepMs: 1500 }, { stepMs: 600 }, { stepMs: 0 }];
export const GENTLE_SPEED = 1;
/** A Segments step is one chunk, an Octets step one event: shorter than a whole command, so they get less time. */
export const DETAIL_PACE: Readonly<Record<Detail, number>> = { commands: 1, segments: 0.5, octets: 0.25 };
/**
 * Below this a step is too short to animate or to read one by one: the
 * cursor jumps from step end to step end, and the text panels follow at most
 * ten times a second (controls/loop.ts, Player.panelCursor).
 */
export const MIN_ANIMATED_MS = 300;

export interface UserFault {
  readonly kind: FaultKind;
  /** The fault fires before this trace step of the run it was added to. */
  readonly atStep: number;
  /** The device it hits. */
  readonly device?: string;
}

/** The settings a Player starts with for this source: its default scenario, in that scenario's own defaults. */
export function startSettings(source: ScenarioSource): Settings {
  return {
    retention: 'delete',
    protocol: 'pop3',
    personality: 'rfc',
    scenarioFaults: true,
    pollAgain: true,
    scenarioId: source.defaultId,
    ...source.defaults(source.defaultId),
  };
}

/** The learner's fault as the simulator takes it: firing before trace index `atStep`. */
function faultSpec(kind: FaultKind, atStep: number, device: string | undefined): FaultSpec {
  return { kind, placement: { atStep }, ...(device ? { device } : {}) };
}

export class Player {
  settings = $state<Settings>() as Settings;
  run = $state.raw<RunLike>(null as unknown as RunLike);
  /** The step being shown; every view selects from this one cursor. */
  cursor = $state(0);
  /**
   * The cursor as the text panels (sequence, transcript, explanation,
   * narration) show it: equal to `cursor`, except during fast playback, when
   * it follows at most ten times a second so that long lists are not rebuilt
   * every frame and screen readers are not flooded.
   */
  panelCursor = $state(0);
  playing = $state(false);
  speed = $state(GENTLE_SPEED);
  /** 0..1 progress towards the next step while playing (drives packet motion only). */
  phase = $state(0);
  userFaults = $state.raw<readonly UserFault[]>([]);
  error = $state<string | null>(null);
  reducedMotion = $state(false);

  scenarios = $state.raw<readonly ScenarioEntry[]>([]);
  /**
   * What heads the stage instead of the scenario's title and summary while a
   * lesson's run is on it ("Lesson: …", in the page's language); null
   * otherwise. Choosing a scenario or opening a link clears it.
   */
  intro = $state.raw<{ readonly title: () => string } | null>(null);
  /** The scenario in the menu, its title and summary as written for the retention mode in force. */
  get scenario(): ScenarioEntry | undefined {
    const entry = this.scenarios.find((s) => s.id === this.settings.scenarioId);
    return entry && { ...entry, ...textForMode(entry, this.settings.retention) };
  }

  trace: readonly TraceEvent[] = $derived(this.run.trace);
  index: TraceIndex = $derived(indexTrace(this.run.trace));
  last: number = $derived(Math.max(0, this.run.trace.length - 1));
  view: WorldView = $derived(viewOf(this.run, this.cursor));
  /** The view at the panel cursor: what the word lists under the stage show. */
  panelView: WorldView = $derived(this.panelCursor === this.cursor ? this.view : viewOf(this.run, this.panelCursor));
  outcome: Outcome = $derived(this.run.outcome());
  current: TraceEvent | undefined = $derived(this.run.trace[this.cursor]);
  panelEvent: TraceEvent | undefined = $derived(this.run.trace[this.panelCursor]);
  atEnd: boolean = $derived(this.cursor >= this.last);

  // ---- Steps: the cursor stops only where a step of the chosen Detail ends.
  /** Commands (one command or reply crossing the channel), Segments or Octets. */
  detail = $state<Detail>('commands');
  /**
   * The cursor positions a learner steps between (src/sim/steps.ts
   * stepPositions): "Step k of N" ends at positions[k]. At Octets this is
   * every trace index.
   */
  positions: Int32Array = $derived(positionsOf(this.run.trace, this.detail));
  /** How many steps the run has at this detail. */
  stepCount: number = $derived(Math.max(0, this.positions.length - 1)); // an empty trace (the first frame while the simulator loads) has 0 steps, not -1
  /** The step the cursor is in (the first position at or after it). */
  stepNo: number = $derived(this.stepNumberOf(this.cursor));
  /**
   * Steps at the chosen speed and Detail are too short to read one by one
   * (MIN_ANIMATED_MS): the text panels then follow the run in jumps, and
   * those out of sight hold still (layout/sight.svelte.ts).
   */
  hurried: boolean = $derived((SPEEDS[this.speed] ?? SPEEDS[GENTLE_SPEED]!).stepMs * DETAIL_PACE[this.detail] < MIN_ANIMATED_MS);
  /** The step holding a trace index: what "Step k" a learner sees for it. */
  stepNumberOf(traceIndex: number): number {
    return stepOf(this.positions, traceIndex);
  }
  /** Moves the cursor to the end of step k (clamped). */
  selectStep(k: number): void {
    const p = this.positions;
    this.select(p[Math.min(p.length - 1, Math.max(0, Math.round(k)))] ?? 0);
  }
  setDetail(detail: Detail): void {
    this.detail = detail;
  }
  /** Message labels (subjects) by UID, from the maildrop before the run. */
  labels: ReadonlyMap<string, string> = $derived(new Map(viewOf(this.run, -1).maildrop.map((m) => [m.uid, m.label])));

  /**
   * A share link is being opened (App.svelte, open-link.ts): a run that takes
   * the screen meanwhile (the first run, whose build started before the
   * link's code had loaded) leaves the controls waiting, since the link's run
   * is still to come. Without it, a key pressed in between acted on the
   * default run and was lost when the link's run took the screen.
   */
  linkOpening = false;
  private showFirst: () => void = () => {};
  /**
   * Settles when the first build has ended: its run on screen, or its error
   * said. Not when its preparation settles: the run is shown a task later
   * (rebuild). A share link opened over the first run (open-link.ts) waits
   * for it, so the first run's arrival does not end the link's "preparing".
   */
  readonly firstShown = new Promise<void>((resolve) => (this.showFirst = resolve));

  constructor(private readonly source: ScenarioSource) {
    this.scenarios = source.scenarios;
    this.libraryPending = source.loadBuiltins !== undefined;
    this.settings = startSettings(source);
    this.settingsOfRun = this.settings;
    if (source.ready && !source.ready(this.settings) && source.firstFrame) {
      // The simulator (or an engine) is a lazy chunk: paint the first frame
      // from the scenario data now, and let rebuild's prepare path build the
      // run (in slices) and swap it in when it arrives (issue 12 item 2).
      try {
        this.run = source.firstFrame(this.settings);
      } catch {
        this.run = emptyRun(this.settings.protocol);
      }
      this.preparing = true;
      this.rebuild();
      return;
    }
    // A scenario the World refuses must not throw out of the constructor
    // (the embed would only say "unexpected error"): an empty run and the reason.
    const first = attemptRun(source, this.settings);
    if ('run' in first) this.run = first.run;
    else {
      this.run = emptyRun(this.settings.protocol);
      this.error = first.error;
    }
  }

  /**
   * True while the run on screen is only the first frame and the simulator is
   * still loading: Play, the steps and the faults say so and do nothing yet.
   */
  preparing = $state(false);

  /** A step to show once the next run is built (a share link's step), clamped; null for the start. */
  private pendingStep: number | null = null;
  /** Counts rebuilds: a run built in the background is shown only if no rebuild started after it. */
  private builds = 0;

  private builtins: Promise<void> | null = null;
  /** Whether the rest of the scenario menu (the built-in library) is still to come: the menu says so. */
  libraryPending = $state(false);
  /**
   * Loads the rest of the scenario menu (the built-in library) once. The app
   * asks for it when the learner reaches for the menu or the page is quiet
   * (app-start.ts), and setScenario/loadScenario wait for it when they name
   * a scenario that is not loaded yet.
   */
  loadBuiltins(): Promise<void> {
    const load = this.source.loadBuiltins;
    this.builtins ??= load
      ? load.call(this.source).then(
          (entries) => this.setBuiltins(entries),
          (err: unknown) => {
            this.builtins = null;
            this.error = err instanceof Error ? err.message : String(err);
          },
        )
      : Promise.resolve();
    return this.builtins;
  }
  /** The built-in entries first, then the scenarios added from links or lessons. */
  setBuiltins(entries: readonly ScenarioEntry[]): void {
    this.libraryPending = false;
    this.scenarios = [...entries, ...this.scenarios.filter((s) => !entries.some((e) => e.id === s.id))];
  }
  /** Whether the scenario must wait for the library (the source knows only some scenarios so far). */
  private unknown(id: string): boolean {
    return this.source.known !== undefined && !this.source.known(id);
  }
  /** Runs `then` once the library has loaded, if that brought the scenario. */
  private afterBuiltins(id: string, then: () => void): void {
    void this.loadBuiltins().then(() => {
      if (this.source.known?.(id)) then();
      else this.error = `unknown scenario "${id}"`;
    });
  }

  /**
   * A session typed in the terminal while it is the run on screen (stage,
   * stores, sequence, transcript and Outcome show it; src/ui/terminal/stage.ts
   * puts it there and takes it away). Null while the scenario's run is shown.
   */
  terminal = $state.raw<RunLike | null>(null);

  /**
   * Starts a run from the settings. With `carry`, the learner's faults and
   * cursor move to the same dialogue positions of the new run (see
   * fault-carry.ts); without, the cursor starts at 0 and the faults are cleared.
   * A large scenario is simulated in slices first (ScenarioSource.sliced),
   * and the run on screen stays until it is built: opening it, a settings
   * change and Reset each made a task of ~1 s at 4x CPU for 500 messages
   * (issue 12). `now` builds it in this task whatever its size (the fault
   * map's fork, which must answer at once).
   */
  private rebuild(carry: FaultCarry | null = null, now = false): void {
    const build = ++this.builds;
    const source = this.source;
    const large = !now && source.sliced?.(this.settings) === true;
    if (source.ready && (large || !source.ready(this.settings))) {
      // What runFor needs first (the simulator, POP1/POP2 engines), or a large
      // scenario's run built in slices; the run appears when it is there,
      // unless another build started meanwhile (other settings, Reset, a
      // scenario picked from the menu), which then has the screen.
      const wanted = this.settings;
      // A link's step belongs to this build only.
      const step = this.pendingStep;
      this.pendingStep = null;
      // Until the new run is there the old one stays on the stage: Play, the
      // steps and the faults say they are waiting instead of acting on it (a
      // key pressed meanwhile would act on a run about to be replaced, and be
      // lost). A large scenario's build takes long enough to pause for.
      if (large) this.pause();
      this.preparing = true;
      // The run takes the screen in a task of its own, not in the last slice
      // of its build (issue 12), whichever source built it.
      this.source.prepare?.(wanted).then(nextTask).then(
        () => {
          if (build !== this.builds || this.settings !== wanted) return;
          this.pendingStep = step;
          this.rebuild(carry);
        },
        (err: unknown) => {
          if (build !== this.builds) return;
          this.error = err instanceof Error ? err.message : String(err);
          this.preparing = this.playWhenReady = false;
          this.leadInMs = 0;
          this.showFirst();
          if (this.settings === wanted) this.restoreSettings();
        },
      );
      return;
    }
    const built = attemptRun(this.source, this.settings);
    if ('error' in built) {
      // The previous run stays on screen, so its settings come back with it.
      this.error = built.error;
      this.pendingStep = null;
      this.preparing = this.playWhenReady = false;
      this.leadInMs = 0;
      this.showFirst();
      this.restoreSettings();
      return;
    }
    // Where the learner's faults and cursor are in the dialogue, before the run changes.
    const carried = carry?.carryFrom(this);
    // A terminal session on the stage (terminal/stage.ts) stays there until
    // the scenario's new run replaces it, not while that run is being built.
    this.terminal = null;
    this.run = built.run;
    this.preparing = this.linkOpening;
    this.showFirst();
    this.settingsOfRun = this.settings;
    this.error = null;
    this.userFaults = [];
    this.faultNotes = [];
    this.cursor = 0;
    this.panelCursor = 0;
    this.phase = 0;
    if (carried) this.faultNotes = carried.into(this);
    if (this.pendingStep !== null) {
      this.select(this.pendingStep);
      this.pendingStep = null;
    }
    if (this.playWhenReady) {
      this.playWhenReady = false;
      this.play();
    }
  }
  /** play() was called while the first run was still being prepared (the first visit's demo): it starts when the run arrives. */
  private playWhenReady = false;
  /**
   * Rebuilds for changed settings, keeping the learner's faults and place.
   * The dialogue-position code (fault-carry.ts) loads on first need: a fresh
   * page with nothing to carry does not pay for it.
   */
  private rebuildKeeping(): void {
    if (this.userFaults.length === 0 && this.cursor === 0) return this.rebuild();
    if (this.carrying) return this.rebuild(this.carrying);
    const wanted = this.settings;
    // The run on screen is about to be replaced: until the code is there the
    // controls wait, as for any build that waits (rebuild), and this is the
    // newest build: one still running (a fork in slices, a build that waits)
    // no longer takes the screen nor ends the wait.
    const build = ++this.builds;
    this.preparing = true;
    const current = () => build === this.builds && this.settings === wanted;
    void import('./fault-carry.ts').then(
      (m) => {
        this.carrying = m;
        if (current()) this.rebuild(m);
      },
      // Offline with the chunk missing: the new settings still get their run, from the start.
      () => {
        if (current()) this.rebuild();
      },
    );
  }
  /** fault-carry.ts once loaded: later changes carry in the same task. */
  private carrying: FaultCarry | null = null;
  /** One line per fault of the learner's that the new run has no place for (its command is not sent in this mode). */
  faultNotes = $state.raw<readonly string[]>([]);
  /** The settings the current run was built with. */
  private settingsOfRun: Settings;
  private restoreSettings(): void {
    this.settings = this.settingsOfRun;
  }

  setRetention(retention: Settings['retention']): void {
    if (this.settings.retention === retention) return;
    this.settings = { ...this.settings, retention };
    this.rebuildKeeping();
  }
  setProtocol(protocol: Protocol): void {
    this.settings = { ...this.settings, protocol };
    this.rebuildKeeping();
  }
  setPersonality(personality: PersonalityKind): void {
    this.settings = { ...this.settings, personality };
    this.rebuildKeeping();
  }
  setPollAgain(pollAgain: boolean): void {
    this.settings = { ...this.settings, pollAgain };
    this.rebuildKeeping();
  }
  /** Runs the scenario without the faults it injects by itself, keeping the cursor. */
  setScenarioFaults(scenarioFaults: boolean): void {
    this.settings = { ...this.settings, scenarioFaults };
    this.pendingStep = this.cursor;
    this.rebuild();
  }
  /**
   * Shows a lesson's scenario exactly as the lesson checked it headlessly:
   * toWorldConfig(scenario, { mode }), without the extra "check mail again"
   * poll. Later header changes re-run this scenario with the new knob.
   */
  loadScenario(scenario: Scenario, mode?: Settings['retention'], builtinId?: string, madeFrom?: string): void {
    this.pause();
    if (builtinId && this.unknown(builtinId)) return this.afterBuiltins(builtinId, () => this.loadScenario(scenario, mode, builtinId));
    let id = builtinId;
    if (!id) {
      const entry = this.source.add(scenario, madeFrom);
      this.scenarios = [...this.scenarios.filter((s) => s.id !== entry.id), entry];
      id = entry.id;
    }
    this.settings = { ...this.settings, scenarioId: id, ...this.source.defaults(id), pollAgain: false, ...(mode ? { retention: mode } : {}) };
    this.rebuild();
  }

  /** Opens a scenario from a share link (already validated) and selects it, at `step` (clamped) once its run is built. */
  openScenario(scenario: Scenario, step: number | null = null): void {
    // A link carries its polls and faults exactly: no extra poll is added.
    this.pendingStep = step;
    this.intro = null;
    this.loadScenario(scenario);
  }
  setScenario(id: string): void {
    this.intro = null;
    if (this.unknown(id)) return this.afterBuiltins(id, () => this.setScenario(id));
    this.settings = { ...this.settings, scenarioId: id, ...this.source.defaults(id), pollAgain: true };
    this.rebuild();
  }

  select(step: number): void {
    this.cursor = Math.min(this.last, Math.max(0, Math.round(step)));
    this.panelCursor = this.cursor;
    this.phase = 0;
  }
  // The learner's own cursor moves (the step buttons, the shortcuts, the
  // presenter's remote) wait while a run is being built, as Play does: on the
  // run about to be replaced they would be lost.
  /** The end of the step after the cursor (or of the step the cursor is inside); at the end it stays. */
  stepForward(): void {
    if (this.preparing) return;
    this.pause();
    const k = this.stepNo;
    const at = this.positions[k] ?? this.last;
    this.select(at > this.cursor ? at : (this.positions[k + 1] ?? this.last));
  }
  /** The end of the step before the cursor. */
  stepBack(): void {
    if (this.preparing) return;
    this.pause();
    const k = this.stepNo;
    this.select(this.positions[Math.max(0, k - 1)] ?? 0);
  }
  toStart(): void {
    if (this.preparing) return;
    this.pause();
    this.select(0);
  }
  toEnd(): void {
    if (this.preparing) return;
    this.pause();
    this.select(this.last);
  }
  /**
   * Milliseconds the next playback holds its first step still before it
   * moves (the first-visit demo's lead-in, App.svelte); the playback loop
   * (controls/loop.ts) takes it once. Not reactive: nothing shows it.
   */
  leadInMs = 0;
  /** The lead-in for the playback starting now, once; later plays start at once. */
  takeLeadIn(): number {
    const ms = this.leadInMs;
    this.leadInMs = 0;
    return ms;
  }
  /** Plays from the cursor; from the start if the run is over. An empty run has nothing to play. */
  play(): void {
    if (this.preparing) {
      this.playWhenReady = true;
      return;
    }
    if (this.run.trace.length === 0) {
      this.leadInMs = 0;
      return;
    }
    if (this.atEnd) this.select(0);
    this.playing = true;
  }
  pause(): void {
    this.playWhenReady = false;
    this.leadInMs = 0;
    this.playing = false;
    this.phase = 0;
    this.panelCursor = this.cursor;
  }
  togglePlay(): void {
    // Play asked for while a run is being built is taken back by a second press.
    if (this.playing || this.playWhenReady) this.pause();
    else this.play();
  }
  reset(): void {
    this.pause();
    this.rebuild();
  }

  /**
   * Injects `kind` just after the step at `afterStep` (the current one): the
   * simulator forks the future from there and the cursor stays where the
   * learner is looking. On a large scenario the fork (which simulates the run
   * again) is built in slices while the run on screen stays, saying it is
   * preparing: in one task it was ~0.2-0.4 s at 4x CPU for 500 messages
   * (issue 12). `now` forks in this task whatever the size (openFork, which
   * must answer at once).
   */
  inject(kind: FaultKind, afterStep: number = this.cursor, now = false): void {
    this.pause();
    const fault = faultAfter(this.run, kind, afterStep);
    const keep = this.cursor;
    const atStep = 'atStep' in fault.placement ? fault.placement.atStep : afterStep + 1;
    if (!now && !this.preparing && this.run.forkInSteps && this.source.large?.(this.settingsOfRun) === true) {
      void this.forkInSlices(kind, atStep, fault.device);
      return;
    }
    if (this.forkAt(kind, atStep, fault.device)) {
      this.cursor = Math.min(keep, this.last);
      this.panelCursor = this.cursor;
    }
  }
  private async forkInSlices(kind: FaultKind, atStep: number, device: string | undefined): Promise<void> {
    const build = ++this.builds;
    const run = this.run;
    this.preparing = true;
    // Another build (settings, Reset, a scenario) started meanwhile, or a
    // terminal session took the stage: the forked run is not shown.
    const overtaken = () => build !== this.builds || this.run !== run;
    try {
      const forked = await inSlices(run.forkInSteps!(atStep, faultSpec(kind, atStep, device)));
      // Its index and first views too, so taking the screen is not one long task.
      await inSlices(readyInSteps(forked));
      await nextTask();
      if (overtaken()) return;
      this.takeFork(forked, kind, atStep, device);
      // Where the learner is now: the steps before the fault are the same in both runs.
      this.cursor = Math.min(this.cursor, this.last);
      this.panelCursor = this.cursor;
    } catch (err) {
      if (!overtaken()) this.error = err instanceof Error ? err.message : String(err);
    } finally {
      if (build === this.builds) {
        this.preparing = false;
        // Play pressed meanwhile (Space, the presenter's remote) plays the run on screen now.
        // (A build that overtook this one honours it itself, in rebuild.)
        if (this.playWhenReady) {
          this.playWhenReady = false;
          this.play();
        }
      }
    }
  }
  /** Shows `forked`, the run with the learner's fault `kind` firing before trace index `atStep`. */
  private takeFork(forked: RunLike, kind: FaultKind, atStep: number, device: string | undefined): void {
    this.run = forked;
    this.userFaults = [...this.userFaults, { kind, atStep, ...(device ? { device } : {}) }];
    this.error = null;
  }
  /** Forks the run with a fault firing before trace index `atStep`; false (and the reason in `error`) if the simulator refuses. */
  forkAt(kind: FaultKind, atStep: number, device: string | undefined): boolean {
    if (this.preparing) return false;
    try {
      this.takeFork(this.run.fork(atStep, faultSpec(kind, atStep, device)), kind, atStep, device);
      return true;
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
      return false;
    }
  }
  /**
   * Opens one cell of the fault map: the scenario in `retention` without its
   * own faults (the map's world), at the end of step `stepNo` (Detail =
   * Commands, the map's steps), with `kind` injected just after it, paused
   * there and ready to play.
   */
  openFork(retention: Settings['retention'], kind: FaultKind, stepNo: number): boolean {
    this.pause();
    this.settings = { ...this.settings, retention, scenarioFaults: false };
    this.detail = 'commands';
    this.rebuild(null, true);
    if (this.preparing || this.settings !== this.settingsOfRun) return false;
    this.selectStep(stepNo);
    const before = this.run;
    this.inject(kind, this.cursor, true);
    return this.run !== before;
  }
  clearFaults(): void {
    this.pendingStep = this.cursor;
    this.rebuild();
  }

  /** The step just before the first QUIT is sent (the place the invitation points to), or -1. */
  stepBeforeQuit: number = $derived.by(() => {
    const seg = this.index.segments.find((s) => s.direction === 'c2s' && /^QUIT\b/i.test(s.label));
    return seg ? seg.sendStep - 1 : -1;
  });
}

type FaultCarry = typeof import('./fault-carry.ts');

const KEY = Symbol('player');

export function providePlayer(player: Player): Player {
  return setContext(KEY, player);
}

export function usePlayer(): Player {
  const player = getContext<Player | undefined>(KEY);
  if (!player) throw new Error('usePlayer() called outside <App>: no player in context');
  return player;
}

/** The context that gives a part rendered on its own (an island, islands.ts) the app's player. */
export function playerContext(player: Player): Map<unknown, unknown> {
  return new Map([[KEY, player]]);
}
