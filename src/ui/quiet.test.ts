import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUIET_WAIT_MS, whenQuiet } from './later.ts';

/** A requestIdleCallback that hands out the given idle periods, one per call, and records the calls. */
function idlePeriods(remaining: number[]) {
  const queue: Array<(deadline: IdleDeadline) => void> = [];
  const idle = ((callback: (deadline: IdleDeadline) => void) => {
    queue.push(callback);
    return queue.length;
  }) as typeof requestIdleCallback;
  return {
    idle,
    calls: () => queue.length,
    /** Runs the oldest waiting callback with the next idle period. */
    next(): void {
      const callback = queue.shift();
      const left = remaining.shift() ?? 0;
      callback?.({ didTimeout: false, timeRemaining: () => left });
    },
  };
}

async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('whenQuiet: work nobody waits for at start-up (the offline worker, the library) waits for a quiet page (issue 12: beside start-up it made the page\'s tasks 2-4x longer)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('short idle periods (a page animating or working) do not count; the first long one does', async () => {
    vi.useFakeTimers();
    const periods = idlePeriods([4, 12, 30, 49]);
    const quiet = whenQuiet(periods.idle);
    periods.next();
    periods.next();
    periods.next();
    expect(await settled(quiet)).toBe(false);
    periods.next();
    expect(await settled(quiet)).toBe(true);
    // Once quiet, it stops asking for idle periods.
    expect(periods.calls()).toBe(0);
  });

  it('a page that is never quiet (a first-visit demo playing) gets the work after QUIET_WAIT_MS, and the polling stops', async () => {
    vi.useFakeTimers();
    const periods = idlePeriods(Array.from({ length: 100 }, () => 8));
    const quiet = whenQuiet(periods.idle);
    for (let i = 0; i < 50; i++) periods.next();
    vi.advanceTimersByTime(QUIET_WAIT_MS - 1);
    expect(await settled(quiet)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(quiet)).toBe(true);
    periods.next();
    expect(periods.calls()).toBe(0);
  });

  it('without requestIdleCallback (Safari) the wait alone decides', async () => {
    vi.useFakeTimers();
    const quiet = whenQuiet(null as unknown as typeof requestIdleCallback, 1000);
    vi.advanceTimersByTime(999);
    expect(await settled(quiet)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(quiet)).toBe(true);
  });
});
