/**
 * The two worlds of the map for the learner's settings: configFor (the run
 * on screen) with the retention forced and the scenario's own faults off,
 * exactly what mapConfigs (src/scenarios/fault-map/compute.ts) builds for the CLI.
 */
import type { ModeConfigs } from '../../scenarios/fault-map/compute.ts';
import { configFor, type Settings } from '../wiring.ts';

export function mapConfigsFor(settings: Settings): ModeConfigs {
  try {
    return {
      delete: configFor({ ...settings, retention: 'delete', scenarioFaults: false }),
      keep: configFor({ ...settings, retention: 'keep', scenarioFaults: false }),
    };
  } catch {
    // An unknown scenario (still loading): no map yet.
    return {};
  }
}

/** A key for the world a map is computed for: the two configurations, which hold the scenario, the settings and the seed. */
export function worldKey(configs: ModeConfigs): string {
  return JSON.stringify([configs.delete ?? null, configs.keep ?? null]);
}
