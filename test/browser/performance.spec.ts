import { test, expect } from '@playwright/test';
import { parseScenario } from '../../src/scenarios/format.ts';
import { builtinScenario } from '../../src/scenarios/library/index.ts';
import { encodeScenario } from '../../src/scenarios/url-codec.ts';
import { counts, timeline, outcome } from './helpers.ts';

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

// The playback budget (design.md: no main-thread task over 50 ms, 60 fps)
// is held by `npm run bench` (bench/browser.ts), not asserted here: timing
// assertions are flaky on a shared machine. This test checks what does not
// depend on the machine: a 500-message maildrop loads from a link, plays to
// the end at the fastest speed, and the long tasks seen are reported.
test('a 500-message maildrop plays to the end at the fastest speed (long tasks reported, budget held by npm run bench)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(bigLink());
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('big-500', { timeout: 15_000 });
  // At the start nothing is decided yet; the verdict comes at the end.
  await expect(outcome(page)).toContainText('Not decided yet: 500', { timeout: 15_000 });
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  // Octets: every event is a step, the heaviest playback there is.
  await page.getByRole('combobox', { name: 'Detail' }).selectOption('octets');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fastest' });
  await page.getByRole('button', { name: 'Play' }).click();
  const last = Number(await timeline(page).getAttribute('max'));
  expect(last).toBeGreaterThan(5000);
  await expect.poll(async () => Number(await timeline(page).inputValue()), { timeout: 45_000, intervals: [250] }).toBe(last);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect.poll(() => counts(page)).toEqual({ delivered: 500, duplicated: 0, lost: 0, gap: 0 });
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  test.info().annotations.push({ type: 'long tasks (ms)', description: longTasks.map((ms) => ms.toFixed(0)).join(', ') || 'none' });
});
