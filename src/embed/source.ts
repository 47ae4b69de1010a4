/**
 * A ScenarioSource (the app's Player input) for one scenario that need not be
 * in the built-in library: a shared link or a fetched file. It runs the
 * scenario the way the app does (src/ui/wiring.ts buildConfig, shared): the retention
 * mode forced, each device polling once more after its sessions, and the
 * scenario's own faults on or off.
 */
import { parsePersonality } from '../protocol/engine.ts';
import { simulate } from '../sim/index.ts';
import type { Scenario } from '../scenarios/format.ts';
import { buildConfig, type ScenarioSource } from '../ui/wiring.ts';
import type { Mode } from './options.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';

const entryOf = (s: Scenario) => ({ id: s.id, title: s.title, summary: s.summary, faults: s.faults.length });

export function singleScenarioSource(scenario: Scenario, mode?: Mode): ScenarioSource {
  const byId = new Map<string, Scenario>([[scenario.id, scenario]]);
  const get = (id: string): Scenario => byId.get(id) ?? scenario;
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
    runFor: (settings) => simulate(buildConfig(get(settings.scenarioId), settings), { engines: ALL_ENGINES }),
  };
}
