/**
 * Explanations of trace steps for the UI: "what happened" and "why".
 *
 * The simulator's explanation catalogue (src/sim/explain.ts) is the source of
 * truth, keyed by each event's `explain` key. "What" restates the event's own
 * fields (describe.ts); "why" is the catalogue's sentence.
 */
import { isExplainKey } from '../../sim/explain.ts';
import { explainEvent, explainText } from '../../i18n/narration.ts';
import type { TraceEvent } from '../../sim/types.ts';
import { describeEvent } from './describe.ts';

export interface StepExplanation {
  /** One short sentence: the catalogue's, filled in. */
  readonly what: string;
  /** The event in its own words, when it adds something to `what`. */
  readonly detail?: string;
}

export function explainStep(ev: TraceEvent): StepExplanation {
  if (!isExplainKey(ev.explain)) return { what: describeEvent(ev) };
  const what = explainText(ev);
  const detail = describeEvent(ev);
  return detail === what ? { what } : { what, detail };
}

/** The catalogue's sentence with its RFC citation, as the CLI prints it. */
export function narrate(ev: TraceEvent): string {
  return isExplainKey(ev.explain) ? explainEvent(ev) : describeEvent(ev);
}
