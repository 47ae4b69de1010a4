import { describe, expect, it } from 'vitest';
import { simulate } from '../sim/index.ts';
import { buildConfig, type Settings } from './wiring.ts';
import { DEFAULT_SCENARIO } from '../scenarios/library/index.ts';
import { anchorOf, placeAnchor } from './fault-carry.ts';
import type { TraceEvent } from '../sim/types.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';

const base: Settings = { retention: 'delete', protocol: 'pop3', personality: 'rfc', scenarioId: DEFAULT_SCENARIO.id, scenarioFaults: true, pollAgain: true };
const runIn = (retention: Settings['retention']) => simulate(buildConfig(DEFAULT_SCENARIO, { ...base, retention }), { engines: ALL_ENGINES });
const sendOf = (trace: readonly TraceEvent[], label: string, nth = 1) => {
  let seen = 0;
  return trace.findIndex((e) => e.kind === 'send' && e.direction === 'c2s' && e.label === label && ++seen === nth);
};

describe('dialogue positions survive a change of Retention (RFC 1939 §6: QUIT is the commit point)', () => {
  const del = runIn('delete');
  const keep = runIn('keep');

  it('"just before QUIT is sent" is just before QUIT in the other mode, though the commands before it differ', () => {
    const at = sendOf(del.trace, 'QUIT');
    const anchor = anchorOf(del.trace, at, 'Laptop');
    expect(anchor).toMatchObject({ keyword: 'QUIT', occurrence: 1, stage: 0 });
    const placed = placeAnchor(keep.trace, anchor!);
    expect(placed).toBe(sendOf(keep.trace, 'QUIT'));
    // Back in delete mode it is exactly where it was.
    expect(placeAnchor(del.trace, anchor!)).toBe(at);
  });

  it('a point inside an exchange (reply half arrived) maps to the same point of the same command', () => {
    const retr = sendOf(del.trace, 'RETR 2');
    const chunks = del.trace.map((e, i) => [e, i] as const).filter(([e, i]) => i > retr && e.kind === 'deliver' && e.direction === 's2c' && !e.final);
    const at = chunks[1]![1] + 1;
    const anchor = anchorOf(del.trace, at, 'Laptop')!;
    expect(anchor.keyword).toBe('RETR');
    expect(anchor.occurrence).toBe(2);
    const placed = placeAnchor(keep.trace, anchor)!;
    const keepRetr = sendOf(keep.trace, 'RETR 2');
    const keepChunks = keep.trace.map((e, i) => [e, i] as const).filter(([e, i]) => i > keepRetr && e.kind === 'deliver' && e.direction === 's2c' && !e.final);
    expect(placed).toBe(keepChunks[1]![1] + 1);
  });

  it('every point of one run maps into the other run, or to nothing when its command is not sent there', () => {
    for (let at = 1; at <= del.trace.length; at++) {
      const anchor = anchorOf(del.trace, at, 'Laptop');
      if (!anchor) continue;
      expect(placeAnchor(del.trace, anchor)).toBe(at);
      const placed = placeAnchor(keep.trace, anchor);
      if (anchor.keyword === 'DELE') expect(placed).toBeNull();
      else if (placed !== null) {
        expect(placed).toBeGreaterThanOrEqual(0);
        expect(placed).toBeLessThanOrEqual(keep.trace.length);
      }
    }
  });
});
