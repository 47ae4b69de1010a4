/**
 * "Predict first": whether the Outcome stays hidden until the end of the run,
 * and the learner's prediction for the run on screen. Share links carry the
 * switch (`&predict=1`), never the prediction itself: a teacher shares the
 * question, each learner answers it.
 *
 * This module is on the first load (the Outcome reads `on`), so it holds
 * state only; the form and the reveal are in Predict.svelte, loaded lazily.
 */
import type { Verdict } from '../../sim/types.ts';

/** What the learner may predict for one message. */
export type Guess = Exclude<Verdict, 'pending'>;
/** The whole-run choices, for when answering message by message is too much. */
export type WholeRun = 'all-delivered' | 'some-duplicated' | 'some-lost' | 'some-gap';

export interface Prediction {
  /** The run the prediction is about (scenario and knobs), so another scenario asks again. */
  readonly key: string;
  /** Per message UID. */
  readonly messages: ReadonlyMap<string, Guess>;
  readonly whole: WholeRun | null;
}

export const predict = $state<{ on: boolean; made: Prediction | null }>({ on: false, made: null });
