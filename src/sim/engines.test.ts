// This file deliberately imports neither engines-all.ts nor testkit.ts (which
// registers every engine): it checks the lazy registry as the browser sees it.
import { describe, expect, it } from 'vitest';
import { EnginesNotLoadedError, enginesFor, enginesLoaded, loadEngines } from './engines.ts';
import { simulate } from './run.ts';
import { LiveWorld } from './live.ts';
import type { Protocol } from '../protocol/engine.ts';
import type { WorldConfig } from './types.ts';

function config(protocol: Protocol): WorldConfig {
  return {
    protocol,
    personality: { kind: 'rfc' },
    hostname: 'pop.example.org',
    user: 'alice',
    secret: 'tanstaaf',
    messages: [1, 2].map((n) => ({ text: `From: bob@example.org\nSubject: Message ${n}\nMessage-ID: <m${n}@example.org>\n\nHello ${n}.\n` })),
    devices: [{ name: 'Laptop', policy: { retention: 'delete', useUidl: true, commitOrder: 'safe' }, writeDelayTicks: 5, pollAtTicks: [0] }],
    channel: { latencyTicks: 10, octetsPerTick: 64 },
    faults: [],
    seed: 1,
  };
}

const removals = (run: ReturnType<typeof simulate>) => run.trace.flatMap((e) => (e.kind === 'removed' ? [e.reason] : []));

describe('engine registry (lazy POP1/POP2)', () => {
  it('POP3 is built in: simulating needs no loadEngines', () => {
    expect(enginesLoaded('pop3')).toBe(true);
    const run = simulate(config('pop3'));
    expect(run.outcome().delivered).toBe(2);
  });

  it('POP1/POP2 before loadEngines: enginesFor, simulate and LiveWorld throw a message naming the fix', () => {
    for (const protocol of ['pop1', 'pop2'] as const) {
      expect(enginesLoaded(protocol)).toBe(false);
      expect(() => enginesFor(protocol)).toThrow(EnginesNotLoadedError);
      expect(() => enginesFor(protocol)).toThrow(`loadEngines('${protocol}')`);
      expect(() => simulate(config(protocol))).toThrow(EnginesNotLoadedError);
      expect(() => new LiveWorld(config(protocol), { manualDevice: 'Laptop' })).toThrow(EnginesNotLoadedError);
    }
  });

  it('RFC 937 / RFC 918: after loadEngines, POP2 removes on release and POP1 on RCVD', async () => {
    const [pop2, again] = await Promise.all([loadEngines('pop2'), loadEngines('pop2')]);
    expect(again).toBe(pop2);
    expect(enginesFor('pop2')).toBe(pop2);
    expect(enginesLoaded('pop1')).toBe(false);
    const run2 = simulate(config('pop2'));
    expect(removals(run2)).toEqual(['release', 'release']);
    expect(run2.outcome().delivered).toBe(2);

    await loadEngines('pop1');
    const run1 = simulate(config('pop1'));
    expect(removals(run1)).toEqual(['rcvd', 'rcvd']);
    expect(run1.outcome().delivered).toBe(2);
  });
});
