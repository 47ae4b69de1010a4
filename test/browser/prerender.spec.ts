/**
 * The first screen comes from HTML (issue 12 item 1): the build prerenders
 * the app's and embed.html's first screen (src/node/prerender.ts) and the
 * browser hydrates it. Without JavaScript the learner still reads the real
 * stage, the controls (disabled, and saying why) and the Outcome; with it,
 * hydration keeps the prerendered nodes, moves nothing, and Play works as
 * soon as the simulator is ready. Motion is on, as in a classroom.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { outcome } from './helpers.ts';

const PAGES = [
  { name: 'the app', path: '/', script: /\/assets\/index-[^/]*\.js$/ },
  { name: 'embed.html', path: '/embed.html', script: /\/assets\/embed-[^/]*\.js$/ },
] as const;

/** Sums layout shifts without recent input from the start of navigation (buffered). */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(`
    window.__shift = 0;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__shift += e.value;
        window.__shifts.push(e.value.toFixed(4) + ' ' + (e.sources || []).map((s) => s.node ? s.node.nodeName + '.' + String(s.node.className && s.node.className.baseVal !== undefined ? s.node.className.baseVal : s.node.className) : '?').join(','));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  `);
}

/**
 * Holds the scripts matching `script` until `release()`, so a test can mark
 * the prerendered nodes before hydration, and collects page errors and
 * hydration warnings meanwhile and after.
 */
async function holdScript(page: Page, script: RegExp): Promise<{ release: () => void; errors: string[] }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(script, async (route) => {
    await gate;
    await route.continue();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || /hydration/i.test(m.text())) errors.push(m.text());
  });
  return { release, errors };
}

/** Marks the prerendered node before hydration, so `isMarked` can tell hydration (same node) from a fresh render. */
async function mark(node: Locator): Promise<void> {
  await node.evaluate((el) => ((window as unknown as { __marked: Element }).__marked = el));
}
async function isMarked(node: Locator): Promise<boolean> {
  return node.evaluate((el) => el === (window as unknown as { __marked: Element }).__marked);
}

/** Nothing moved since navigation (watchShifts), two frames after the check is asked for. */
async function expectNoShift(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shift = (await page.evaluate('[window.__shift, window.__shifts]')) as [number, string[]];
  expect(shift[0], `layout shifts: ${shift[1].join('; ')}`).toBeLessThan(0.01);
}

/** Play works: from the prerendered Play (or after pausing the first-visit demo), the run moves. */
async function expectPlayMoves(play: Locator, pause: Locator, slider: Locator): Promise<void> {
  if (await pause.isVisible()) await pause.click();
  const before = Number(await slider.inputValue());
  await play.click();
  await expect(pause).toBeVisible();
  await expect.poll(async () => Number(await slider.inputValue()), { timeout: 15_000 }).toBeGreaterThan(before);
}

