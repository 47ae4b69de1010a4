/**
 * The app's default scenario, small enough for the first load, and the lazy
 * door to the rest of the library.
 *
 * DEFAULT_SCENARIO is trusted data written in its normalised form (every
 * default filled in, exactly what parseScenario would return), so it can be
 * simulated with toWorldConfig (scenario.ts) without loading the validator.
 * library.test.ts validates it with parseScenario so the two cannot drift.
 * It is also the first built-in of the library (index.ts).
 */
import { DEFAULTS, SCENARIO_VERSION, type Scenario } from '../scenario.ts';
import { THREE_MESSAGES } from './common.ts';

import { DEFAULT_SCENARIO_ID } from './default-id.ts';

export { DEFAULT_SCENARIO_ID };

export const DEFAULT_SCENARIO: Scenario = {
  version: SCENARIO_VERSION,
  id: DEFAULT_SCENARIO_ID,
  title: 'First session: download and delete',
  summary:
    'Alice\'s laptop logs in, lists three messages, retrieves each, saves it to disk, marks it with DELE and ends with QUIT. Only then, in the UPDATE state, does the server remove the messages (RFC 1939 §6).',
  byMode: {
    keep: {
      title: 'First session: leave mail on the server',
      summary: 'Alice\'s laptop retrieves three messages, saves each and remembers its UID (RFC 1939 §7), then QUITs. Nothing is marked, so nothing is removed.',
    },
  },
  protocol: 'pop3',
  personality: DEFAULTS.personality,
  server: { hostname: DEFAULTS.hostname, user: DEFAULTS.user, password: DEFAULTS.password },
  maildrop: THREE_MESSAGES,
  devices: [
    { name: 'Laptop', retention: 'delete', useUidl: true, commitOrder: 'safe', writeDelayTicks: DEFAULTS.writeDelayTicks, polls: [...DEFAULTS.polls] },
  ],
  channel: { latencyTicks: DEFAULTS.latencyTicks, octetsPerTick: DEFAULTS.octetsPerTick },
  faults: [],
  seed: DEFAULTS.seed,
  expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
};

/**
 * The whole built-in library (the default first), loaded with a dynamic
 * import: the scenario data and the validator (valibot) that checks it stay
 * out of the first load. Call it when the scenario menu opens, or when the
 * browser is idle after the first paint; `between()` is awaited after each
 * scenario is validated (the browser yields to itself there).
 */
export async function loadLibrary(between: () => Promise<void> = () => Promise.resolve()): Promise<readonly Scenario[]> {
  return (await import('./index.ts')).builtinScenariosBetween(between);
}
