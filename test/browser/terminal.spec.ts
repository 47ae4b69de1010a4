/**
 * The Terminal panel: a POP3 session typed by hand, through the text box
 * (the path that works everywhere, phones included) and through xterm's
 * keyboard input (Tab completion, ↑ history). Replies are read from the
 * "Terminal transcript" log, as a screen reader would.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openStill } from './helpers.ts';

async function openTerminal(page: Page) {
  await openStill(page);
  const panel = page.getByRole('region', { name: 'Terminal' });
  await panel.scrollIntoViewIfNeeded();
  const log = page.getByRole('log', { name: 'Terminal transcript' });
  // RFC 1939 §4: the greeting arrives when the terminal connects.
  await expect(log).toContainText(/\+OK POP3 server ready <[^>]+>/);
  return { panel, log };
}

/** The transcript lines' texts. */
async function lines(page: Page): Promise<string[]> {
  return page.getByRole('log', { name: 'Terminal transcript' }).locator('.line').allInnerTexts();
}

/** The lines that came after the last time `command` was sent. */
async function replyTo(page: Page, command: string): Promise<string[]> {
  const all = await lines(page);
  const at = all.lastIndexOf(`> ${command}`);
  expect(at, `"> ${command}" in the transcript:\n${all.join('\n')}`).toBeGreaterThanOrEqual(0);
  return all.slice(at + 1);
}

test('terminal: USER, PASS, STAT, RETR 1, QUIT typed in the text box give the RFC 1939 replies', async ({ page }) => {
  const { log } = await openTerminal(page);
  const box = page.getByRole('textbox', { name: 'POP command' });
  const send = async (line: string, reply: RegExp) => {
    await box.fill(line);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(box).toHaveValue('');
    await expect.poll(async () => (await replyTo(page, line))[0] ?? '').toMatch(reply);
  };

  await send('USER alice', /^\+OK/);
  // The scenario's password is "tanstaaf" (shown in the panel's first line): a wrong one gets -ERR (RFC 1939 §7).
  await send('PASS secret', /^-ERR/);
  await send('USER alice', /^\+OK/);
  await send('PASS tanstaaf', /^\+OK/);
  await send('STAT', /^\+OK 3 \d+$/);
  await send('RETR 1', /^\+OK \d+ octets$/);
  const message = await replyTo(page, 'RETR 1');
  expect(message).toContain('Subject: Lunch on Friday?');
  expect(message[message.length - 1]).toBe('.');
  await send('QUIT', /^\+OK .*signing off/);
  await expect(log).toContainText('Connection closed');

  // A quick button sends its command the same way; after QUIT nothing goes on the wire.
  await page.getByRole('group', { name: 'Quick commands' }).getByRole('button', { name: 'STAT', exact: true }).click();
  await expect.poll(async () => (await replyTo(page, 'STAT'))[0]).toMatch(/^Not connected/);
});

test('terminal: xterm takes keyboard input with Tab completion and ↑ history', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  const { panel, log } = await openTerminal(page);
  const xterm = panel.locator('.xterm');
  await expect(xterm).toBeVisible();
  await xterm.click();
  await page.keyboard.type('USER alice');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await replyTo(page, 'USER alice'))[0] ?? '').toMatch(/^\+OK/);

  // Tab completes "he" to "help " from the command table.
  await page.keyboard.type('he');
  await page.keyboard.press('Tab');
  await page.keyboard.type('RETR');
  await page.keyboard.press('Enter');
  await expect(log).toContainText('> help RETR');
  await expect(log).toContainText('RETR msg');

  // ↑ ↑ recalls "USER alice"; sending it again is a second USER.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await lines(page)).filter((l) => l === '> USER alice').length).toBe(2);
  expect(problems).toEqual([]);
});

