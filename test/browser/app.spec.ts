import { test, expect } from '@playwright/test';
import { counts, cursor, openStill, outcome, selectTranscriptLine, timeline, toEnd } from './helpers.ts';

test('first visit: the default scenario starts playing by itself and invites a fault', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => cursor(page), { timeout: 5000 }).toBeGreaterThan(2);
  await expect(page.getByText('Try: Drop connection before QUIT')).toBeVisible();
});

test('loads with the contract controls, and reduced motion does not autoplay', async ({ page }) => {
  await openStill(page);
  await expect(page).toHaveTitle(/POP Lab/);
  const retention = page.getByRole('radiogroup', { name: 'Retention' });
  await expect(retention.getByRole('radio', { name: 'Delete on download' })).toBeChecked();
  await expect(retention.getByRole('radio', { name: 'Leave on server' })).not.toBeChecked();
  for (const name of ['Play', 'Step forward', 'Step back', 'Reset', 'Drop connection', 'Crash client']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(timeline(page)).toHaveValue('0');
  // At step 0 nothing is decided yet: the Outcome builds up as the run plays.
  expect(await counts(page)).toEqual({ delivered: 0, duplicated: 0, lost: 0, gap: 0 });
  await expect(outcome(page)).toContainText('Not decided yet: 3');
  await toEnd(page);
  expect(await counts(page)).toEqual({ delivered: 3, duplicated: 0, lost: 0, gap: 0 });
  await expect(page.getByRole('log', { name: 'Transcript', exact: true })).toBeVisible();
});

test('switching Retention re-runs the world: leave on server never sends DELE', async ({ page }) => {
  await openStill(page);
  await page.getByRole('radio', { name: 'Leave on server' }).check();
  await expect(page.getByRole('radio', { name: 'Leave on server' })).toBeChecked();
  await page.keyboard.press('End');
  const log = page.getByRole('log', { name: 'Transcript', exact: true });
  await expect(log.getByRole('button', { name: /^C: UIDL/ }).first()).toBeVisible();
  await expect(log.getByRole('button', { name: /^C: DELE/ })).toHaveCount(0);
  expect(await counts(page)).toEqual({ delivered: 3, duplicated: 0, lost: 0, gap: 0 });
  await page.getByRole('radio', { name: 'Delete on download' }).check();
  await page.keyboard.press('End');
  await expect(log.getByRole('button', { name: /^C: DELE/ }).first()).toBeVisible();
});

test('Play runs the session to its end at the fastest speed, then shows Play again', async ({ page }) => {
  await openStill(page);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fastest' });
  await page.getByRole('button', { name: 'Play' }).click();
  const max = await timeline(page).getAttribute('max');
  await expect(timeline(page)).toHaveValue(max!, { timeout: 10_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.getByRole('log', { name: 'Transcript', exact: true }).getByRole('button', { name: /^C: QUIT/ }).first()).toBeVisible();
});

test('RFC 1939 §6: dropping the connection after DELE, before QUIT, duplicates and loses nothing', async ({ page }) => {
  await openStill(page);
  await expect(page.getByRole('combobox', { name: 'Server' })).toHaveValue('rfc');
  // Find QUIT in the transcript, then step back to just before it is sent.
  await page.keyboard.press('End');
  await selectTranscriptLine(page, /^C: QUIT/);
  const quitStep = await cursor(page);
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(timeline(page)).toHaveValue(String(quitStep - 1));
  await page.getByRole('button', { name: 'Drop connection' }).click();
  // The cursor stays; the future is forked.
  await expect(timeline(page)).toHaveValue(String(quitStep - 1));
  // So far the laptop holds each message once: the duplicates come later, in the next session.
  await expect.poll(() => counts(page)).toEqual({ delivered: 3, duplicated: 0, lost: 0, gap: 0 });
  await toEnd(page);
  await expect.poll(() => counts(page)).toEqual({ delivered: 0, duplicated: 3, lost: 0, gap: 0 });
  // Each duplicated message names the step where the extra copy appeared, and selects it.
  const stepButton = outcome(page).getByRole('button', { name: /^at step \d+$/ }).first();
  const label = await stepButton.innerText();
  await stepButton.click();
  await expect(timeline(page)).toHaveValue(label.replace(/\D+/g, ''));
});

test('F7: a crash after the commit loses mail in delete mode (unsafe order), and none when leaving on server', async ({ page }) => {
  await openStill(page);
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('f7-crash-before-durable-delete');
  // Run the scenario without its own crash, and crash by hand after the commit.
  await page.getByRole('button', { name: 'Run without them' }).click();
  expect((await counts(page)).lost).toBe(0);
  async function crashAfterQuitReply() {
    await page.keyboard.press('End');
    const lines = page.getByRole('log', { name: 'Transcript', exact: true }).getByRole('button');
    const texts = await lines.allInnerTexts();
    const quit = texts.findIndex((s) => s.startsWith('C: QUIT'));
    expect(quit).toBeGreaterThan(0);
    await lines.nth(quit + 1).click(); // the server's reply to QUIT: UPDATE has run
    await page.getByRole('button', { name: 'Crash client', exact: true }).click();
  }
  await crashAfterQuitReply();
  await toEnd(page);
  await expect.poll(async () => (await counts(page)).lost).toBeGreaterThan(0);
  await expect(outcome(page)).toContainText(/Lost: .* no complete copy anywhere/);

  await page.getByRole('radio', { name: 'Leave on server' }).check();
  await crashAfterQuitReply();
  await expect(page.getByText(/Faults you added: Crash client/)).toBeVisible();
  await toEnd(page);
  await expect.poll(async () => (await counts(page)).lost).toBe(0);
});

test('selecting a step anywhere selects it everywhere', async ({ page }) => {
  await openStill(page);
  await page.keyboard.press('End');
  await selectTranscriptLine(page, /^C: RETR 2/);
  const step = await cursor(page);
  await expect(page.getByRole('heading', { name: `Step ${step} of`, exact: false }).first()).toBeVisible();
  const ladder = page.getByRole('list', { name: 'Sequence' });
  await expect(ladder.locator('[aria-current="step"]')).toContainText('C: RETR 2');
  await ladder.getByRole('button', { name: /: C: DELE 2$/ }).click();
  const dele = await cursor(page);
  expect(dele).toBeGreaterThan(step);
  await expect(page.getByRole('log', { name: 'Transcript', exact: true }).locator('[aria-current="step"]')).toHaveText('C: DELE 2');
  await expect(page.getByText(/Exact octets/).first()).toBeVisible();
});

test('a fault can be scheduled from a step of the sequence diagram', async ({ page }) => {
  await openStill(page);
  await page.keyboard.press('End');
  await selectTranscriptLine(page, /^C: QUIT/);
  const ladder = page.getByRole('list', { name: 'Sequence' });
  const quitRow = ladder.getByRole('listitem').filter({ hasText: 'C: QUIT' });
  await quitRow.first().getByRole('button', { name: /^Add a fault at step/ }).click();
  await page.getByRole('menuitem', { name: 'Drop connection' }).click();
  await toEnd(page);
  await expect.poll(async () => (await counts(page)).duplicated).toBeGreaterThan(0);
});

test('the timeline has a fault menu for the current step with every fault kind', async ({ page }) => {
  await openStill(page);
  await page.getByRole('button', { name: 'Go to just before QUIT' }).click();
  const at = await cursor(page);
  await page.getByRole('button', { name: 'More faults here…' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Crash server' }).click();
  await expect(timeline(page)).toHaveValue(String(at));
  await expect(page.getByText(`Faults you added: Crash server at step ${at + 1}`)).toBeVisible();
  // RFC 1939 §6: a server crash before QUIT means no UPDATE: nothing is lost.
  await expect.poll(async () => (await counts(page)).lost).toBe(0);
});

test('Share: the link restores the scenario, its faults and the step on screen, with the same verdicts', async ({ page, context }) => {
  await openStill(page);
  await page.keyboard.press('End');
  await selectTranscriptLine(page, /^C: QUIT/);
  const quitStep = await cursor(page);
  await page.getByRole('button', { name: 'Step back' }).click();
  await page.getByRole('button', { name: 'Drop connection' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  const step = await cursor(page);
  expect(step).toBe(quitStep + 2);
  const verdicts = await counts(page);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect.poll(() => page.url()).toMatch(/#s=.+&step=\d+$/);
  const link = page.url();
  expect(link).toContain(`&step=${step}`);

  const other = await context.newPage();
  await other.emulateMedia({ reducedMotion: 'reduce' });
  await other.goto(link);
  await expect(timeline(other)).toHaveValue(String(step));
  expect(await counts(other)).toEqual(verdicts);
  await expect(other.getByRole('alert')).toHaveCount(0);

  // A bad step is ignored: the scenario opens at the start, with no error.
  const bad = await context.newPage();
  await bad.emulateMedia({ reducedMotion: 'reduce' });
  await bad.goto(link.replace(/&step=\d+$/, '&step=oops'));
  await expect(bad.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect.poll(() => counts(bad)).toEqual(verdicts);
  await expect(timeline(bad)).toHaveValue('0');
  await expect(bad.getByRole('alert')).toHaveCount(0);
});

test('Share on a phone: the link also restores the open tab; an unknown tab is ignored', async ({ page, context }) => {
  const phone = { width: 390, height: 844 };
  await page.setViewportSize(phone);
  await openStill(page);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  const step = await cursor(page);
  await page.getByRole('tab', { name: 'Transcript' }).click();
  await expect(page.getByRole('tab', { name: 'Transcript' })).toHaveAttribute('aria-selected', 'true');
  await page.getByText('Protocol, server and tools').click();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect.poll(() => page.url()).toMatch(/#s=.+&step=\d+&panel=transcript$/);
  const link = page.url();
  expect(link).toContain(`&step=${step}&panel=transcript`);

  const other = await context.newPage();
  await other.setViewportSize(phone);
  await other.emulateMedia({ reducedMotion: 'reduce' });
  await other.goto(link);
  await expect(timeline(other)).toHaveValue(String(step));
  await expect(other.getByRole('tab', { name: 'Transcript' })).toHaveAttribute('aria-selected', 'true');
  await expect(other.getByRole('tab', { name: 'Sequence' })).toHaveAttribute('aria-selected', 'false');
  await expect(other.getByRole('log', { name: 'Transcript', exact: true })).toBeVisible();
  await expect(other.getByRole('alert')).toHaveCount(0);

  // An unknown panel is ignored: the default tab, the step still restored, no error.
  const bad = await context.newPage();
  await bad.setViewportSize(phone);
  await bad.emulateMedia({ reducedMotion: 'reduce' });
  await bad.goto(link.replace(/&panel=transcript$/, '&panel=bogus'));
  await expect(timeline(bad)).toHaveValue(String(step));
  await expect(bad.getByRole('tab', { name: 'Sequence' })).toHaveAttribute('aria-selected', 'true');
  await expect(bad.getByRole('alert')).toHaveCount(0);
});

test('the Server states figure, drawn from the server table, says TRANSACTION is current mid-session (RFC 1939 §5)', async ({ page }) => {
  await openStill(page);
  await page.keyboard.press('End');
  await selectTranscriptLine(page, /^C: RETR 1/);
  const figure = page.getByRole('figure', { name: 'Server states' });
  await expect(figure.getByRole('img', { name: /current state: TRANSACTION$/ })).toBeVisible();
  await expect(figure.getByText(/^Current server state: TRANSACTION \(RFC 1939 §5\)/)).toBeVisible();
});