for (const { name, path } of PAGES) {
  test(`without JavaScript, ${name} shows the stage, the waiting controls and the Outcome`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await page.goto(path);
    // The stage: the picture names the device and the channel.
    await expect(page.getByRole('img', { name: /Laptop: offline/ }).first()).toBeVisible();
    await expect(page.getByText('Lunch on Friday?')).toBeVisible();
    // The controls, waiting for the simulator: focusable, aria-disabled, explained by a status line.
    for (const button of ['Play', 'Step forward', 'Drop connection']) {
      const b = page.getByRole('button', { name: button, exact: true });
      await expect(b).toBeVisible();
      await expect(b).toHaveAttribute('aria-disabled', 'true');
      await expect(b).toHaveAccessibleDescription('Preparing the simulator…');
    }
    await expect(page.getByRole('button', { name: 'Reset', exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Preparing the simulator…' })).toHaveCount(1);
    // The Outcome with its counts.
    for (const count of ['Delivered: 0', 'Duplicated: 0', 'Lost: 0']) await expect(outcome(page).getByText(count)).toBeVisible();
    if (path === '/') await expect(page.getByRole('radiogroup', { name: 'Retention' })).toBeVisible();
    await context.close();
  });

  test(`${name}: hydration keeps the prerendered nodes, moves nothing, and Play works right after load`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await watchShifts(page);
    // Hold the page's script until the prerendered heading has been marked,
    // so the test can tell hydration (same node) from a fresh render.
    const { release, errors } = await holdScript(page, PAGES.find((p) => p.path === path)!.script);
    await page.goto(path, { waitUntil: 'commit' });
    const heading = page.getByRole('heading', { name: 'First session: download and delete' });
    await expect(heading).toBeVisible();
    await mark(heading);
    release();

    // Ready: Play (or Pause, when the first-visit demo started) is no longer waiting.
    const play = page.getByRole('button', { name: 'Play', exact: true });
    const pause = page.getByRole('button', { name: 'Pause', exact: true });
    await expect(play.or(pause)).not.toHaveAttribute('aria-disabled', 'true');
    expect(await isMarked(heading), 'the prerendered heading is the hydrated one').toBe(true);
    // Only the stage picture for this width is left (the server drew both).
    await expect(page.locator('.stage > svg')).toHaveCount(1);
    // Hydration and the arrival of the simulator moved nothing.
    await expectNoShift(page);
    await expectPlayMoves(play, pause, page.getByRole('slider', { name: 'Timeline' }));
    expect(errors).toEqual([]);
  });
}

// embed.html's small entry (src/embed/main.ts) waits for the first paint only
// when that paint is the player asked for: a frame that asks for another
// scenario or a share link never shows the default player. Another language
// is prerendered too (below).
const ASKS = [
  { what: 'the default scenario, autoplay on', query: '?scenario=first-session&autoplay=1', prerendered: true },
  { what: 'another scenario', query: '?scenario=f3-drop-before-quit', prerendered: false },
  { what: 'minimal controls', query: '?controls=minimal', prerendered: false },
  { what: 'German', query: '?lang=de', prerendered: true },
] as const;
for (const { what, query, prerendered } of ASKS) {
  test(`embed.html with ${what}: ${prerendered ? 'the prerendered player stays and is hydrated' : 'the default player is gone before the page is ready, then the one asked for plays'}`, async ({ page }) => {
    // What #app holds when the entry has run (module scripts run before DOMContentLoaded).
    await page.addInitScript(`
      document.addEventListener('DOMContentLoaded', () => {
        const app = document.getElementById('app');
        window.__atReady = { player: app.querySelector('.pop-lab') !== null, loading: app.querySelector('.pop-lab-loading') !== null };
      });
    `);
    await page.goto(`/embed.html${query}`);
    const atReady = (await page.evaluate('window.__atReady')) as { player: boolean; loading: boolean };
    expect(atReady).toEqual(prerendered ? { player: true, loading: false } : { player: false, loading: true });
    // Either way the player asked for arrives and works.
    const play = page.getByRole('button', { name: /^(Play|Abspielen|Pause|Anhalten)$/ }).first();
    await expect(play).toBeVisible({ timeout: 20_000 });
    await expect(play).not.toHaveAttribute('aria-disabled', 'true', { timeout: 20_000 });
    await expect(page.locator('.pop-lab-loading')).toHaveCount(0);
  });
}

// Every language's first screen is prerendered (src/ui/first-language.ts): a
// learner whose page speaks German or Spanish (the link's lang, their stored
// choice or their browser's languages) sees it in their words from the first
// paint, and the app hydrates that screen: a client render had moved the
// whole page (CLS 0.4–1.0).
const LANGUAGES = [
  { how: 'the link (?lang=de)', path: '/?lang=de', locale: undefined, title: 'Erste Sitzung: abrufen und löschen', play: 'Abspielen', pause: 'Pause' },
  { how: "the browser's languages (es-419)", path: '/', locale: 'es-419', title: 'Primera sesión: descargar y borrar', play: 'Reproducir', pause: 'Pausa' },
  // embed.html the same way (src/embed/main.ts): a docs site in German or
  // Spanish shows the player in its words from the first paint.
  { how: 'the link, in embed.html (?lang=de)', path: '/embed.html?lang=de', locale: undefined, title: 'Erste Sitzung: abrufen und löschen', play: 'Abspielen', pause: 'Pause' },
  { how: "the browser's languages, in embed.html (es-419)", path: '/embed.html', locale: 'es-419', title: 'Primera sesión: descargar y borrar', play: 'Reproducir', pause: 'Pausa' },
] as const;

for (const { how, path, locale, title, play: playName, pause: pauseName } of LANGUAGES) {
  test(`in a language chosen by ${how}, the first screen is in that language before the app's code runs, hydration keeps it and moves nothing, and Play works`, async ({ browser }) => {
    const context = await browser.newContext(locale ? { locale } : {});
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await watchShifts(page);
    // The app's code (boot.ts and what it imports) waits; the page's small
    // entry (src/main.ts), which puts the language's screen in place, runs.
    const { release, errors } = await holdScript(page, path.startsWith('/embed.html') ? /\/assets\/embed-embed-page-[^/]*\.js$/ : /\/assets\/boot-[^/]*\.js$/);
    await page.goto(path, { waitUntil: 'commit' });
    // Before the app's code has run: the screen is already in the language.
    const heading = page.getByRole('heading', { name: title });
    await expect(heading).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale ? locale.slice(0, 2) : 'de');
    await expect(page.getByRole('button', { name: playName, exact: true })).toHaveAttribute('aria-disabled', 'true');
    await mark(heading);
    release();

    const play = page.getByRole('button', { name: playName, exact: true });
    const pause = page.getByRole('button', { name: pauseName, exact: true });
    await expect(play.or(pause)).not.toHaveAttribute('aria-disabled', 'true');
    expect(await isMarked(heading), 'the prerendered heading is the hydrated one').toBe(true);
    await expect(page.locator('template')).toHaveCount(0);
    await expectNoShift(page);
    await expectPlayMoves(play, pause, page.locator('input[type="range"]').first());
    expect(errors).toEqual([]);
    await context.close();
  });
}
