/**
 * Shared steps for the browser tests. Everything is located by role and
 * accessible name, as a screen-reader user or a teacher would find it.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the app with motion reduced, so nothing plays by itself and the state is stable. */
export async function openStill(page: Page, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme });
  await page.goto('/');
  // The first frame paints before the simulator loads; Play is aria-disabled until the run is there.
  await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
}

/**
 * With motion on, the first-visit demo starts as soon as the run is there:
 * waits until the controls are ready (Play, or Pause once the demo plays,
 * no longer aria-disabled; the prerendered page shows a waiting Play at
 * once), then pauses the demo if it is playing.
 */
export async function stopDemo(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).not.toHaveAttribute('aria-disabled', 'true');
  const pause = page.getByRole('button', { name: 'Pause' });
  if (await pause.isVisible()) await pause.click();
}

export function outcome(page: Page): Locator {
  return page.getByRole('region', { name: 'Outcome' });
}

/** Reads "Delivered: N" etc. from the Outcome region. */
export async function counts(page: Page): Promise<{ delivered: number; duplicated: number; lost: number; gap: number }> {
  const text = await outcome(page).innerText();
  const read = (label: string) => {
    const m = new RegExp(`${label}: (\\d+)`).exec(text);
    if (!m) throw new Error(`Outcome has no "${label}: N" in:\n${text}`);
    return Number(m[1]);
  };
  return { delivered: read('Delivered'), duplicated: read('Duplicated'), lost: read('Lost'), gap: read('Gap') };
}

export function timeline(page: Page): Locator {
  return page.getByRole('slider', { name: 'Timeline' });
}

/** Moves the cursor to the end of the run (End on the timeline): where the Outcome gives its final verdict. */
export async function toEnd(page: Page): Promise<void> {
  // A run being built (a settings change just made) replaces the one on screen: wait for it first.
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).not.toHaveAttribute('aria-disabled', 'true');
  const slider = timeline(page);
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveValue((await slider.getAttribute('max')) ?? '');
  await slider.blur();
}

export async function cursor(page: Page): Promise<number> {
  return Number(await timeline(page).inputValue());
}

/** Selects the first transcript line with this text (e.g. "C: QUIT"); the transcript shows what was said up to the cursor. */
export async function selectTranscriptLine(page: Page, line: string | RegExp): Promise<void> {
  await page.getByRole('log', { name: 'Transcript', exact: true }).getByRole('button', { name: line }).first().click();
}

/** Presses Tab (or Shift+Tab) until `target` has focus (keyboard-only navigation), failing after `max` presses. */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i < (options.max ?? 60); i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * Opens the header's Tools menu (presenter mode and notes, side by side,
 * export/import, share, theme, shortcuts, embed; on phones also the protocol
 * and server menus), if it is not open yet.
 */
export async function openTools(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Tools' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}
