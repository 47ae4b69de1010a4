import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../scenarios/library/default.ts';
import { textForMode } from '../scenarios/scenario.ts';
import { buildConfig, createSource, personalityFor, type Settings } from './wiring.ts';

const settings = (personality: Settings['personality']): Settings => ({
  retention: 'keep',
  protocol: DEFAULT_SCENARIO.protocol,
  personality,
  scenarioId: DEFAULT_SCENARIO.id,
  scenarioFaults: true,
  pollAgain: true,
});

describe('personality from the header', () => {
  const sevenDays = { ...DEFAULT_SCENARIO, personality: 'retention-days 7' };
  it("keeps the scenario's own retention-days N while the header shows its kind", () => {
    expect(buildConfig(sevenDays, settings('retention-days')).personality).toEqual({ kind: 'retention-days', days: 7 });
  });
  it('uses 30 days only when the learner switches to retention-days from another kind', () => {
    expect(buildConfig(DEFAULT_SCENARIO, settings('retention-days')).personality).toEqual({ kind: 'retention-days', days: 30 });
    expect(buildConfig(sevenDays, settings('rfc')).personality).toEqual({ kind: 'rfc' });
    expect(personalityFor('no-uidl', { kind: 'retention-days', days: 7 })).toEqual({ kind: 'no-uidl' });
  });
});

describe('scenario text by retention mode', () => {
  it('a menu entry keeps the scenario\'s byMode, which textForMode reads as the scenario does', () => {
    const entry = createSource().scenarios.find((e) => e.id === DEFAULT_SCENARIO.id)!;
    expect(DEFAULT_SCENARIO.byMode).toBeDefined();
    for (const mode of ['delete', 'keep'] as const) expect(textForMode(entry, mode)).toEqual(textForMode(DEFAULT_SCENARIO, mode));
  });
});
