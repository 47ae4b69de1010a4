/**
 * Guided lessons in the browser, with the LessonPanel as App.svelte mounts it
 * (see src/ui/lessons/README-mount.md). Runs are played at the fastest speed
 * (chosen in the Speed menu, as a learner can); waits are generous because
 * the test machine is shared.
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

  // The fastest speed, as a learner in a hurry would pick it (the app starts at Gentle).
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fastest' });
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('4');

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
  await expect(dialog).toHaveCount(0);

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

test('lesson 1: a first POP3 session typed in the terminal reaches the goal; DELE only marks (RFC 1939 §6)', async ({ page }) => {
  await openStill(page);
  await openLessons(page);
  await page.getByRole('button', { name: /Your first POP3 session/ }).click();
  await expect(page.getByRole('heading', { name: 'Your first POP3 session, typed by hand' })).toBeVisible();

  // The lesson opens the terminal on its own maildrop; RFC 1939 §4: the greeting arrives on connect.
  const log = page.getByRole('log', { name: 'Terminal transcript' });
  await expect(log).toContainText(/\+OK POP3 server ready <[^>]+>/, { timeout: 30_000 });
  const box = page.getByRole('textbox', { name: 'POP command' });
  const type = async (line: string) => {
    await box.fill(line);
    await box.press('Enter');
    await expect(box).toHaveValue('');
  };
  await type('USER alice');
  await type('PASS tanstaaf');
  await type('STAT');
  await type('LIST');
  await type('RETR 1');
  await expect(page.getByText('Goal reached', { exact: true })).toHaveCount(0);
  await type('DELE 1');

  // The checkpoint asks where message 1 is now: marked, still on the server (RFC 1939 §5, §6).
  const dialog = page.getByRole('dialog', { name: 'Predict' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: /Still on the server, marked/ }).check();
  await dialog.getByRole('button', { name: 'Check answer' }).click();
  await expect(dialog).toContainText('Correct.');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Goal reached', { exact: true })).toHaveCount(0);

  // QUIT from TRANSACTION: UPDATE removes the marked message, and the goal is reached.
  await type('QUIT');
  await expect(log).toContainText('Connection closed');
  await expect(page.getByText('Goal reached', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Goal reached: you completed' })).toHaveCount(1);
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
