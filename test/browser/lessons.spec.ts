/**
 * Guided lessons in the browser, with the LessonPanel as App.svelte mounts it
 *. Motion is ON (the default a learner
 * has); runs are played at the fastest speed (chosen in the Speed menu, as a
 * learner can); waits are generous because the test machine is shared.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { counts } from './helpers.ts';
import { lessonById } from '../../src/scenarios/lessons/index.ts';

const PROGRESS_KEY = 'pop-lab.lesson-progress';

// Whole lessons played through on a shared machine: more than the default minute.
test.describe.configure({ timeout: 180_000 });

/** Opens the app with motion on, as most learners have it. */
async function open(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  await page.goto('/');
  // The prerendered Play shows at once; the lab is ready (its panels too) when it is enabled.
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ }).first()).toBeEnabled();
}

/** Opens the Lessons panel: a tab or a button named "Lessons" if the app hides it, else the panel is already visible. */
async function openLessons(page: Page): Promise<void> {
  const opener = page.getByRole('tab', { name: 'Lessons' }).or(page.getByRole('button', { name: 'Lessons', exact: true }));
  if (await opener.count()) await opener.first().click();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
}

async function fastest(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fastest' });
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('4');
}

test('lesson 3: predict before QUIT, drop the connection, predict the second poll, reach the goal (RFC 1939 §6)', async ({ page }) => {
  await open(page);
  await openLessons(page);
  await page.getByRole('button', { name: /A connection that drops before QUIT/ }).click();
  // Opening a lesson does not jump the page elsewhere (classroom review 16): the lesson is where the learner clicked.
  await expect(page.getByRole('heading', { name: 'A connection that drops before QUIT', exact: true })).toBeInViewport();
  await fastest(page);

  // Play: the first checkpoint pauses the run just before the laptop sends QUIT.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Predict' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // The lesson's own text does not give the answer away (review C1).
  await expect(page.getByRole('article')).not.toContainText('duplicate');
  await dialog.getByRole('radio', { name: /its mark is forgotten/ }).check();
  await dialog.getByRole('button', { name: 'Check answer' }).click();
  await expect(dialog).toContainText('Correct.');
  await expect(dialog).toContainText('RFC 1939 §6');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog).toHaveCount(0);

  // The solution: drop the connection here, then play on; the second prediction comes at the second poll.
  await page.getByRole('button', { name: 'Drop connection', exact: true }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole('radio', { name: /Duplicated: 3, lost: 0/ }).check();
  await dialog.getByRole('button', { name: 'Check answer' }).click();
  await expect(dialog).toContainText('Correct.');
  await dialog.getByRole('button', { name: 'Continue' }).click();
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

test('lesson 1: both predictions come before "Completed"; the session typed in the terminal reaches the goal (RFC 1939 §6)', async ({ page }) => {
  await open(page);
  await openLessons(page);
  await page.getByRole('button', { name: /Your first POP3 session/ }).click();
  await expect(page.getByRole('heading', { name: 'Your first POP3 session, typed by hand', exact: true })).toBeVisible();

  // The lesson opens the terminal on its own maildrop; RFC 1939 §4: the greeting arrives on connect.
  const log = page.getByRole('log', { name: 'Terminal transcript' });
  await expect(log).toContainText(/\+OK POP3 server ready <[^>]+>/, { timeout: 30_000 });
  const box = page.getByRole('textbox', { name: 'POP command' });
  const type = async (line: string) => {
    await box.fill(line);
    await box.press('Enter');
    await expect(box).toHaveValue('');
  };
  for (const line of ['USER alice', 'PASS tanstaaf', 'STAT', 'LIST', 'RETR 1']) await type(line);
  await type('DELE 1');

  // The first checkpoint asks where message 1 is now: marked, still on the server (RFC 1939 §5, §6).
  const dialog = page.getByRole('dialog', { name: 'Predict' });
  await expect(dialog).toBeVisible();
  await expect(page.getByText('Completed', { exact: true })).toHaveCount(0);
  await dialog.getByRole('radio', { name: /Still on the server, marked/ }).check();
  await dialog.getByRole('button', { name: 'Check answer' }).click();
  await expect(dialog).toContainText('Correct.');
  await dialog.getByRole('button', { name: 'Continue' }).click();

  // The second asks, before QUIT, what the ledger will say about a message nobody saved.
  await expect(dialog).toContainText('saved it nowhere');
  await dialog.getByRole('radio', { name: /Lost: no complete copy/ }).check();
  await dialog.getByRole('button', { name: 'Check answer' }).click();
  await expect(dialog).toContainText('Correct.');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Goal reached', { exact: true })).toHaveCount(0);

  // QUIT from TRANSACTION: UPDATE removes the marked message, and only now is the lesson completed.
  await type('QUIT');
  await expect(log).toContainText('Connection closed');
  await expect(page.getByText('Goal reached', { exact: true })).toBeVisible();
  await expect(page.getByText('Completed', { exact: true })).toBeVisible();
});

test('myths: a claim is predicted, then watched on the stage, and only then judged', async ({ page }) => {
  await open(page);
  await openLessons(page);
  await page.getByRole('button', { name: /Myths vs facts/ }).click();
  await fastest(page);
  const claim = page.getByRole('listitem').filter({ hasText: 'POP removes messages from the server after download' });
  // No verdict before the prediction (review C4).
  await expect(claim).not.toContainText('the claim is');
  await expect(claim.getByRole('button', { name: 'Watch on the stage' })).toHaveCount(0);
  await claim.getByRole('radio', { name: 'Wrong' }).check();
  await claim.getByRole('button', { name: 'Predict' }).click();

  // Watch: the demonstration is loaded on the main stage, and the learner plays it there.
  await claim.getByRole('button', { name: 'Watch on the stage' }).click();
  await expect(claim).toContainText('press Play');
  await expect(claim).not.toContainText('the claim is');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(claim).toContainText('You predicted it: the claim is wrong.', { timeout: 60_000 });
  await expect(claim).toContainText('A POP2 client keeps every message on the server with ACKS.');
  await expect(claim).toContainText('EXPIRE 0');
  // The stage shows what was watched: the POP2 session kept every message (nothing removed).
  const c = await counts(page);
  expect(c.lost).toBe(0);
});

test('glossary: a term explains itself on focus and hover, Escape closes it, and the panel stays axe-clean', async ({ page }) => {
  await open(page);
  await openLessons(page);
  await page.getByRole('button', { name: /Two devices, one maildrop/ }).click();
  const article = page.getByRole('article');
  const term = article.getByRole('button', { name: 'maildrop', exact: true }).first();
  await expect(term).toBeVisible();
  const tip = page.getByRole('tooltip').filter({ hasText: 'The mail waiting for one user on the server' });
  await expect(tip).toBeHidden();

  // Keyboard: focus shows the definition, which is also the button's description.
  await term.focus();
  await expect(tip).toBeVisible();
  await expect(term).toHaveAccessibleDescription(/maildrop: The mail waiting for one user on the server/);
  const results = await new AxeBuilder({ page }).include('#panel-lessons').analyze();
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  // Pointer: hovering shows it too.
  await page.mouse.move(0, 0);
  await term.blur();
  await term.hover();
  await expect(tip).toBeVisible();
});

test('corrupt stored progress: a recovery message, and the app still works', async ({ page }) => {
  await open(page);
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
  await expect(page.getByRole('heading', { name: 'Leave on server with UIDL', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('Delivered:');
});

for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`screenshot: a lesson with a prediction open, ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await open(page);
    await openLessons(page);
    await page.getByRole('button', { name: /A connection that drops before QUIT/ }).click();
    await fastest(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Predict' });
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'A connection that drops before QUIT', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/work/shots/lessons/lesson-predict-${size.width}x${size.height}.png`, fullPage: false });
    let results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);

    // A glossary term open, in another lesson.
    await dialog.getByRole('radio').first().check();
    await dialog.getByRole('button', { name: 'Check answer' }).click();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await page.getByRole('button', { name: /Two devices, one maildrop/ }).click();
    const term = page.getByRole('article').getByRole('button', { name: 'maildrop', exact: true }).first();
    await term.scrollIntoViewIfNeeded();
    await term.focus();
    await expect(page.getByRole('tooltip').filter({ hasText: 'The mail waiting' })).toBeVisible();
    await page.screenshot({ path: `/work/shots/lessons/lesson-term-${size.width}x${size.height}.png`, fullPage: false });
    results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
  });
}

