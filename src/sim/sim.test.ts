import { describe, expect, it } from 'vitest';
import { simulate } from './run.ts';
import { device, message, world } from './testkit.ts';
import { Prng } from './prng.ts';
import { isExplainKey } from './explain.ts';
import { explainEvent } from '../i18n/narration.ts';
import { SimulationError, World } from './world.ts';
import { Ledger, type LedgerInit } from './ledger.ts';
import type { SimulationRun } from './run.ts';

/** The ledger's starting point for a finished run, rebuilt the way World does. */
function initOf(run: SimulationRun): LedgerInit {
  return new World(run.config, { engines: ALL_ENGINES, checkInvariants: false }).ledgerInit;
}
import type { FaultKind, FaultPlacement, FaultSpec, WorldConfig } from './types.ts';
import { ALL_ENGINES } from './engines-all.ts';

describe('determinism', () => {
  it('the same seed gives the identical trace, for 1,000 seeds', () => {
    for (let seed = 0; seed < 1000; seed++) {
      const config = world({
        seed,
        messages: 1,
        channel: { latencyTicks: 1, octetsPerTick: 512 },
        faults: [{ kind: 'drop-connection', placement: { probability: { numerator: 1, denominator: 40 } } }],
      });
      const a = JSON.stringify(simulate(config, { engines: ALL_ENGINES }).trace);
      const b = JSON.stringify(simulate(config, { engines: ALL_ENGINES }).trace);
      if (a !== b) throw new Error(`seed ${seed}: two runs of the same config differ`);
    }
  });

  it('the seed really changes the run (APOP timestamps, probabilistic faults)', () => {
    const greetings = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const first = simulate(world({ seed, messages: 1 }), { engines: ALL_ENGINES }).trace.find((e) => e.kind === 'reply');
      greetings.add(first && first.kind === 'reply' ? first.line : '');
    }
    expect(greetings.size).toBeGreaterThan(15);
  });
});

/** Random faults drawn from the seed itself, so a failing seed replays exactly. */
function randomFaults(seed: number, devices: readonly string[]): FaultSpec[] {
  const prng = new Prng(seed ^ 0x5eed);
  const kinds: FaultKind[] = ['drop-connection', 'connection-silent', 'lose-segment', 'crash-client', 'device-power-loss', 'crash-server', 'idle-past-autologout', 'second-device-login'];
  const commands = ['USER', 'PASS', 'STAT', 'UIDL', 'RETR', 'DELE', 'QUIT'];
  const faults: FaultSpec[] = [];
  const n = 1 + prng.nextInt(3);
  for (let i = 0; i < n; i++) {
    const kind = kinds[prng.nextInt(kinds.length)]!;
    let placement: FaultPlacement;
    switch (prng.nextInt(5)) {
      case 0:
        placement = { atStep: prng.nextInt(120) };
        break;
      case 1:
        placement = { atTick: prng.nextInt(400) };
        break;
      case 2:
        placement = { atOctet: prng.nextInt(120), direction: prng.chance(1, 2) ? 's2c' : 'c2s' };
        break;
      case 3:
        placement = { onCommand: commands[prng.nextInt(commands.length)]!, when: (['sent', 'delivered', 'replied'] as const)[prng.nextInt(3)]! };
        break;
      default:
        placement = { probability: { numerator: 1, denominator: 30 } };
    }
    faults.push({ kind, device: devices[prng.nextInt(devices.length)]!, direction: prng.chance(1, 2) ? 's2c' : 'c2s', placement });
  }
  return faults;
}

