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
