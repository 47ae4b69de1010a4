/**
 * The longest main-thread task from navigation until the page is interactive
 * (issue 12 item 2: none over 50 ms), on a CPU slowed 4× as Lighthouse's
 * mobile preset does, read from a Chromium performance trace (every task,
 * not only the "long tasks" the page itself can observe). Interactive: Play
 * (or Pause, when the first-visit demo started) is no longer aria-disabled.
 */
import { chromium } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface StartupTasks {
  /** Longest task on the page's main thread, ms (already slowed by the throttling). */
  readonly longestMs: number;
  /** Tasks over 50 ms. */
  readonly over50: number;
  /** What the longest task was running (the trace's top function or event), for a reader chasing it. */
  readonly longestWhat: string;
  /** Navigation to interactive, ms. */
  readonly interactiveMs: number;
}

/** A Chrome trace event, as far as the benches read it (`tdur`: the thread's CPU time). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly url?: string; readonly functionName?: string; readonly documentLoaderURL?: string } };
}

/**
 * `shown`: a selector the page must also show before it counts as
 * interactive. A share link's run replaces the default one after start-up,
 * so with only Play to wait for the link's own work was never measured.
 * `control`: the button that must be ready (not aria-disabled): POP Lab's
 * Play, or the floor page's button (bench/floor/), measured the same way so
 * the browser's own share of the start-up at 4× is seen beside ours.
 */
export async function measureStartupTasks(url: string, cpuRate = 4, shown: string | null = null, control = 'button.play'): Promise<StartupTasks> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'] });
    const start = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      ([selector, button]) => {
        const b = document.querySelector(button);
        return b !== null && b.getAttribute('aria-disabled') !== 'true' && (selector === null || document.querySelector(selector) !== null);
      },
      [shown, control] as const,
      { timeout: 60_000, polling: 50 },
    );
    const interactiveMs = Date.now() - start;
    // A moment more: the task that made it interactive has ended.
    await page.waitForTimeout(200);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const events = trace.traceEvents;
    const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`) && e.dur !== undefined);
    // The page's renderer: the main thread that started navigating to it.
    // (Headless Chromium runs its own WebUI renderers too; the busiest main
    // thread is the fallback, about:blank's being idle.)
    const origin = new URL(url).origin;
    const navigation = events.find((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').startsWith(origin));
    const byThread = new Map<string, number>();
    for (const t of tasks) byThread.set(`${t.pid}:${t.tid}`, (byThread.get(`${t.pid}:${t.tid}`) ?? 0) + t.dur!);
    const main = navigation ? `${navigation.pid}:${navigation.tid}` : [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
    const mine = tasks.filter((t) => `${t.pid}:${t.tid}` === main);
    const longest = mine.reduce<TraceEvent | null>((a, t) => (a === null || t.dur! > a.dur! ? t : a), null);
    let what = '';
    if (longest) {
      const inside = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts >= longest.ts && e.ts < longest.ts + longest.dur! && e !== longest && (e.dur ?? 0) > longest.dur! * 0.3);
      what = inside
        .map((e) => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.replace(/^.*\//, '')}` : ''}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)} ms`)
        .slice(0, 4)
        .join(' > ');
    }
    return { longestMs: (longest?.dur ?? 0) / 1000, over50: mine.filter((t) => t.dur! > 50_000).length, longestWhat: what, interactiveMs };
  } finally {
    await browser.close();
  }
}
