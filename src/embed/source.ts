/**
 * A ScenarioSource (the app's Player input) for one scenario that need not be
 * in the built-in library: a shared link or a fetched file. It runs the
 * scenario the way the app does (src/ui/wiring.ts configFor): the retention
 * mode forced, each device polling once more after its sessions, and the
 * scenario's own faults on or off.
 */
import { parsePersonality } from '../protocol/engine.ts';
import { simulate } from '../sim/index.ts';
import type { WorldConfig } from '../sim/types.ts';
import { toWorldConfig, type Scenario } from '../scenarios/format.ts';
import { LATER } from '../scenarios/library/common.ts';
import { personalityFor, type ScenarioSource, type Settings } from '../ui/wiring.ts';
import type { Mode } from './options.ts';

export function embedConfig(scenario: Scenario, settings: Settings): WorldConfig {
  const base = toWorldConfig(scenario, { mode: settings.retention });
  const devices = settings.pollAgain
    ? base.devices.map((d) => {
        const last = d.pollAtTicks[d.pollAtTicks.length - 1] ?? 0;
        return d.pollAtTicks.length >= 2 ? d : { ...d, pollAtTicks: [...d.pollAtTicks, last + LATER] };
      })
    : base.devices;
  return {
    ...base,
    protocol: settings.protocol,
    personality: personalityFor(settings.personality),
    devices,
    faults: settings.scenarioFaults ? base.faults : [],
  };
}

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
    runFor: (settings) => simulate(embedConfig(get(settings.scenarioId), settings)),
  };
}
