import { describe, expect, it } from 'vitest';
import { simulate, simulateInSteps } from './run.ts';
import { toTranscript } from './transcript.ts';
import { world } from './testkit.ts';
import { ALL_ENGINES } from './engines-all.ts';
import { World } from './world.ts';

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

  it('builds the seek index in its steps too: every view of a long run equals simulate\'s', () => {
    const long = world({ seed: 3, messages: 40 });
    const full = simulate(long, options);
    const { run, yields } = drain(simulateInSteps(long, options));
    // A yield after making the World, one per World step, one after finishing
    // it, and one per snapshot of the seek index (one every 64 events here).
    const counter = new World(long, options);
    let worldSteps = 0;
    while (counter.step()) worldSteps++;
    expect(full.trace.length).toBeLessThan(128 * 64);
    expect(yields).toBe(1 + worldSteps + 1 + Math.floor(full.trace.length / 64));
    for (let step = -1; step < full.trace.length; step += 37) expect(run.viewAt(step)).toEqual(full.viewAt(step));
    expect(run.viewAt(full.trace.length - 1)).toEqual(full.viewAt(full.trace.length - 1));
  });

  it('a forked stepped run matches a forked simulated run, transcript included', () => {
    const step = Math.floor(simulate(config, options).trace.length / 2);
    const full = simulate(config, options).fork(step, { kind: 'drop-connection', device: 'Laptop' });
    const stepped = drain(simulateInSteps(config, options)).run.fork(step, { kind: 'drop-connection', device: 'Laptop' });
    expect(stepped.trace).toEqual(full.trace);
    expect(full.transcript()).toBe(toTranscript(full.trace));
    expect(stepped.transcript()).toContain('-- connection dropped --');
  });

  it('forkInSteps (the app forks a large run in slices) gives fork\'s run, yielding between World steps, and refuses what fork refuses', () => {
    const long = world({ seed: 5, messages: 30 });
    const base = simulate(long, options);
    for (const step of [0, 1, Math.floor(base.trace.length / 3), base.trace.length - 1]) {
      for (const kind of ['drop-connection', 'crash-client'] as const) {
        const whole = base.fork(step, { kind, device: 'Laptop' });
        const { run, yields } = drain(base.forkInSteps(step, { kind, device: 'Laptop' }));
        expect(run.trace).toEqual(whole.trace);
        expect(run.outcome()).toEqual(whole.outcome());
        // Making the World and finishing it at least; one per World step as well.
        expect(yields).toBeGreaterThan(1);
        if (step === Math.floor(base.trace.length / 3)) expect(yields).toBeGreaterThan(10);
      }
    }
    expect(() => drain(base.forkInSteps(-1, { kind: 'drop-connection' }))).toThrow(RangeError);
  });
});
