/**
 * Work written as a generator that yields between its steps (the simulator's
 * simulateInSteps, reading a share link) can be run two ways: to the end at
 * once, here, or a few milliseconds at a time by the UI (ui/later.ts
 * inSlices), which yields to the browser between slices (issue 12: no task
 * over 50 ms on a slow phone). Nothing here knows about time.
 */
export function runToEnd<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
