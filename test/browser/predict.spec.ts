/**
 * Prediction before observation (issue 8 item 3): the Outcome builds up as
 * the run plays and gives the verdict only at the end; "Predict first" hides
 * it, asks before playing, and shows the prediction beside what happened;
 * share links carry the switch. Motion is on, as in a classroom.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { outcome, timeline, stopDemo } from './helpers.ts';

const SHOTS = '/work/shots/predict';

async function openMoving(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  await page.goto('/');
  await expect(outcome(page)).toBeVisible();
  // The prerendered page shows the Outcome at once; the lab is ready when the first-visit demo plays.
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
}

/** Stops the first-visit demo (if it is playing) and goes to the start. */
async function pauseAtStart(page: Page): Promise<void> {
  await stopDemo(page);
  await page.getByRole('button', { name: 'Play' }).focus();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(timeline(page)).toHaveValue('0');
}

/** Nothing in the region is wider than it, and it ends inside the viewport. */
async function fits(region: Locator): Promise<boolean> {
  return region.evaluate((el) => {
    const right = el.getBoundingClientRect().right;
    return el.scrollWidth <= el.clientWidth && right <= document.documentElement.clientWidth && [...el.querySelectorAll('*')].every((c) => c.getBoundingClientRect().right <= right + 1);
  });
}

async function playToEnd(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fastest' });
  await page.getByRole('button', { name: 'Play' }).click();
  const slider = timeline(page);
  const last = await slider.getAttribute('max');
  await expect(slider).toHaveValue(last!, { timeout: 30_000 });
}

test('the Outcome says "so far" mid-run, no verdict the moment Drop is pressed, and the final verdict (with why) only at the end', async ({ page }) => {
  await openMoving(page);
  await pauseAtStart(page);
  const region = outcome(page);
  await expect(region).toContainText('So far, at step 0');
  await expect(region).toContainText('Delivered: 0');
  await expect(region).toContainText('Not decided yet: 3');
  await expect(region).not.toContainText('Final verdict');

  // Just before QUIT, the learner drops the connection: nothing is duplicated yet.
  await page.getByRole('button', { name: 'Go to just before QUIT' }).click();
  await page.getByRole('button', { name: 'Drop connection' }).click();
  await expect(region).toContainText('So far');
  await expect(region).toContainText('Duplicated: 0');

  // At the end: the final verdict, each duplicate with the reason it came twice, read from the trace.
  await page.getByRole('button', { name: 'Step forward' }).focus();
  await page.keyboard.press('End');
  await expect(region).toContainText('Final verdict');
  await expect(region).toContainText('Duplicated: 3');
  await expect(region).toContainText(/retrieved it again in session \d: session 1 ended without QUIT .*so its DELE marks were undone/);
  // The link to the cause goes to the step where the marks were undone.
  await region.getByRole('button', { name: /^marks undone at step \d+/ }).first().click();
  await expect(region).toContainText('So far');
  await expect(page.getByRole('region', { name: /Server maildrop/ }).getByRole('listitem').first()).toContainText('present');
});

