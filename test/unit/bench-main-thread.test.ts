import { describe, expect, it } from 'vitest';
import { mainThreadTasks } from '../../bench/lighthouse.ts';

// A Lighthouse trace in miniature: the page's renderer (pid 1) and an idle
// one of Lighthouse's own (pid 2), both named CrRendererMain.
const name = (pid: number) => ({ name: 'thread_name', ph: 'M', pid, tid: 1, ts: 0, args: { name: 'CrRendererMain' } });
const task = (pid: number, ts: number, durMs: number, cpuMs: number) => ({ name: 'RunTask', ph: 'X', pid, tid: 1, ts, dur: durMs * 1000, tdur: cpuMs * 1000 });

describe('bench: the main thread\'s long tasks in a Lighthouse trace (issue 12 diagnostic)', () => {
  it('sums wall and CPU time of the page\'s tasks over 12.5 ms after the first paint, and TBT\'s sum from their CPU time at 4x', () => {
    const figures = mainThreadTasks({
      traceEvents: [
        name(1),
        name(2),
        task(2, 0, 5, 5),
        task(1, 1_000, 40, 30), // before the first paint: not counted
        { name: 'firstContentfulPaint', ph: 'I', pid: 1, tid: 1, ts: 100_000 },
        task(1, 200_000, 30, 10), // 4 x 10 - 50 < 0: no blocking from its CPU time
        task(1, 300_000, 12, 12), // under 12.5 ms: not a long task
        task(1, 400_000, 40, 20), // 4 x 20 - 50 = 30
      ],
    });
    expect(figures).toEqual({ wallMs: 70, cpuMs: 30, cpuBlockingMs: 30 });
  });
});
