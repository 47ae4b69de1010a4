/**
 * The one place where the UI meets the simulator and the scenario library:
 * it turns the learner's settings into a simulation run.
 */
import type { PersonalityKind, Protocol } from '../protocol/engine.ts';
import type { RunLike } from './run.ts';
import { fixtureRun } from './dev-fixture.ts';

export interface Settings {
  readonly retention: 'delete' | 'keep';
  readonly protocol: Protocol;
  readonly personality: PersonalityKind;
  readonly scenarioId: string;
}

export interface ScenarioEntry {
  readonly id: string;
  readonly title: string;
}

export interface ScenarioSource {
  readonly scenarios: readonly ScenarioEntry[];
  readonly defaultId: string;
  /** Settings a scenario starts with (its own retention, protocol, personality). */
  defaults(id: string): Partial<Settings>;
  runFor(settings: Settings): RunLike;
}

export function createSource(): ScenarioSource {
  return {
    scenarios: [{ id: 'default', title: "alice's maildrop: 3 messages" }],
    defaultId: 'default',
    defaults: () => ({}),
    runFor: (s) => fixtureRun(s.retention),
  };
}
