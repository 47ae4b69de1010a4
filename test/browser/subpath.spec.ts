/**
 * Served from any path (issue 8 item 10, issue 14 item 1): the same
 * production build, served under /docs/tools/pop-lab/ by a plain static
 * server (no SPA fallback), runs the app, its service worker and manifest,
 * embed.html and the <pop-lab> element, with no request outside the sub-path
 * and no failed request. Motion is on, as in a classroom.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { SCRATCH, SCRATCH_DIR, SUBPATH } from './paths.ts';
import { openTools, stopDemo } from './helpers.ts';

interface Watch {
  failed: string[];
  outside: string[];
  console: string[];
}

/** Records failed requests, requests that leave the sub-path, and console errors. */
function watch(page: Page): Watch {
  const w: Watch = { failed: [], outside: [], console: [] };
  page.on('requestfailed', (r) => w.failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) w.failed.push(`${r.url()} HTTP ${r.status()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.pathname.startsWith(SUBPATH)) w.outside.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') w.console.push(m.text());
  });
  page.on('pageerror', (e) => w.console.push(`pageerror: ${e.message}`));
  return w;
}

function expectClean(w: Watch): void {
  expect(w.failed, 'failed requests').toEqual([]);
  expect(w.outside, 'requests outside the sub-path').toEqual([]);
  expect(w.console, 'console errors').toEqual([]);
}

/**
 * Waits until the page has fetched what it fetches by itself: the app has
 * taken over the prerendered screen (its first-load chunks and panels are
 * in) and the scenario menu's library has arrived (it loads once the page is
 * quiet, or when the learner reaches for the menu). A reload meanwhile would abort those requests. Playwright's
 * 'networkidle' is not enough: once reached it stays reached, and on a busy
 * machine the page can be idle for 500 ms before it imports its start (CI
 * saw first-load-*.js aborted by the reload).
 */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).not.toHaveAttribute('aria-disabled', 'true');
  // Reaching for the menu brings the library at once (with the demo playing the page may not be quiet for a while).
  const menu = page.getByRole('combobox', { name: 'Scenario' });
  await menu.hover();
  await expect(menu.getByRole('option', { name: 'Loading more scenarios…' })).toHaveCount(0, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
}

test('the app under a sub-path plays to the end, with its manifest and service worker scoped to that path', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const w = watch(page);
  await page.goto(SUBPATH);
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await expect(page.getByRole('region', { name: 'Outcome' })).toBeVisible();

  // Plays to its last step and stays there (the first-visit demo may already be playing).
  await stopDemo(page);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fastest' });
  await page.getByRole('button', { name: 'Play' }).click();
  const last = await timeline.getAttribute('max');
  await expect(timeline).toHaveValue(last!, { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText(/Delivered: \d+/);

  // Lazy parts (header tools, panels) came from the sub-path too.
  await openTools(page);
  await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The manifest is linked relatively, and its start_url and scope stay inside the sub-path.
  const manifestHref = await page.locator('link[rel="manifest"]').evaluate((l) => (l as HTMLLinkElement).href);
  expect(new URL(manifestHref).pathname).toBe(`${SUBPATH}manifest.webmanifest`);
  const manifest = (await (await page.request.get(manifestHref)).json()) as { start_url: string; scope: string; icons: Array<{ src: string }> };
  expect(new URL(manifest.start_url, manifestHref).pathname).toBe(SUBPATH);
  expect(new URL(manifest.scope, manifestHref).pathname).toBe(SUBPATH);
  for (const icon of manifest.icons) expect((await page.request.get(new URL(icon.src, manifestHref).href)).ok()).toBe(true);

  // The service worker registers for the sub-path, and a reload is served by it.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(SUBPATH);
  // Nothing in flight before a reload (the lazy chunks the prerendered page fetches after hydration).
  await settled(page);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await settled(page);
  }
  await page.context().setOffline(true);
  await page.reload();
  // The prerendered first screen shows Play at once: wait until the app has
  // taken it over (the simulator ready, the lazy parts in) before going online again.
  await expect(page.getByRole('button', { name: /^(Play|Pause)$/ })).not.toHaveAttribute('aria-disabled', 'true');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText(/Delivered: \d+/);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '')).toContain(`${SUBPATH}sw.js`);
  await page.context().setOffline(false);
  // The offline reload's own failures are expected only for what the precache does not hold (none should fail).
  expectClean(w);
});

test('embed.html under a sub-path renders, plays, and is never served the app shell by the service worker', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const w = watch(page);
  // Install the app's service worker first: the frame page must still be embed.html, not index.html.
  await page.goto(SUBPATH);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await page.goto(`${SUBPATH}embed.html?scenario=first-session&controls=minimal`);
  await expect(page.getByRole('region', { name: 'Outcome' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /First session/ })).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByText(/Step [1-9]\d* of \d+/)).toBeVisible();
  expectClean(w);
});

test('the <pop-lab> element loaded from a sub-path renders and plays on a page elsewhere on the site', async ({ page, baseURL }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const w = watch(page);
  // A docs page inside the sub-path tree, loading the element by a relative URL as the README shows.
  const host = `${baseURL}${SUBPATH}guide/page.html`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Guide</title>
        <script type="module" src="../embed/pop-lab.js"></script></head>
        <body><main><h1>Guide</h1>
        <pop-lab scenario="first-session" controls="minimal"><p>POP Lab needs JavaScript.</p></pop-lab>
        </main></body></html>`,
    }),
  );
  await page.goto(host);
  const lab = page.locator('pop-lab');
  await expect(lab.getByRole('region', { name: 'Outcome' })).toBeVisible();
  await lab.getByRole('button', { name: 'Play' }).click();
  await expect(lab.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(lab.getByText(/Step [1-9]\d* of \d+/)).toBeVisible();
  expectClean(w);
});

