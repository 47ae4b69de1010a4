/**
 * Embedding (issue 5 item 4): <pop-lab> and embed.html on a host page whose
 * CSP is `script-src 'self'` (meta tag and header). A static server started
 * here serves dist/ (the main build with embed.html, plus dist/embed/pop-lab.js
 * from vite.embed.config.ts) and the fixture pages, with the CSP header.
 * The host page is opened as http://localhost:PORT and the iframe as
 * http://127.0.0.1:PORT, so postMessage really crosses origins.
 */
import { test, expect, type Page, type Frame } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

// POP_LAB_EMBED_DIST: serve another build folder (handy while others rebuild dist/).
const DIST = resolve(process.env.POP_LAB_EMBED_DIST ?? 'dist');
const FIXTURES = resolve('test/browser/fixtures/embed-csp');
const CSP = "script-src 'self'";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

let server: Server | undefined;
let port = 0;

function fileFor(pathname: string): string | null {
  const path = normalize(decodeURIComponent(pathname));
  const [root, rest] = path.startsWith('/fixtures/embed-csp/') ? [FIXTURES, path.slice('/fixtures/embed-csp/'.length)] : [DIST, path.slice(1)];
  const file = join(root, rest || 'index.html');
  if (!file.startsWith(root)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

test.beforeAll(async () => {
  for (const built of ['embed.html', 'embed/pop-lab.js']) {
    if (!existsSync(join(DIST, built))) {
      throw new Error(`dist/${built} is missing: build with embed.html as a main-build input, then "npx vite build --config vite.embed.config.ts"`);
    }
  }
  const srv = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The service worker would outlive the test and cache across origins; the embed does not need it.
    if (url.pathname === '/registerSW.js' || url.pathname === '/sw.js') {
      res.writeHead(200, { 'content-type': TYPES['.js']!, 'content-security-policy': CSP });
      res.end('');
      return;
    }
    const file = fileFor(url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain', 'content-security-policy': CSP });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  port = (srv.address() as AddressInfo).port;
  server = srv;
});

test.afterAll(async () => {
  const srv = server;
  if (srv) await new Promise<void>((ok) => srv.close(() => ok()));
});

interface Problems {
  console: string[];
}

/** Opens the host page with CSP-violation listeners in every frame and console errors collected. */
async function openHost(page: Page, allow: 'yes' | 'no' = 'yes', reducedMotion: 'reduce' | 'no-preference' = 'reduce'): Promise<Problems> {
  const problems: Problems = { console: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.console.push(m.text());
  });
  page.on('pageerror', (e) => problems.console.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.emulateMedia({ reducedMotion });
  const embed = `http://127.0.0.1:${port}`;
  await page.goto(`http://localhost:${port}/fixtures/embed-csp/index.html?allow=${allow}&embed=${encodeURIComponent(embed)}`);
  return problems;
}

async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/embed.html'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/embed.html'))!;
  await expect(frame.getByRole('region', { name: 'Outcome' })).toBeVisible();
  return frame;
}

async function events(page: Page, type: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate((t) => (window as unknown as { popLabEvents: Array<Record<string, unknown>> }).popLabEvents.filter((e) => e.type === t), type);
}

async function expectNoCspProblems(page: Page, problems: Problems): Promise<void> {
  for (const frame of page.frames()) {
    const violations = await frame.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    expect(violations, `CSP violations in ${frame.url()}`).toEqual([]);
  }
  // The only expected console error is the 404 of the deliberately missing scenario file.
  expect(problems.console.filter((m) => !/404|Not Found/i.test(m))).toEqual([]);
}

