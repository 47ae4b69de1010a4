/**
 * Runs a scenario through the simulator and summarises the result: the
 * transcript, the verdict counts, and for each duplicated or lost message
 * the decisive step with its explanation. Shared by the CLI, the library
 * test and (later) lessons.
 */
import { simulate } from '../sim/index.ts';
// The CLI's engine: it says the simulator's sentences in the language the CLI chose (--lang).
import { explainEvent, narrateStepAt, stepLine } from '../i18n/narration.ts';
import { stepOf, stepPositions } from '../sim/steps.ts';
import type { CustodyView, Outcome, Verdict } from '../sim/types.ts';
import { personalityName, type Retention } from '../protocol/engine.ts';
import { pop2AbortText, textForMode, toWorldConfig, toPersonality, type ExpectedOutcome, type Scenario, type WorldOverrides } from './format.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';

export interface VerdictNote {
  readonly uid: string;
  readonly label: string;
  readonly verdict: Verdict;
  /** The decisive event's trace index. */
  readonly step?: number;
  /** The same moment as "Step k" of the narration and the app at Detail = Commands. */
  readonly learnerStep?: number;
  readonly explanation?: string;
  /** The last fault before the decisive step, which usually explains it. */
  readonly cause?: { readonly step: number; readonly learnerStep: number; readonly explanation: string };
}

export interface ScenarioRun {
  readonly id: string;
  readonly title: string;
  readonly protocol: Scenario['protocol'];
  readonly personality: string;
  /** POP2 runs: the abort model in force, in words (RFC 937 leaves it open, so every output names it). */
  readonly pop2Abort?: string;
  /** The retention forced by `--mode`, if any. */
  readonly mode?: Retention;
  readonly seed: number;
  readonly steps: number;
  readonly transcript: readonly string[];
  /**
   * The learner-facing narration, one line per step at Detail = Commands
   * (the app's words: narrateStepAt over stepPositions), each "Step k: ...". A POP2
   * run's first line names the abort model in force.
   */
  readonly narration: readonly string[];
  readonly counts: ExpectedOutcome;
  readonly outcome: Outcome;
  /** One note per message that was not simply delivered. */
  readonly notes: readonly VerdictNote[];
  /** Present when the scenario states `expect` and no mode override changed it. */
  readonly expected?: ExpectedOutcome;
  readonly matchesExpected?: boolean;
}

export function verdictCounts(outcome: Outcome): ExpectedOutcome {
  return { delivered: outcome.delivered, duplicated: outcome.duplicated, lost: outcome.lost, gap: outcome.gap };
}

export function runScenario(scenario: Scenario, overrides: WorldOverrides = {}): ScenarioRun {
  const config = toWorldConfig(scenario, overrides);
  const run = simulate(config, { engines: ALL_ENGINES });
  const outcome = run.outcome();
  const trace = run.trace;
  const transcriptValue: unknown = run.transcript();
  const lines = Array.isArray(transcriptValue)
    ? transcriptValue.map(String)
    : String(transcriptValue).split(/\r?\n/).filter((line, i, all) => line !== '' || i < all.length - 1);
  const pop2Abort = scenario.protocol === 'pop2' ? pop2AbortText(scenario.pop2Abort) : undefined;
  // The transcript's header names the POP2 abort model, which RFC 937 leaves open.
  const transcript = pop2Abort === undefined ? lines : [`-- ${pop2Abort} --`, ...lines];
  const positions = stepPositions(trace, 'commands');
  const notes = outcome.messages
    .filter((m: CustodyView) => m.verdict !== 'delivered')
    .map((m: CustodyView): VerdictNote => {
      const event = m.decisiveStep !== undefined ? trace[m.decisiveStep] : undefined;
      const note: { -readonly [K in keyof VerdictNote]: VerdictNote[K] } = { uid: m.uid, label: m.label, verdict: m.verdict };
      if (m.decisiveStep !== undefined) {
        note.step = m.decisiveStep;
        note.learnerStep = stepOf(positions, m.decisiveStep);
      }
      if (event) note.explanation = explainEvent(event);
      if (m.decisiveStep !== undefined) {
        for (let i = m.decisiveStep; i >= 0; i--) {
          const candidate = trace[i];
          if (candidate?.kind === 'fault') {
            note.cause = { step: i, learnerStep: stepOf(positions, i), explanation: explainEvent(candidate) };
            break;
          }
        }
      }
      return note;
    });
  const narration = narrate(trace);
  if (pop2Abort !== undefined) narration.unshift(`${pop2Abort}.`);
  const counts = verdictCounts(outcome);
  // A forced mode changes the world, so the scenario's own expectation no longer applies.
  const modeChanged = overrides.mode !== undefined && scenario.devices.some((d) => d.retention !== overrides.mode);
  const text = overrides.mode !== undefined ? textForMode(scenario, overrides.mode) : { title: scenario.title };
  const result: { -readonly [K in keyof ScenarioRun]: ScenarioRun[K] } = {
    id: scenario.id,
    title: text.title,
    protocol: scenario.protocol,
    personality: personalityName(toPersonality(scenario.personality)),
    seed: config.seed,
    steps: trace.length,
    transcript,
    narration,
    counts,
    outcome,
    notes,
  };
  if (overrides.mode !== undefined) result.mode = overrides.mode;
  if (pop2Abort !== undefined) result.pop2Abort = pop2Abort;
  if (scenario.expect && !modeChanged) {
    result.expected = scenario.expect;
    result.matchesExpected = sameCounts(scenario.expect, counts);
  }
  return result;
}

/**
 * One line per step at Detail = Commands, "Step k: <what happened>", numbered
 * and worded as the app's narration line says it (stepPositions,
 * narrateStepAt): step 0 is the first session starting.
 */
export function narrate(trace: Parameters<typeof narrateStepAt>[0]): string[] {
  const positions = stepPositions(trace, 'commands');
  const lines: string[] = [];
  for (let k = 0; k < positions.length; k++) {
    const text = narrateStepAt(trace, positions, k, 'commands');
    if (text !== '') lines.push(stepLine(k, text));
  }
  return lines;
}

function sameCounts(a: ExpectedOutcome, b: ExpectedOutcome): boolean {
  return a.delivered === b.delivered && a.duplicated === b.duplicated && a.lost === b.lost && a.gap === b.gap;
}

export function formatCounts(c: ExpectedOutcome): string {
  return `Delivered: ${c.delivered}, Duplicated: ${c.duplicated}, Lost: ${c.lost}, Gap: ${c.gap}`;
}
