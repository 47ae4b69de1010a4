/**
 * The fault map: for every step of a run at Detail = Commands and every
 * real-network fault, the run forked with that fault just after that step,
 * classified by the custody ledger (src/sim/ledger.ts).
 *
 * Rules of this module:
 * - Pure and deterministic: a WorldConfig in, the same map out, byte for
 *   byte (no DOM, timers, Math.random or Date.now). The Web Worker
 *   (src/ui/fault-map/worker.ts), the CLI (src/node/faultmap-cli.ts) and the
 *   tests all call computeCells/computeFaultMap, so they cannot disagree.
 * - Faults are placed with faultAfter (place.ts), the rule the fault menu
 *   and the Drop/Crash buttons use: a cell is the run a learner gets by
 *   stepping to that step and adding that fault.
 * - Progressive: computeCells is a generator that yields the rows of a mode
 *   first, then one cell at a time, so a caller can post cells as they come
 *   and stop whenever it likes.
 */
import { simulate, type SimulationRun } from '../../sim/run.ts';
import type { Engines } from '../../sim/engines.ts';
import { stepEnds } from '../../sim/steps.ts';
import type { FaultKind, Outcome, TraceEvent, WorldConfig } from '../../sim/types.ts';
import { faultAfter } from './place.ts';
import { parsePersonality } from '../../protocol/engine.ts';
import type { Scenario } from '../scenario.ts';
import { buildConfig, type WorldSettings } from '../world-config.ts';

/** The faults the map shows: the ones that happen in real networks to one connection, device or server. */
export const MAP_FAULTS: readonly FaultKind[] = ['drop-connection', 'connection-silent', 'crash-client', 'device-power-loss', 'crash-server', 'lose-segment'];

export type MapMode = 'delete' | 'keep';
export const MAP_MODES: readonly MapMode[] = ['delete', 'keep'];

/**
 * A cell's verdict, the worst outcome of the forked run (precedence as in
 * the ledger: lost, gap, duplicated); 'clean' when every message is
 * delivered once (or still waiting on the server for a later poll);
 * 'refused' when the simulator could not place the fault there.
 */
export type CellVerdict = 'clean' | 'duplicated' | 'gap' | 'lost' | 'refused';

export interface Counts {
  readonly delivered: number;
  readonly duplicated: number;
  readonly lost: number;
  readonly gap: number;
}

/** One step of the run, a row of the map: what crossed the channel in it. */
export interface MapRow {
  /** "Step k of N" as the learner sees it (1-based). */
  readonly step: number;
  /** The trace index where the step ends (the cursor a learner stops at). */
  readonly traceEnd: number;
  /** 'c2s' a command, 's2c' a reply, null a step with nothing sent (a session ending). */
  readonly direction: 'c2s' | 's2c' | null;
  /** The wire text sent in this step ("RETR 2", "+OK 120 octets"), or ''. */
  readonly wire: string;
  /** For a reply, the command it answers ("RETR 2"); else ''. */
  readonly command: string;
  readonly device: string;
}

export interface MapCell {
  readonly mode: MapMode;
  readonly step: number;
  readonly fault: FaultKind;
  readonly verdict: CellVerdict;
  readonly counts: Counts;
  /** Where the fault fires (trace index of the unfaulted run) and on which device. */
  readonly atTraceStep: number;
  readonly device?: string;
}

export interface ModeRows {
  readonly mode: MapMode;
  readonly stepCount: number;
  readonly rows: readonly MapRow[];
  /** The run without the extra fault. */
  readonly baseline: Counts;
  /** Why this mode has no map (the simulator refused its world). */
  readonly error?: string;
}

export type MapPiece = ({ readonly type: 'rows' } & ModeRows) | ({ readonly type: 'cell' } & MapCell);

export interface FaultMap {
  readonly faults: readonly FaultKind[];
  readonly modes: ReadonlyArray<ModeRows & { readonly cells: readonly MapCell[] }>;
}

export const countsOf = (o: Outcome): Counts => ({ delivered: o.delivered, duplicated: o.duplicated, lost: o.lost, gap: o.gap });

export function verdictOf(c: Counts): CellVerdict {
  if (c.lost > 0) return 'lost';
  if (c.gap > 0) return 'gap';
  if (c.duplicated > 0) return 'duplicated';
  return 'clean';
}

/**
 * The steps of a run as map rows: the cursor positions at Detail = Commands
 * (the Player's `positions` without the start), each with the segment sent in it.
 */
