import { describe, expect, it } from 'vitest';
import { simulate } from './run.ts';
import { device, world } from './testkit.ts';
import { ALL_ENGINES } from './engines-all.ts';

describe("DeviceView.connection 'crashed': the one 'device is down' fact", () => {
  it('holds from a crash-client fault until the device starts its next session, whatever the old connection\'s events say', () => {
    const run = simulate(
      world({
        messages: 2,
        devices: [device('Laptop', {}, { pollAtTicks: [0, 50_000] })],
        faults: [{ kind: 'crash-client', device: 'Laptop', placement: { onCommand: 'RETR', when: 'sent' } }],
      }), { engines: ALL_ENGINES },
    );
    const crash = run.trace.findIndex((e) => e.kind === 'fault' && e.fault === 'crash-client');
    const restart = run.trace.findIndex((e, i) => i > crash && e.kind === 'session-start');
    expect(crash).toBeGreaterThan(0);
    expect(restart).toBeGreaterThan(crash);
    const crashedAt = (step: number) => run.viewAt(step).devices[0]!.connection === 'crashed';
    expect(crashedAt(crash - 1)).toBe(false);
    for (let s = crash; s < restart; s++) expect(crashedAt(s)).toBe(true);
    expect(crashedAt(restart)).toBe(false);
    expect(crashedAt(run.trace.length - 1)).toBe(false);
  });
});

describe("DeviceView.connection 'crashed' after a power loss", () => {
  it('holds from a device-power-loss fault until the next session-start, as for an app crash', () => {
    const run = simulate(
      world({
        messages: 2,
        devices: [device('Laptop', {}, { pollAtTicks: [0, 700_000] })],
        faults: [{ kind: 'device-power-loss', device: 'Laptop', placement: { onCommand: 'RETR', when: 'sent' } }],
      }), { engines: ALL_ENGINES },
    );
    const loss = run.trace.findIndex((e) => e.kind === 'fault' && e.fault === 'device-power-loss');
    const restart = run.trace.findIndex((e, i) => i > loss && e.kind === 'session-start');
    const down = (step: number) => run.viewAt(step).devices[0]!.connection === 'crashed';
    expect(down(loss - 1)).toBe(false);
    expect(down(loss)).toBe(true);
    expect(down(restart - 1)).toBe(true);
    expect(down(restart)).toBe(false);
  });
});

describe("DeviceView.connection 'dropped' at a reset's own step", () => {
  it('the drop-connection fault step already shows the connection cut, before the connection event that follows', () => {
    const run = simulate(
      world({ messages: 2, faults: [{ kind: 'drop-connection', device: 'Laptop', placement: { onCommand: 'RETR', when: 'sent' } }] }),
      { engines: ALL_ENGINES },
    );
    const cut = run.trace.findIndex((e) => e.kind === 'fault' && e.fault === 'drop-connection');
    const recorded = run.trace.findIndex((e, i) => i > cut && e.kind === 'connection' && e.change === 'dropped');
    expect(cut).toBeGreaterThan(0);
    expect(recorded).toBeGreaterThan(cut);
    expect(run.viewAt(cut - 1).devices[0]!.connection).toBe('connected');
    for (let s = cut; s <= recorded; s++) expect(run.viewAt(s).devices[0]!.connection).toBe('dropped');
  });
});

describe('segment-lost', () => {
  it('a connection that ends with octets still in flight reports each undelivered segment', () => {
    const run = simulate(
      world({ messages: 2, faults: [{ kind: 'drop-connection', device: 'Laptop', placement: { onCommand: 'RETR', when: 'sent' } }] }), { engines: ALL_ENGINES },
    );
    const lost = run.trace.filter((e) => e.kind === 'segment-lost');
    expect(lost.length).toBeGreaterThan(0);
    // Every segment that was sent is either fully delivered or reported lost.
    const finalDelivered = new Set(run.trace.flatMap((e) => (e.kind === 'deliver' && e.final ? [e.segment] : [])));
    const reportedLost = new Set(lost.map((e) => (e.kind === 'segment-lost' ? e.segment : -1)));
    for (const e of run.trace) if (e.kind === 'send') expect(finalDelivered.has(e.segment) || reportedLost.has(e.segment)).toBe(true);
  });
});
