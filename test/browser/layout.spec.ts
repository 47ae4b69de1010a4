/**
 * The page layout (issue 8 items 7, 8 and 11; issue 10 item 6): the first
 * screen says what to do, the header's Tools menu, the `?` dialog, errors at
 * the top, and nothing jumping while a run plays.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openStill, openTools, timeline, stopDemo } from './helpers.ts';

const DEFAULT_TITLE = 'First session: download and delete';

test('first screen at 1280×800: a two-row header, then the scenario title, summary and "Start here" above the fold', async ({ page }) => {
  await openStill(page);
  await expect(page.getByRole('button', { name: 'Tools' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Server' })).toBeVisible();
  // Rows of the header: the distinct tops of its visible parts.
  const rows = await page.locator('header').evaluate((header) => {
    const tops = [...header.children]
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().height > 0)
      .map((el) => Math.round(el.getBoundingClientRect().top));
    return [...new Set(tops)].sort((a, b) => a - b);
  });
  const rowsDistinct = rows.filter((top, i) => i === 0 || top - rows[i - 1]! > 8);
  expect(rowsDistinct.length, `header rows at ${rows.join(', ')}`).toBeLessThanOrEqual(2);
  // The teacher's tools are not in the header until the menu opens.
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Compare side by side' })).toBeHidden();

  const title = page.getByRole('heading', { level: 2, name: DEFAULT_TITLE });
  await expect(title).toBeInViewport({ ratio: 1 });
  await expect(page.getByText(/^Alice's laptop logs in/)).toBeInViewport({ ratio: 1 });
  const start = page.getByText(/Start here: press Play/);
  await expect(start).toBeInViewport({ ratio: 1 });
  await expect(start).toContainText('Play');
  // What it points to is on the same screen: Play, the picture and the Outcome.
  await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('region', { name: 'Outcome' }).getByRole('heading', { name: 'Outcome' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('img').first()).toBeInViewport({ ratio: 0.5 });
});

test('the Tools menu works by keyboard: Enter opens it, Tab reaches every tool, Escape closes it and focus returns', async ({ page }) => {
  await openStill(page);
  const tools = page.getByRole('button', { name: 'Tools' });
  await tools.focus();
  await page.keyboard.press('Enter');
  await expect(tools).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Presenter mode', 'Open presenter notes', 'Compare side by side', 'Fault map', 'Export / import', 'Embed', 'Share', 'Dark theme', 'Keyboard shortcuts']) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name })).toBeFocused();
  }
  await page.keyboard.press('Escape');
  await expect(tools).toHaveAttribute('aria-expanded', 'false');
  await expect(tools).toBeFocused();
  await expect(page.getByRole('button', { name: 'Share' })).toBeHidden();

  // A click elsewhere closes it too.
  await tools.click();
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await page.getByRole('heading', { level: 2, name: DEFAULT_TITLE }).click();
  await expect(tools).toHaveAttribute('aria-expanded', 'false');

  // A dialog opened from it keeps it (Escape closes only the dialog) and gives focus back.
  await openTools(page);
  const compare = page.getByRole('button', { name: 'Compare side by side' });
  await compare.click();
  const dialog = page.getByRole('dialog', { name: 'Side by side' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Step both forward' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(compare).toBeFocused();
});

test('on a phone the Tools menu also holds the protocol and server menus, and fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openStill(page);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('combobox', { name: 'Protocol' })).toBeHidden();
  await openTools(page);
  for (const name of ['Protocol', 'Server']) await expect(page.getByRole('combobox', { name })).toBeInViewport({ ratio: 1 });
  for (const name of ['Presenter mode', 'Compare side by side', 'Fault map', 'Share', 'Keyboard shortcuts']) await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
  // The menus come first, above the tools (and so first in Tab order).
  const protocolTop = (await page.getByRole('combobox', { name: 'Server' }).boundingBox())!.y;
  expect(protocolTop).toBeLessThan((await page.getByRole('button', { name: 'Presenter mode' }).boundingBox())!.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
});

test('the tools are made when the learner reaches for the Tools menu, not at start-up (issue 12)', async ({ page }) => {
  await openStill(page);
  const toggle = page.getByRole('button', { name: 'Tools' });
  await expect(toggle).toBeVisible();
  // Presenter mode listens for a notes window from the start; the others wait.
  await expect(page.locator('.presenter-controls')).toHaveCount(1);
  for (const tool of ['.compare-launcher', '.fault-map-launcher', '.export-menu', '.tools-panel .language']) await expect(page.locator(tool)).toHaveCount(0);
  // A pointer over the button is enough: they are there, one per task, before the click.
  await toggle.hover();
  for (const tool of ['.compare-launcher', '.fault-map-launcher', '.export-menu', '.tools-panel .language']) await expect(page.locator(tool)).toHaveCount(1);
  await openTools(page);
  await expect(page.getByRole('button', { name: 'Compare side by side' })).toBeVisible();
});

test('the scenario menu\'s library loads when the learner reaches for it, not at start-up; until then the menu says more are coming (issue 12)', async ({ page }) => {
  // A page that is never quiet: the browser reports only short idle periods (as while a busy page
  // works), so only reaching loads the library within the test. (The demo alone does not ensure it:
  // between its steps the page can be idle; a quiet page gets the library by itself, the next test.)
  await page.addInitScript(() => {
    window.requestIdleCallback = (callback: IdleRequestCallback) => window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 5 }), 20);
  });
  await openStill(page);
  const menu = page.getByRole('combobox', { name: 'Scenario' });
  const loading = menu.getByRole('option', { name: 'Loading more scenarios…' });
  await expect(loading).toHaveCount(1);
  await expect(loading).toBeDisabled();
  await expect(menu.getByRole('option', { disabled: false })).toHaveCount(1);
  await page.waitForTimeout(1000);
  await expect(menu.getByRole('option', { disabled: false })).toHaveCount(1);
  // A pointer over the menu is enough: the library is there before the click.
  await menu.hover();
  await expect(loading).toHaveCount(0);
  expect(await menu.getByRole('option').count()).toBeGreaterThan(40);
  await menu.selectOption('f7-crash-before-durable-delete');
  await expect(page.getByRole('heading', { level: 2, name: /^F7/ })).toBeVisible();
});

test('with reduced motion the page is quiet soon after start-up, and the library arrives by itself (issue 12)', async ({ page }) => {
  await openStill(page);
  const menu = page.getByRole('combobox', { name: 'Scenario' });
  await expect(menu.getByRole('option', { name: 'Loading more scenarios…' })).toHaveCount(0, { timeout: 10_000 });
  expect(await menu.getByRole('option').count()).toBeGreaterThan(40);
});

test('the ? dialog lists every shortcut, presenter keys included (PageDown/PageUp, B)', async ({ page }) => {
  await openStill(page);
  await expect(page.getByRole('button', { name: 'Tools' })).toBeVisible();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const keys = await dialog.locator('kbd').allInnerTexts();
  for (const key of ['Space', 'Home / End', 'D', 'C', '?', 'Escape']) expect(keys).toContain(key);
  expect(keys.some((k) => /←/.test(k) && /→/.test(k))).toBe(true);
  expect(keys.some((k) => /PageDown/.test(k))).toBe(true);
  expect(keys.some((k) => /PageUp/.test(k))).toBe(true);
  expect(keys.some((k) => /^B\b/.test(k))).toBe(true);
  await expect(dialog.getByRole('heading', { name: /presenter mode/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }, { width: 390, height: 844 }]) {
  test(`a broken share link says so at the top, in view and focused, at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/#s=this-is-not-a-scenario');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This share link could not be opened');
    await expect(alert).toBeInViewport({ ratio: 1 });
    await expect(alert).toBeFocused();
    // It sits above the lab, right under the header.
    const alertBox = (await alert.boundingBox())!;
    const headerBox = (await page.locator('header').boundingBox())!;
    const titleBox = (await page.getByRole('heading', { level: 2, name: DEFAULT_TITLE }).boundingBox())!;
    expect(alertBox.y).toBeGreaterThanOrEqual(headerBox.y + headerBox.height - 1);
    expect(alertBox.y).toBeLessThan(titleBox.y);
    // The default scenario is there and works.
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(timeline(page)).toHaveValue('1');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
  });
}

/** Sum of every layout shift while the run plays (input-adjacent ones included), with what moved. */
async function playAndMeasureShifts(page: Page): Promise<{ total: number; worst: string[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __shifts: Array<{ value: number; what: string }> };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<{ value: number; sources: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> }>) {
        const what = e.sources
          .map((s) => {
            const el = s.node instanceof Element ? s.node : s.node?.parentElement;
            const name = el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : '?';
            return `${name} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`;
          })
          .join(' | ');
        w.__shifts.push({ value: e.value, what });
      }
    }).observe({ type: 'layout-shift' });
  });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const last = await timeline(page).getAttribute('max');
  await expect(timeline(page)).toHaveValue(last!, { timeout: 45_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // Let the last frame's shifts be reported.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  return page.evaluate(() => {
    const shifts = (window as unknown as { __shifts: Array<{ value: number; what: string }> }).__shifts;
    const worst = [...shifts].sort((a, b) => b.value - a.value).slice(0, 5).map((s) => `${s.value.toFixed(4)} ${s.what}`);
    return { total: shifts.reduce((sum, s) => sum + s.value, 0), worst };
  });
}

for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  test(`nothing jumps while a whole run plays at ${size.width}×${size.height} (cumulative layout shift < 0.01)`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    // Motion on, as in a classroom.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/');
    // The lazy parts are in (they arrive once, after the first paint; that is not a run).
    await expect(page.getByRole('button', { name: 'Tools' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sequence' }).or(page.getByRole('tab', { name: 'Sequence' })).first()).toBeVisible();
    // The first-visit demo: stop it, back to the start, fastest speed.
    await stopDemo(page);
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(timeline(page)).toHaveValue('0');
    const speed = page.getByRole('combobox', { name: 'Speed' });
    const fastest = await speed.locator('option').last().getAttribute('value');
    await speed.selectOption(fastest!);
    // The learner looks at the stage with Play in view: the first screen on a
    // laptop; on a phone, scrolled down to the stage.
    await page.evaluate(() => window.scrollTo(0, 0));
    if (size.width < 900) await page.getByRole('main').getByRole('img').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport();
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));

    const { total, worst } = await playAndMeasureShifts(page);
    expect(total, `layout shifts during the run:\n${worst.join('\n')}`).toBeLessThan(0.01);
  });
}
