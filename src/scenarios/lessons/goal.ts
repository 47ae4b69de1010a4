/**
 * The goal language: small predicates over a run's {trace, outcome, view}.
 * Every unmet predicate comes back twice: as the lesson's own sentence for
 * the learner (`unmet`: what to do next) and as a technical description for
 * tests and lesson authors (`detail`: event names and patterns).
 */
import type { Outcome, TraceEvent, WorldView } from '../../sim/types.ts';
import type { Checkpoint, CheckpointTrigger, EventMatch, Goal, GoalPredicate } from './types.ts';

export interface RunSnapshot {
  readonly trace: readonly TraceEvent[];
  readonly outcome: Outcome;
  readonly view: WorldView;
}

export interface GoalResult {
  readonly met: boolean;
  /** What the learner still has to do, in the lesson's words (the predicates' `say`). */
  readonly unmet: readonly string[];
  /** The same, technically (for tests and authors; never shown to learners). */
  readonly detail: readonly string[];
}

const patternCache = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let re = patternCache.get(source);
  if (!re) {
    // A lesson's pattern is our own data; a bad one is our bug and throws loudly.
    re = new RegExp(source);
    patternCache.set(source, re);
  }
  return re;
}

/**
 * The text a pattern is tested against, without the line end: a line as on
 * the wire, or for a fault and a session's end their code ('connection-reset',
 * 'timed-out': src/sim/types.ts FaultDetail, src/protocol/engine.ts EndReason),
 * never words of a language.
 */
function eventText(e: TraceEvent): string | undefined {
  switch (e.kind) {
    case 'command':
    case 'reply':
      return e.line.replace(/\r?\n$/, '');
    case 'send':
      return e.label;
    case 'fault':
      return e.detail.code;
    case 'session-end':
      return e.reason.code;
    default:
      return undefined;
  }
}

export function matchesEvent(e: TraceEvent, m: EventMatch): boolean {
  if (e.kind !== m.kind) return false;
  if (m.where) {
    const fields = e as unknown as Readonly<Record<string, unknown>>;
    for (const [key, value] of Object.entries(m.where)) if (fields[key] !== value) return false;
  }
  if (m.pattern !== undefined) {
    const text = eventText(e);
    if (text === undefined || !regex(m.pattern).test(text)) return false;
  }
  return true;
}

export function describeMatch(m: EventMatch): string {
  const where = m.where ? ` (${Object.entries(m.where).map(([k, v]) => `${k} ${String(v)}`).join(', ')})` : '';
  const pattern = m.pattern !== undefined ? ` matching /${m.pattern}/` : '';
  return `${m.kind}${where}${pattern}`;
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}` : `between ${min} and ${max}`;
  if (min !== undefined) return `at least ${min}`;
  if (max !== undefined) return `at most ${max}`;
  return 'any number of';
}

function inRange(n: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || n >= min) && (max === undefined || n <= max);
}

const VERDICT_WORD = { delivered: 'Delivered', duplicated: 'Duplicated', lost: 'Lost', gap: 'Gap' } as const;

/** Checks one predicate; returns null when it holds, else why not, technically (see GoalResult.detail). */
export function checkPredicate(p: GoalPredicate, run: RunSnapshot): string | null {
  switch (p.type) {
    case 'count': {
      const n = run.outcome[p.verdict];
      return inRange(n, p.min, p.max) ? null : `${VERDICT_WORD[p.verdict]} should be ${range(p.min, p.max)}, but it is ${n}`;
    }
    case 'event': {
      const min = p.min ?? 1;
      let n = 0;
      for (const e of run.trace) if (matchesEvent(e, p.match)) n++;
      if (inRange(n, min, p.max)) return null;
      if (n === 0) return `no trace event: ${describeMatch(p.match)}`;
      return `there should be ${range(min, p.max)} trace events ${describeMatch(p.match)}, but there are ${n}`;
    }
    case 'no-event': {
      const hit = run.trace.find((e) => matchesEvent(e, p.match));
      return hit ? `step ${hit.step} should not happen: ${describeMatch(p.match)}` : null;
    }
    case 'order': {
      const first = run.trace.findIndex((e) => matchesEvent(e, p.first));
      if (first < 0) return `no trace event: ${describeMatch(p.first)}`;
      const then = run.trace.findIndex((e, i) => i > first && matchesEvent(e, p.then));
      return then < 0 ? `no ${describeMatch(p.then)} after ${describeMatch(p.first)}` : null;
    }
    case 'maildrop': {
      const n = run.view.maildrop.filter((m) => m.status === p.status).length;
      return inRange(n, p.min, p.max) ? null : `the server should have ${range(p.min, p.max)} ${p.status} messages, but it has ${n}`;
    }
    case 'protocol':
      return run.view.protocol === p.protocol ? null : `the run should use ${p.protocol.toUpperCase()}, not ${run.view.protocol.toUpperCase()}`;
  }
}

export function checkGoal(goal: Goal, run: RunSnapshot): GoalResult {
  const unmet: string[] = [];
  const detail: string[] = [];
  for (const p of goal.all) {
    const why = checkPredicate(p, run);
    if (why === null) continue;
    detail.push(why);
    // Two predicates may share one sentence (e.g. "poll twice"): say it once.
    if (!unmet.includes(p.say)) unmet.push(p.say);
  }
  return { met: detail.length === 0, unmet, detail };
}

/**
 * The step at which a checkpoint pauses in this trace, or undefined when its
 * trigger does not occur. 'before' pauses one step before the match.
 */
export function triggerStep(trigger: CheckpointTrigger, trace: readonly TraceEvent[]): number | undefined {
  const want = trigger.occurrence ?? 1;
  let seen = 0;
  let armed = trigger.after === undefined;
  for (const e of trace) {
    if (!armed) {
      if (matchesEvent(e, trigger.after!)) armed = true;
      continue;
    }
    if (matchesEvent(e, trigger.match) && ++seen === want) return trigger.pause === 'before' ? Math.max(0, e.step - 1) : e.step;
  }
  return undefined;
}

export type Grade =
  | { readonly correct: boolean; readonly answer: string; readonly explanation: string; readonly rfc: string }
  | { readonly error: string };

/** Grades a learner's choice. An unknown choice id is an error value, not an exception. */
export function gradeCheckpoint(checkpoint: Checkpoint, choiceId: string): Grade {
  if (!checkpoint.choices.some((c) => c.id === choiceId)) return { error: `"${choiceId}" is not one of the choices` };
  return { correct: choiceId === checkpoint.answer, answer: checkpoint.answer, explanation: checkpoint.explanation, rfc: checkpoint.rfc };
}
