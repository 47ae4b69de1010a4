import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './first-paint.ts';

/** A stand-in for the browser's paint timing: the test decides when the paint is reported. */
function fakePaintTiming(supported = true) {
  const observers: Array<(names: string[]) => void> = [];
  class Observer {
    constructor(private readonly callback: (list: { getEntriesByName(n: string): unknown[] }, o: Observer) => void) {}
    observe() {
      if (!supported) throw new TypeError('paint is not a supported entry type');
      observers.push((names) => this.callback({ getEntriesByName: (n) => names.filter((x) => x === n) }, this));
    }
    disconnect() {
      observers.splice(0, observers.length);
    }
  }
  vi.stubGlobal('PerformanceObserver', Observer);
  return { paint: (...names: string[]) => [...observers].forEach((report) => report(names)) };
}

describe('afterFirstPaint: the page loads its code once its first screen is painted (issue 12)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts right after the first-contentful-paint entry, once', () => {
    vi.stubGlobal('document', { visibilityState: 'visible' });
    const timing = fakePaintTiming();
    const start = vi.fn();
    afterFirstPaint(start);
    timing.paint('first-paint');
    vi.advanceTimersByTime(10);
    expect(start).not.toHaveBeenCalled();
    timing.paint('first-contentful-paint');
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once in a hidden page, which paints nothing', () => {
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    fakePaintTiming();
    const start = vi.fn();
    afterFirstPaint(start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after the fallback when the paint is never reported, or paint timing is missing', () => {
    vi.stubGlobal('document', { visibilityState: 'visible' });
    for (const supported of [true, false]) {
      fakePaintTiming(supported);
      const start = vi.fn();
      afterFirstPaint(start, 1000);
      vi.advanceTimersByTime(999);
      expect(start).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(start).toHaveBeenCalledTimes(1);
    }
  });
});
