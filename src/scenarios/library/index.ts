/**
 * The built-in scenario library, in teaching order: the first session, then
 * the failure catalogue (reference §8) for POP3, then POP2 and POP1.
 *
 * Each entry is validated (and its defaults filled in) the first time it is
 * asked for, not when this module loads: validating all 47 took a few hundred
 * milliseconds on a slow phone in one task (issue 12), and the app needs them
 * one at a time. An invalid built-in is our bug and throws loudly;
 * library.test.ts validates every one.
 *
 * The browser app should not import this module statically: default.ts holds
 * the default scenario (DEFAULT_SCENARIO) and loadLibrary(), which imports this
 * module on demand and validates the library a scenario per task.
 */
import { parseScenario, type Scenario, type ScenarioInput } from '../format.ts';
import { DEFAULT_SCENARIO, DEFAULT_SCENARIO_ID } from './default.ts';
import { POP1_SCENARIOS } from './pop1.ts';
import { POP2_SCENARIOS } from './pop2.ts';
import { POP3_SCENARIOS } from './pop3.ts';

const INPUTS: ReadonlyArray<ScenarioInput | Scenario> = [DEFAULT_SCENARIO, ...POP3_SCENARIOS, ...POP2_SCENARIOS, ...POP1_SCENARIOS];

function validated(input: ScenarioInput | Scenario): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(`bug: built-in scenario ${String(input.id)} is invalid:\n${result.errors.join('\n')}`);
  return result.scenario;
}

const checked = new Map<string, Scenario>();

/** The built-in ids, in teaching order (nothing validated). */
export const BUILTIN_IDS: readonly string[] = Object.freeze(INPUTS.map((s) => String(s.id)));

export function builtinScenario(id: string): Scenario | undefined {
  let scenario = checked.get(id);
  if (scenario) return scenario;
  const input = INPUTS.find((s) => s.id === id);
  if (!input) return undefined;
  scenario = validated(input);
  checked.set(id, scenario);
  return scenario;
}

/** The whole library, validated (the CLIs and tests). */
export function builtinScenarios(): readonly Scenario[] {
  return BUILTIN_IDS.map((id) => builtinScenario(id)!);
}

/**
 * The whole library, validated one scenario at a time with `between()`
 * awaited after each: the browser passes a function that yields to it, so
 * loading the library is many short tasks (this layer has no timers).
 */
export async function builtinScenariosBetween(between: () => Promise<void>): Promise<readonly Scenario[]> {
  const all: Scenario[] = [];
  for (const id of BUILTIN_IDS) {
    const wasChecked = checked.has(id);
    all.push(builtinScenario(id)!);
    if (!wasChecked) await between();
  }
  return Object.freeze(all);
}

export { DEFAULT_SCENARIO, DEFAULT_SCENARIO_ID };
export { loadLibrary } from './default.ts';
