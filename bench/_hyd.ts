import { chromium } from '@playwright/test';
const url = process.argv[2]!; const N = Number(process.argv[3] ?? 5);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
const rows: number[][] = [];
for (let i = 0; i < N; i++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'] });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => { const b = document.querySelector('button.play'); return b !== null && b.getAttribute('aria-disabled') !== 'true'; }, undefined, { timeout: 60_000, polling: 50 });
  await page.waitForTimeout(2000);
  const ev = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: any[] }).traceEvents;
  const mains = new Set(ev.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = ev.filter((e) => e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`) && e.dur);
  const by = new Map<string, number>(); for (const t of tasks) by.set(`${t.pid}:${t.tid}`, (by.get(`${t.pid}:${t.tid}`) ?? 0) + t.dur);
  const main = [...by].sort((a, b) => b[1] - a[1])[0]![0];
  const mine = tasks.filter((t) => `${t.pid}:${t.tid}` === main);
  const timers = ev.filter((e) => e.name === 'TimerFire' && `${e.pid}:${e.tid}` === main);
  // hydrate = the longest task containing a TimerFire
  const hyd = Math.max(0, ...mine.filter((t) => timers.some((f) => f.ts >= t.ts && f.ts < t.ts + t.dur)).map((t) => t.dur));
  const top = mine.map((t) => t.dur).sort((a, b) => b - a).slice(0, 6);
  rows.push([hyd, ...top].map((d) => Math.round(d / 1000)));
  console.log(`run ${i}: timer-task ${rows[i]![0]} ms; longest tasks ${rows[i]!.slice(1).join(', ')}; over 50: ${mine.filter((t) => t.dur > 50000).length}`);
  await context.close();
}
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median timer-task ${med(rows.map((r) => r[0]!))} ms, min ${Math.min(...rows.map((r) => r[0]!))}; median longest ${med(rows.map((r) => r[1]!))}`);
await browser.close();
