/**
 * Explanations of trace steps for the UI: "what happened" and "why".
 *
 * The simulator's explanation catalogue (src/sim/explain.ts) is the source of
 * truth, keyed by each event's `explain` key; until it answers for a key, the
 * sentence restates the event's own fields (describe.ts).
 */
import type { TraceEvent } from '../../sim/types.ts';
import { describeEvent } from './describe.ts';

export interface StepExplanation {
  readonly what: string;
  readonly why?: string;
}

export function explainStep(ev: TraceEvent): StepExplanation {
  return { what: describeEvent(ev) };
}