describe('seed sweeps with random faults, every invariant checked after every step', () => {
  it('RFC 1939 §6: with an RFC server and safe clients, no seed ever loses mail (delete and keep mode)', () => {
    for (let seed = 0; seed < 300; seed++) {
      const retention = seed % 2 === 0 ? 'delete' : 'keep';
      const config = world({
        seed,
        messages: 3,
        channel: { latencyTicks: 1 + (seed % 7), octetsPerTick: 16 + (seed % 50) },
        devices: [device('Laptop', { retention }, { pollAtTicks: [0, 2_000, 700_000, 1_400_000], writeDelayTicks: seed % 30 })],
        faults: randomFaults(seed, ['Laptop']),
      });
      let lost = -1;
      try {
        lost = simulate(config, { engines: ALL_ENGINES }).outcome().lost;
      } catch (e) {
        throw new Error(`seed ${seed}: ${(e as Error).message}`);
      }
      if (lost !== 0) throw new Error(`seed ${seed}: ${lost} message(s) lost with a safe client on an RFC server`);
    }
  });

  it('any protocol, personality and commit order: invariants hold for every seed', () => {
    const personalities = [{ kind: 'rfc' }, { kind: 'expunge-on-dele' }, { kind: 'download-once' }, { kind: 'no-uidl' }] as const;
    const orders = ['safe', 'unsafe', 'pipelined'] as const;
    const protocols = ['pop3', 'pop3', 'pop2', 'pop1'] as const;
    for (let seed = 0; seed < 200; seed++) {
      const protocol = protocols[seed % protocols.length]!;
      const config0 = world({
        seed,
        protocol,
        personality: protocol === 'pop3' ? personalities[(seed >> 2) % personalities.length]! : { kind: 'rfc' },
        messages: 2,
        channel: { latencyTicks: 1 + (seed % 5), octetsPerTick: 8 + (seed % 90) },
        devices: [
          device('Laptop', { retention: seed % 3 === 0 ? 'keep' : 'delete', commitOrder: orders[seed % 3]! }, { pollAtTicks: [0, 700_000] }),
          device('Phone', { retention: 'keep' }, { pollAtTicks: [1_500, 1_500_000] }),
        ],
        faults: randomFaults(seed, ['Laptop', 'Phone']),
      });
      // RFC 937 leaves a POP2 abort open: sweep both models.
      const config: WorldConfig = { ...config0, pop2Abort: (seed & 4) === 0 ? 'commit-nothing' : 'commit-on-release' };
      try {
        const run = simulate(config, { engines: ALL_ENGINES });
        const o = run.outcome();
        expect(o.delivered + o.duplicated + o.lost + o.gap).toBeLessThanOrEqual(2);
      } catch (e) {
        throw new Error(`seed ${seed} (${protocol}): ${(e as Error).message}`);
      }
    }
  });
});

describe('seek and fork', () => {
  const config = world({ messages: 3, devices: [device('Laptop', {}, { pollAtTicks: [0, 100_000] })] });
  const run = simulate(config, { engines: ALL_ENGINES });

  it('viewAt(k) equals the state built by replaying the trace from the start, at every step', () => {
    let previous = run.viewAt(-1);
    expect(previous.maildrop.every((m) => m.status === 'present')).toBe(true);
    for (let k = 0; k < run.trace.length; k++) {
      const view = run.viewAt(k);
      expect(view.step).toBe(k);
      expect(view.tick).toBe(run.trace[k]!.tick);
      const e = run.trace[k]!;
      if (e.kind === 'marked') expect(view.maildrop.find((m) => m.uid === e.uid)?.status).toBe('marked');
      if (e.kind === 'removed') expect(view.maildrop.find((m) => m.uid === e.uid)?.status).toBe('removed');
      previous = view;
    }
    expect(JSON.stringify(run.viewAt(run.trace.length - 1).custody)).toBe(JSON.stringify(run.outcome().messages));
    // Seeking backwards gives the same answer as seeking forwards.
    expect(run.viewAt(40)).toEqual(run.viewAt(40));
    expect(JSON.stringify(run.viewAt(10))).toBe(JSON.stringify((() => { run.viewAt(run.trace.length - 1); return run.viewAt(10); })()));
  });

  it('snapshot seeks equal a fresh replay from step -1, across snapshot boundaries, with a crash, a second device and removals', () => {
    const big = simulate(
      world({
        messages: 6,
        devices: [
          device('Laptop', { retention: 'keep', commitOrder: 'unsafe' }, { writeDelayTicks: 50_000, pollAtTicks: [0, 700_000] }),
          device('Phone', { retention: 'delete' }, { pollAtTicks: [800_000] }),
        ],
        faults: [{ kind: 'crash-client', device: 'Laptop', placement: { onCommand: 'QUIT', when: 'replied' } }],
      }), { engines: ALL_ENGINES },
    );
    expect(big.trace.length).toBeGreaterThan(3 * 64);
    big.prepareSeek();
    const fresh = new Ledger(initOf(big));
    expect(JSON.stringify(big.viewAt(-1))).toBe(JSON.stringify(fresh.view()));
    for (let k = 0; k < big.trace.length; k++) {
      fresh.apply(big.trace[k]!);
      if (k % 7 === 0 || k % 64 === 63 || k % 64 === 0) expect(JSON.stringify(big.viewAt(k)), `step ${k}`).toBe(JSON.stringify(fresh.view()));
    }
    expect(JSON.stringify(fresh.outcome())).toBe(JSON.stringify(big.outcome()));
    expect(big.outcome().messages.some((m) => m.verdict === 'gap')).toBe(true);
  });

  it('views show device copies moving from memory to durable', () => {
    const firstMemory = run.trace.findIndex((e) => e.kind === 'copy' && e.change === 'memory');
    const firstDurable = run.trace.findIndex((e) => e.kind === 'copy' && e.change === 'durable');
    expect(run.viewAt(firstMemory).devices[0]!.copies[0]).toMatchObject({ status: 'memory', count: 1 });
    expect(run.viewAt(firstDurable).devices[0]!.copies[0]).toMatchObject({ status: 'durable', count: 1 });
  });

  it('fork at a step injects the fault there and keeps the prefix identical', () => {
    const deleStep = run.trace.findIndex((e) => e.kind === 'reply' && e.line.startsWith('+OK message 1 deleted'));
    const forked = run.fork(deleStep + 1, { kind: 'drop-connection', device: 'Laptop' });
    const faultAt = forked.trace.findIndex((e) => e.kind === 'fault');
    expect(faultAt).toBeGreaterThan(deleStep);
    expect(JSON.stringify(forked.trace.slice(0, faultAt))).toBe(JSON.stringify(run.trace.slice(0, faultAt)));
    expect(run.outcome().duplicated).toBe(0);
    expect(forked.outcome()).toMatchObject({ duplicated: 1, lost: 0 });
  });

  it('the transcript shows C:/S: lines and faults', () => {
    const forked = run.fork(30, { kind: 'drop-connection', device: 'Laptop' });
    const text = forked.transcript();
    expect(text).toMatch(/^-- session 1 --\nS: \+OK POP3 server ready/);
    expect(text).toContain('C: USER alice');
    expect(text).toContain('-- connection dropped --');
  });
});