export function rowsOf(trace: readonly TraceEvent[]): MapRow[] {
  const ends = stepEnds(trace, 'commands');
  const rows: MapRow[] = [];
  let from = 0;
  let lastCommand = new Map<string, string>();
  for (const end of ends) {
    if (end === 0 && rows.length === 0 && from === 0 && ends.length > 1 && trace[0]?.kind !== 'send') {
      // The Player counts position 0 as the start, not a step (see Player.positions).
      from = 1;
      continue;
    }
    let row: MapRow | null = null;
    let device = '';
    for (let i = from; i <= end; i++) {
      const ev = trace[i]!;
      if ('device' in ev && typeof ev.device === 'string' && !device) device = ev.device;
      if (ev.kind === 'session-start') lastCommand = new Map(lastCommand).set(ev.device, '');
      if (ev.kind === 'send' && !row) {
        const command = ev.direction === 's2c' ? (lastCommand.get(ev.device) ?? '') : '';
        if (ev.direction === 'c2s') lastCommand = new Map(lastCommand).set(ev.device, ev.label);
        row = { step: rows.length + 1, traceEnd: end, direction: ev.direction, wire: ev.label, command, device: ev.device };
      }
    }
    rows.push(row ?? { step: rows.length + 1, traceEnd: end, direction: null, wire: '', command: '', device });
    from = end + 1;
  }
  return rows;
}

/** The configuration of one mode: the caller's own (CLI: toWorldConfig with `mode`; app: buildConfig with the retention forced). */
export type ModeConfigs = Readonly<Partial<Record<MapMode, WorldConfig>>>;

/**
 * Every piece of the map, in order: for each mode, its rows, then its cells
 * step by step, fault by fault (so the top rows fill first).
 */
export function* computeCells(configs: ModeConfigs, engines: Engines, faults: readonly FaultKind[] = MAP_FAULTS): Generator<MapPiece, void, void> {
  for (const mode of MAP_MODES) {
    const config = configs[mode];
    if (!config) continue;
    let base: SimulationRun;
    try {
      base = simulate(config, { engines });
    } catch (err) {
      // The World refused this mode's world (e.g. a protocol without it): the mode says why, the other still comes.
      yield { type: 'rows', mode, stepCount: 0, rows: [], baseline: { delivered: 0, duplicated: 0, lost: 0, gap: 0 }, error: err instanceof Error ? err.message : String(err) };
      continue;
    }
    const rows = rowsOf(base.trace);
    yield { type: 'rows', mode, stepCount: rows.length, rows, baseline: countsOf(base.outcome()) };
    for (const row of rows) {
      for (const fault of faults) {
        const spec = faultAfter(base, fault, row.traceEnd);
        const atTraceStep = 'atStep' in spec.placement ? spec.placement.atStep : row.traceEnd + 1;
        const where = { mode, step: row.step, fault, atTraceStep, ...(spec.device ? { device: spec.device } : {}) };
        try {
          const counts = countsOf(base.fork(atTraceStep, spec).outcome());
          yield { type: 'cell', ...where, verdict: verdictOf(counts), counts };
        } catch {
          // The simulator refused this placement (e.g. nothing to cut): the cell says so, the map goes on.
          yield { type: 'cell', ...where, verdict: 'refused', counts: { delivered: 0, duplicated: 0, lost: 0, gap: 0 } };
        }
      }
    }
  }
}

/** Puts the pieces of computeCells (or of the worker's messages) together into a map. */
export function assemble(pieces: Iterable<MapPiece>, faults: readonly FaultKind[] = MAP_FAULTS): FaultMap {
  const modes: Array<ModeRows & { cells: MapCell[] }> = [];
  for (const piece of pieces) {
    if (piece.type === 'rows') {
      const { type: _t, ...rows } = piece;
      modes.push({ ...rows, cells: [] });
    } else {
      const { type: _t, ...cell } = piece;
      modes[modes.length - 1]!.cells.push(cell);
    }
  }
  return { faults, modes };
}

/** The whole map at once (the CLI, the tests, the bench). */
export function computeFaultMap(configs: ModeConfigs, engines: Engines, faults: readonly FaultKind[] = MAP_FAULTS): FaultMap {
  return assemble(computeCells(configs, engines, faults), faults);
}

/**
 * The two worlds of the map for a scenario under the learner's settings:
 * the same buildConfig the app runs (src/scenarios/world-config.ts), once
 * per retention mode, without the scenario's own faults. The worker and the CLI both start here.
 */
export function mapConfigs(scenario: Scenario, settings: Omit<WorldSettings, 'retention' | 'scenarioFaults'>, modes: readonly MapMode[] = MAP_MODES): ModeConfigs {
  const out: Partial<Record<MapMode, WorldConfig>> = {};
  // One fault per cell: the scenario's own faults stay off, so each cell differs from the fault-free run by exactly its fault.
  for (const mode of modes) out[mode] = buildConfig(scenario, { ...settings, retention: mode, scenarioFaults: false });
  return out;
}

/** The settings a scenario opens with in the app (its protocol and personality, one more poll). */
export function scenarioSettings(scenario: Scenario): Omit<WorldSettings, 'retention' | 'scenarioFaults'> {
  const p = parsePersonality(scenario.personality);
  return { protocol: scenario.protocol, personality: 'error' in p ? 'rfc' : p.kind, pollAgain: true };
}
