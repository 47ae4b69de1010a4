import { chromium } from '@playwright/test';
const url = process.argv[2]!;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
const context = await browser.newContext({ viewport: { width: Number(process.argv[3] ?? 412), height: 823 }, reducedMotion: 'no-preference' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'] });
await page.goto(url, { waitUntil: 'commit' });
await page.waitForFunction(() => { const b = document.querySelector('button.play'); return b !== null && b.getAttribute('aria-disabled') !== 'true'; }, undefined, { timeout: 60_000, polling: 50 });
await page.waitForTimeout(Number(process.argv[4] ?? 300));
const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: any[] };
const ev = trace.traceEvents;
const mains = new Set(ev.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
const tasks = ev.filter((e) => e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`) && e.dur);
const byThread = new Map<string, number>();
for (const t of tasks) byThread.set(`${t.pid}:${t.tid}`, (byThread.get(`${t.pid}:${t.tid}`) ?? 0) + t.dur);
const main = [...byThread].sort((a, b) => b[1] - a[1])[0]![0];
const mine = tasks.filter((t) => `${t.pid}:${t.tid}` === main).sort((a, b) => a.ts - b.ts);
const t0 = mine[0].ts;
for (const t of mine.filter((t) => t.dur > 20_000)) {
  const inside = ev.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t && e.dur > 5000 && e.name !== 'RunTask');
  console.log(`${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ms  task ${(t.dur / 1000).toFixed(0)} ms: ` + inside.slice(0, 8).map((e) => `${e.name}${e.args?.data?.url ? ' ' + e.args.data.url.replace(/^.*\//, '') : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''} ${(e.dur / 1000).toFixed(0)}`).join(' | '));
}
for (const e of ev.filter((e: any) => e.name === 'v8.evaluateModule' && e.dur > 20000)) console.log('evaluateModule', (e.dur / 1000).toFixed(0), JSON.stringify(e.args).slice(0, 200));
console.log('tasks>50:', mine.filter((t) => t.dur > 50_000).length);
await browser.close();
