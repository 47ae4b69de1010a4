/**
 * Browser figures for `npm run bench`: playback smoothness with a 500-message
 * maildrop, against `vite preview` of the production build in dist/.
 * Lighthouse (mobile preset, beside the Svelte floor) is in lighthouse.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { encodeScenario } from '../src/scenarios/url-codec.ts';
import { parseScenario } from '../src/scenarios/format.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function withPreview<T>(use: (url: string) => Promise<T>): Promise<T> {
  const port = await freePort();
  const child: ChildProcess = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/`;
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return await use(url);
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}

/** A 500-message maildrop, one device in delete mode: the playback budget's workload. */
export function bigScenarioJson(messages = 500): unknown {
  return {
    version: 1,
    id: 'bench-500',
    title: 'Benchmark: 500 messages',
    protocol: 'pop3',
    maildrop: Array.from({ length: messages }, (_, i) => ({ subject: `Message ${i + 1}`, from: `sender${i + 1}@example.org`, body: `Hello ${i + 1}.` })),
  };
}

export async function measurePlayback(seconds = 6): Promise<{ longestTaskMs: number; longTasks: number; fps: number; seconds: number } | { error: string }> {
  const parsed = parseScenario(bigScenarioJson());
  if (!parsed.ok) return { error: `the benchmark scenario is invalid: ${parsed.errors.join('; ')}` };
  const link = encodeScenario(parsed.scenario);
  return withPreview(async (base) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(`
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      `);
      await page.goto(`${base}#s=${link}`);
      // The prerendered Play shows before the app is ready: wait until the link's
      // scenario is on the stage and Play (or Pause) is no longer aria-disabled.
      await page.getByRole('heading', { name: 'Benchmark: 500 messages' }).waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => {
        const b = document.querySelector('button.play');
        return b !== null && b.getAttribute('aria-disabled') !== 'true';
      }, undefined, { timeout: 60_000 });
      // Let the lazy panels finish rendering the 500-message run before the window opens.
      await page.waitForTimeout(3000);
      await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fastest' });
      // Only the playback window counts: forget tasks from loading the page.
      await page.evaluate('window.__longTasks = []');
      const play = page.getByRole('button', { name: 'Play' });
      if (await play.count()) await play.first().click();
      // A string, not a function: tsx (esbuild keepNames) would inject helpers the page lacks.
      const result = (await page.evaluate(`(async (ms) => {
        const frames = [];
        const start = performance.now();
        await new Promise((resolve) => {
          const tick = (t) => {
            frames.push(t);
            if (t - start < ms) requestAnimationFrame(tick);
            else resolve();
          };
          requestAnimationFrame(tick);
        });
        const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
        const medianGap = gaps[Math.floor(gaps.length / 2)] ?? 1000;
        const tasks = window.__longTasks;
        return { fps: 1000 / medianGap, longest: tasks.length ? Math.max(...tasks) : 0, count: tasks.length };
      })(${seconds * 1000})`)) as { fps: number; longest: number; count: number };
      return { longestTaskMs: result.longest, longTasks: result.count, fps: result.fps, seconds };
    } finally {
      await browser.close();
    }
  });
}
