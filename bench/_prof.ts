import { chromium } from '@playwright/test';
const url = process.argv[2]!;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, reducedMotion: 'no-preference' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'commit' });
await page.waitForFunction(() => { const b = document.querySelector('button.play'); return b !== null && b.getAttribute('aria-disabled') !== 'true'; }, undefined, { timeout: 60_000, polling: 50 });
await page.waitForTimeout(300);
const { profile } = (await cdp.send('Profiler.stop')) as any;
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const self = new Map<number, number>();
const dt = profile.timeDeltas as number[];
profile.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
// aggregate self by function, and total (inclusive) by function
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const agg = new Map<string, { self: number; total: number }>();
for (const [id, t] of self) {
  const seen = new Set<string>();
  let cur: number | undefined = id; let first = true;
  while (cur !== undefined) {
    const n = byId.get(cur); const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}`;
    const a = agg.get(key) ?? { self: 0, total: 0 };
    if (first) a.self += t;
    if (!seen.has(key)) { a.total += t; seen.add(key); }
    agg.set(key, a); first = false; cur = parent.get(cur);
  }
}
const rows = [...agg].sort((a, b) => b[1][process.argv[3] === 'total' ? 'total' : 'self'] - a[1][process.argv[3] === 'total' ? 'total' : 'self']).slice(0, Number(process.argv[4] ?? 40));
for (const [k, v] of rows) console.log(`${(v.self / 1000).toFixed(1).padStart(8)} ${(v.total / 1000).toFixed(1).padStart(8)}  ${k}`);
await browser.close();
