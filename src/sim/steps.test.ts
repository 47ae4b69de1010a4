import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from './index.ts';
import { toWorldConfig } from '../scenarios/format.ts';
import { builtinScenarios, DEFAULT_SCENARIO } from '../scenarios/library/index.ts';
import { stepEnds, stepOf, type Detail } from './steps.ts';
import type { TraceEvent } from './types.ts';
import { ALL_ENGINES } from './engines-all.ts';

const DETAILS: readonly Detail[] = ['commands', 'segments', 'octets'];

function expectPartition(ends: Int32Array, length: number): void {
  if (length === 0) {
    expect(ends.length).toBe(0);
    return;
  }
  expect(ends.length).toBeGreaterThan(0);
  for (let k = 1; k < ends.length; k++) expect(ends[k]!).toBeGreaterThan(ends[k - 1]!);
  expect(ends[0]!).toBeGreaterThanOrEqual(0);
  expect(ends[ends.length - 1]).toBe(length - 1);
}

/** [start, end] of each step. */
function ranges(ends: Int32Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const end of ends) {
    out.push([start, end]);
    start = end + 1;
  }
  return out;
}

describe('stepEnds on the default scenario', () => {
  const run = simulate(toWorldConfig(DEFAULT_SCENARIO), { engines: ALL_ENGINES });
  const trace = run.trace;

  it('plays in at most 40 steps at Commands, one per command or reply crossing the channel', () => {
    const ends = stepEnds(trace, 'commands');
    expectPartition(ends, trace.length);
    expect(ends.length).toBeLessThanOrEqual(40);
    const sends = trace.filter((e) => e.kind === 'send').length;
    expect(ends.length).toBe(sends);
  });

  it('each Commands step holds one send and its final delivery; the command parsed and its effects fold in (RFC 1939 §6 DELE marks)', () => {
    const ends = stepEnds(trace, 'commands');
    for (const [start, end] of ranges(ends)) {
      const inside = trace.slice(start, end + 1);
      const sends = inside.filter((e) => e.kind === 'send');
      expect(sends.length).toBe(1);
      const send = sends[0] as TraceEvent & { kind: 'send' };
      // The step ends at or after its send, and its final delivery is inside it.
      expect(end).toBeGreaterThanOrEqual(send.step);
      expect(inside.some((e) => e.kind === 'deliver' && e.final && e.segment === send.segment && e.direction === send.direction)).toBe(true);
    }
    // The DELE step shows the message marked: the mark is not left to the reply's step.
    const dele = trace.findIndex((e) => e.kind === 'send' && e.label.startsWith('DELE'));
    const mark = trace.findIndex((e, i) => i > dele && e.kind === 'marked');
    expect(stepOf(ends, mark)).toBe(stepOf(ends, dele));
  });

  it('Segments ends at each delivered chunk; Octets at every event', () => {
    const segs = stepEnds(trace, 'segments');
    expectPartition(segs, trace.length);
    const delivers = trace.filter((e) => e.kind === 'deliver').length;
    expect(segs.length).toBe(delivers);
    expect(segs.length).toBeGreaterThan(stepEnds(trace, 'commands').length);
    const octets = stepEnds(trace, 'octets');
    expect(Array.from(octets)).toEqual(trace.map((_, i) => i));
  });

  it('stepOf finds the step holding a trace index', () => {
    const ends = stepEnds(trace, 'commands');
    for (let i = 0; i < trace.length; i++) {
      const k = stepOf(ends, i);
      expect(ends[k]!).toBeGreaterThanOrEqual(i);
      if (k > 0) expect(ends[k - 1]!).toBeLessThan(i);
    }
  });
});

describe('stepEnds on every built-in scenario', () => {
  for (const scenario of builtinScenarios()) {
    it(`${scenario.id}: every detail partitions the trace`, () => {
      const trace = simulate(toWorldConfig(scenario), { engines: ALL_ENGINES }).trace;
      for (const detail of DETAILS) expectPartition(stepEnds(trace, detail), trace.length);
    });
  }
});

const KINDS = ['session-start', 'connection', 'send', 'deliver', 'segment-lost', 'command', 'reply', 'server-state', 'client-state', 'marked', 'removed', 'lock', 'copy', 'fault', 'session-end'] as const;

/** Arbitrary event sequences: stepEnds only reads `kind` and a delivery's `final`. */
const traceArb = fc
  .array(fc.record({ kind: fc.constantFrom(...KINDS), final: fc.boolean() }), { maxLength: 80 })
  .map((items) => items.map((it, step) => ({ ...it, step, tick: step, explain: '', device: 'D' }) as unknown as TraceEvent));

describe('stepEnds properties', () => {
  it('ends are strictly ascending and cover the trace, at every detail', () => {
    fc.assert(
      fc.property(traceArb, fc.constantFrom(...DETAILS), (trace, detail) => {
        expectPartition(stepEnds(trace, detail), trace.length);
      }),
    );
  });

  it('a coarser detail never has more steps than a finer one', () => {
    fc.assert(
      fc.property(traceArb, (trace) => {
        const c = stepEnds(trace, 'commands').length;
        const s = stepEnds(trace, 'segments').length;
        const o = stepEnds(trace, 'octets').length;
        expect(c).toBeLessThanOrEqual(s);
        expect(s).toBeLessThanOrEqual(o);
      }),
    );
  });
});
