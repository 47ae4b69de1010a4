import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../sim/index.ts';
import { toWorldConfig } from '../scenarios/format.ts';
import { builtinScenario } from '../scenarios/library/index.ts';
import { indexTrace, indexTraceInSteps, positionsOf, segmentLabel, stepAtTick, viewOf } from './run.ts';
import { stepPositions } from '../sim/steps.ts';
import { placementText } from './layout/placement.ts';
import { configFor, loadBuiltins, scenarioForShare, type Settings } from './wiring.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';

const first = builtinScenario('first-session')!;

describe('indexTrace', () => {
  const run = simulate(toWorldConfig(first), { engines: ALL_ENGINES });
  const index = indexTrace(run.trace);

  it('is made once per trace; step by step (a yield per 1024 events) it is the same index', () => {
    expect(indexTrace(run.trace)).toBe(index);
    const copy = [...run.trace];
    const steps = indexTraceInSteps(copy);
    let yields = 0;
    let next = steps.next();
    while (!next.done) {
      yields++;
      next = steps.next();
    }
    expect(yields).toBe(Math.floor(copy.length / 1024));
    expect(next.value).toEqual(index);
    expect(indexTrace(copy)).toBe(next.value);
  });

  it('keeps the step positions per trace and Detail, and the last few views per run', () => {
    for (const detail of ['commands', 'segments', 'octets'] as const) {
      expect(positionsOf(run.trace, detail)).toEqual(stepPositions(run.trace, detail));
      expect(positionsOf(run.trace, detail)).toBe(positionsOf(run.trace, detail));
    }
    const at3 = viewOf(run, 3);
    expect(at3).toEqual(run.viewAt(3));
    expect(viewOf(run, 3)).toBe(at3);
    // Four kept: after four other steps the first is made again (equal, not the same object).
    for (const step of [4, 5, 6, 7]) viewOf(run, step);
    expect(viewOf(run, 3)).not.toBe(at3);
    expect(viewOf(run, 3)).toEqual(at3);
  });

  it('pairs every send with its final delivery, in order', () => {
    expect(index.segments.length).toBe(run.trace.filter((e) => e.kind === 'send').length);
    for (const seg of index.segments) {
      expect(run.trace[seg.sendStep]?.kind).toBe('send');
      expect(seg.fate).toBe('delivered');
      const end = run.trace[seg.endStep];
      expect(end?.kind === 'deliver' && end.final && end.segment === seg.segment).toBe(true);
      expect(seg.endStep).toBeGreaterThan(seg.sendStep);
    }
  });

  it('maps every step to the last segment sent at or before it', () => {
    for (let step = 0; step < run.trace.length; step++) {
      const i = index.segmentOfStep[step]!;
      if (i < 0) {
        expect(run.trace.slice(0, step + 1).some((e) => e.kind === 'send')).toBe(false);
        continue;
      }
      expect(index.segments[i]!.sendStep).toBeLessThanOrEqual(step);
      const nextSend = index.segments[i + 1]?.sendStep ?? Infinity;
      expect(nextSend).toBeGreaterThan(step);
    }
  });

  it('labels commands and replies the way the transcript does', () => {
    const labels = index.segments.map(segmentLabel);
    expect(labels).toContain('C: RETR 2');
    expect(labels.some((l) => /^S: \+OK \d+ octets$/.test(l))).toBe(true);
    expect(labels.at(-2)).toBe('C: QUIT');
  });

  it('finds the last step at or before a tick', () => {
    const ticks = index.ticks;
    expect(stepAtTick(ticks, -1)).toBe(-1);
    expect(stepAtTick(ticks, Number.MAX_SAFE_INTEGER)).toBe(ticks.length - 1);
    for (let s = 0; s < ticks.length; s += 7) {
      const found = stepAtTick(ticks, ticks[s]!);
      expect(ticks[found]).toBe(ticks[s]);
      expect(ticks[found + 1] ?? Infinity).toBeGreaterThan(ticks[s]!);
    }
  });

  it('marks a segment cut by a drop as lost, and puts the fault on the ladder', () => {
    const quit = index.segments.find((s) => s.label === 'QUIT')!;
    const forked = simulate(toWorldConfig(first), { engines: ALL_ENGINES }).fork(quit.sendStep + 1, { kind: 'drop-connection', device: 'Laptop' });
    const fi = indexTrace(forked.trace);
    expect(fi.rows.some((r) => r.kind === 'fault')).toBe(true);
    const lostQuit = fi.segments.find((s) => s.label === 'QUIT')!;
    expect(lostQuit.fate).not.toBe('delivered');
  });
});

describe('placementText', () => {
  it('says where a fault fires in words', () => {
    expect(placementText({ atStep: 12 })).toBe('before step 12');
    expect(placementText({ onCommand: 'DELE', when: 'replied', occurrence: 3 })).toBe('when DELE is replied (time 3)');
    expect(placementText({ atOctet: 40, direction: 's2c', during: 'RETR' })).toContain('40 octets');
  });
});

describe('wiring', () => {
  // The app knows only the default scenario until the library is loaded (first-load budget).
  beforeAll(() => loadBuiltins());
  const settings: Settings = { retention: 'delete', protocol: 'pop3', personality: 'rfc', scenarioId: 'first-session', scenarioFaults: true, pollAgain: true };

  it('adds one later poll to a device that polls once, so a fault shows at the next session', () => {
    const config = configFor(settings);
    expect(config.devices[0]!.pollAtTicks.length).toBe(2);
    expect(configFor({ ...settings, pollAgain: false }).devices[0]!.pollAtTicks.length).toBe(1);
  });

  it('RFC 1939 §6: with a later poll, a drop before QUIT gives duplicates, not loss', () => {
    const run = simulate(configFor(settings), { engines: ALL_ENGINES });
    const quit = run.trace.find((e) => e.kind === 'send' && e.label === 'QUIT')!;
    const outcome = run.fork(quit.step, { kind: 'drop-connection', device: 'Laptop' }).outcome();
    expect(outcome.lost).toBe(0);
    expect(outcome.duplicated).toBe(3);
  });

  it('can switch off the faults a scenario injects by itself', () => {
    const s = { ...settings, scenarioId: 'f7-crash-before-durable-delete' };
    expect(configFor(s).faults.length).toBe(1);
    expect(configFor({ ...s, scenarioFaults: false }).faults.length).toBe(0);
  });

  it('a shared scenario carries the header settings and every fault of the run', () => {
    const config = configFor({ ...settings, retention: 'keep' });
    const withFault = { ...config, faults: [{ kind: 'crash-client' as const, device: 'Laptop', placement: { atStep: 40 } }] };
    const shared = scenarioForShare({ ...settings, retention: 'keep' }, withFault);
    expect(shared.devices.every((d) => d.retention === 'keep')).toBe(true);
    expect(shared.faults).toEqual(withFault.faults);
    expect(shared.devices[0]!.polls.length).toBe(2);
  });
});