test('real clients\' defaults: a client setting tried with one button changes the run on the stage (RFC 1939 §7)', async ({ page }) => {
  await open(page);
  await openLessons(page);
  await page.getByRole('button', { name: /What real mail clients do by default/ }).click();
  await fastest(page);
  const thirty = page.getByRole('button', { name: 'Laptop: delete from the server after 30 days' });
  await thirty.click();
  await expect(thirty).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'On the stage: Laptop: delete from the server after 30 days' })).toBeVisible();
  // Two predictions on the way (day 15, day 20), then the goal.
  const dialog = page.getByRole('dialog', { name: 'Predict' });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  for (let i = 0; i < 2; i++) {
    await expect(dialog).toBeVisible({ timeout: 60_000 });
    await dialog.getByRole('radio').first().check();
    await dialog.getByRole('button', { name: 'Check answer' }).click();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect(dialog).toHaveCount(0);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
  }
  await expect(page.getByText('Goal reached', { exact: true })).toBeVisible({ timeout: 60_000 });
  const c = await counts(page);
  expect(c.gap).toBe(0);
});

test('a lesson heads the stage with its title, not the scenario\'s title and summary, which may answer its questions (review C1)', async ({ page }) => {
  // Lesson 7 starts from a built-in scenario whose summary says what its first question asks.
  const lesson = lessonById('client-without-uidl')!;
  const scenarioSummary = 'every poll downloads everything again';
  await open(page);
  await openLessons(page);
  await page.getByRole('button', { name: lesson.title }).first().click();
  const intro = page.getByRole('region', { name: `Lesson: ${lesson.title}` });
  await expect(intro).toBeVisible();
  const shown = (await intro.innerText()).toLowerCase();
  expect(shown).not.toContain(scenarioSummary);
  for (const cp of lesson.checkpoints) for (const s of cp.spoilers) expect(shown, `${cp.id}: "${s}"`).not.toContain(s.toLowerCase());
  // Back to the list: the run stays on the stage, but it is no longer the lesson's, and neither is its heading.
  await page.getByRole('button', { name: 'Back to the list' }).click();
  await expect(page.getByRole('region', { name: `Lesson: ${lesson.title}` })).toHaveCount(0);
  await expect(page.getByText(new RegExp(scenarioSummary, 'i'))).toBeVisible();
  await page.getByRole('button', { name: lesson.title }).first().click();
  await expect(intro).toBeVisible();
  // Choosing a scenario from the menu heads the stage with that scenario again.
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ index: 0 });
  await expect(page.getByRole('region', { name: `Lesson: ${lesson.title}` })).toHaveCount(0);
});
