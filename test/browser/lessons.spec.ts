/**
 * Guided lessons in the browser. Needs the LessonPanel mounted in App.svelte
 * (see src/ui/lessons/README-mount.md): until then these tests fail at
 * "open the Lessons panel".
 */
import { test, expect, type Page } from '@playwright/test';
import { counts, openStill } from './helpers.ts';

const PROGRESS_KEY = 'pop-lab.lesson-progress';

/** Opens the Lessons panel: a tab or a button named "Lessons" if the app hides it, else the panel is already visible. */
async function openLessons(page: Page): Promise<void> {
  const opener = page.getByRole('tab', { name: 'Lessons' }).or(page.getByRole('button', { name: 'Lessons', exact: true }));
  if (await opener.count()) await opener.first().click();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
}

test('lesson 3: pause before QUIT, predict, drop the connection, and reach the goal (RFC 1939 §6)', async ({ page }) => {
  await openStill(page);
  await openLessons(page);
  await page.getByRole('button', { name: /A drop before QUIT/ }).click();
  await expect(page.getByRole('heading', { name: 'A drop before QUIT: duplicates, not loss' })).toBeVisible();

  // Play: the checkpoint pauses the run just before the laptop sends QUIT.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Predict' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await dialog.getByRole('radio', { name: /downloaded again on the next poll/ }).check();
  await dialog.getByRole('button', { name: 'Check answer' }).click();
  await expect(dialog).toContainText('Correct.');
  await expect(dialog).toContainText('RFC 1939 §6');
  await dialog.getByRole('button', { name: 'Continue' }).click();

  // The solution: drop the connection here, then play to the end.
  await page.getByRole('button', { name: 'Drop connection', exact: true }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByText('Goal reached', { exact: true })).toBeVisible({ timeout: 60_000 });
  const c = await counts(page);
  expect(c.lost).toBe(0);
  expect(c.duplicated).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: 'Goal reached: you completed' })).toHaveCount(1);

  // Progress survives a reload.
  await page.reload();
  await openLessons(page);
  await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible();
});

test('corrupt stored progress: a recovery message, and the app still works', async ({ page }) => {
  await openStill(page);
  await page.evaluate(([key]) => {
    localStorage.setItem(key!, '{"version":1, this is not JSON');
    localStorage.setItem('unrelated-key', 'still here');
  }, [PROGRESS_KEY]);
  await page.reload();
  await openLessons(page);
  await expect(page.getByText(/saved lesson progress could not be read/)).toBeVisible();
  // Other keys are untouched.
  expect(await page.evaluate(() => localStorage.getItem('unrelated-key'))).toBe('still here');
  // The app and the lessons still work.
  await page.getByRole('button', { name: /Leave on server with UIDL/ }).click();
  await expect(page.getByRole('heading', { name: 'Leave on server with UIDL' })).toBeVisible();
  await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('Delivered:');
});
