import { describe, expect, it } from 'vitest';
import { simulate, simulateCore } from './run.ts';
import { simulate as leanSimulate } from './lean.ts';
import { toTranscript } from './transcript.ts';
import { world } from './testkit.ts';

describe('simulateCore (the app first load) and simulate', () => {
  const config = world({ seed: 7, messages: 2 });

  it('simulateCore gives the same trace, outcome and views as simulate', () => {
    const full = simulate(config);
    const core = simulateCore(config);
    expect(core.trace).toEqual(full.trace);
    expect(core.outcome()).toEqual(full.outcome());
    const mid = Math.floor(full.trace.length / 2);
    expect(core.viewAt(mid)).toEqual(full.viewAt(mid));
  });

  it('a forked core run matches a forked full run; only the full one has a transcript', () => {
    const step = Math.floor(simulate(config).trace.length / 2);
    const full = simulate(config).fork(step, { kind: 'drop-connection', device: 'Laptop' });
    const core = simulateCore(config).fork(step, { kind: 'drop-connection', device: 'Laptop' });
    expect(core.trace).toEqual(full.trace);
    expect(full.transcript()).toBe(toTranscript(full.trace));
    expect(full.transcript()).toContain('-- connection dropped --');
    // A CoreRun's type has no transcript(); at run time calling one anyway says why.
    expect(() => (core as unknown as { transcript(): string }).transcript()).toThrow(/simulateCore/);
  });

  it('lean.ts simulate (what index.ts exports) has the transcript', () => {
    const run = leanSimulate(config);
    expect(run.transcript()).toBe(toTranscript(run.trace));
    expect(run.transcript()).toMatch(/^C: |^S: /m);
  });
});
