/**
 * Offline (issue 5 item 7): after the first visit, the Workbox service worker
 * (vite-plugin-pwa; the app registers it, src/ui/offline.ts) has precached the app and every lazy
 * chunk, so the lab reloads and works with no network at all.
 */
import { expect, test } from '@playwright/test';
import { openTools, outcome } from './helpers.ts';
import { layoutStrings } from '../../src/ui/layout/strings.ts';

const SHORTCUTS = layoutStrings.shortcutsButton;

test('after the first visit the app reloads and works offline, lazy parts included', async ({ page, context }) => {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // The service worker is installed and active (precaching done) ...
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // ... and controls the page (the first visit is not controlled until a reload or clients.claim()).
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }

  await context.setOffline(true);
  await page.reload();
  // The prerendered Play shows at once; the app has taken it over (from the precache) when it is no longer waiting.
  await expect(page.getByRole('button', { name: 'Play' })).not.toHaveAttribute('aria-disabled', 'true');
  // Served by the service worker: the reloaded page is controlled by it.
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(outcome(page)).toContainText('Delivered:');
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('First session: download and delete');

  // Play works offline: the run moves and reaches its outcome.
  const before = Number(await page.getByRole('slider', { name: 'Timeline' }).inputValue());
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number(await page.getByRole('slider', { name: 'Timeline' }).inputValue())).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Pause' }).click();

  // Lazy chunks come from the precache: the terminal panel and the shortcuts dialog.
  const log = page.getByRole('log', { name: 'Terminal transcript' });
  await page.getByRole('region', { name: 'Terminal' }).scrollIntoViewIfNeeded();
  await expect(log).toContainText(/\+OK POP3 server ready <[^>]+>/);
  await openTools(page);
  await page.getByRole('button', { name: SHORTCUTS }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();

  // The export menu (and the scenario parser behind import) also come from the precache.
  await page.keyboard.press('Escape');
  await openTools(page);
  await page.getByRole('button', { name: 'Export / import' }).click();
  await expect(page.getByRole('button', { name: 'Export transcript' })).toBeVisible();

  // Truly offline: the network itself is refused.
  const reachable = await page.evaluate(async () => {
    try {
      await fetch(`/no-such-file-${Date.now()}.txt`, { cache: 'no-store' });
      return true;
    } catch {
      return false;
    }
  });
  expect(reachable).toBe(false);
  await context.setOffline(false);
});