test('the Embed dialog gives snippets for the sub-path that work when pasted into a page, by id and as a payload after a fault', async ({ page, baseURL }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const w = watch(page);
  await page.goto(SUBPATH);
  await expect(page.getByRole('region', { name: 'Outcome' })).toBeVisible();
  await stopDemo(page);

  const lab = `${baseURL}${SUBPATH}`;
  async function snippets(): Promise<{ element: string; iframe: string }> {
    await openTools(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this scenario' });
    await expect(dialog).toBeVisible();
    const element = await dialog.getByRole('textbox', { name: 'Custom element' }).inputValue();
    const iframe = await dialog.getByRole('textbox', { name: 'Iframe' }).inputValue();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    return { element, iframe };
  }

  // A built-in scenario as it ships: by id, from this sub-path, with fallback, resizer and border:0.
  const plain = await snippets();
  expect(plain.element).toContain(`<script type="module" src="${lab}embed/pop-lab.js"></script>`);
  expect(plain.element).toContain('<pop-lab scenario="first-session" mode="delete" controls="full">');
  expect(plain.element).toContain('Open this scenario in POP Lab');
  expect(plain.iframe).toContain(`<script src="${lab}embed/pop-lab-resizer.js" defer></script>`);
  expect(plain.iframe).toContain(`src="${lab}embed.html?scenario=first-session&amp;mode=delete"`);
  expect(plain.iframe).toContain('style="width:100%;border:0"');

  // With a fault of the learner's own: the whole scenario travels as a payload.
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Drop connection' }).click();
  await page.keyboard.press('End');
  const appOutcome = await page.getByRole('region', { name: 'Outcome' }).innerText();
  const faulted = await snippets();
  expect(faulted.element).toMatch(/<pop-lab scenario="#s=[A-Za-z0-9_-]+" mode="delete" controls="full">/);
  expect(faulted.iframe).toMatch(/embed\.html\?mode=delete#s=[A-Za-z0-9_-]+"/);

  // Pasted into a page elsewhere on the site, both snippets work as they are.
  mkdirSync(SCRATCH_DIR, { recursive: true });
  writeFileSync(
    `${SCRATCH_DIR}/embed-dialog.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pasted</title></head><body>
     <h1>Pasted snippets</h1>\n${faulted.element}\n${plain.iframe}\n</body></html>`,
  );
  await page.goto(`${SCRATCH}embed-dialog.html`);
  const element = page.locator('pop-lab');
  await expect(element.getByRole('region', { name: 'Outcome' })).toBeVisible();
  await page.evaluate(() => (document.querySelector('pop-lab') as HTMLElement & { seek(step: number): void }).seek(1_000_000));
  // The same run as in the app, fault included: the same counts at the end.
  for (const label of ['Delivered', 'Duplicated', 'Lost']) {
    const count = new RegExp(`${label}: (\\d+)`).exec(appOutcome)?.[1];
    await expect(element.getByRole('region', { name: 'Outcome' })).toContainText(`${label}: ${count}`);
  }
  const iframe = page.locator('iframe[title^="POP Lab"]');
  await iframe.scrollIntoViewIfNeeded();
  await expect(page.frameLocator('iframe[title^="POP Lab"]').getByRole('region', { name: 'Outcome' })).toBeVisible();
  await expect.poll(() => iframe.evaluate((f) => (f as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
  expect(w.failed).toEqual([]);
  expect(w.console).toEqual([]);
});
