import type { Outcome, TraceEvent, WorldView } from '../../sim/types.ts';

/**
 * What the lesson panel reads from the app: the run being shown and the
 * cursor. Pass a reactive object (e.g. built from the player's fields) so
 * the panel re-checks the goal and the checkpoints as the cursor moves.
 * For a hand-driven lesson pass the terminal session's trace/outcome/view,
 * with `step` = trace.length - 1.
 */
export interface LessonSnapshot {
  readonly trace: readonly TraceEvent[];
  readonly outcome: Outcome;
  readonly view: WorldView;
  /** The cursor: the trace step being shown. */
  readonly step: number;
}
