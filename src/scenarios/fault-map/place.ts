/**
 * Where a fault goes when a learner adds it "here": just after the step the
 * cursor shows, on the device the view shows first. The fault menu, the
 * Drop/Crash buttons, the sequence diagram (through Player.inject) and the
 * fault map all place faults with this one rule, so a fault-map cell opens
 * exactly the run a learner gets by stepping there and pressing the button.
 */
import type { FaultKind, FaultSpec, WorldView } from '../../sim/types.ts';

/** The part of a run placement reads. */
export interface PlaceableRun {
  readonly trace: { readonly length: number };
  viewAt(step: number): WorldView;
}

/** The fault that fires just after trace index `cursor` (the end of the step on screen). */
export function faultAfter(run: PlaceableRun, kind: FaultKind, cursor: number): FaultSpec {
  const last = Math.max(0, run.trace.length - 1);
  const atStep = Math.min(last, cursor) + 1;
  const device = run.viewAt(cursor).devices[0]?.name;
  return { kind, placement: { atStep }, ...(device ? { device } : {}) };
}
