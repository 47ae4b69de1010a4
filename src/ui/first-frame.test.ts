// The app paints firstFrame() before the simulator loads and then swaps in the
// simulated run: the swap must change nothing the learner sees at step 0.
import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../scenarios/library/index.ts';
import { simulate } from '../sim/index.ts';
import { buildConfig, type Settings } from './wiring.ts';
import { firstFrame } from './first-frame.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';

describe('the first frame, painted before the simulator loads', () => {
  for (const scenario of builtinScenarios()) {
    for (const retention of ['delete', 'keep'] as const) {
      it(`${scenario.id} (${retention}): equals the simulated run's view at step 0`, () => {
        const settings: Settings = { retention, protocol: scenario.protocol, personality: 'rfc', scenarioId: scenario.id, scenarioFaults: true, pollAgain: true };
        const config = buildConfig(scenario, settings);
        const run = simulate(config, { engines: ALL_ENGINES });
        expect(firstFrame(config)).toEqual(run.viewAt(0));
      });
    }
  }
});
