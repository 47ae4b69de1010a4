/**
 * The built-in scenario library, in teaching order: the first session, then
 * the failure catalogue (reference §8) for POP3, then POP2 and POP1.
 *
 * Each entry is validated when this module loads; an invalid built-in is our
 * bug and throws loudly.
 *
 * The browser app should not import this module statically: default.ts holds
 * the default scenario (DEFAULT_SCENARIO) and loadLibrary(), which imports this
 * module on demand.
 */
import { parseScenario, type Scenario, type ScenarioInput } from '../format.ts';
import { DEFAULT_SCENARIO, DEFAULT_SCENARIO_ID } from './default.ts';
import { POP1_SCENARIOS } from './pop1.ts';
import { POP2_SCENARIOS } from './pop2.ts';
import { POP3_SCENARIOS } from './pop3.ts';

function validated(input: ScenarioInput | Scenario): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(`bug: built-in scenario ${String(input.id)} is invalid:\n${result.errors.join('\n')}`);
  return result.scenario;
}

export const BUILTIN_SCENARIOS: readonly Scenario[] = Object.freeze(
  [DEFAULT_SCENARIO, ...POP3_SCENARIOS, ...POP2_SCENARIOS, ...POP1_SCENARIOS].map(validated),
);

export { DEFAULT_SCENARIO, DEFAULT_SCENARIO_ID };
export { loadLibrary } from './default.ts';

export function builtinScenario(id: string): Scenario | undefined {
  return BUILTIN_SCENARIOS.find((s) => s.id === id);
}
