/**
 * Side-by-side comparison (src/ui/compare/). Needs CompareLauncher mounted in
 * App's header.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openStill, openTools } from './helpers.ts';

test('RFC 1939 §6: side by side, a drop before QUIT duplicates with delete on download, not with leave on server', async ({ page }) => {
  await openStill(page);
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'F3: the connection is reset after every DELE, before QUIT' });
  await openTools(page);
  await page.getByRole('button', { name: 'Compare side by side' }).click();
  const dialog = page.getByRole('dialog', { name: 'Side by side' });
  await expect(dialog).toBeVisible();

  const slider = dialog.getByRole('slider', { name: 'Timeline' });
  await expect(slider).toHaveValue('0');
  const left = dialog.getByRole('region', { name: 'Delete on download' });
  const right = dialog.getByRole('region', { name: 'Leave on server' });
  // Point 0 is the start of simulated time on both sides (each at its last step of that moment).
  await expect(dialog.getByText(/^Timeline: Point 0 of \d+ · 0 s into the run$/)).toBeVisible();
  await expect(left).toContainText('· at 0 s');
  await expect(right).toContainText('· at 0 s');
  // No simulator jargon: the time is in seconds, never in ticks.
  await expect(dialog).not.toContainText(/\btick/);

  await dialog.getByRole('button', { name: 'Step both forward' }).click();
  await expect(slider).toHaveValue('1');
  await dialog.getByRole('button', { name: 'Step both forward' }).click();
  await expect(slider).toHaveValue('2');
  await dialog.getByRole('button', { name: 'Step both back' }).click();
  await expect(slider).toHaveValue('1');
  // The lab behind the dialog did not move with the dialog's keys.
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('2');
  await expect(page.getByRole('group', { name: 'Playback' }).getByRole('slider', { name: 'Timeline' })).toHaveValue('0');

  // Both sides reach their ends at the last point, each at its own step count.
  await dialog.getByRole('button', { name: 'Both to end' }).click();
  await expect(left).toContainText(/Step (\d+) of \1/);
  await expect(right).toContainText(/Step (\d+) of \1/);

  const verdicts = dialog.getByRole('region', { name: /Verdicts compared/ });
  await expect(verdicts).toContainText(/Message 1 \(.*\): duplicated \(Delete on download\) vs delivered \(Leave on server\)/);
  await expect(verdicts).toContainText('Differs');

  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);

  // The other pair: the server's personality.
  await dialog.getByRole('combobox', { name: 'Compare' }).selectOption('personality');
  await expect(slider).toHaveValue('0');
  await expect(dialog.getByRole('region', { name: 'RFC-conformant server' })).toBeVisible();
  await expect(verdicts).toContainText('(Expunge on DELE)');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('side by side on a phone (390×844): the sides stack and nothing is off-screen; the controls stay in reach', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openStill(page);
  await openTools(page);
  await page.getByRole('button', { name: 'Compare side by side' }).click();
  const dialog = page.getByRole('dialog', { name: 'Side by side' });
  await expect(dialog).toBeVisible();
  const stepForward = dialog.getByRole('button', { name: 'Step both forward' });
  const slider = dialog.getByRole('slider', { name: 'Timeline' });
  const left = dialog.getByRole('region', { name: 'Delete on download' });
  const right = dialog.getByRole('region', { name: 'Leave on server' });
  const verdicts = dialog.getByRole('region', { name: /Verdicts compared/ });
  await expect(right).toBeAttached();

  // Nothing is wider than the dialog, and the dialog is inside the screen.
  const widths = await dialog.evaluate((d) => ({ scroll: d.scrollWidth, client: d.clientWidth, right: d.getBoundingClientRect().right }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  expect(widths.right).toBeLessThanOrEqual(390);
  for (const part of [stepForward, slider, left, right, verdicts, dialog.getByRole('combobox', { name: 'Compare' })]) {
    await part.scrollIntoViewIfNeeded();
    const box = (await part.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  // Stacked: the right side is under the left one.
  const l = (await left.boundingBox())!;
  const r = (await right.boundingBox())!;
  expect(r.y).toBeGreaterThanOrEqual(l.y + l.height - 1);

  // Reading the second side, the buttons and the timeline are still on screen.
  await right.scrollIntoViewIfNeeded();
  await expect(stepForward).toBeInViewport({ ratio: 1 });
  await expect(slider).toBeInViewport();
  await stepForward.click();
  await expect(slider).toHaveValue('1');
  await expect(right).toContainText('Step ');

  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
});
