/**
 * The built-in scenario library, in teaching order: the first session, then
 * the failure catalogue (reference §8) for POP3, then POP2 and POP1.
 *
 * Each entry is validated when this module loads; an invalid built-in is our
 * bug and throws loudly.
 */
import { parseScenario, type Scenario, type ScenarioInput } from '../format.ts';
import { POP1_SCENARIOS } from './pop1.ts';
import { POP2_SCENARIOS } from './pop2.ts';
import { POP3_SCENARIOS } from './pop3.ts';

function validated(input: ScenarioInput): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(`bug: built-in scenario ${String(input.id)} is invalid:\n${result.errors.join('\n')}`);
  return result.scenario;
}

export const BUILTIN_SCENARIOS: readonly Scenario[] = Object.freeze(
  [...POP3_SCENARIOS, ...POP2_SCENARIOS, ...POP1_SCENARIOS].map(validated),
);

export const DEFAULT_SCENARIO_ID = 'first-session';

export function builtinScenario(id: string): Scenario | undefined {
  return BUILTIN_SCENARIOS.find((s) => s.id === id);
}
