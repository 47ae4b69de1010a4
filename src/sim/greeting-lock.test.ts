import { describe, expect, it } from 'vitest';
import { simulate } from './run.ts';
import { device, world } from './testkit.ts';
import { ALL_ENGINES } from './engines-all.ts';

describe('APOP timestamps in a run', () => {
  it('RFC 1939 §7: every greeting in a run with many sessions carries a different timestamp, even at the same tick', () => {
    // 24 devices polling at the same 40 ticks: 960 greetings, 24 at each tick.
    const polls = Array.from({ length: 40 }, (_, i) => i * 1000);
    const devices = Array.from({ length: 24 }, (_, i) => device(`D${i}`, { retention: 'keep' }, { pollAtTicks: polls }));
    const run = simulate(world({ messages: 1, devices, seed: 3 }), { engines: ALL_ENGINES });
    const greetings = run.trace.filter((e) => e.kind === 'reply' && /POP3 server ready/.test(e.line)).map((e) => (e.kind === 'reply' ? e.line : ''));
    expect(greetings).toHaveLength(960);
    const stamps = greetings.map((g) => /<[^>]+>/.exec(g)?.[0] ?? '');
    for (const s of stamps) expect(s).toMatch(/^<[^<>\s]+@pop\.example\.org>$/);
    expect(new Set(stamps).size).toBe(stamps.length);
    // With only the random part and the tick (the old derivation), this run repeats a timestamp.
    const randomAndTick = stamps.map((s) => s.replace(/^<(\d+)\.(\d+)\.\d+\.\d+@/, '<$1.$2@'));
    expect(new Set(randomAndTick).size).toBeLessThan(stamps.length);
  });
});

describe('lock events cite the protocol that set the rule', () => {
  it.each([
    ['pop1', /^RFC 918 /],
    ['pop2', /^RFC 937 /],
    ['pop3', /^RFC 1939 §4$/],
  ] as const)('RFC 918 / RFC 937 / RFC 1939 §4: %s lock and release events carry its own RFC', (protocol, pattern) => {
    const run = simulate(world({ protocol, messages: 2 }), { engines: ALL_ENGINES });
    const locks = run.trace.filter((e) => e.kind === 'lock');
    expect(locks.map((e) => (e.kind === 'lock' ? e.change : ''))).toEqual(expect.arrayContaining(['locked', 'released']));
    for (const e of locks) expect(e.rfc).toMatch(pattern);
  });
});
