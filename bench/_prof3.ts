// self time by function inside the longest busy run
import { chromium } from '@playwright/test';
const url = process.argv[2]!;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, reducedMotion: 'no-preference' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'commit' });
await page.waitForFunction(() => { const b = document.querySelector('button.play'); return b !== null && b.getAttribute('aria-disabled') !== 'true'; }, undefined, { timeout: 60_000, polling: 50 });
await page.waitForTimeout(300);
const { profile } = (await cdp.send('Profiler.stop')) as any;
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (id: number) => { const f = byId.get(id).callFrame; return `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}`; };
let t = profile.startTime;
const samples: Array<{ t: number; id: number }> = [];
profile.samples.forEach((id: number, i: number) => { t += profile.timeDeltas[i]; samples.push({ t, id }); });
const idle = (id: number) => /^\((idle|program|garbage collector)\)/.test(name(id));
let run: typeof samples = []; const runs: Array<typeof samples> = [];
for (const s of samples) { if (idle(s.id)) { if (run.length) runs.push(run); run = []; } else run.push(s); }
if (run.length) runs.push(run);
const pick = process.argv[3] ? runs.filter((r) => r.some((s) => { for (let c: number | undefined = s.id; c !== undefined; c = parent.get(c)) if (name(c).includes(process.argv[3]!)) return true; return false; })) : [runs.sort((a, b) => b.length - a.length)[0]!];
for (const r of pick.slice(0, 1)) {
  const selfT = new Map<string, number>(); const incl = new Map<string, number>();
  for (const s of r) {
    selfT.set(name(s.id), (selfT.get(name(s.id)) ?? 0) + 1);
    const seen = new Set<string>(); for (let c: number | undefined = s.id; c !== undefined; c = parent.get(c)) { const k = name(c); if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + 1); seen.add(k); } }
  }
  console.log(`busy ${((r[r.length - 1]!.t - r[0]!.t) / 1000).toFixed(0)} ms, ${r.length} samples`);
  console.log('--- self'); for (const [k, n] of [...selfT].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${((n / r.length) * 100).toFixed(1).padStart(5)}%  ${k}`);
  console.log('--- inclusive'); for (const [k, n] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log(`  ${((n / r.length) * 100).toFixed(1).padStart(5)}%  ${k}`);
}
await browser.close();
