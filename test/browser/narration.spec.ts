/**
 * The app's narration line and `npm run scenario -- --narrate` are one text
 * (issue 9, item 7): a teacher can print the CLI's lines as a handout and
 * they say, step by step, what the projector says.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('every step of the first-session scenario narrates exactly the CLI --narrate line of the same number', async ({ page }) => {
  test.setTimeout(120_000);
  const cli = execFileSync('npx', ['tsx', 'src/node/scenario-cli.ts', 'builtin:first-session', '--narrate'], { encoding: 'utf8' });
  const lines = new Map<number, string>();
  for (const line of cli.split('\n')) {
    const m = /^Step (\d+): (.*)$/.exec(line);
    if (m) lines.set(Number(m[1]), m[2]!);
  }
  expect(lines.size).toBeGreaterThan(10);

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  // A first visit plays the demo by itself: pause it, then start from the beginning.
  await page.getByRole('button', { name: 'Pause' }).click();
  // The app adds a later "check mail again" session by default; the built-in scenario has none.
  await page.getByRole('checkbox', { name: /Check mail again later/ }).uncheck();
  await page.getByRole('button', { name: 'Reset' }).click();

  const narration = page.locator('main p.narration[aria-live]');
  const forward = page.getByRole('button', { name: 'Step forward' });
  const first = (await narration.innerText()).match(/^Step (\d+) of (\d+):/);
  expect(first?.[1]).toBe('0');
  const total = Number(first![2]);
  expect(Math.max(...lines.keys())).toBe(total);
  for (let k = 0; k <= total; k++) {
    if (k > 0) await forward.click();
    const text = (await narration.innerText()).replace(/\s+/g, ' ').trim();
    expect(text.startsWith(`Step ${k} of ${total}:`), text).toBe(true);
    const said = lines.get(k);
    if (said !== undefined) expect(text, `step ${k}`).toContain(said);
  }
});
