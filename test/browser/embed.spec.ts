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
import { DEFAULT_IFRAME_HEIGHT } from '../../src/embed/snippets.ts';

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
const hostPages = new Map<string, string>();
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
    // A scenario file that never arrives: the embed must say "Loading…", not stay blank.
    if (url.pathname === '/slow.json') return;
    // Host pages a test wrote (hostPage below), served from this real loopback
    // server: Chromium's local-network checks block a page fulfilled by
    // page.route from framing 127.0.0.1.
    const written = hostPages.get(url.pathname);
    if (written !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'content-security-policy': CSP, 'cache-control': 'no-store' });
      res.end(written);
      return;
    }
    // The service worker would outlive the test and cache across origins; the embed does not need it.
    if (url.pathname === '/sw.js') {
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
  if (srv) {
    srv.closeAllConnections();
    await new Promise<void>((ok) => srv.close(() => ok()));
  }
});

interface Problems {
  console: string[];
  /** Console warnings and errors about postMessage (a noisy embed on a foreign host). */
  postMessage: string[];
}

/** Opens the host page with CSP-violation listeners in every frame and console errors collected. */
async function openHost(page: Page, allow: 'yes' | 'no' = 'yes', reducedMotion: 'reduce' | 'no-preference' = 'reduce'): Promise<Problems> {
  const problems: Problems = { console: [], postMessage: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.console.push(m.text());
    if ((m.type() === 'error' || m.type() === 'warning') && /postMessage/i.test(m.text())) problems.postMessage.push(m.text());
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
  expect(fault).toMatchObject({ step: faultStep, fault: 'connection-silent', detail: 'half-open: neither end is told' });
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
  // The Outcome gives its verdict at the end of the run.
  await page.evaluate(() => (document.getElementById('fetched') as HTMLElement & { seek(step: number): void }).seek(1_000_000));
  await expect(fetched.getByRole('region', { name: 'Outcome' })).toContainText('Delivered: 3');
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
  // The frame shows the step in the learner's numbering (Detail), off the start.
  await expect(frame.getByText(/^Step [1-9]\d* of \d+/)).toBeVisible();
  expect(last).toBeGreaterThan(5);

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
  // The heading is the scenario's title for that mode (src/embed/title.ts).
  await expect(frame.getByRole('heading', { name: 'First session: leave mail on the server' })).toBeVisible();

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
  await expect(frame.getByText(/^Step 0 of \d+$/)).toBeVisible();
  expect(await events(page, 'pop-lab:step')).toEqual([]);
  expect(await events(page, 'pop-lab:ready')).toEqual([]);
  // Quiet on a host it does not talk to (issue 10 item 10): step through a
  // few steps inside the frame; not one postMessage warning reaches the console.
  for (let i = 0; i < 4; i++) await frame.getByRole('button', { name: 'Step forward' }).click();
  await expect(frame.getByText(/^Step 4 of \d+/)).toBeVisible();
  expect(problems.postMessage).toEqual([]);
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

/** A host page on the test server's localhost origin, served by the test itself. */
async function hostPage(page: Page, path: string, body: string, head = ''): Promise<void> {
  hostPages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}</head><body>${body}</body></html>`);
  await page.goto(`http://localhost:${port}${path}`);
}

const themeOf = (page: Page, id: string) =>
  page.evaluate((id) => document.getElementById(id)?.shadowRoot?.querySelector('.pop-lab')?.getAttribute('data-theme') ?? null, id);

test('theme="auto" follows the host page live (dark class, data-theme, data-md-color-scheme), an explicit theme wins, and no change resets the run', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  await hostPage(page, '/host/theme.html', '<pop-lab id="lab" scenario="first-session" controls="full"></pop-lab>', '<script type="module" src="/embed/pop-lab.js"></script>');
  const lab = page.locator('#lab');
  await expect(lab.getByRole('region', { name: 'Outcome' })).toBeVisible();
  expect(await themeOf(page, 'lab')).toBe('light');

  // Somewhere in the run, playing.
  for (let i = 0; i < 3; i++) await lab.getByRole('button', { name: 'Step forward' }).click();
  await lab.getByRole('button', { name: 'Play' }).click();
  const stepNow = async () => Number(await lab.getByRole('slider', { name: 'Timeline' }).inputValue());

  // VitePress / Tailwind: the dark class; then its removal means light again.
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await expect.poll(() => themeOf(page, 'lab')).toBe('dark');
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  await expect.poll(() => themeOf(page, 'lab')).toBe('light');
  // Docusaurus: data-theme on <html>; MkDocs Material: data-md-color-scheme on <body>.
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await expect.poll(() => themeOf(page, 'lab')).toBe('dark');
  await page.evaluate(() => {
    document.documentElement.removeAttribute('data-theme');
    document.body.setAttribute('data-md-color-scheme', 'default');
  });
  await expect.poll(() => themeOf(page, 'lab')).toBe('light');
  await page.evaluate(() => document.body.setAttribute('data-md-color-scheme', 'slate'));
  await expect.poll(() => themeOf(page, 'lab')).toBe('dark');

  // The attribute is explicit and wins over the host's dark signal; back to auto follows the host again.
  await page.evaluate(() => document.getElementById('lab')!.setAttribute('theme', 'light'));
  await expect.poll(() => themeOf(page, 'lab')).toBe('light');
  await page.evaluate(() => document.getElementById('lab')!.setAttribute('theme', 'auto'));
  await expect.poll(() => themeOf(page, 'lab')).toBe('dark');

  // Through all of that the run went on: still playing, never back to the start.
  await expect(lab.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(await stepNow()).toBeGreaterThan(3);
  await lab.getByRole('button', { name: 'Pause' }).click();
});

test("the element's sizes do not follow the host's root font size", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const heights: number[] = [];
  for (const root of ['10px', '16px', '20px']) {
    await hostPage(page, `/host/rem-${root}.html`, `<pop-lab scenario="first-session" controls="full"></pop-lab>`, `<style>html{font-size:${root};line-height:3;letter-spacing:2px}</style><script type="module" src="/embed/pop-lab.js"></script>`);
    const play = page.locator('pop-lab').getByRole('button', { name: 'Play' });
    await expect(play).toBeVisible();
    heights.push(Math.round((await play.boundingBox())!.height));
  }
  expect(new Set(heights).size, `Play button heights ${heights.join(', ')}`).toBe(1);
});

