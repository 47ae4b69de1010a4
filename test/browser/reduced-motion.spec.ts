/**
 * The smaller set with reduced motion: nothing plays by itself, steps jump
 * instead of travelling, and the run still ends where it ends.
 */
import { test, expect } from '@playwright/test';
import { counts, openStill, timeline } from './helpers.ts';

test('reduced motion: nothing plays by itself, and the first step is the start', async ({ page }) => {
  await openStill(page);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(timeline(page)).toHaveValue('0');
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
});

test('reduced motion: Play at the fastest speed reaches the end, stops there and stays', async ({ page }) => {
  await openStill(page);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fastest' });
  await page.getByRole('button', { name: 'Play' }).click();
  const max = (await timeline(page).getAttribute('max'))!;
  await expect(timeline(page)).toHaveValue(max, { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(timeline(page)).toHaveValue(max);
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('4');
});

test('reduced motion: Play moves a whole step at a time at the default speed (no travelling in between)', async ({ page }) => {
  await openStill(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(timeline(page)).toHaveAttribute('aria-valuetext', /^Step 1 of \d+: S: \+OK POP3 server ready/);
  await expect(timeline(page)).toHaveAttribute('aria-valuetext', /^Step 2 of \d+: C: USER alice$/, { timeout: 10_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('reduced motion: End holds, and the Outcome is the whole run', async ({ page }) => {
  await openStill(page);
  await page.keyboard.press('End');
  const max = (await timeline(page).getAttribute('max'))!;
  await expect(timeline(page)).toHaveValue(max);
  await page.waitForTimeout(1000);
  await expect(timeline(page)).toHaveValue(max);
  expect(await counts(page)).toEqual({ delivered: 3, duplicated: 0, lost: 0, gap: 0 });
});
