/**
 * The fault map's budgets (issue 13): the whole map (both modes, every map
 * fault) for the default scenario under 2 s and for a 50-message scenario
 * under 20 s, the first cells within 200 ms (Node, the same compute the
 * worker runs); and in the browser, no main-thread task over 50 ms while
 * the map fills.
 */
import '../src/sim/engines-all.ts';
import { chromium } from '@playwright/test';
import { computeCells, mapConfigs, scenarioSettings } from '../src/scenarios/fault-map/compute.ts';
import { ALL_ENGINES } from '../src/sim/engines-all.ts';
import { DEFAULT_SCENARIO } from '../src/scenarios/library/default.ts';
import { THREE_MESSAGES } from '../src/scenarios/library/common.ts';
import type { Scenario } from '../src/scenarios/scenario.ts';
import { CHROMIUM, CHROMIUM_FLAGS, withPreview } from './browser.ts';

/** The default scenario with `n` messages (the same three texts, numbered). */
export function scenarioWith(n: number): Scenario {
  const maildrop = Array.from({ length: n }, (_, i) => ({ ...THREE_MESSAGES[i % 3]!, subject: `${THREE_MESSAGES[i % 3]!.subject} (${i + 1})` }));
  return { ...DEFAULT_SCENARIO, id: `bench-${n}`, maildrop };
}

export interface MapTiming {
  readonly cells: number;
  readonly firstCellMs: number;
  readonly totalMs: number;
}

export function benchMap(scenario: Scenario, now: () => number): MapTiming {
  const start = now();
  let first = -1;
  let cells = 0;
  for (const piece of computeCells(mapConfigs(scenario, scenarioSettings(scenario)), ALL_ENGINES)) {
    if (piece.type !== 'cell') continue;
    cells++;
    if (first < 0) first = now() - start;
  }
  return { cells, firstCellMs: first, totalMs: now() - start };
}

/** Opens the app, opens the fault map and records main-thread long tasks until it says it is done. */
export async function measureMapLongTasks(): Promise<{ longestTaskMs: number; longTasks: number; fillMs: number } | { error: string }> {
  return withPreview(async (base) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.addInitScript(`
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) { window.__longTasks.push(entry.duration); (window.__lt ??= []).push([Math.round(entry.startTime - (window.__t0 ?? 0)), Math.round(entry.duration)]); }
        }).observe({ type: 'longtask', buffered: true });
      `);
      await page.goto(base);
      await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Tools' }).click();
      await page.getByRole('button', { name: 'Fault map', exact: true }).waitFor({ timeout: 15_000 });
      await page.evaluate('window.__longTasks = []');
      const t0 = Date.now();
      await page.evaluate('window.__t0 = performance.now()');
      await page.getByRole('button', { name: 'Fault map', exact: true }).click();
      await page.getByText(/^All \d+ cells computed/).waitFor({ timeout: 60_000 });
      const fillMs = Date.now() - t0;
      const tasks = (await page.evaluate('window.__longTasks')) as number[];
      if (process.env.FM_DEBUG) console.log(await page.evaluate('JSON.stringify(window.__lt)'));
      return { longestTaskMs: tasks.length ? Math.max(...tasks) : 0, longTasks: tasks.length, fillMs };
    } finally {
      await browser.close();
    }
  });
}
