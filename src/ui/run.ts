/**
 * What the UI needs from a simulation run, and indexes over its trace that
 * the views share. The run itself comes from src/sim; the UI never decides a
 * protocol fact, it only reads the trace and the views at a cursor.
 *
 * The indexes are built once per run (the trace is replaced, never mutated),
 * so scrubbing and playback only do O(log n) or O(window) work per frame.
 */
import type { FaultSpec, Outcome, TraceEvent, WorldConfig, WorldView, Direction } from '../sim/types.ts';
import { stepPositions, type Detail } from '../sim/steps.ts';
import { runToEnd } from '../sim/stepwise.ts';

export interface RunLike {
  readonly config: WorldConfig;
  readonly trace: readonly TraceEvent[];
  viewAt(step: number): WorldView;
  outcome(): Outcome;
  fork(step: number, fault: FaultSpec): RunLike;
  /** fork a step at a time (the simulator's runs have it): the Player forks a large run in slices. */
  forkInSteps?(step: number, fault: FaultSpec): Generator<void, RunLike, void>;
}

/** One command or reply on the channel: a send and its deliveries. */
export interface Segment {
  readonly index: number;
  readonly device: string;
  readonly direction: Direction;
  readonly segment: number;
  readonly label: string;
  readonly octets: string;
  readonly sendStep: number;
  /** Step of the final delivery, or of the loss, or -1 if it never arrived. */
  endStep: number;
  /** How the segment ended. */
  fate: 'delivered' | 'lost' | 'pending';
}

/** A row of the sequence diagram: an arrow or a fault marker. */
export type LadderRow =
  | { readonly kind: 'arrow'; readonly step: number; readonly segment: Segment }
  | { readonly kind: 'fault'; readonly step: number; readonly event: TraceEvent & { kind: 'fault' } }
  | { readonly kind: 'note'; readonly step: number; readonly event: TraceEvent };

export interface TraceIndex {
  readonly segments: readonly Segment[];
  /** For each step, the segment it belongs to or follows (the last one sent at or before it), or -1. */
  readonly segmentOfStep: Int32Array;
  readonly rows: readonly LadderRow[];
  /** For each step, the ladder row at or before it (-1 before the first row). */
  readonly rowOfStep: Int32Array;
  readonly devices: readonly string[];
  /** Ticks of each step, for binary search during playback. */
  readonly ticks: Float64Array;
}

/**
 * Kept per trace (a trace is never mutated): the background build of a large
 * run indexes it in a task of its own (wiring.ts), so the task in which the
 * run takes the screen finds the index made (issue 12).
 */
const indexes = new WeakMap<readonly TraceEvent[], TraceIndex>();
const positionsByDetail = new WeakMap<readonly TraceEvent[], Map<Detail, Int32Array>>();

export function indexTrace(trace: readonly TraceEvent[]): TraceIndex {
  return indexes.get(trace) ?? runToEnd(indexTraceInSteps(trace));
}

/** indexTrace, yielding every INDEX_STRIDE events, for a caller that must not block; kept like indexTrace's. */
export function* indexTraceInSteps(trace: readonly TraceEvent[]): Generator<void, TraceIndex, void> {
  const made = indexes.get(trace);
  if (made) return made;
  const index = yield* buildIndex(trace);
  indexes.set(trace, index);
  return index;
}
const INDEX_STRIDE = 1024;

/**
 * The run's view at a step, kept for the few steps read last: the background
 * build reads the first ones a task each (wiring.ts), and the Player's
 * derived views (the cursor's, the panels', the labels' before the run) then
 * find them made. A view is read-only.
 */
export function viewOf(run: RunLike, step: number): WorldView {
  let views = viewsByRun.get(run);
  if (!views) viewsByRun.set(run, (views = new Map()));
  let view = views.get(step);
  if (!view) {
    view = run.viewAt(step);
    if (views.size >= KEPT_VIEWS) views.delete(views.keys().next().value!);
    views.set(step, view);
  }
  return view;
}
const viewsByRun = new WeakMap<RunLike, Map<number, WorldView>>();
const KEPT_VIEWS = 4;

