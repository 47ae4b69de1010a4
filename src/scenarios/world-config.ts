/**
 * A scenario's world under a learner's settings (the header's knobs): the
 * app (src/ui/wiring.ts), the embed (src/embed/source.ts), the fault map's
 * worker and its CLI all build the world with buildConfig, so a map cell and
 * the run on screen are the same run.
 */
import type { Personality, PersonalityKind, Protocol } from '../protocol/engine.ts';
import type { WorldConfig } from '../sim/types.ts';
import { toWorldConfig, type Scenario } from './scenario.ts';
import { LATER } from './library/common.ts';

/** The settings that shape the world (src/ui/wiring.ts Settings has these and the scenario's id). */
export interface WorldSettings {
  readonly retention: 'delete' | 'keep';
  readonly protocol: Protocol;
  readonly personality: PersonalityKind;
  readonly scenarioFaults: boolean;
  readonly pollAgain: boolean;
}

/**
 * The personality a header choice stands for. The scenario's own personality
 * (with its days) is kept while the choice is its kind; "retention-days"
 * chosen from another kind means 30 days; "login-delay" means 300 seconds.
 */
export function personalityFor(kind: PersonalityKind, own?: Personality): Personality {
  if (own && own.kind === kind) return own;
  if (kind === 'retention-days') return { kind, days: 30 };
  if (kind === 'login-delay') return { kind, seconds: 300 };
  return { kind };
}

/**
 * The world for a scenario under the learner's settings: the retention mode
 * forced, the header's protocol and personality, each device polling once
 * more after its sessions (pollAgain), and the scenario's own faults on or
 * off. The app (configFor) and the embed (src/embed/source.ts) both use it.
 */
export function buildConfig(scenario: Scenario, settings: WorldSettings & { readonly scenarioId?: string }): WorldConfig {
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
    personality: personalityFor(settings.personality, base.personality),
    devices,
    faults: settings.scenarioFaults ? base.faults : [],
  };
}

