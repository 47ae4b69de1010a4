import { describe, expect, it } from 'vitest';
import '../../sim/engines-all.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';
import { computeCells, computeFaultMap, mapConfigs, rowsOf, scenarioSettings, type FaultMap, type MapMode } from './compute.ts';
import { DEFAULT_SCENARIO } from '../library/default.ts';
import { builtinScenario } from '../library/index.ts';
import { simulate } from '../../sim/run.ts';
import { stepEnds } from '../../sim/steps.ts';
import type { Scenario } from '../scenario.ts';
import type { TraceEvent } from '../../sim/types.ts';

const mapOf = (s: Scenario, personality = scenarioSettings(s).personality) => computeFaultMap(mapConfigs(s, { ...scenarioSettings(s), personality }), ALL_ENGINES);
const cellsOf = (map: FaultMap, mode: MapMode) => map.modes.find((m) => m.mode === mode)!.cells;

/** The client that confirms before its copy is durable, with a slow disk (the l05 lesson's laptop). */
const hurried: Scenario = {
  ...DEFAULT_SCENARIO,
  devices: DEFAULT_SCENARIO.devices.map((d) => ({ ...d, commitOrder: 'unsafe' as const, writeDelayTicks: 100_000 })),
};

/**
 * Trace indices (of the fault-free run) where the server has removed a
 * message and the client's copy of it is not durable yet: from the removal
 * to the event that makes the copy durable (none when it was durable first).
 */
function windowsBeforeDurable(trace: readonly TraceEvent[], reason: 'update' | 'expunge-on-dele'): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const ev of trace) {
    if (ev.kind !== 'removed' || ev.reason !== reason) continue;
    const durable = trace.find((e) => e.kind === 'copy' && e.uid === ev.uid && e.change === 'durable');
    if (durable && durable.step < ev.step) continue;
    out.push([ev.step, durable ? durable.step : trace.length]);
  }
  return out;
}

describe('fault map (issue 13)', () => {
  const map = mapOf(DEFAULT_SCENARIO);

  it('has one row per step at Detail = Commands and one cell per step and fault, in both modes', () => {
    expect(map.modes.map((m) => m.mode)).toEqual(['delete', 'keep']);
    for (const mode of map.modes) {
      expect(mode.cells).toHaveLength(mode.rows.length * map.faults.length);
      expect(mode.rows.map((r) => r.step)).toEqual(mode.rows.map((_, i) => i + 1));
    }
    const trace = simulate(mapConfigs(DEFAULT_SCENARIO, scenarioSettings(DEFAULT_SCENARIO)).delete!, { engines: ALL_ENGINES }).trace;
    expect(map.modes[0]!.rows.map((r) => r.traceEnd)).toEqual([...stepEnds(trace, 'commands')].filter((e) => e > 0));
    expect(map.modes[0]!.rows.find((r) => r.wire === 'RETR 2')?.direction).toBe('c2s');
    expect(map.modes[0]!.rows.find((r) => r.command === 'RETR 2')?.direction).toBe('s2c');
  });

  it('RFC 1939 §6: on a conformant server no reset and no silent connection loses mail, in either mode', () => {
    for (const mode of ['delete', 'keep'] as const) {
      const bad = cellsOf(map, mode).filter((c) => (c.fault === 'drop-connection' || c.fault === 'connection-silent') && c.verdict === 'lost');
      expect(bad).toEqual([]);
    }
    // The map is not blank: a reset between RETR and QUIT leaves the marks uncommitted, so the next poll downloads again.
    expect(cellsOf(map, 'delete').some((c) => c.fault === 'drop-connection' && c.verdict === 'duplicated')).toBe(true);
  });

  it('RFC 1939 §6, §8: a device power loss after UPDATE and before the copy is durable loses mail in delete mode', () => {
    const m = mapOf(hurried);
    const trace = simulate(mapConfigs(hurried, scenarioSettings(hurried)).delete!, { engines: ALL_ENGINES }).trace;
    const windows = windowsBeforeDurable(trace, 'update');
    const rows = m.modes[0]!.rows.filter((r) => windows.some(([from, to]) => r.traceEnd >= from && r.traceEnd < to));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cell = cellsOf(m, 'delete').find((c) => c.step === row.step && c.fault === 'device-power-loss')!;
      expect(cell.verdict, `step ${row.step}`).toBe('lost');
      expect(cell.counts.lost).toBeGreaterThan(0);
    }
    // The safe client (the default) writes before it confirms: no step has that window, and no power loss costs mail.
    const safeTrace = simulate(mapConfigs(DEFAULT_SCENARIO, scenarioSettings(DEFAULT_SCENARIO)).delete!, { engines: ALL_ENGINES }).trace;
    expect(windowsBeforeDurable(safeTrace, 'update')).toEqual([]);
    expect(cellsOf(map, 'delete').filter((c) => c.fault === 'device-power-loss' && c.verdict === 'lost')).toEqual([]);
  });

  it('a crash between DELE and a durable copy loses mail on an expunge-on-DELE server (reference §8)', () => {
    const m = mapOf(hurried, 'expunge-on-dele');
    const trace = simulate(mapConfigs(hurried, { ...scenarioSettings(hurried), personality: 'expunge-on-dele' }).delete!, { engines: ALL_ENGINES }).trace;
    const windows = windowsBeforeDurable(trace, 'expunge-on-dele');
    expect(windows.length).toBe(3);
    const rows = m.modes[0]!.rows.filter((r) => windows.some(([from, to]) => r.traceEnd >= from && r.traceEnd < to));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const fault of ['crash-client', 'device-power-loss'] as const) {
        expect(cellsOf(m, 'delete').find((c) => c.step === row.step && c.fault === fault)!.verdict, `step ${row.step} ${fault}`).toBe('lost');
      }
    }
  });

  it('is deterministic and progressive: the rows of a mode come before its cells, and two runs give the same map', () => {
    const pieces = [...computeCells(mapConfigs(DEFAULT_SCENARIO, scenarioSettings(DEFAULT_SCENARIO)), ALL_ENGINES)];
    expect(pieces[0]!.type).toBe('rows');
    expect(pieces.filter((p) => p.type === 'rows')).toHaveLength(2);
    expect(JSON.stringify(mapOf(DEFAULT_SCENARIO))).toBe(JSON.stringify(map));
  });

  it('a mode the simulator refuses says why and the other mode still comes', () => {
    const bad = mapConfigs(DEFAULT_SCENARIO, scenarioSettings(DEFAULT_SCENARIO));
    const broken = { ...bad.delete!, devices: bad.delete!.devices.map((d) => ({ ...d, writeDelayTicks: -1 })) };
    const m = computeFaultMap({ delete: broken, keep: bad.keep! }, ALL_ENGINES);
    expect(m.modes[0]!.error).toMatch(/writeDelayTicks/);
    expect(m.modes[1]!.cells.length).toBeGreaterThan(0);
  });

  it('rowsOf names the command a reply answers, per session', () => {
    const s = builtinScenario('first-session')!;
    const rows = rowsOf(simulate(mapConfigs(s, scenarioSettings(s)).delete!, { engines: ALL_ENGINES }).trace);
    const greetings = rows.filter((r) => r.direction === 's2c' && r.wire.startsWith('+OK POP3 server ready'));
    expect(greetings.length).toBe(2);
    expect(greetings.every((g) => g.command === '')).toBe(true);
  });
});

