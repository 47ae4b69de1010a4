/**
 * Work moved out of the current task (issue 12: no task over 50 ms on a slow
 * phone). A dynamic import() runs Vite's preload helper, which adds a <link>
 * per chunk and stylesheet the import needs; inside hydration's task those
 * were about half of it. So the app's start-up imports begin in a later task.
 */
export function nextTask(): Promise<void> {
  // scheduler.yield() (Chromium) ends the task and resumes ahead of other
  // queued work; elsewhere a timer does the same job.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `load()` (usually an import()) started in a later task. */
export function later<T>(load: () => Promise<T>): Promise<T> {
  return nextTask().then(load);
}

/**
 * Turns one promise into a series that settle one per task, in the order
 * they were asked for. Every {#await} block on the same promise renders in
 * the one task in which it settles: the lazy panels, all at once, were the
 * longest task of the app's start-up on a slow phone (issue 12).
 */
export function oneAtATime<T>(value: Promise<T>): () => Promise<T> {
  let last: Promise<unknown> = value;
  return () => {
    const next = last.then(nextTask).then(() => value);
    last = next;
    return next;
  };
}

/** Longest stretch a sliced job runs before it yields (issue 12: no task over 50 ms, on a 4x slower CPU too). */
const SLICE_MS = 8;

/**
 * Runs a stepwise job (the simulator's simulateInSteps) a few milliseconds
 * at a time, yielding to the browser between slices; resolves to its result.
 * The first slice runs in a later task, not in the caller's: a caller inside
 * a render (NarrationGhost's effect) made the render's task a slice longer.
 */
export async function inSlices<T>(steps: Iterator<unknown, T>): Promise<T> {
  for (;;) {
    await nextTask();
    const until = performance.now() + SLICE_MS;
    let next = steps.next();
    while (!next.done && performance.now() < until) next = steps.next();
    if (next.done) return next.value;
  }
}

/** An idle period at least this long counts as quiet (the browser gives at most 50 ms). */
const QUIET_IDLE_MS = 45;
/** The longest such work waits for a quiet moment (a first-visit demo keeps the page animating for a minute). */
export const QUIET_WAIT_MS = 15_000;

/**
 * Resolves at the first long idle period, or after QUIET_WAIT_MS: for work
 * nobody waits for at start-up (the offline worker's install, offline.ts;
 * the built-in library, app-start.ts). On this project's 2-CPU test machine,
 * each such job running beside start-up made the page's own tasks two to
 * four times longer than their work (Lighthouse's traces, issue 12).
 */
export function whenQuiet(idle = globalThis.requestIdleCallback, wait = QUIET_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      resolve();
    };
    // Safari has no requestIdleCallback: there the wait alone decides.
    const timer = setTimeout(finish, wait);
    if (typeof idle !== 'function') return;
    const check = (deadline: IdleDeadline) => {
      if (done) return;
      if (deadline.timeRemaining() >= QUIET_IDLE_MS) finish();
      else idle(check);
    };
    idle(check);
  });
}
