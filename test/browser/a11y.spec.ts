import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { counts, cursor, openStill, openTools, tabTo, timeline } from './helpers.ts';

for (const scheme of ['light', 'dark'] as const) {
  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`axe: no violations, ${scheme} theme, ${size.width}px, mid-session and after a fault`, async ({ page }) => {
      await page.setViewportSize(size);
      await openStill(page, scheme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      // Mid-session: halfway along the timeline (its steps follow the Detail).
      await timeline(page).fill(String(Math.floor(Number(await timeline(page).getAttribute('max')) / 2)));
      let results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
      await page.getByRole('button', { name: 'Crash client' }).click();
      await page.keyboard.press('End');
      results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
    });
  }
}

test('theme toggle switches between light and dark', async ({ page }) => {
  await openStill(page, 'light');
  await openTools(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openTools(page);
  await page.getByRole('button', { name: 'Light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the whole flow by keyboard only', async ({ page }) => {
  await openStill(page);
  // Shortcuts overlay: ? opens a dialog, Escape closes it.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Retention by keyboard: Tab into the radio group, arrow to "Leave on server", and back.
  const deleteRadio = page.getByRole('radio', { name: 'Delete on download' });
  await tabTo(page, deleteRadio);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Leave on server' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(deleteRadio).toBeChecked();

  // Stepping: → forward, ← back, End, Home (from any button; radios keep their arrows).
  await tabTo(page, page.getByRole('button', { name: 'Play' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(timeline(page)).toHaveValue('3');
  await page.keyboard.press('ArrowLeft');
  await expect(timeline(page)).toHaveValue('2');
  await page.keyboard.press('End');
  const last = Number(await timeline(page).getAttribute('max'));
  expect(await cursor(page)).toBe(last);
  await page.keyboard.press('Home');
  await expect(timeline(page)).toHaveValue('0');

  // Space plays and pauses.
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  // Go to just before QUIT with the invitation's link (Tab + Enter), then D drops the connection.
  const jump = page.getByRole('button', { name: 'Go to just before QUIT' });
  await tabTo(page, jump);
  await page.keyboard.press('Enter');
  const before = await cursor(page);
  await page.keyboard.press('d');
  await expect(timeline(page)).toHaveValue(String(before));
  // End gives the final verdict.
  await page.keyboard.press('End');
  const end = await cursor(page);
  await expect.poll(() => counts(page)).toEqual({ delivered: 0, duplicated: 3, lost: 0, gap: 0 });

  // The outcome's step button is reachable and selects that step.
  const stepButton = page.getByRole('region', { name: 'Outcome' }).getByRole('button', { name: /^at step/ }).first();
  await tabTo(page, stepButton);
  await page.keyboard.press('Enter');
  await expect(timeline(page)).not.toHaveValue(String(end));

  // The timeline slider scrubs with arrow keys when focused.
  await tabTo(page, timeline(page), { backwards: true });
  await page.keyboard.press('Home');
  await expect(timeline(page)).toHaveValue('0');
  await page.keyboard.press('ArrowRight');
  await expect(timeline(page)).toHaveValue('1');

  // Reset by keyboard clears the fault.
  await tabTo(page, page.getByRole('button', { name: 'Reset' }), { backwards: true });
  await page.keyboard.press('Enter');
  // Back at step 0, where nothing is decided yet, and with no fault the final verdict is clean.
  await expect.poll(() => counts(page)).toEqual({ delivered: 0, duplicated: 0, lost: 0, gap: 0 });
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('Not decided yet: 3');

  // The fault menu of a diagram step works with the keyboard (Enter opens, arrows move, Escape closes).
  const menuButton = page.getByRole('button', { name: /^Add a fault at step/ }).first();
  await tabTo(page, menuButton);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Connection goes silent' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Connection reset' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(menuButton).toBeFocused();
});