/**
 * What a run's first screen reads, made a piece at a time before the run
 * takes the screen (the app's and the embed's background builds, with
 * later.ts inSlices): its trace index, its step positions at Commands (the
 * Detail a learner starts with), and its views at the start and before the
 * run (the maildrop's labels). For a 500-message run these were ~0.1 s of
 * the task in which it took the screen at 4x CPU (issue 12).
 */
export function* readyInSteps(run: RunLike): Generator<void, void, void> {
  yield* indexTraceInSteps(run.trace);
  yield;
  positionsOf(run.trace, 'commands');
  yield;
  viewOf(run, 0);
  yield;
  viewOf(run, -1);
}

/** The trace's step positions at a Detail (src/sim/steps.ts stepPositions), kept per trace like its index. Read-only. */
export function positionsOf(trace: readonly TraceEvent[], detail: Detail): Int32Array {
  let byDetail = positionsByDetail.get(trace);
  if (!byDetail) positionsByDetail.set(trace, (byDetail = new Map()));
  let positions = byDetail.get(detail);
  if (!positions) byDetail.set(detail, (positions = stepPositions(trace, detail)));
  return positions;
}

function* buildIndex(trace: readonly TraceEvent[]): Generator<void, TraceIndex, void> {
  const segments: Segment[] = [];
  const byKey = new Map<string, Segment>();
  const rows: LadderRow[] = [];
  const devices: string[] = [];
  const segmentOfStep = new Int32Array(trace.length).fill(-1);
  const rowOfStep = new Int32Array(trace.length).fill(-1);
  const ticks = new Float64Array(trace.length);
  let lastSegment = -1;
  for (let i = 0; i < trace.length; i++) {
    if (i % INDEX_STRIDE === INDEX_STRIDE - 1) yield;
    const ev = trace[i]!;
    ticks[i] = ev.tick;
    if ('device' in ev && typeof ev.device === 'string' && !devices.includes(ev.device)) devices.push(ev.device);
    switch (ev.kind) {
      case 'send': {
        const seg: Segment = {
          index: segments.length,
          device: ev.device,
          direction: ev.direction,
          segment: ev.segment,
          label: ev.label,
          octets: ev.octets,
          sendStep: i,
          endStep: -1,
          fate: 'pending',
        };
        segments.push(seg);
        byKey.set(`${ev.device}|${ev.direction}|${ev.segment}`, seg);
        lastSegment = seg.index;
        rows.push({ kind: 'arrow', step: i, segment: seg });
        break;
      }
      case 'deliver': {
        const seg = byKey.get(`${ev.device}|${ev.direction}|${ev.segment}`);
        if (seg && ev.final) {
          seg.endStep = i;
          seg.fate = 'delivered';
        }
        break;
      }
      case 'segment-lost': {
        const seg = byKey.get(`${ev.device}|${ev.direction}|${ev.segment}`);
        if (seg) {
          seg.endStep = i;
          seg.fate = 'lost';
        }
        break;
      }
      case 'fault':
        rows.push({ kind: 'fault', step: i, event: ev });
        break;
      case 'removed':
      case 'session-end':
        rows.push({ kind: 'note', step: i, event: ev });
        break;
      case 'copy':
        if (ev.change === 'durable' || ev.change === 'lost') rows.push({ kind: 'note', step: i, event: ev });
        break;
      default:
        break;
    }
    segmentOfStep[i] = lastSegment;
    rowOfStep[i] = rows.length - 1;
  }
  return { segments, segmentOfStep, rows, rowOfStep, devices, ticks };
}

/** The last step whose tick is at or before `tick` (binary search), or -1. */
export function stepAtTick(ticks: Float64Array, tick: number): number {
  let lo = 0;
  let hi = ticks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ticks[mid]! <= tick) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Wire text as a learner should read it: "C: RETR 2" or "S: +OK 120 octets". */
export function segmentLabel(seg: { direction: Direction; label: string }): string {
  return `${seg.direction === 'c2s' ? 'C' : 'S'}: ${seg.label}`;
}
