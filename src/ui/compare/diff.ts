/**
 * The side-by-side comparison's logic, DOM-free: which two worlds to run, how
 * their cursors move in lock-step, and how their verdicts differ.
 *
 * Lock-step rule (documented for learners in the view too): ALIGN BY
 * SIMULATED TICK. The shared timeline is the sorted union of the distinct
 * ticks at which either trace has an event; at timeline point p both sides
 * show their last step whose tick is at or before ticks[p]. This is the
 * honest rule: both pictures show the same moment of simulated time. Aligning
 * by step index or by fraction of the trace would pretend that, say, the 40th
 * event of a delete-on-download run and the 40th of a leave-on-server run
 * happen "at the same time", which they do not (one sends UIDL, the other
 * DELE). The cost: when one world is busy at a tick and the other idle, one
 * side stands still; and several events at the same tick are passed in one
 * move (each side's own narration names the last of them).
 *
 * Faults placed "atStep" refer to the step of the run they were added to,
 * so the same placement can land at a different protocol moment in the other
 * configuration; placements by command (onCommand) or by octet travel better.
 */
import type { CustodyView, FaultSpec, Verdict, WorldConfig } from '../../sim/types.ts';
import type { Retention } from '../../protocol/engine.ts';
import { toWorldConfig, type Scenario } from '../../scenarios/format.ts';

export const PAIR_IDS = ['retention', 'personality'] as const;
export type PairId = (typeof PAIR_IDS)[number];

export interface SideSetting {
  /** Key into the strings' `sides` table: "delete", "keep", "rfc", "expunge-on-dele". */
  readonly id: string;
  readonly mode: Retention | undefined;
  readonly personality: string | undefined;
}

export function pairSides(pair: PairId, mode?: Retention): readonly [SideSetting, SideSetting] {
  return pair === 'retention'
    ? [
        { id: 'delete', mode: 'delete', personality: undefined },
        { id: 'keep', mode: 'keep', personality: undefined },
      ]
    : [
        { id: 'rfc', mode, personality: 'rfc' },
        { id: 'expunge-on-dele', mode, personality: 'expunge-on-dele' },
      ];
}

export interface CompareBase {
  readonly scenario: Scenario;
  /** Retention for both sides when the pair does not vary it (default: the scenario's own). */
  readonly mode?: Retention;
  /** Overrides the scenario's seed. */
  readonly seed?: number;
  /** Replaces the scenario's faults (e.g. with the learner's own). */
  readonly faults?: readonly FaultSpec[];
}

/** The two simulator inputs: identical except for the one setting the pair varies. */
export function sideConfigs(base: CompareBase, pair: PairId): readonly [WorldConfig, WorldConfig] {
  const scenario = base.faults ? { ...base.scenario, faults: [...base.faults] } : base.scenario;
  const config = (side: SideSetting): WorldConfig =>
    toWorldConfig(side.personality === undefined ? scenario : { ...scenario, personality: side.personality }, {
      ...(side.mode ? { mode: side.mode } : {}),
      ...(base.seed !== undefined ? { seed: base.seed } : {}),
    });
  const [left, right] = pairSides(pair, base.mode);
  return [config(left), config(right)];
}

// ---------------------------------------------------------------------------
// Lock-step by tick

export interface Alignment {
  /** The shared timeline: distinct ticks of both traces, ascending. */
  readonly ticks: readonly number[];
  /** For each timeline point, the left side's step (its last at or before the tick; 0 before its first). */
  readonly left: Int32Array;
  readonly right: Int32Array;
}

export function alignByTick(leftTicks: ArrayLike<number>, rightTicks: ArrayLike<number>): Alignment {
  const ticks: number[] = [];
  // Merge two ascending lists, keeping each tick once.
  let i = 0;
  let j = 0;
  while (i < leftTicks.length || j < rightTicks.length) {
    const a = i < leftTicks.length ? leftTicks[i]! : Infinity;
    const b = j < rightTicks.length ? rightTicks[j]! : Infinity;
    const next = Math.min(a, b);
    if (ticks.length === 0 || ticks[ticks.length - 1]! < next) ticks.push(next);
    if (a === next) i++;
    if (b === next) j++;
  }
  const follow = (own: ArrayLike<number>): Int32Array => {
    const steps = new Int32Array(ticks.length);
    let k = -1;
    for (let p = 0; p < ticks.length; p++) {
      while (k + 1 < own.length && own[k + 1]! <= ticks[p]!) k++;
      steps[p] = Math.max(0, k);
    }
    return steps;
  };
  return { ticks, left: follow(leftTicks), right: follow(rightTicks) };
}

// ---------------------------------------------------------------------------
// Verdicts side by side

export interface VerdictRow {
  /** 1-based position in the maildrop as the scenario lists it. */
  readonly number: number;
  readonly uid: string;
  readonly label: string;
  readonly left: Verdict;
  readonly right: Verdict;
  readonly differs: boolean;
}

/**
 * One row per message, matched by UID (both worlds start from the same
 * maildrop, so the server assigns the same UIDs); a message only one side
 * knows appears with "pending" on the other.
 */
export function verdictDiff(left: readonly CustodyView[], right: readonly CustodyView[]): VerdictRow[] {
  const rightByUid = new Map(right.map((m) => [m.uid, m]));
  const rows: VerdictRow[] = [];
  const seen = new Set<string>();
  const push = (uid: string, label: string, l: Verdict, r: Verdict) => {
    seen.add(uid);
    rows.push({ number: rows.length + 1, uid, label, left: l, right: r, differs: l !== r });
  };
  for (const m of left) push(m.uid, m.label, m.verdict, rightByUid.get(m.uid)?.verdict ?? 'pending');
  for (const m of right) if (!seen.has(m.uid)) push(m.uid, m.label, 'pending', m.verdict);
  return rows;
}