describe('explanations', () => {
  it('every event of a rich run has catalogue text with its placeholders filled', () => {
    const run = simulate(
      world({
        devices: [device('Laptop', {}, { pollAtTicks: [0, 1000, 700_000] }), device('Phone', {}, { pollAtTicks: [] })],
        faults: [
          { kind: 'crash-client', device: 'Laptop', placement: { onCommand: 'DELE', when: 'replied' } },
          { kind: 'second-device-login', device: 'Phone', placement: { onCommand: 'RETR', when: 'sent' } },
          { kind: 'lose-segment', device: 'Laptop', direction: 's2c', placement: { atTick: 700_005 } },
        ],
      }), { engines: ALL_ENGINES },
    );
    const used = new Set<string>();
    for (const e of run.trace) {
      const text = explainEvent(e);
      expect(text, `step ${e.step} (${e.explain})`).not.toMatch(/\{\w+\}/);
      used.add(e.explain);
    }
    for (const key of used) expect(isExplainKey(key)).toBe(true);
    expect(used.size).toBeGreaterThan(20);
  });
});

describe('scenario errors and bounds', () => {
  it('identical message content is a scenario error (copies are matched by content)', () => {
    const same = message(1);
    expect(() => simulate(world({ messages: [same, same] }), { engines: ALL_ENGINES })).toThrow(/identical content/);
  });

  it('an unknown fault device, or duplicate device names, are scenario errors', () => {
    expect(() => new World(world({ faults: [{ kind: 'crash-client', device: 'Nope', placement: { atTick: 1 } }] }), { engines: ALL_ENGINES })).toThrow(SimulationError);
    expect(() => new World(world({ devices: [device('A'), device('A')] }), { engines: ALL_ENGINES })).toThrow(/two devices/);
  });

  it('exceeding maxEvents throws with the seed', () => {
    const config: WorldConfig = world({ seed: 42, maxEvents: 20 });
    expect(() => simulate(config, { engines: ALL_ENGINES })).toThrow(/seed 42.*maxEvents/);
  });

  it('the named fault operations act on a world directly', () => {
    const w = new World(world({ devices: [device('Laptop', {}, { pollAtTicks: [0] })] }), { engines: ALL_ENGINES });
    w.step();
    expect(w.connectionOf('Laptop')).not.toBeNull();
    w.dropConnection('Laptop');
    expect(w.connectionOf('Laptop')).toBeNull();
    expect(w.trace.some((e) => e.kind === 'connection' && e.change === 'dropped')).toBe(true);
    w.run();
    expect(w.ledger.outcome().messages.every((m) => m.onServer)).toBe(true);
  });
});
