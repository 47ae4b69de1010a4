/**
 * A finished simulation: the whole trace computed up front (bounded by
 * maxEvents), with seek, outcome, transcript and fork.
 *
 * Seek: the ledger is a reducer over the trace, so the view at step k is a
 * snapshot taken at or before k plus a replay of at most one snapshot
 * interval of events. Snapshots are built once, on the first seek; the
 * interval grows with the trace so memory stays bounded.
 *
 * Fork: re-runs the same config with one more fault placed at a step.
 * Determinism makes every event before the fault identical; fork asserts it.
 */
import { Ledger } from './ledger.ts';
import { toTranscript } from './transcript.ts';
import { runToEnd } from './stepwise.ts';
import { World, SimulationError, type WorldOptions } from './world.ts';
import type { FaultSpec, Outcome, TraceEvent, WorldConfig, WorldView } from './types.ts';

export interface SimulationRun {
  readonly config: WorldConfig;
  readonly trace: readonly TraceEvent[];
  /** The view before any event (step -1) up to after the last event. */
  viewAt(step: number): WorldView;
  /**
   * Builds the seek index (ledger snapshots) now instead of on the first
   * viewAt, e.g. while the UI is idle. Later seeks are then fast.
   */
  prepareSeek(): void;
  /** The final verdicts. */
  outcome(): Outcome;
  transcript(): string;
  /** Re-runs with `fault` injected at `step` (its placement is replaced by `{ atStep: step }`). */
  fork(step: number, fault: Omit<FaultSpec, 'placement'> & { readonly placement?: FaultSpec['placement'] }): SimulationRun;
  /**
   * fork, a World step at a time (simulateInSteps) and then its determinism
   * check in stretches, yielding between them: the same run. A fault
   * injected into a 500-message run re-simulated it in one task (issue 12).
   */
  forkInSteps(step: number, fault: Omit<FaultSpec, 'placement'> & { readonly placement?: FaultSpec['placement'] }): Generator<void, SimulationRun, void>;
}

/** Runs the world to its end; `options.engines` must hold the config's protocol (engines.ts). */
export function simulate(config: WorldConfig, options: WorldOptions): SimulationRun {
  const world = new World(config, options);
  world.run();
  world.finish();
  return new Run(world, options);
}

/**
 * simulate one World step at a time, for a caller that must not block (the
 * app builds its first run in slices that yield to the browser): the
 * generator yields after every step and returns the same run simulate would.
 * It never touches a timer; the caller decides when to pause. The same step
 * bound as World.run() holds.
 */
export function* simulateInSteps(config: WorldConfig, options: WorldOptions): Generator<void, SimulationRun, void> {
  const world = new World(config, options);
  // The caller may end its slice after making the World (devices, maildrops,
  // engines) and after finishing it, before indexing the run: each of them,
  // with a step in the same slice, made it several times the caller's budget.
  yield;
  yield* world.runInSteps();
  world.finish();
  yield;
  const run = new Run(world, options);
  // And the seek index, a snapshot at a time: the first view of a large run
  // built it in one go (~0.1 s at 4x CPU for 500 messages, issue 12).
  yield* run.indexInSteps();
  return run;
}

/**
 * Same keys in the same order with the same values: what comparing the two
 * events' JSON would say, without serialising every event of a long trace.
 */
function sameEvent(a: TraceEvent, b: TraceEvent): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i]) return false;
    const va = ra[k];
    const vb = rb[k];
    if (va === vb) continue;
    if (typeof va !== 'object' || va === null || JSON.stringify(va) !== JSON.stringify(vb)) return false;
  }
  return true;
}

function snapshotInterval(events: number): number {
  let interval = 64;
  while (interval < 1024 && events / interval > 128) interval *= 2;
  return interval;
}

class Run implements SimulationRun {
  readonly config: WorldConfig;
  readonly trace: readonly TraceEvent[];
  readonly #world: World;
  readonly #options: WorldOptions;
  #snapshots: Ledger[] | null = null;
  #interval = 64;

