import { describe, expect, it } from 'vitest';
import { benchEventsPerSecond, benchSeek, benchSession } from './bench.ts';

// No timing assertions (style rule): these check that the benchmarks run and measure the right thing.
describe('simulator benchmarks', () => {
  let fakeNow = 0;
  const clock = (): number => (fakeNow += 1);

  it('benchSession simulates a whole delete-mode session that delivers every message', () => {
    const r = benchSession(clock, 50);
    expect(r.delivered).toBe(50);
    expect(r.events).toBeGreaterThan(50 * 10);
  });

  it('benchSeek builds a trace of at least the requested size and seeks across it', () => {
    const r = benchSeek(clock, 600, 10);
    expect(r.events).toBeGreaterThanOrEqual(600);
    expect(r.seeks).toBe(10);
  });

  it('benchEventsPerSecond counts events', () => {
    expect(benchEventsPerSecond(clock, 20).events).toBeGreaterThan(200);
  });
});
