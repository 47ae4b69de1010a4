/**
 * `npm run bench`: prints each figure beside its budget from design.md.
 * Benchmarks measure; they never fail a test. Timings on a shared machine
 * vary, so each timed figure is the median of several runs.
 */
import { spawnSync } from 'node:child_process';
import { benchEngineSession } from './engine.ts';
import { benchSession, benchSeek, benchEventsPerSecond } from '../src/sim/bench.ts';
import { measureEmbed, measureFirstLoad, measureLanguages } from './size.ts';
import { measurePlayback, measureLighthouse } from './browser.ts';
import { benchMap, measureMapLongTasks, scenarioWith } from './faultmap.ts';
import { DEFAULT_SCENARIO } from '../src/scenarios/library/default.ts';

const now = () => performance.now();
const rows: Array<[string, string, string, string]> = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function row(name: string, value: string, budget: string, ok: boolean | undefined): void {
  rows.push([name, value, budget, ok === undefined ? '—' : ok ? 'within' : 'OVER']);
  console.log(`${name}: ${value} (budget ${budget})${ok === false ? '  <-- over budget' : ''}`);
}

const skipBrowser = process.argv.includes('--no-browser');

// 1. Engines: one POP3 session retrieving 10,000 messages.
benchEngineSession(now, 1_000); // warm-up
const engine = median(Array.from({ length: 5 }, () => benchEngineSession(now, 10_000).elapsedMs));
row('Engine: POP3 session retrieving 10,000 messages (server+client engines, Node)', `${engine.toFixed(0)} ms`, '200 ms', engine < 200);

// 2. The same session through the whole simulator (channel, devices, ledger, invariants, trace).
const sims = Array.from({ length: 3 }, () => benchSession(now, 10_000));
const sim = median(sims.map((s) => s.elapsedMs));
row(`Simulator: the same session with a full trace (${sims[0]!.events} events)`, `${sim.toFixed(0)} ms`, '200 ms (engine budget; reported for comparison)', undefined);

const seek = benchSeek(now);
row(`Seek to any step of a ${seek.events}-event trace (worst of ${seek.seeks})`, `${seek.maxMs.toFixed(2)} ms (mean ${seek.meanMs.toFixed(2)} ms; index built once in ${seek.firstSeekMs.toFixed(0)} ms)`, '16 ms', seek.maxMs < 16);

const eps = median(Array.from({ length: 3 }, () => benchEventsPerSecond(now).eventsPerSecond));
row('Simulated trace events per second', `${Math.round(eps).toLocaleString('en')}`, 'none set', undefined);

// Fault map (issue 13): every map fault at every step, both modes, the compute the worker runs.
benchMap(DEFAULT_SCENARIO, now); // warm-up
const mapSmall = median(Array.from({ length: 3 }, () => benchMap(DEFAULT_SCENARIO, now).totalMs));
const mapFirst = benchMap(DEFAULT_SCENARIO, now);
row(`Fault map, default scenario (${mapFirst.cells} cells, both modes)`, `${mapSmall.toFixed(0)} ms`, '2 s', mapSmall < 2000);
row('Fault map, first cell, default scenario', `${mapFirst.firstCellMs.toFixed(0)} ms`, '200 ms', mapFirst.firstCellMs < 200);
const mapBig = benchMap(scenarioWith(50), now);
row(`Fault map, 50-message scenario (${mapBig.cells} cells, both modes)`, `${(mapBig.totalMs / 1000).toFixed(1)} s`, '20 s', mapBig.totalMs < 20_000);
row('Fault map, first cell, 50-message scenario', `${mapBig.firstCellMs.toFixed(0)} ms`, '200 ms', mapBig.firstCellMs < 200);