describe('fault map reading aids', () => {
  it('reads the danger steps of a mode and the cells where the modes differ', async () => {
    const { readMode, diffModes } = await import('./read.ts');
    const m = mapOf(hurried);
    const del = m.modes[0]!;
    const keep = m.modes[1]!;
    const r = readMode(del.cells);
    expect(r.lost.length).toBeGreaterThan(0);
    expect(r.lostRuns.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i))).toEqual(r.lost);
    // Leave on server never removes anything, so nothing there is lost (RFC 1939 §7: the UID memory, not DELE, is the commitment).
    expect(readMode(keep.cells).lost).toEqual([]);
    const d = diffModes(del, keep, m.faults.length);
    // The DELE commands and their replies exist only when deleting.
    expect(d.only.delete.some((row) => row.wire.startsWith('DELE'))).toBe(true);
    expect(d.only.keep).toEqual([]);
    // The QUIT step is in both; there the delete mode loses mail and the keep mode does not.
    const quit = d.rows.find((row) => row.delete.wire === 'QUIT' && row.delete.step < 30)!;
    expect(quit.differs.some((x) => x?.[0] === 'lost' && x[1] !== 'lost')).toBe(true);
  });
});

describe('the fault-map lesson (l15) tells the truth about the map', () => {
  it('the hurried laptop has a loss zone in delete mode; with "write to disk, then DELE" it is gone', async () => {
    const { lessons, lessonLoad } = await import('../lessons/index.ts');
    const lesson = lessons().find((l) => l.id === 'fault-map')!;
    const zone = (actions: readonly import('../lessons/types.ts').SolutionAction[]) => {
      const s = lessonLoad(lesson.start, actions).scenario;
      return cellsOf(mapOf(s), 'delete').filter((c) => c.verdict === 'lost');
    };
    const unsafe = zone(lesson.variants!.find((v) => v.id === 'unsafe')!.actions);
    expect(unsafe.length).toBeGreaterThan(0);
    expect(unsafe.every((c) => c.fault === 'crash-client' || c.fault === 'device-power-loss')).toBe(true);
    expect(zone(lesson.variants!.find((v) => v.id === 'safe')!.actions)).toEqual([]);
  });
});