test('the custom element renders the scenario under a strict CSP and plays to the end', async ({ page }) => {
  const problems = await openHost(page);
  const el = page.locator('#element');
  await expect(el.getByRole('heading', { name: /first|session|POP/i })).toBeVisible();
  const play = el.getByRole('button', { name: 'Play' });
  await expect(play).toBeVisible(); // host CSS hides every light-DOM button; the shadow root keeps ours
  await expect(el.getByRole('button', { name: 'Step forward' })).toBeVisible();
  await expect(el.getByRole('button', { name: 'Reset' })).toBeVisible();
  const slider = el.getByRole('slider', { name: 'Timeline' });
  const last = Number(await slider.getAttribute('max'));
  expect(last).toBeGreaterThan(5);

  const outcomeEvent = page.evaluate(
    () => new Promise<Record<string, number>>((ok) => document.getElementById('element')!.addEventListener('pop-lab-outcome', (e) => ok((e as CustomEvent).detail), { once: true })),
  );
  await el.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fastest' });
  await play.click();
  // At the fastest speed the run can end before a "Pause" button is ever seen,
  // so playing is shown by the timeline reaching the end on its own.
  await expect(slider).toHaveValue(String(last), { timeout: 30_000 });
  await expect(el.getByRole('button', { name: 'Play' })).toBeVisible();
  const outcome = el.getByRole('region', { name: 'Outcome' });
  await expect(outcome).toContainText(/Delivered: \d+/);
  const detail = await outcomeEvent;
  await expect(outcome).toContainText(`Delivered: ${detail.delivered}`);
  await expect(outcome).toContainText(`Lost: ${detail.lost}`);

  // Step back and Reset work from the element too.
  await el.getByRole('button', { name: 'Step back' }).click();
  await expect(slider).toHaveValue(String(last - 1));
  await el.getByRole('button', { name: 'Reset' }).click();
  await expect(slider).toHaveValue('0');

  // A fault injected from the element's own button is reported once playback passes it.
  const faultEvent = page.evaluate(
    () => new Promise<Record<string, unknown>>((ok) => document.getElementById('element')!.addEventListener('pop-lab-fault', (e) => ok((e as CustomEvent).detail), { once: true })),
  );
  await el.getByRole('button', { name: 'Step forward' }).click();
  await el.getByRole('button', { name: 'Drop connection' }).click();
  const faultStep = await page.evaluate(() => {
    const lab = document.getElementById('element') as HTMLElement & { controller: { player: { run: { trace: Array<{ kind: string }> } } } };
    return lab.controller.player.run.trace.findIndex((e) => e.kind === 'fault');
  });
  expect(faultStep).toBeGreaterThan(1);
  for (let i = 1; i < faultStep; i++) await el.getByRole('button', { name: 'Step forward' }).click();
  const fault = await faultEvent;
  expect(fault).toMatchObject({ step: faultStep, fault: 'drop-connection' });
  await expect(slider).toHaveValue(String(faultStep));
  await expectNoCspProblems(page, problems);
});

test('bad attributes, an unknown scenario and a failed fetch show a message inside the element', async ({ page }) => {
  const problems = await openHost(page);
  const bad = page.locator('#bad').getByRole('alert');
  await expect(bad).toContainText('POP Lab could not start');
  await expect(bad).toContainText('mode="sideways"');
  await expect(bad).toContainText('height="tall"');
  await expect(page.locator('#unknown').getByRole('alert')).toContainText('no-such-scenario');
  await expect(page.locator('#missing').getByRole('alert')).toContainText('HTTP 404');
  // A good src is fetched and runs.
  const fetched = page.locator('#fetched');
  await expect(fetched.getByRole('heading', { name: 'Fetched: three messages, downloaded and deleted' })).toBeVisible();
  // At step 0 nothing is decided yet (the Outcome builds up as the run plays).
  await expect(fetched.getByRole('region', { name: 'Outcome' })).toContainText('Not decided yet: 3');
  // Changing an attribute re-renders: the bad element recovers.
  await page.evaluate(() => {
    const el = document.getElementById('bad')!;
    el.setAttribute('mode', 'keep');
    el.removeAttribute('height');
  });
  await expect(page.locator('#bad').getByRole('region', { name: 'Outcome' })).toBeVisible();
  await expect(page.locator('#bad')).toContainText('Leave on server');
  await expectNoCspProblems(page, problems);
});

