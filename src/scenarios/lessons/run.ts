/**
 * Runs a lesson headlessly: resolve its start state, apply a list of
 * actions (the solution, or a learner's attempt), simulate, and check the
 * goal. The UI uses `lessonLoad` to hand the same start state to the player.
 */
import { LiveWorld, simulate } from '../../sim/index.ts';
import type { FaultSpec } from '../../sim/types.ts';
import { parseScenario, toWorldConfig, type Scenario, type ScenarioInput } from '../format.ts';
import { builtinScenario } from '../library/index.ts';
import { checkGoal, type GoalResult, type RunSnapshot } from './goal.ts';
import type { Claim, Lesson, LessonStart, Mode, SolutionAction } from './types.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';

/** What the app needs to show a lesson's start (or its solution): a validated scenario and how to run it. */
export interface LessonLoad {
  readonly scenario: Scenario;
  /** The built-in scenario it came from, when no change was made to it. */
  readonly builtinId?: string;
  /**
   * The built-in scenario it was made from, with changes (a second poll, a
   * fault): its title and summary still say what it is, so the app shows
   * them in the page's language (src/i18n/library-text.ts).
   */
  readonly madeFrom?: string;
  readonly mode?: Mode;
  /** A hand-driven session: open the terminal on this scenario, driving this device. */
  readonly live?: { readonly manualDevice: string };
  /** Lines to type in the hand-driven session (only when loading a solution). */
  readonly lines: readonly string[];
}

function scenarioInput(start: LessonStart): ScenarioInput {
  if (typeof start.scenario !== 'string') return start.scenario;
  const builtin = builtinScenario(start.scenario);
  // A lesson naming a missing built-in is our bug.
  if (!builtin) throw new Error(`bug: lesson start names unknown built-in scenario "${start.scenario}"`);
  return builtin as ScenarioInput;
}

/**
 * The start state with the scenario-changing actions applied (patches,
 * mode, faults). Typed lines and time are returned in order for a live run.
 */
export function lessonLoad(start: LessonStart, actions: readonly SolutionAction[] = []): LessonLoad {
  let input: ScenarioInput = { ...scenarioInput(start), ...(start.patch ?? {}) };
  let mode = start.mode;
  let changed = start.patch !== undefined;
  const faults: FaultSpec[] = [];
  const lines: string[] = [];
  for (const a of actions) {
    switch (a.do) {
      case 'set-mode':
        mode = a.mode;
        break;
      case 'patch':
        input = { ...input, ...a.patch };
        changed = true;
        break;
      case 'fault': {
        const f: { -readonly [K in keyof FaultSpec]: FaultSpec[K] } = { kind: a.kind, placement: a.placement };
        if (a.device !== undefined) f.device = a.device;
        if (a.direction !== undefined) f.direction = a.direction;
        faults.push(f);
        changed = true;
        break;
      }
      case 'type':
        lines.push(a.line);
        break;
      case 'advance':
        break; // only meaningful in runActions' live loop
    }
  }
  if (faults.length > 0) input = { ...input, faults: [...(input.faults ?? []), ...faults] };
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`bug: lesson scenario is invalid:\n${parsed.errors.join('\n')}`);
  const load: { -readonly [K in keyof LessonLoad]: LessonLoad[K] } = { scenario: parsed.scenario, lines };
  if (typeof start.scenario === 'string') {
    if (changed) load.madeFrom = start.scenario;
    else load.builtinId = start.scenario;
  }
  if (mode !== undefined) load.mode = mode;
  if (start.live) load.live = start.live;
  return load;
}

/** Runs a start state plus actions and returns what the goal is checked against. */
export function runActions(start: LessonStart, actions: readonly SolutionAction[]): RunSnapshot {
  const load = lessonLoad(start, actions);
  const config = toWorldConfig(load.scenario, load.mode !== undefined ? { mode: load.mode } : {});
  if (!load.live) {
    const run = simulate(config, { engines: ALL_ENGINES });
    return { trace: run.trace, outcome: run.outcome(), view: run.viewAt(run.trace.length - 1) };
  }
  const live = new LiveWorld(config, { engines: ALL_ENGINES, manualDevice: load.live.manualDevice });
  for (const a of actions) {
    if (a.do === 'type') live.typeLine(a.line);
    else if (a.do === 'advance') live.advance(a.ticks);
  }
  return { trace: live.trace, outcome: live.outcome(), view: live.view() };
}

export interface SolutionResult {
  readonly reached: boolean;
  readonly failures: readonly string[];
}

function toResult(goal: GoalResult): SolutionResult {
  return { reached: goal.met, failures: goal.unmet };
}

export function runLessonSolution(lesson: Pick<Lesson, 'start' | 'goal' | 'solution'>): SolutionResult {
  return toResult(checkGoal(lesson.goal, runActions(lesson.start, lesson.solution.actions)));
}

/** Runs one claim's demonstration; a claim without one is reported as not run. */
export function runClaimDemo(claim: Claim): SolutionResult & { readonly ran: boolean } {
  if (!claim.demo) return { ran: false, reached: false, failures: [claim.whyNoDemo ?? 'no demonstration'] };
  return { ran: true, ...toResult(checkGoal(claim.demo.goal, runActions(claim.demo.start, claim.demo.actions))) };
}
