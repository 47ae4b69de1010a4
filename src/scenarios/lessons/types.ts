/**
 * Lessons are data (style.md "Educational visualisations"): a start state, a
 * few short steps, a goal the simulator's output is checked against, hints, a
 * solution, and predict–observe–explain checkpoints.
 *
 * Rules of this module:
 * - Everything here is plain JSON-compatible data: regular expressions are
 *   written as strings (`pattern`), so a lesson can be stored, shared or
 *   validated like a scenario.
 * - A goal is a list of predicates over {trace, outcome, view}; all must
 *   hold. Each predicate carries `say`: what the learner should do or look
 *   for when it does not hold yet, in the learner's words (never an event
 *   name or a regular expression: review C5).
 * - Predict–observe–explain is honest (review C1): a checkpoint lists its
 *   `spoilers`, the words that would give its answer away, and no text shown
 *   before it (title, summary, goal, steps, hints, earlier checkpoints) may
 *   contain them; spoilers.test.ts enforces it.
 * - A solution is the list of actions a learner would take (change a knob,
 *   schedule a fault, type a line); the same actions run headlessly in the
 *   lesson test.
 */
import type { FaultKind, FaultPlacement, TraceBody, Verdict } from '../../sim/types.ts';
import type { ScenarioInput } from '../format.ts';
import type { Retention } from '../../protocol/engine.ts';

export type Mode = Retention;

/** A scenario change, merged over the start scenario (top-level fields replace). */
export type ScenarioPatch = Partial<Omit<ScenarioInput, 'version'>>;

export interface LessonStart {
  /** A built-in scenario id, or a full scenario. */
  readonly scenario: string | ScenarioInput;
  /** Fields replaced in the start scenario (e.g. a second poll, an unsafe client). */
  readonly patch?: ScenarioPatch;
  /** Forces every device's retention (the "Retention" radio group). */
  readonly mode?: Mode;
  /**
   * A hand-driven session (the terminal): the learner types the commands.
   * The device of this name is driven by hand through LiveWorld.
   */
  readonly live?: { readonly manualDevice: string };
}

/** Matches one trace event. All given fields must match. */
export interface EventMatch {
  readonly kind: TraceBody['kind'];
  /** Exact values of fields of the event (e.g. { reason: 'update' }, { to: 'TRANSACTION' }). */
  readonly where?: Readonly<Record<string, string | number | boolean>>;
  /**
   * A regular expression (source text) tested against the event's text:
   * `line` for command/reply, `label` for send, `detail` for fault, `reason` for session-end.
   * Line ends (CRLF) are stripped first.
   */
  readonly pattern?: string;
}

export type GoalPredicate = (
  /** The custody ledger's count for a verdict, at the end of the run. */
  | { readonly type: 'count'; readonly verdict: Exclude<Verdict, 'pending'>; readonly min?: number; readonly max?: number }
  /** At least `min` (default 1) and at most `max` trace events match. */
  | { readonly type: 'event'; readonly match: EventMatch; readonly min?: number; readonly max?: number }
  /** No trace event matches. */
  | { readonly type: 'no-event'; readonly match: EventMatch }
  /** A command event matching `first` comes before one matching `then`. */
  | { readonly type: 'order'; readonly first: EventMatch; readonly then: EventMatch }
  /** The server maildrop (in the view) has between min and max messages with this status. */
  | { readonly type: 'maildrop'; readonly status: 'present' | 'marked' | 'removed'; readonly min?: number; readonly max?: number }
  /** The run used this protocol. */
  | { readonly type: 'protocol'; readonly protocol: 'pop1' | 'pop2' | 'pop3' }
) & {
  /** Shown while this predicate does not hold: what to do or look for next, in the learner's words. */
  readonly say: string;
};

export interface Goal {
  /** What the learner is asked to achieve, in one sentence. */
  readonly text: string;
  readonly all: readonly GoalPredicate[];
}

export type SolutionAction =
  /** Set the "Retention" radio group. */
  | { readonly do: 'set-mode'; readonly mode: Mode }
  /** Change the scenario (protocol, personality, devices...). */
  | { readonly do: 'patch'; readonly patch: ScenarioPatch }
  /** Schedule a fault (in the UI: pause at that moment and use the fault menu). */
  | { readonly do: 'fault'; readonly kind: FaultKind; readonly placement: FaultPlacement; readonly device?: string; readonly direction?: 'c2s' | 's2c' }
  /** Type one line in the hand-driven session (CRLF is added). */
  | { readonly do: 'type'; readonly line: string }
  /** Let simulated time pass in the hand-driven session. */
  | { readonly do: 'advance'; readonly ticks: number };

export interface Choice {
  readonly id: string;
  readonly text: string;
}

export interface CheckpointTrigger {
  readonly match: EventMatch;
  /** Which matching event (1-based, default 1). */
  readonly occurrence?: number;
  /**
   * 'before': pause on the step just before the matching event (predict what
   * it will do); 'after': pause on the matching event itself (predict what
   * follows). Hand-driven sessions ask once the event has happened.
   */
  readonly pause: 'before' | 'after';
  /**
   * Only matches after the first event matching this count (e.g. the second
   * poll *after a fault*), so a checkpoint about a fault's consequence is not
   * asked in the run without the fault.
   */
  readonly after?: EventMatch;
}

export interface Checkpoint {
  readonly id: string;
  readonly trigger: CheckpointTrigger;
  readonly question: string;
  readonly choices: readonly Choice[];
  /** The id of the one correct choice. */
  readonly answer: string;
  /** Why, citing the RFC. */
  readonly explanation: string;
  readonly rfc: string;
  /**
   * Words or phrases that give the answer away (case-insensitive). None may
   * appear in any text the learner can see before this checkpoint is asked.
   */
  readonly spoilers: readonly string[];
}

export const CLAIM_VERDICTS = ['true', 'half true', 'misleading', 'wrong'] as const;
export type ClaimVerdict = (typeof CLAIM_VERDICTS)[number];

/**
 * One claim of the common POP-versus-POP3 table (reference §9). The learner
 * predicts its verdict, then watches the demonstration on the stage (review
 * C4); only then are the verdict and the facts shown.
 */
export interface Claim {
  readonly id: string;
  readonly claim: string;
  readonly verdict: ClaimVerdict;
  readonly facts: string;
  readonly rfc: string;
  /**
   * A demonstration the learner plays on the stage, or null with `whyNoDemo`
   * when the simulator cannot show it. `watch` says what to look for (shown
   * after the prediction); the goal checks that the run on the stage shows it.
   */
  readonly demo: { readonly start: LessonStart; readonly actions: readonly SolutionAction[]; readonly watch: string; readonly goal: Goal } | null;
  readonly whyNoDemo?: string;
}

export interface Lesson {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly start: LessonStart;
  readonly steps: readonly string[];
  readonly goal: Goal;
  readonly hints: readonly string[];
  readonly solution: {
    readonly actions: readonly SolutionAction[];
    /** The same in words, for the "Show solution" disclosure. */
    readonly text: string;
  };
  readonly checkpoints: readonly Checkpoint[];
  readonly claims?: readonly Claim[];
  /**
   * Settings the learner can try on the stage with one button each (client
   * settings the header has no control for, such as Thunderbird's "delete
   * after N days" or the login method). Each is the start plus its actions.
   */
  readonly variants?: readonly Variant[];
}

export interface Variant {
  readonly id: string;
  /** The button's words: the setting, never what it will do. */
  readonly label: string;
  readonly actions: readonly SolutionAction[];
}
