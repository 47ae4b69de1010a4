/**
 * The fault map (issue 13): the "Fault map" button opens it, the cells are
 * reachable by keyboard, selecting one opens that run at that step, and the
 * dialog is axe-clean. Screenshots go to /work/shots/faultmap when SHOTS is set.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openTools, counts, toEnd } from './helpers.ts';

async function openLab(page: Page, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme });
  await page.goto('/');
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).toBeEnabled();
}

async function openMap(page: Page) {
  await openTools(page);
  await page.getByRole('button', { name: 'Fault map' }).click();
  const dialog = page.getByRole('dialog', { name: /^Fault map/ });
  await expect(dialog).toBeVisible();
  // Filled progressively by the worker; done when it says so.
  await expect(dialog.getByRole('status').last()).toHaveText(/All \d+ cells computed/, { timeout: 30_000 });
  return dialog;
}

test('the Fault map button opens the map; a cell reached by keyboard opens its fork at that step', async ({ page }) => {
  await openLab(page);
  const dialog = await openMap(page);
  const grid = dialog.getByRole('table', { name: 'Fault map, Delete on download' });
  await expect(grid).toBeVisible();
  await expect(dialog.getByText(/^No loss at any of the 34 steps/)).toBeVisible();
  // One tab stop for the grid: the first cell; arrows move from there.
  const first = grid.getByRole('button', { name: /^Step 1 of 34, greeting, Connection reset, Delete on download/ });
  await first.focus();
  await expect(first).toBeFocused();
  for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const cell = grid.getByRole('button', { name: 'Step 14 of 34, RETR 2, Connection goes silent, Delete on download: 1 duplicated' });
  await expect(cell).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Step 14 of \d+:/).first()).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Delete on download' })).toBeChecked();
  await toEnd(page);
  expect(await counts(page)).toMatchObject({ duplicated: 1, lost: 0 });
});

test('the map in a share link, the diff view and axe', async ({ page }) => {
  await openLab(page);
  const dialog = await openMap(page);
  let results = await new AxeBuilder({ page }).analyze();
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
  await dialog.getByRole('radio', { name: 'Only what differs' }).check();
  await expect(dialog.getByRole('heading', { name: 'Where the two modes differ' })).toBeVisible();
  await expect(dialog.getByText(/steps only in Delete on download/)).toBeVisible();
  results = await new AxeBuilder({ page }).analyze();
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
  // Download SVG.
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(download.suggestedFilename()).toMatch(/fault-map\.svg$/);
  // "Share this map" makes a link that opens with the map shown.
  await dialog.getByRole('button', { name: 'Share this map' }).click();
  await expect(dialog.getByText(/^Link (copied|in the address bar)/)).toBeVisible();
  const hash = await page.evaluate(() => location.hash);
  expect(hash).toMatch(/&view=faultmap/);
  const page2 = await page.context().newPage();
  await page2.emulateMedia({ reducedMotion: 'no-preference' });
  await page2.goto(`/${hash}`);
  await expect(page2.getByRole('dialog', { name: /^Fault map/ })).toBeVisible();
  await expect(page2.getByRole('dialog', { name: /^Fault map/ }).getByRole('status').last()).toHaveText(/All \d+ cells computed/, { timeout: 30_000 });
});

test('the sequence diagram marks the danger zones once the map is known', async ({ page }) => {
  await openLab(page);
  const dialog = await openMap(page);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('slider', { name: 'Timeline' }).fill('15');
  await expect(page.getByRole('list', { name: 'Sequence' }).getByRole('button', { name: /a fault here can duplicate mail/ }).first()).toBeVisible();
});

const shots = process.env.SHOTS;
for (const scheme of ['light', 'dark'] as const) {
  for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }, { width: 390, height: 844 }]) {
    test(`screenshot ${size.width}x${size.height} ${scheme}`, async ({ page }) => {
      test.skip(!shots, 'SHOTS not set');
      await page.setViewportSize(size);
      await openLab(page, scheme);
      await openMap(page);
      await page.screenshot({ path: `${shots}/faultmap-${size.width}x${size.height}-${scheme}.png` });
    });
  }
}

test('<pop-lab view="faultmap"> shows the map in the embed; a cell opens its run there, and back', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.route('**/host-faultmap.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><script type="module" src="/embed/pop-lab.js"></script></head><body><main><pop-lab id="lab" scenario="first-session" view="faultmap"></pop-lab></main></body></html>',
    }),
  );
  await page.goto('/host-faultmap.html');
  const lab = page.locator('#lab');
  await expect(lab.getByRole('status').filter({ hasText: /cells computed/ })).toHaveText(/All 372 cells computed/, { timeout: 30_000 });
  const cell = lab.getByRole('button', { name: 'Step 22 of 34, QUIT, Device loses power, Delete on download: no harm' });
  await cell.click();
  await expect(lab.getByRole('region', { name: 'Outcome' })).toBeVisible();
  await expect(lab.getByText(/^Step 22 of \d+/).first()).toBeVisible();
  await lab.getByRole('button', { name: 'Back to the fault map' }).click();
  await expect(lab.getByRole('table', { name: 'Fault map, Leave on server' })).toBeVisible();
  const results = await new AxeBuilder({ page }).include('#lab').analyze();
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
});

test('embed.html?view=faultmap shows the map too', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/embed.html?scenario=first-session&view=faultmap');
  await expect(page.getByRole('table', { name: 'Fault map, Delete on download' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /cells computed/ })).toHaveText(/All 372 cells computed/, { timeout: 30_000 });
});

test('presenter mode: the map opens large from the Tools menu and stays axe-clean', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openLab(page);
  await openTools(page);
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
  const dialog = await openMap(page);
  // The root font grows in presenter mode (presenter.css); the map is sized in rem, so its cells grow with it.
  const cellPx = await dialog.getByRole('button', { name: /^Step 1 of 34, greeting, Connection reset/ }).evaluate((el) => el.getBoundingClientRect().height);
  expect(cellPx).toBeGreaterThanOrEqual(40);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
  if (shots) await page.screenshot({ path: `${shots}/faultmap-presenter-1920x1080.png` });
});
