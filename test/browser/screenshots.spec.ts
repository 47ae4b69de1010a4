import { test, expect } from '@playwright/test';
import { openStill, toEnd } from './helpers.ts';

const sizes = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'tablet', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const size of sizes) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshot ${size.name} ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openStill(page, scheme);
      // A meaningful moment: mid-transfer of a message.
      const slider = page.getByRole('slider', { name: 'Timeline' });
      const last = Number(await slider.getAttribute('max'));
      await slider.fill(String(Math.floor(last * 0.45)));
      await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('Delivered:');
      await slider.blur();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `test-results/screenshots/${size.name}-${scheme}.png`, fullPage: false });
      await page.screenshot({ path: `test-results/screenshots/${size.name}-${scheme}-full.png`, fullPage: true });
    });
  }
}

for (const fault of ['Drop connection', 'Crash client'] as const) {
  test(`screenshot laptop light after ${fault}`, async ({ page }) => {
    await openStill(page, 'light');
    await page.getByRole('button', { name: 'Go to just before QUIT' }).click();
    await page.getByRole('button', { name: fault }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('Delivered:');
    const name = fault === 'Drop connection' ? 'drop' : 'crash';
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/screenshots/laptop-light-${name}.png` });
  });
}

test('screenshot laptop light: two devices (F10 gap)', async ({ page }) => {
  await openStill(page, 'light');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('f10-two-devices-delete');
  await toEnd(page);
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('Gap: 3');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screenshots/laptop-light-two-devices.png' });
});

test('phone: selecting an arrow in the sequence opens the explanation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openStill(page, 'light');
  await page.getByRole('tab', { name: 'Sequence' }).click();
  await page.getByRole('list', { name: 'Sequence' }).getByRole('button', { name: /C: USER alice$/ }).click();
  await expect(page.getByRole('tab', { name: 'Explain' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Exact octets')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/phone-light-explain.png', fullPage: true });
});

test('screenshot laptop dark: F7, copies in memory when the client crashes', async ({ page }) => {
  await openStill(page, 'dark');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('f7-crash-before-durable-delete');
  await toEnd(page);
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('Lost: 3');
  // The step where the first copy was lost, then a few steps before it.
  await page.getByRole('region', { name: 'Outcome' }).getByRole('button', { name: /^at step/ }).first().click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step back' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screenshots/laptop-dark-f7-before-crash.png' });
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screenshots/laptop-dark-f7-after-crash.png' });
});
