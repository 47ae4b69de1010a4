import { describe, expect, it } from 'vitest';
import { simulate } from './run.ts';
import { device, world } from './testkit.ts';
import { ALL_ENGINES } from './engines-all.ts';

describe('DeviceView.crashed', () => {
  it('is true from a crash-client fault until the device starts its next session, whatever the connection events say', () => {
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
    const crashedAt = (step: number) => run.viewAt(step).devices[0]!.crashed;
    expect(crashedAt(crash - 1)).toBe(false);
    for (let s = crash; s < restart; s++) expect(crashedAt(s)).toBe(true);
    expect(crashedAt(restart)).toBe(false);
    expect(crashedAt(run.trace.length - 1)).toBe(false);
  });
});

describe('DeviceView.crashed after a power loss', () => {
  it('is true from a device-power-loss fault until the next session-start, as for an app crash', () => {
    const run = simulate(
      world({
        messages: 2,
        devices: [device('Laptop', {}, { pollAtTicks: [0, 700_000] })],
        faults: [{ kind: 'device-power-loss', device: 'Laptop', placement: { onCommand: 'RETR', when: 'sent' } }],
      }), { engines: ALL_ENGINES },
    );
    const loss = run.trace.findIndex((e) => e.kind === 'fault' && e.fault === 'device-power-loss');
    const restart = run.trace.findIndex((e, i) => i > loss && e.kind === 'session-start');
    expect(run.viewAt(loss - 1).devices[0]!.crashed).toBe(false);
    expect(run.viewAt(loss).devices[0]!.crashed).toBe(true);
    expect(run.viewAt(restart - 1).devices[0]!.crashed).toBe(true);
    expect(run.viewAt(restart).devices[0]!.crashed).toBe(false);
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
