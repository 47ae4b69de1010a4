import { describe, expect, it } from 'vitest';
import { simulate } from '../../sim/index.ts';
import { toWorldConfig } from '../../scenarios/format.ts';
import { DEFAULT_SCENARIO } from '../../scenarios/library/index.ts';
import { stepEnds } from '../../sim/steps.ts';
import { narrateRange, stepSentences } from './narrate.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';

describe('step narration', () => {
  const trace = simulate(toWorldConfig(DEFAULT_SCENARIO), { engines: ALL_ENGINES }).trace;
  const ends = stepEnds(trace, 'commands');
  const ranges = Array.from(ends, (end, k) => [k === 0 ? 0 : ends[k - 1]! + 1, end] as const);

  it('every Commands step of the default scenario has words, starting with what was sent', () => {
    for (const [from, to] of ranges) {
      const text = narrateRange(trace, from, to, false);
      expect(text.length).toBeGreaterThan(0);
      expect(text).toMatch(/sends "/);
    }
  });

  it('the DELE step says the message is marked, and nothing is removed yet (RFC 1939 §6)', () => {
    const dele = ranges.find(([from, to]) => trace.slice(from, to + 1).some((e) => e.kind === 'send' && e.label === 'DELE 1'))!;
    expect(narrateRange(trace, dele[0], dele[1], false)).toMatch(/Message 1 is marked for deletion\. Nothing is removed yet\./);
  });

  it('the QUIT step says the removal once, although three messages are removed', () => {
    const quit = ranges.find(([from, to]) => trace.slice(from, to + 1).some((e) => e.kind === 'send' && e.label === 'QUIT'))!;
    const said = stepSentences(trace, quit[0], quit[1], (e) => e.kind);
    expect(said.filter((s) => s === 'removed')).toHaveLength(1);
  });

  it('at Octets it is the one event', () => {
    expect(narrateRange(trace, 0, 0, true)).toMatch(/starts session 1/);
  });
});
