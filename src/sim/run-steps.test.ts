import { describe, expect, it } from 'vitest';
import { simulate, simulateInSteps } from './run.ts';
import { toTranscript } from './transcript.ts';
import { world } from './testkit.ts';
import { ALL_ENGINES } from './engines-all.ts';

const options = { engines: ALL_ENGINES };

function drain(steps: Generator<void, ReturnType<typeof simulate>, void>): { run: ReturnType<typeof simulate>; yields: number } {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { run: next.value, yields };
    yields++;
  }
}

describe('simulateInSteps (the app builds its first run in slices) and simulate', () => {
  const config = world({ seed: 7, messages: 2 });

  it('gives the same trace, outcome, views and transcript as simulate, yielding between World steps', () => {
    const full = simulate(config, options);
    const { run, yields } = drain(simulateInSteps(config, options));
    expect(run.trace).toEqual(full.trace);
    expect(run.outcome()).toEqual(full.outcome());
    expect(yields).toBeGreaterThan(1);
    const mid = Math.floor(full.trace.length / 2);
    expect(run.viewAt(mid)).toEqual(full.viewAt(mid));
    expect(run.transcript()).toBe(full.transcript());
  });

  it('a forked stepped run matches a forked simulated run, transcript included', () => {
    const step = Math.floor(simulate(config, options).trace.length / 2);
    const full = simulate(config, options).fork(step, { kind: 'drop-connection', device: 'Laptop' });
    const stepped = drain(simulateInSteps(config, options)).run.fork(step, { kind: 'drop-connection', device: 'Laptop' });
    expect(stepped.trace).toEqual(full.trace);
    expect(full.transcript()).toBe(toTranscript(full.trace));
    expect(stepped.transcript()).toContain('-- connection dropped --');
  });
});
