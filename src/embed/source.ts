/**
 * A ScenarioSource (the app's Player input) for one scenario that need not be
 * in the built-in library: a shared link or a fetched file. It runs the
 * scenario the way the app does (src/ui/wiring.ts buildConfig, shared): the retention
 * mode forced, each device polling once more after its sessions, and the
 * scenario's own faults on or off.
 */
import { parsePersonality } from '../protocol/engine.ts';
import { simulate, simulateInSteps } from '../sim/index.ts';
import { firstFrameRun } from '../ui/first-frame.ts';
import { inSlices } from '../ui/later.ts';
import { readyInSteps, type RunLike } from '../ui/run.ts';
import type { Scenario } from '../scenarios/format.ts';
import { buildConfig, LARGE_SCENARIO_MESSAGES, type ScenarioSource, type Settings } from '../ui/wiring.ts';
import type { Mode } from './options.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';

const entryOf = (s: Scenario) => ({ id: s.id, title: s.title, summary: s.summary, faults: s.faults.length });

/**
 * The first run is built in slices that yield to the browser (the player
 * shows the first frame meanwhile, its controls waiting); later runs (a mode
 * change, the reserving copy) are simulated at once, as before. The last run
 * is kept by its settings' value, so a second Player with equal settings
 * (reserve.svelte.ts's measuring copy) does not simulate it again.
 * `shown`: the first run is handed over only once it settles.
 */
export function singleScenarioSource(scenario: Scenario, mode?: Mode, shown: Promise<void> = Promise.resolve()): ScenarioSource {
  const byId = new Map<string, Scenario>([[scenario.id, scenario]]);
  const get = (id: string): Scenario => byId.get(id) ?? scenario;
  const keyOf = (settings: Settings) => JSON.stringify(settings);
  let last: { readonly key: string; readonly run: RunLike } | null = null;
  let firstBuilt = false;
  const remember = (settings: Settings, run: RunLike): RunLike => {
    last = { key: keyOf(settings), run };
    return run;
  };
  return {
    scenarios: [entryOf(scenario)],
    defaultId: scenario.id,
    add(other) {
      byId.set(other.id, other);
      return entryOf(other);
    },
    defaults(id) {
      const s = get(id);
      const p = parsePersonality(s.personality);
      return {
        retention: mode ?? s.devices[0]?.retention ?? 'delete',
        protocol: s.protocol,
        personality: 'error' in p ? 'rfc' : p.kind,
        scenarioFaults: true,
      };
    },
    runFor: (settings) => {
      const key = keyOf(settings);
      if (last && last.key === key) return last.run;
      return remember(settings, simulate(buildConfig(get(settings.scenarioId), settings), { engines: ALL_ENGINES }));
    },
    ready: (settings) => firstBuilt || (last !== null && last.key === keyOf(settings)),
    // A fault on a large scenario is forked in slices, as in the app (Player.inject).
    large: (settings) => get(settings.scenarioId).maildrop.length > LARGE_SCENARIO_MESSAGES,
    async prepare(settings) {
      try {
        const run = await inSlices(simulateInSteps(buildConfig(get(settings.scenarioId), settings), { engines: ALL_ENGINES }));
        // What its first screen reads, in slices too (ui/run.ts keeps it per run).
        await inSlices(readyInSteps(run));
        remember(settings, run);
      } catch {
        // The World refused the scenario: runFor simulates it again and the Player shows why.
      }
      // The run changes the first screen's shape (Play ready, the maildrop's
      // copies): it waits until the prerendered parts are taken over
      // (EmbedView's islands), or hydration would meet markup that no longer matches.
      await shown;
      firstBuilt = true;
    },
    firstFrame: (settings) => firstFrameRun(buildConfig(get(settings.scenarioId), settings)),
  };
}
