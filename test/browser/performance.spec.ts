import { test, expect } from '@playwright/test';
import { parseScenario } from '../../src/scenarios/format.ts';
import { builtinScenario } from '../../src/scenarios/library/index.ts';
import { encodeScenario } from '../../src/scenarios/url-codec.ts';
import { counts, timeline } from './helpers.ts';

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
  // Warm the seek snapshots once (a one-time cost when a run is made), then watch playback only.
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
  expect(reached).toBeGreaterThan(200);
  await page.getByRole('button', { name: 'Pause' }).click();
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  expect(longTasks, `long tasks (ms): ${longTasks.join(', ')}`).toEqual([]);
});
