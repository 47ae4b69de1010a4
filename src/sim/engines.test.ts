// The engines are passed in (WorldOptions.engines): a world runs only what it is given.
import { describe, expect, it } from 'vitest';
import { EnginesNotLoadedError, enginesFor, type Engines } from './engines.ts';
import { ALL_ENGINES } from './engines-all.ts';
import { POP1_ENGINES } from './engines-pop1.ts';
import { POP2_ENGINES } from './engines-pop2.ts';
import { POP3_ENGINES } from './engines-pop3.ts';
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
const POP3_ONLY: Engines = { pop3: POP3_ENGINES };

describe('engines passed in (the app passes POP3 only for its first run)', () => {
  it('POP3 engines alone run a POP3 world of user-pass devices', () => {
    const run = simulate(config('pop3'), { engines: POP3_ONLY });
    expect(run.outcome().delivered).toBe(2);
  });

  it('POP1/POP2 not passed in: enginesFor, simulate and LiveWorld throw a message naming the fix', () => {
    for (const protocol of ['pop1', 'pop2'] as const) {
      expect(() => enginesFor(POP3_ONLY, protocol)).toThrow(EnginesNotLoadedError);
      expect(() => enginesFor(POP3_ONLY, protocol)).toThrow('ALL_ENGINES');
      expect(() => simulate(config(protocol), { engines: POP3_ONLY })).toThrow(EnginesNotLoadedError);
      expect(() => new LiveWorld(config(protocol), { engines: POP3_ONLY, manualDevice: 'Laptop' })).toThrow(EnginesNotLoadedError);
    }
  });

  it('RFC 937 / RFC 918: with their engines passed in, POP2 removes on release and POP1 on RCVD', () => {
    expect(enginesFor(ALL_ENGINES, 'pop2')).toBe(POP2_ENGINES);
    const run2 = simulate(config('pop2'), { engines: { ...POP3_ONLY, pop2: POP2_ENGINES } });
    expect(removals(run2)).toEqual(['release', 'release']);
    expect(run2.outcome().delivered).toBe(2);

    const run1 = simulate(config('pop1'), { engines: { pop1: POP1_ENGINES } });
    expect(removals(run1)).toEqual(['rcvd', 'rcvd']);
    expect(run1.outcome().delivered).toBe(2);
  });
});
