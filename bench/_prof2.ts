import { chromium } from '@playwright/test';
const url = process.argv[2]!;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
const context = await browser.newContext({ viewport: { width: Number(process.argv[3] ?? 412), height: 823 }, reducedMotion: 'no-preference' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'commit' });
await page.waitForFunction(() => { const b = document.querySelector('button.play'); return b !== null && b.getAttribute('aria-disabled') !== 'true'; }, undefined, { timeout: 60_000, polling: 50 });
await page.waitForTimeout(Number(process.argv[4] ?? 1500));
const { profile } = (await cdp.send('Profiler.stop')) as any;
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (id: number) => { const f = byId.get(id).callFrame; return `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}:${f.columnNumber}`; };
let t = profile.startTime;
const samples: Array<{ t: number; id: number }> = [];
profile.samples.forEach((id: number, i: number) => { t += profile.timeDeltas[i]; samples.push({ t, id }); });
const idle = (id: number) => /^\((idle|program|garbage collector)\)/.test(name(id));
// busy runs: consecutive non-idle samples
let run: typeof samples = [];
const runs: Array<typeof samples> = [];
for (const s of samples) { if (idle(s.id)) { if (run.length) runs.push(run); run = []; } else run.push(s); }
if (run.length) runs.push(run);
const t0 = samples[0]!.t;
for (const r of runs) {
  const dur = (r[r.length - 1]!.t - r[0]!.t) / 1000;
  if (dur < 30) continue;
  const incl = new Map<string, number>();
  for (const s of r) { const seen = new Set<string>(); for (let c: number | undefined = s.id; c !== undefined; c = parent.get(c)) { const k = name(c); if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + 1); seen.add(k); } } }
  const top = [...incl].filter(([k]) => !k.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[5] ?? 12));
  console.log(`\n@${((r[0]!.t - t0) / 1000).toFixed(0)} ms busy ${dur.toFixed(0)} ms`);
  for (const [k, n] of top) console.log(`   ${((n / r.length) * 100).toFixed(0).padStart(3)}%  ${k}`);
}
await browser.close();
