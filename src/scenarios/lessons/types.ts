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
 *   hold. Each predicate is small and has an English description, so an unmet
 *   goal explains itself ("no trace event: removed (reason update)").
 * - A solution is the list of actions a learner would take (change a knob,
 *   schedule a fault, type a line); the same actions run headlessly in the
 *   lesson test.
 */
import type { FaultKind, FaultPlacement, TraceBody, Verdict } from '../../sim/types.ts';
import type { ScenarioInput } from '../format.ts';

export type Mode = 'delete' | 'keep';

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

export type GoalPredicate =
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
  | { readonly type: 'protocol'; readonly protocol: 'pop1' | 'pop2' | 'pop3' };

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
}

/** One claim of the common POP-versus-POP3 table, checked against the simulator (reference §9). */
export interface Claim {
  readonly id: string;
  readonly claim: string;
  readonly verdict: 'wrong' | 'misleading' | 'half true' | 'true';
  readonly facts: string;
  readonly rfc: string;
  /** A runnable demonstration, or null with `whyNoDemo` when the simulator cannot show it. */
  readonly demo: { readonly start: LessonStart; readonly actions: readonly SolutionAction[]; readonly goal: Goal } | null;
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
}