  constructor(world: World, options: WorldOptions) {
    this.#world = world;
    this.#options = options;
    this.config = world.config;
    this.trace = world.trace;
  }

  prepareSeek(): void {
    this.#buildSnapshots();
  }

  viewAt(step: number): WorldView {
    return this.#ledgerAt(step).view();
  }

  outcome(): Outcome {
    return this.#world.ledger.outcome();
  }

  transcript(): string {
    return toTranscript(this.trace);
  }

  fork(step: number, fault: Omit<FaultSpec, 'placement'> & { readonly placement?: FaultSpec['placement'] }): SimulationRun {
    const spec = this.#forkSpec(step, fault);
    const forked = simulate({ ...this.config, faults: [...this.config.faults, spec] }, this.#options);
    runToEnd(this.#sameBefore(forked, step, spec.kind));
    return forked;
  }

  *forkInSteps(step: number, fault: Omit<FaultSpec, 'placement'> & { readonly placement?: FaultSpec['placement'] }): Generator<void, SimulationRun, void> {
    const spec = this.#forkSpec(step, fault);
    const forked = yield* simulateInSteps({ ...this.config, faults: [...this.config.faults, spec] }, this.#options);
    yield* this.#sameBefore(forked, step, spec.kind);
    return forked;
  }

  #forkSpec(step: number, fault: Omit<FaultSpec, 'placement'>): FaultSpec {
    if (!Number.isSafeInteger(step) || step < 0) throw new RangeError(`fork step must be a non-negative integer, got ${step}`);
    return { ...fault, placement: { atStep: step } };
  }

  /** Determinism: everything before the injected fault's event is the same run (yields every 4096 events). */
  *#sameBefore(forked: SimulationRun, step: number, kind: FaultSpec['kind']): Generator<void, void, void> {
    const firstFault = forked.trace.findIndex((e, i) => i >= step && e.kind === 'fault' && e.fault === kind);
    const end = firstFault < 0 ? Math.min(forked.trace.length, this.trace.length) : firstFault;
    for (let i = 0; i < end; i++) {
      if (!sameEvent(forked.trace[i]!, this.trace[i]!)) {
        throw new SimulationError(`determinism broken (seed ${this.config.seed}): fork at step ${step} differs from the original at step ${i}`);
      }
      if ((i & 4095) === 4095) yield;
    }
  }

  #ledgerAt(step: number): Ledger {
    if (!Number.isInteger(step)) throw new RangeError(`step must be an integer, got ${step}`);
    const target = Math.max(-1, Math.min(step, this.trace.length - 1));
    const snapshots = this.#buildSnapshots();
    // snapshots[i] holds the ledger after step i * interval - 1.
    const index = Math.min(snapshots.length - 1, Math.floor((target + 1) / this.#interval));
    const ledger = snapshots[index]!.clone();
    for (let s = ledger.step + 1; s <= target; s++) ledger.apply(this.trace[s]!);
    return ledger;
  }

  #buildSnapshots(): Ledger[] {
    if (!this.#snapshots) for (const _ of this.indexInSteps());
    return this.#snapshots!;
  }

  /**
   * Builds the seek index (the ledger snapshots), yielding after each
   * snapshot: simulateInSteps' caller spreads it over its slices, the first
   * seek or prepareSeek drains it at once. Nothing if it is built already.
   */
  *indexInSteps(): Generator<void, void, void> {
    if (this.#snapshots) return;
    const interval = snapshotInterval(this.trace.length);
    const ledger = new Ledger(this.#world.ledgerInit);
    const snapshots: Ledger[] = [ledger.clone()];
    for (const event of this.trace) {
      ledger.apply(event);
      if ((event.step + 1) % interval === 0) {
        snapshots.push(ledger.clone());
        yield;
      }
    }
    this.#interval = interval;
    this.#snapshots = snapshots;
  }
}