test('the iframe resizes its parent and obeys play, pause, seek and setMode from an allowed origin', async ({ page }) => {
  const problems = await openHost(page, 'yes');
  const frame = await embedFrame(page);

  // Resizing: our own message, and the H5P resizer handshake.
  await expect.poll(async () => (await events(page, 'pop-lab:resize')).length).toBeGreaterThan(0);
  const resize = (await events(page, 'pop-lab:resize')).at(-1)!;
  expect(resize.height as number).toBeGreaterThan(200);
  await expect(page.locator('#frame')).toHaveAttribute('style', `height: ${resize.height as number}px;`);
  await expect(page.locator('#frame')).toHaveAttribute('data-h5p-height', /^\d{3,}$/);
  const ready = (await events(page, 'pop-lab:ready'))[0]!;
  expect(ready.scenario).toBe('first-session');
  const last = ready.last as number;

  // seek
  await page.evaluate(() => (window as unknown as { popLabSend: (m: unknown) => void }).popLabSend({ type: 'pop-lab:seek', step: 5 }));
  await expect.poll(async () => (await events(page, 'pop-lab:step')).at(-1)?.step).toBe(5);
  await expect(frame.getByText(`Step 5 of ${last}`, { exact: false })).toBeVisible();

  // play, then pause (Chromium pauses animation frames in off-screen cross-origin frames)
  await page.locator('#frame').scrollIntoViewIfNeeded();
  await page.evaluate(() => (window as unknown as { popLabSend: (m: unknown) => void }).popLabSend({ type: 'pop-lab:play' }));
  await expect(frame.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => (await events(page, 'pop-lab:step')).at(-1)?.step as number).toBeGreaterThan(5);
  await page.evaluate(() => (window as unknown as { popLabSend: (m: unknown) => void }).popLabSend({ type: 'pop-lab:pause' }));
  await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();

  // setMode
  await expect(frame.getByText('Retention: Delete on download')).toBeVisible();
  await page.evaluate(() => (window as unknown as { popLabSend: (m: unknown) => void }).popLabSend({ type: 'pop-lab:setMode', mode: 'keep' }));
  await expect(frame.getByText('Retention: Leave on server')).toBeVisible();

  // seek to the end: an outcome event with the counts the frame shows
  await page.evaluate((step) => (window as unknown as { popLabSend: (m: unknown) => void }).popLabSend({ type: 'pop-lab:seek', step }), 1_000_000);
  await expect.poll(async () => (await events(page, 'pop-lab:outcome')).length).toBeGreaterThan(0);
  const outcome = (await events(page, 'pop-lab:outcome')).at(-1)!;
  await expect(frame.getByRole('region', { name: 'Outcome' })).toContainText(`Delivered: ${outcome.delivered as number}`);

  // Malformed commands are counted and ignored, without a throw or console output.
  const before = await frame.evaluate(() => Number(document.documentElement.dataset.commandsIgnored ?? 0));
  await page.evaluate(() => {
    const send = (window as unknown as { popLabSend: (m: unknown) => void }).popLabSend;
    send('play');
    send({ type: 'pop-lab:seek', step: -3 });
    send({ type: 'pop-lab:seek', step: 'x' });
    send({ type: 'pop-lab:setMode', mode: 'shred' });
    send({ type: 'pop-lab:explode' });
    send(null);
  });
  await expect.poll(() => frame.evaluate(() => Number(document.documentElement.dataset.commandsIgnored ?? 0))).toBe(before + 6);
  await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
  await expectNoCspProblems(page, problems);
});

test('the iframe ignores commands from an origin not listed in `origins`', async ({ page }) => {
  const problems = await openHost(page, 'no');
  const frame = await embedFrame(page);
  // Resize messages still reach any parent; events do not (they go to the allowed origin only).
  await expect.poll(async () => (await events(page, 'pop-lab:resize')).length).toBeGreaterThan(0);
  await page.evaluate(() => {
    const send = (window as unknown as { popLabSend: (m: unknown) => void }).popLabSend;
    send({ type: 'pop-lab:seek', step: 4 });
    send({ type: 'pop-lab:play' });
    send({ type: 'pop-lab:setMode', mode: 'keep' });
  });
  await expect.poll(() => frame.evaluate(() => Number(document.documentElement.dataset.commandsRejectedOrigin ?? 0))).toBe(3);
  await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(frame.getByText('Retention: Delete on download')).toBeVisible();
  await expect(frame.getByText('Step 0 of', { exact: false })).toBeVisible();
  expect(await events(page, 'pop-lab:step')).toEqual([]);
  expect(await events(page, 'pop-lab:ready')).toEqual([]);
  await expectNoCspProblems(page, problems);
});

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`autoplay ${reducedMotion === 'reduce' ? 'waits when the reader asks for reduced motion' : 'starts playing'}`, async ({ page }) => {
    const problems = await openHost(page, 'yes', reducedMotion);
    await page.evaluate(() => {
      const el = document.createElement('pop-lab');
      el.id = 'auto';
      el.setAttribute('scenario', 'first-session');
      el.setAttribute('controls', 'minimal');
      el.setAttribute('autoplay', '');
      document.body.prepend(el);
    });
    const el = page.locator('#auto');
    await expect(el.getByRole('region', { name: 'Outcome' })).toBeVisible();
    await expect(el.getByRole('button', { name: reducedMotion === 'reduce' ? 'Play' : 'Pause' })).toBeVisible();
    await expectNoCspProblems(page, problems);
  });
}