test('Predict first: hidden, asked before playing, revealed at the end beside what happened, and restored from a share link', async ({ page, context }) => {
  // A whole run at the fastest speed, then a second page: longer than one default timeout on a shared machine.
  test.setTimeout(150_000);
  await openMoving(page);
  await pauseAtStart(page);
  const region = outcome(page);
  const predictSwitch = region.getByRole('switch', { name: 'Predict first' });
  await expect(predictSwitch).toHaveAttribute('aria-checked', 'false');
  await predictSwitch.click();
  await expect(predictSwitch).toHaveAttribute('aria-checked', 'true');

  // Hidden: no counts; the question instead.
  await expect(region).not.toContainText('Delivered:');
  const form = region.getByRole('form', { name: /Before you play/ });
  await expect(form).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/form-1280x800.png` });
  // Saving nothing says what to do.
  await form.getByRole('button', { name: 'Save my prediction' }).click();
  await expect(form.getByRole('alert')).toContainText('Choose at least one answer');
  await form.getByRole('group', { name: 'The whole run, in one choice' }).getByRole('radio', { name: 'Some messages duplicated' }).check();
  await form.getByRole('group', { name: 'Lunch on Friday?' }).getByRole('radio', { name: /Duplicated/ }).check();
  await form.getByRole('group', { name: 'Your parcel' }).getByRole('radio', { name: /Delivered once/ }).check();
  await form.getByRole('button', { name: 'Save my prediction' }).click();
  await expect(region).toContainText('Your prediction: Some messages duplicated; Lunch on Friday?: Duplicated; Your parcel: Delivered once.');

  // Playing: still hidden mid-run.
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(region).not.toContainText('Delivered:');
  await playToEnd(page);

  // The end: the verdict, and the prediction beside it, in words and symbols.
  await expect(region).toContainText('Final verdict');
  await expect(region).toContainText('Delivered: 3');
  const table = region.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Message', 'You predicted', 'What happened', 'Match']);
  const lunch = table.getByRole('row', { name: /Lunch on Friday\?/ });
  await expect(lunch).toContainText('Duplicated');
  await expect(lunch).toContainText('Delivered once');
  await expect(lunch).toContainText('✗ different');
  await expect(table.getByRole('row', { name: /Your parcel/ })).toContainText('✓ as predicted');
  await expect(table.getByRole('row', { name: /Minutes of the meeting/ })).toContainText('(no answer)');
  await expect(table.getByRole('row', { name: /The whole run/ })).toContainText('✗ different');
  await region.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/reveal-1280x800.png` });

  // Share: the link carries the switch, and a fresh page asks again with the Outcome hidden.
  await page.getByRole('button', { name: 'Tools' }).click();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect.poll(() => page.url()).toMatch(/#s=.+&step=\d+.*&predict=1$/);
  const link = page.url().replace(/&step=\d+/, '&step=0');
  const other = await context.newPage();
  await other.emulateMedia({ reducedMotion: 'no-preference' });
  await other.goto(link);
  const otherRegion = outcome(other);
  // The link opens once the library is in (open-link.ts): its run on screen ends the controls' wait.
  await expect(other.getByRole('button', { name: /^(Play|Pause)$/ })).not.toHaveAttribute('aria-disabled', 'true', { timeout: 20_000 });
  await expect(otherRegion.getByRole('switch', { name: 'Predict first' })).toHaveAttribute('aria-checked', 'true');
  await expect(otherRegion.getByRole('form', { name: /Before you play/ })).toBeVisible();
  await expect(otherRegion).not.toContainText('Delivered:');
  await expect(other.getByRole('alert')).toHaveCount(0);
  // Presenter mode (what the class sees) hides it the same way.
  await other.getByRole('button', { name: 'Tools' }).click();
  await other.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(other.locator('html')).toHaveAttribute('data-presenter', 'on');
  await expect(otherRegion.getByRole('switch', { name: 'Predict first' })).toHaveAttribute('aria-checked', 'true');
  await expect(otherRegion).not.toContainText('Delivered:');
  await other.screenshot({ path: `${SHOTS}/presenter-hidden-1280x800.png` });
  await other.getByRole('button', { name: 'Tools' }).click();
  await other.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(other.locator('html')).not.toHaveAttribute('data-presenter', 'on');
  // Turning it off shows the counts so far again.
  await otherRegion.getByRole('switch', { name: 'Predict first' }).click();
  await expect(otherRegion).toContainText('Delivered:');
});

test('Predict first on a phone: the form and the reveal fit at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMoving(page);
  await pauseAtStart(page);
  const region = outcome(page);
  await region.getByRole('switch', { name: 'Predict first' }).click();
  const form = region.getByRole('form', { name: /Before you play/ });
  await form.getByRole('group', { name: 'Lunch on Friday?' }).getByRole('radio', { name: /Lost/ }).check();
  await region.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/form-390x844.png`, fullPage: false });
  expect(await fits(region)).toBe(true);
  await form.getByRole('button', { name: 'Save my prediction' }).click();
  await playToEnd(page);
  await expect(region.getByRole('table')).toBeVisible();
  await expect(region.getByRole('row', { name: /Lunch on Friday\?/ })).toContainText('✗ different');
  await region.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/reveal-390x844.png`, fullPage: false });
  expect(await fits(region)).toBe(true);
});
