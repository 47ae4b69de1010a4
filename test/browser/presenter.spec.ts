/**
 * Presenter mode and the presenter notes window (src/ui/presenter/).
 * Needs PresenterControls mounted in App's header and NotesView mounted for
 * ?view=notes (see src/ui/presenter/README-mount.md).
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openStill, timeline } from './helpers.ts';

test('presenter mode: the toggle hides the chrome, clicker keys step once each, b blanks the screen', async ({ page }) => {
  await openStill(page);
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
  await expect(page.getByRole('combobox', { name: 'Protocol' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Outcome' })).toBeVisible();

  await expect(timeline(page)).toHaveValue('0');
  await page.keyboard.press('PageDown');
  await expect(timeline(page)).toHaveValue('1');
  await page.keyboard.press('PageDown');
  await expect(timeline(page)).toHaveValue('2');
  await page.keyboard.press('PageUp');
  await expect(timeline(page)).toHaveValue('1');
  // The lab's own arrow shortcut must not step a second time.
  await page.keyboard.press('ArrowRight');
  await expect(timeline(page)).toHaveValue('2');

  await page.keyboard.press('b');
  const resume = page.getByRole('button', { name: 'Show the lab' });
  await expect(resume).toBeVisible();
  await page.keyboard.press('b');
  await expect(resume).toBeHidden();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
  }

  await toggle.click();
  await expect(page.locator('html')).not.toHaveAttribute('data-presenter', 'on');
  await expect(page.getByRole('combobox', { name: 'Protocol' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(timeline(page)).toHaveValue('2');
});

test('presenter notes: a second window follows the lab, and its remote drives it', async ({ page, context }) => {
  await openStill(page);
  const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open presenter notes' }).click()]);
  await notes.waitForLoadState();
  expect(new URL(notes.url()).searchParams.get('view')).toBe('notes');
  await expect(notes.getByText(/^Step 0 of \d+$/)).toBeVisible();
  await expect(notes.getByRole('heading', { name: 'Next step' })).toBeVisible();

  await notes.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(timeline(page)).toHaveValue('1');
  await expect(notes.getByText(/^Step 1 of \d+$/)).toBeVisible();

  // The lab moves: the notes follow.
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(notes.getByText(/^Step 2 of \d+$/)).toBeVisible();
  await notes.getByRole('button', { name: 'Previous' }).click();
  await expect(timeline(page)).toHaveValue('1');

  // A clicker plugged into the presenter's laptop works in the notes window too.
  await notes.keyboard.press('PageDown');
  await expect(timeline(page)).toHaveValue('2');

  // Faults from the remote.
  await notes.getByRole('button', { name: 'Drop connection' }).click();
  await expect(page.getByText(/Faults you added/)).toBeVisible();

  // Jump to a step.
  await notes.getByRole('spinbutton', { name: 'Go to step' }).fill('5');
  await notes.getByRole('button', { name: 'Go' }).click();
  await expect(timeline(page)).toHaveValue('5');

  const results = await new AxeBuilder({ page: notes }).analyze();
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
});
