import { indexTraceInSteps, viewOf } from './run.ts';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO } from '../scenarios/library/default.ts';
import { textForMode } from '../scenarios/scenario.ts';
import { parseScenario } from '../scenarios/format.ts';
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

describe('opening a large scenario (issue 12: no long task, large scenarios too)', () => {
  const scenario = (id: string, messages: number) => {
    const parsed = parseScenario({ version: 2, id, title: id, protocol: 'pop3', maildrop: Array.from({ length: messages }, (_, i) => ({ subject: `Message ${i + 1}`, body: `Hello ${i}.` })) });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    return parsed.scenario;
  };
  it('more than 50 messages are simulated in slices first (prepare), and runFor then hands over that run; a small scenario runs at once', async () => {
    const source = createSource();
    const opened = (id: string): Settings => ({ ...settings('rfc'), scenarioId: id, ...source.defaults(id) });
    const small = opened(source.add(scenario('small-3', 3)).id);
    const big = opened(source.add(scenario('big-60', 60)).id);
    expect(source.sliced?.(small)).toBe(false);
    expect(source.sliced?.(big)).toBe(true);
    await source.prepare?.(big);
    expect(source.ready?.(big)).toBe(true);
    expect(source.sliced?.(big)).toBe(false);
    const run = source.runFor(big);
    // The indexes and views the run's first screen reads were made in the
    // build's own tasks: the stepwise index is there without a step, the views are kept.
    expect(indexTraceInSteps(run.trace).next().done).toBe(true);
    const viewAt = vi.spyOn(run, 'viewAt');
    viewOf(run, 0);
    viewOf(run, -1);
    expect(viewAt).not.toHaveBeenCalled();
    viewAt.mockRestore();
    expect(run.viewAt(-1).maildrop).toHaveLength(60);
    expect(run.outcome().delivered).toBe(60);
    // Handed over once: opening it again builds it in slices again.
    expect(source.sliced?.(big)).toBe(true);
    expect(source.runFor(small).viewAt(-1).maildrop).toHaveLength(3);
  });
});
