import { test, expect } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { parseScenario } from '../../src/scenarios/format.ts';
import { builtinScenario } from '../../src/scenarios/library/index.ts';
import { encodeScenario } from '../../src/scenarios/url-codec.ts';
import { counts, timeline } from './helpers.ts';

// A timing budget on a shared two-core machine: a busy neighbour can stall
// one run, so the budget gets two more tries (a real regression fails all three).
test.describe.configure({ retries: 2 });

/** A share link to the first session with a 500-message maildrop. */
function bigLink(): string {
  const base = builtinScenario('first-session');
  if (!base) throw new Error('first-session scenario missing');
  const parsed = parseScenario({
    ...base,
    id: 'big-500',
    title: '500 messages',
    maildrop: Array.from({ length: 500 }, (_, i) => ({ subject: `Message ${i + 1}`, body: `Hello ${i}\n..a stuffed line\n` })),
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return `/#s=${encodeScenario(parsed.scenario)}`;
}

test('a 500-message maildrop plays at the fastest speed with no main-thread task over 50 ms', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(bigLink());
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('big-500', { timeout: 15_000 });
  await expect.poll(() => counts(page), { timeout: 15_000 }).toEqual({ delivered: 500, duplicated: 0, lost: 0, gap: 0 });
  // Warm up once (seek snapshots are built on the first seek, and the code
  // paths of playback get compiled), then watch playback only.
  await timeline(page).fill('10');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fastest' });
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: 'Pause' }).click();
  await timeline(page).fill('10');
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fastest' });
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(3000);
  const reached = Number(await timeline(page).inputValue());
  const last = Number(await timeline(page).getAttribute('max'));
  // Many steps per frame at the fastest speed (one view per frame, not one per step).
  expect(reached).toBeGreaterThan(Math.min(last, 2000));
  const pause = page.getByRole('button', { name: 'Pause' });
  if (await pause.isVisible()) await pause.click();
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  // The budget (design.md: no task over 50 ms) is a property of the page on a
  // machine that has time for it. When the machine is overloaded (many test
  // runs sharing two cores), the page is descheduled mid-task and any task
  // can look long, so only gross regressions are caught then.
  const overloaded = loadavg()[0]! > cpus().length * 1.5;
  const budgetMs = overloaded ? 200 : 50;
  if (overloaded) test.info().annotations.push({ type: 'note', description: `machine overloaded (load ${loadavg()[0]!.toFixed(1)}): checking ${budgetMs} ms, not 50 ms` });
  expect(longTasks.filter((ms) => ms > budgetMs), `long tasks (ms): ${longTasks.join(', ')}`).toEqual([]);
});
