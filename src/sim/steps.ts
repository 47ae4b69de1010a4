/**
 * How a trace is cut into the steps a learner sees.
 *
 * The trace records every octet movement (one `deliver` per chunk of a long
 * reply), which is what a fault needs to be placed precisely but far too fine
 * for a class to follow. A step at Detail = Commands is one command or one
 * reply crossing the channel, from its `send` through its final delivery (or
 * its loss), with the events that delivery causes folded in: the server
 * parsing the command, state changes, marks (RFC 1939 §6 DELE), removals at
 * UPDATE (§6 QUIT), lock changes (§8), copies saved, faults and the end of
 * the session. A new step starts at the next `send` or `session-start`.
 *
 * Pure: no DOM, no timers. The UI moves its cursor between these ends; the
 * CLI narrates them.
 */
import type { TraceEvent } from './types.ts';

export type Detail = 'commands' | 'segments' | 'octets';

export const DETAILS: readonly Detail[] = ['commands', 'segments', 'octets'];

export function isDetail(value: unknown): value is Detail {
  return value === 'commands' || value === 'segments' || value === 'octets';
}

/** An event that completes a step: something crossed (or failed to cross) the channel, or a session ended. */
function completes(ev: TraceEvent, detail: Detail): boolean {
  switch (ev.kind) {
    case 'deliver':
      return detail === 'segments' || ev.final;
    case 'segment-lost':
    case 'session-end':
      return true;
    default:
      return false;
  }
}

/**
 * An event after which a completed step may not grow: the next thing put on
 * the channel, a further chunk arriving, or a new session opening.
 */
function startsNext(ev: TraceEvent): boolean {
  return ev.kind === 'send' || ev.kind === 'deliver' || ev.kind === 'segment-lost' || ev.kind === 'session-start';
}

/**
 * Ascending trace indices where each step ends (the cursor positions shown).
 * Strictly ascending; the last one is `trace.length - 1` (none for an empty
 * trace), so the steps cover the whole trace.
 */
export function stepEnds(trace: readonly TraceEvent[], detail: Detail): Int32Array {
  const n = trace.length;
  if (detail === 'octets') {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return all;
  }
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    // Walk to the event that completes this step.
    while (i < n && !completes(trace[i]!, detail)) i++;
    if (i >= n) break;
    // Fold in what the crossing caused, up to the next crossing or session.
    let end = i;
    while (end + 1 < n && !startsNext(trace[end + 1]!)) end++;
    ends.push(end);
    i = end + 1;
  }
  if (n > 0 && ends[ends.length - 1] !== n - 1) ends.push(n - 1);
  return Int32Array.from(ends);
}

/**
 * The cursor positions a learner steps between: the start and the end of
 * every step. "Step k of N" ends at trace index positions[k], with
 * N = positions.length - 1; step 0 is the run's first event (a session
 * starting), shown before anything has crossed the channel. The app's
 * timeline, its narration, the presenter notes and the CLI's `--narrate`
 * all count steps this way, so "Step 8" means the same everywhere.
 */
export function stepPositions(trace: readonly TraceEvent[], detail: Detail): Int32Array {
  const ends = stepEnds(trace, detail);
  if (ends.length === 0 || ends[0] === 0) return ends;
  const all = new Int32Array(ends.length + 1);
  all.set(ends, 1);
  return all;
}

/**
 * The trace events [from, to] (inclusive) that step k covers: at Octets the
 * one event, otherwise everything after the previous step's end.
 */
export function stepRange(positions: Int32Array, k: number, detail: Detail): readonly [number, number] {
  const to = positions[k] ?? -1;
  const from = detail === 'octets' || k === 0 ? to : positions[k - 1]! + 1;
  return [from, to];
}

/** The index (into `ends`) of the step that contains trace index `cursor`. */
export function stepOf(ends: Int32Array, cursor: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  let found = ends.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! >= cursor) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return Math.max(0, found);
}