test('a src that never answers shows "Loading…" in the element and in the frame, never a blank box', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await hostPage(
    page,
    '/host/slow.html',
    `<pop-lab id="slow" src="/slow.json"></pop-lab><iframe id="slow-frame" title="POP Lab slow" src="http://127.0.0.1:${port}/embed.html?src=/slow.json" style="width:100%;border:0" height="300"></iframe>`,
    '<script type="module" src="/embed/pop-lab.js"></script>',
  );
  await expect(page.locator('#slow').getByRole('status')).toHaveText('Loading…');
  await expect(page.frameLocator('#slow-frame').getByRole('status')).toHaveText('Loading POP Lab…');
});

test('pop-lab-resizer.js sizes every POP Lab frame from its own messages only, border-box frames included', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const embed = `http://127.0.0.1:${port}/embed.html`;
  await hostPage(
    page,
    '/host/resizer.html',
    `<iframe id="a" title="POP Lab a" src="${embed}?scenario=first-session&controls=minimal" style="width:100%;border:0" height="200"></iframe>
     <iframe id="b" title="POP Lab b" src="${embed}?scenario=f3-drop-before-quit" style="width:100%;border:3px solid;box-sizing:border-box" height="200"></iframe>`,
    '<script src="/embed/pop-lab-resizer.js" defer></script>',
  );
  for (const id of ['a', 'b']) {
    const iframe = page.locator(`#${id}`);
    await iframe.scrollIntoViewIfNeeded();
    const frame = page.frameLocator(`#${id}`);
    await expect(frame.getByRole('region', { name: 'Outcome' })).toBeVisible();
    // Sized to the content (more than the 200 px it started with), with no scrollbar inside.
    await expect.poll(() => iframe.evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height)).toBeGreaterThan(400);
    await expect.poll(() => frame.locator('html').evaluate((h) => h.scrollHeight - h.clientHeight)).toBeLessThanOrEqual(0);
  }
  // A message that does not come from one of the page's frames changes nothing.
  // Every height the resizer gives frame a is recorded, so the frame's own
  // messages (its reserve grows once its run is ready) cannot hide a wrong one.
  await page.locator('#a').evaluate((f) => {
    const seen: string[] = [];
    (window as unknown as { heightsOfA: string[] }).heightsOfA = seen;
    new MutationObserver(() => seen.push((f as HTMLIFrameElement).style.height)).observe(f, { attributes: true, attributeFilter: ['style'] });
  });
  await page.evaluate(() => window.postMessage({ type: 'pop-lab:resize', height: 37 }, '*'));
  await page.waitForTimeout(300);
  const heights = await page.evaluate(() => (window as unknown as { heightsOfA: string[] }).heightsOfA);
  expect(heights.every((h) => h !== '37px' && h !== '')).toBe(true);
  expect(await page.locator('#a').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(400);
});

test('without a resizer, the default iframe height shows the whole player, Outcome included, at 640 px', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  for (const scenario of ['first-session', 'f3-drop-before-quit']) {
    await page.goto(`http://127.0.0.1:${port}/embed.html?scenario=${scenario}`);
    await expect(page.getByRole('region', { name: 'Outcome' })).toBeVisible();
    // The height it reserves for the whole run (reserve.svelte.ts), once measured.
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('.outcome-box')?.style.minHeight ?? ''), { timeout: 30_000 }).not.toBe('');
    const height = await page.evaluate(() => Math.ceil(document.getElementById('app')!.getBoundingClientRect().height));
    expect(height, `${scenario} needs ${height} px`).toBeLessThanOrEqual(DEFAULT_IFRAME_HEIGHT);
  }
});

test('the height it reserves is not measured beside the start-up: on a page never quiet, only the reader reaching for the player starts it (issue 12)', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  // A page that never gets an idle moment (requestIdleCallback never calls
  // back): only Play, or the 15 s longest wait, can start the measuring.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  const reserved = () => page.evaluate(() => document.querySelector<HTMLElement>('.stage-box')?.style.minHeight ?? '');
  const loaded = Date.now();
  await page.goto(`http://127.0.0.1:${port}/embed.html?scenario=first-session`);
  const play = page.getByRole('button', { name: 'Play' });
  await expect(play).not.toHaveAttribute('aria-disabled', 'true');
  // Not measured while the reader only reads (checked twice, a second apart).
  // (The pointer stays off the player: reaching for it starts the measuring.)
  expect(await reserved()).toBe('');
  await page.waitForTimeout(1000);
  expect(await reserved()).toBe('');
  await play.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(reserved, { timeout: 10_000 }).not.toBe('');
  expect(Date.now() - loaded, 'measured after Play, well before the 15 s longest wait').toBeLessThan(14_000);
});