test('terminal panel has no axe violations', async ({ page }) => {
  await openTerminal(page);
  await expect(page.getByRole('region', { name: 'Terminal' }).locator('.xterm')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('#panel-terminal').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('terminal works without xterm: if it fails to load, the text box still runs the session', async ({ page }) => {
  await page.route(/\/assets\/xterm-[^/]*\.js$/, (route) => route.abort());
  const { panel } = await openTerminal(page);
  await expect(panel.getByRole('status')).toContainText('could not be loaded');
  const quick = panel.getByRole('group', { name: 'Quick commands' });
  await quick.getByRole('button', { name: 'USER alice', exact: true }).click();
  await quick.getByRole('button', { name: 'PASS tanstaaf', exact: true }).click();
  await expect.poll(async () => (await replyTo(page, 'PASS tanstaaf'))[0] ?? '').toMatch(/^\+OK/);
  await quick.getByRole('button', { name: 'LIST', exact: true }).click();
  await expect.poll(async () => (await replyTo(page, 'LIST')).join('\n')).toMatch(/^\+OK.*\n1 \d+\n2 \d+\n3 \d+\n\.$/);
});

test('terminal on a phone: the Terminal tab, quick buttons, and -ERR shown as text', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await page.getByRole('tab', { name: 'Terminal' }).click();
  const log = page.getByRole('log', { name: 'Terminal transcript' });
  await expect(log).toContainText('+OK POP3 server ready');
  // RFC 1939 §4: STAT before login is answered -ERR; the text says so, not only the colour.
  await page.getByRole('group', { name: 'Quick commands' }).getByRole('button', { name: 'STAT', exact: true }).click();
  await expect.poll(async () => (await replyTo(page, 'STAT'))[0] ?? '').toMatch(/^-ERR/);
});

test('the terminal drives the stage: USER … QUIT moves the maildrop, transcript, sequence and Outcome (motion on)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Terminal', exact: true });
  await panel.scrollIntoViewIfNeeded();
  const log = page.getByRole('log', { name: 'Terminal transcript' });
  await expect(log).toContainText(/\+OK POP3 server ready <[^>]+>/);
  // Until the learner types, the stage shows the scenario.
  await expect(panel).toContainText('The stage shows the scenario');
  const box = page.getByRole('textbox', { name: 'POP command' });
  const maildrop = page.getByRole('region', { name: /Server maildrop/ });
  const first = maildrop.getByRole('listitem').first();
  const slider = page.getByRole('slider', { name: 'Timeline' });
  const type = async (line: string) => {
    await box.fill(line);
    await box.press('Enter');
    await expect(box).toHaveValue('');
    await expect.poll(async () => (await replyTo(page, line))[0] ?? '').toMatch(/^[+-]/);
    // The cursor follows the newest step of the session.
    await expect.poll(async () => (await slider.inputValue()) === (await slider.getAttribute('max'))).toBe(true);
  };
  await type('USER alice');
  await expect(panel).toContainText('The stage shows your terminal session');
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await type('PASS tanstaaf');
  await type('STAT');
  await type('LIST');
  await type('RETR 1');
  await expect(first).toContainText('present');
  await type('DELE 1');
  // RFC 1939 §5: DELE only marks.
  await expect(first).toContainText('marked for deletion');
  const transcript = page.getByRole('log', { name: 'Transcript', exact: true });
  await expect(transcript).toContainText('C: DELE 1');
  await expect(page.getByRole('list', { name: 'Sequence' }).getByRole('button', { name: /C: RETR 1$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('Your terminal session so far');
  await type('QUIT');
  // RFC 1939 §6: QUIT from TRANSACTION, UPDATE removes it; the terminal kept no copy.
  await expect(first).toContainText('removed');
  await expect(transcript).toContainText('C: QUIT');
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('Lost: 1');
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('Delivered: 0');

  // Showing the scenario again puts its run back, at its start.
  await panel.getByRole('button', { name: 'Show the scenario again' }).click();
  await expect(slider).toHaveValue('0');
  await expect(first).toContainText('present');
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('So far, at step 0');
});

test('lesson 1: the terminal session is the run on screen from the start; after DELE 1 the maildrop shows message 1 marked', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  await page.getByRole('button', { name: /Your first POP3 session/ }).click();
  const log = page.getByRole('log', { name: 'Terminal transcript' });
  await expect(log).toContainText(/\+OK POP3 server ready <[^>]+>/, { timeout: 30_000 });
  // No "Step 0 of 0 … The run is over" with Play enabled: the greeting is already on the stage.
  await expect(page.getByText(/Step 0 of 0/)).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Timeline' })).not.toHaveAttribute('max', '0');
  const box = page.getByRole('textbox', { name: 'POP command' });
  for (const line of ['USER alice', 'PASS tanstaaf', 'STAT', 'LIST', 'RETR 1', 'DELE 1']) {
    await box.fill(line);
    await box.press('Enter');
    await expect(box).toHaveValue('');
  }
  const first = page.getByRole('region', { name: /Server maildrop/ }).getByRole('listitem').first();
  await expect(first).toContainText('marked for deletion');
});