// 3. First-load size (gzip, JS+CSS before the terminal).
const build = spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
if (build.status === 0) {
  const size = measureFirstLoad('dist');
  row('First load, gzip JS+CSS (before the terminal)', `${(size.firstLoadGzipBytes / 1000).toFixed(1)} kB (${size.files.map((f) => `${f.file} ${(f.gzipBytes / 1000).toFixed(1)}`).join(', ')}; then the simulator, loaded right after the first paint, ${(size.simulatorGzipBytes / 1000).toFixed(1)} kB; lazy chunks in all ${(size.lazyGzipBytes / 1000).toFixed(1)} kB)`, '60 kB', size.firstLoadGzipBytes <= 60_000);
  // The catalogue per language (issue 11): all three languages of a first-screen message ship in the first load.
  const langs = measureLanguages('dist');
  row(
    'Message catalogue per language, gzip text (first load / all)',
    `${langs.firstLoadKeys} of ${langs.allKeys} messages in the first load; ${langs.perLanguage.map((l) => `${l.language} ${(l.firstLoadGzipBytes / 1000).toFixed(1)} / ${(l.allGzipBytes / 1000).toFixed(1)} kB`).join(', ')}`,
    'within the 60 kB first load',
    undefined,
  );
  // The embeds are their own builds; their size is reported, not budgeted (issue 14).
  const embed = spawnSync('npm', ['run', 'build:embed'], { stdio: 'ignore' });
  if (embed.status === 0) {
    const e = measureEmbed('dist');
    row('Embed bundles, gzip (not in the app\'s first load)', `element pop-lab.js ${(e.elementGzipBytes / 1000).toFixed(1)} kB; resizer ${(e.resizerGzipBytes / 1000).toFixed(1)} kB; embed.html JS+CSS ${(e.framePageGzipBytes / 1000).toFixed(1)} kB`, 'none set', undefined);
  }

  if (!skipBrowser) {
    const mapTasks = await measureMapLongTasks();
    if ('error' in mapTasks) row('Fault map filling in the app: longest main-thread task', `not measured: ${mapTasks.error}`, '50 ms', undefined);
    else row('Fault map filling in the app (worker): longest main-thread task', `${mapTasks.longestTaskMs.toFixed(0)} ms (${mapTasks.longTasks} tasks over 50 ms; filled in ${mapTasks.fillMs} ms)`, '50 ms', mapTasks.longestTaskMs <= 50);
    const playback = await measurePlayback();
    if ('error' in playback) row('Playback, 500-message maildrop at fastest speed', `not measured: ${playback.error}`, 'no task over 50 ms, 60 fps', undefined);
    else {
      row('Playback, 500-message maildrop at fastest speed: longest main-thread task', `${playback.longestTaskMs.toFixed(0)} ms (${playback.longTasks} tasks over 50 ms)`, '50 ms', playback.longestTaskMs <= 50);
      row('Playback frame rate', `${playback.fps.toFixed(0)} fps median over ${playback.seconds} s`, '60 fps', playback.fps >= 55);
    }
    const lh = await measureLighthouse();
    if ('error' in lh) row('Lighthouse (mobile)', `not measured: ${lh.error}`, 'perf 100, a11y 100, LCP < 1.5 s, TBT < 50 ms', undefined);
    else {
      row('Lighthouse mobile: performance', `${lh.performance}`, '100', lh.performance >= 100);
      row('Lighthouse mobile: accessibility', `${lh.accessibility}`, '100', lh.accessibility >= 100);
      row('Lighthouse mobile: LCP', `${(lh.lcpMs / 1000).toFixed(2)} s`, '1.5 s', lh.lcpMs < 1500);
      row('Lighthouse mobile: TBT', `${lh.tbtMs.toFixed(0)} ms`, '50 ms', lh.tbtMs < 50);
    }
  }
} else {
  row('First load', 'not measured: the build failed', '60 kB', false);
}

console.log('\n| figure | measured | budget | |\n|---|---|---|---|');
for (const [name, value, budget, verdict] of rows) console.log(`| ${name} | ${value} | ${budget} | ${verdict} |`);
