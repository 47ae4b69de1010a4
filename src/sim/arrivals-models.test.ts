/**
 * Mail arriving during the run, the POP2 abort model and a client that keeps
 * partial data, through the whole simulator with the real engines.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from './run.ts';
import { device, message, world } from './testkit.ts';
import type { TraceEvent, WorldConfig } from './types.ts';
import { ALL_ENGINES } from './engines-all.ts';

const LATER = 700_000;
const removals = (trace: readonly TraceEvent[]) => trace.flatMap((e) => (e.kind === 'removed' ? [e.reason] : []));

describe('mail arriving during the run (MessageSpec.arrivesAtTick)', () => {
  it('RFC 1939 §8: a session already logged in does not see new mail; the next session fetches it', () => {
    const late = { ...message(3), arrivesAtTick: 200 };
    const run = simulate(world({ messages: [message(1), message(2), late], devices: [device('Laptop', {}, { pollAtTicks: [0, 100_000] })] }), { engines: ALL_ENGINES });
    const arrived = run.trace.find((e) => e.kind === 'arrived')!;
    expect(arrived.tick).toBe(200);
    expect(arrived.explain).toBe('mail.arrived');
    // Session 1 was running when it arrived: its STAT still says 2 messages, it fetched 2.
    const stat1 = run.trace.find((e) => e.kind === 'reply' && e.session === 1 && e.line.startsWith('+OK 2 '));
    expect(stat1).toBeDefined();
    expect(arrived.step).toBeLessThan(run.trace.findIndex((e) => e.kind === 'session-end' && e.session === 1));
    const copies = (session: number) => run.trace.filter((e) => e.kind === 'copy' && e.change === 'memory' && e.session === session);
    expect(copies(1)).toHaveLength(2);
    expect(copies(2)).toHaveLength(1);
    // Before it arrives the maildrop view does not list it; afterwards it does.
    expect(run.viewAt(arrived.step - 1).maildrop).toHaveLength(2);
    expect(run.viewAt(arrived.step).maildrop).toHaveLength(3);
    expect(run.outcome()).toMatchObject({ delivered: 3, duplicated: 0, lost: 0 });
  });

  it('RFC 1939 §4: message numbers shift between sessions when mail arrives (a later message keeps its UID, not its number)', () => {
    const run = simulate(
      world({
        messages: [message(1), { ...message(2), arrivesAtTick: 50_000 }],
        devices: [device('Laptop', { retention: 'keep' }, { pollAtTicks: [0, 100_000] })],
      }), { engines: ALL_ENGINES },
    );
    const uidl = run.trace.filter((e) => e.kind === 'send' && e.direction === 's2c' && e.label.startsWith('+OK') && e.octets.includes('\r\n1 '));
    expect(uidl.length).toBeGreaterThanOrEqual(2);
    expect(run.outcome()).toMatchObject({ delivered: 2, duplicated: 0 });
  });
});

describe('POP2 abort model (RFC 937 "ACKD" leaves it open)', () => {
  const f3 = (pop2Abort: 'commit-nothing' | 'commit-on-release'): WorldConfig => ({
    ...world({
      protocol: 'pop2',
      messages: 3,
      devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })],
      faults: [{ kind: 'drop-connection', placement: { onCommand: 'ACKD', when: 'replied', occurrence: 3 } }],
    }),
    pop2Abort,
  });

  it('commit-nothing: a drop after every ACKD forgets the marks; all three come again (duplicates)', () => {
    const run = simulate(f3('commit-nothing'), { engines: ALL_ENGINES });
    expect(run.trace.filter((e) => e.kind === 'removed' && e.session === 1)).toHaveLength(0);
    const end = run.trace.find((e) => e.kind === 'server-state' && e.session === 1 && e.to === 'DONE' ? false : e.kind === 'server-state' && e.session === 1 && e.to === 'CLOSED');
    expect(end?.explain).toBe('server.aborted.pop2');
    expect(run.trace.filter((e) => e.kind === 'unmarked' && e.session === 1).every((e) => e.explain === 'unmarked.session-ended.pop2')).toBe(true);
    expect(run.outcome()).toMatchObject({ delivered: 0, duplicated: 3, lost: 0 });
  });

  it('commit-on-release (UW ipop2d): the same drop releases the mailbox and deletes what was ACKD\'d; no duplicates', () => {
    const run = simulate(f3('commit-on-release'), { engines: ALL_ENGINES });
    expect(run.trace.filter((e) => e.kind === 'removed' && e.session === 1).map((e) => (e.kind === 'removed' ? e.reason : ''))).toEqual(['release', 'release', 'release']);
    const end = run.trace.find((e) => e.kind === 'server-state' && e.session === 1 && e.to === 'CLOSED');
    expect(end?.explain).toBe('server.aborted.pop2.released');
    expect(run.outcome()).toMatchObject({ delivered: 3, duplicated: 0, lost: 0 });
  });

  it('a server crash commits nothing under either model', () => {
    for (const pop2Abort of ['commit-nothing', 'commit-on-release'] as const) {
      const run = simulate({
        ...world({
          protocol: 'pop2',
          messages: 2,
          devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })],
          faults: [{ kind: 'crash-server', downtimeTicks: 1_000, placement: { onCommand: 'ACKD', when: 'replied', occurrence: 2 } }],
        }),
        pop2Abort,
      }, { engines: ALL_ENGINES });
      expect(removals(run.trace.filter((e) => e.session === 1)), pop2Abort).toEqual([]);
      expect(run.outcome().duplicated, pop2Abort).toBe(2);
    }
  });
});

describe('a client that keeps partial data (DeviceSpec.keepPartial)', () => {
  it('RFC 918 (F1): POP1 mailbox cut mid-transfer: the careless client keeps the whole messages of the cut block, so they come twice', () => {
    const config = (keepPartial: boolean) =>
      world({
        protocol: 'pop1',
        messages: 3,
        devices: [device('Laptop', {}, { pollAtTicks: [0, LATER], keepPartial })],
        faults: [{ kind: 'drop-connection', placement: { atOctet: 300, direction: 's2c', during: 'RCEV' } }],
      });
    const careful = simulate(config(false), { engines: ALL_ENGINES }).outcome();
    expect(careful).toMatchObject({ delivered: 3, duplicated: 0 });
    const careless = simulate(config(true), { engines: ALL_ENGINES });
    expect(careless.outcome().duplicated).toBeGreaterThan(0);
    expect(careless.trace.some((e) => e.kind === 'copy' && e.change === 'discarded')).toBe(false);
  });

  it('RFC 1939 §3 (F1): POP3 RETR cut after 40 octets: the kept partial stays a corrupt copy, which never counts as the message', () => {
    const run = simulate(
      world({
        devices: [device('Laptop', {}, { pollAtTicks: [0, LATER], keepPartial: true })],
        faults: [{ kind: 'drop-connection', placement: { atOctet: 40, direction: 's2c', during: 'RETR' } }],
      }), { engines: ALL_ENGINES },
    );
    const kept = run.trace.find((e) => e.kind === 'copy' && e.change === 'partial')!;
    expect(kept.explain).toBe('copy.partial.kept');
    expect(run.trace.some((e) => e.kind === 'copy' && e.change === 'discarded')).toBe(false);
    expect(run.outcome()).toMatchObject({ delivered: 2, lost: 0 });
  });

  it('atOctet with occurrence cuts the second matching transfer, not the first', () => {
    const run = simulate(
      world({
        messages: 3,
        devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })],
        faults: [{ kind: 'drop-connection', placement: { atOctet: 40, direction: 's2c', during: 'RETR', occurrence: 2 } }],
      }), { engines: ALL_ENGINES },
    );
    const s1copies = run.trace.filter((e) => e.kind === 'copy' && e.session === 1);
    expect(s1copies.filter((e) => e.kind === 'copy' && e.change === 'memory')).toHaveLength(1);
    expect(s1copies.filter((e) => e.kind === 'copy' && e.change === 'partial')).toHaveLength(1);
  });
});
