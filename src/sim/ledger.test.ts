import { describe, expect, it } from 'vitest';
import { Ledger, type LedgerInit } from './ledger.ts';
import type { TraceBody, TraceEvent } from './types.ts';

const INIT: LedgerInit = {
  protocol: 'pop3',
  messages: [
    { uid: 'u1', label: 'One', sizeOctets: 10 },
    { uid: 'u2', label: 'Two', sizeOctets: 20 },
  ],
  devices: [
    { name: 'Laptop', uidMemory: [] },
    { name: 'Phone', uidMemory: ['u2'] },
  ],
};

/** Feeds bodies as consecutive trace steps. */
function feed(ledger: Ledger, bodies: readonly TraceBody[]): void {
  for (const body of bodies) ledger.apply({ ...body, step: ledger.step + 1, tick: 0, explain: 'x' } as TraceEvent);
}

describe('custody ledger verdicts', () => {
  it('pending while a device lacks a message the server still has; delivered once every device holds one copy', () => {
    const l = new Ledger(INIT);
    expect(l.custodyOf('u1').verdict).toBe('pending');
    feed(l, [
      { kind: 'copy', device: 'Laptop', uid: 'u1', key: 'k1', change: 'memory' },
      { kind: 'copy', device: 'Phone', uid: 'u1', key: 'k2', change: 'memory' },
      { kind: 'copy', device: 'Phone', uid: 'u1', key: 'k2', change: 'durable' },
    ]);
    expect(l.custodyOf('u1')).toMatchObject({ verdict: 'delivered', copiesByDevice: { Laptop: 1, Phone: 1 }, onServer: true });
  });

  it('lost: the server removed it and the only complete copy was in memory when the device crashed; decisive step = the crash loss', () => {
    const l = new Ledger(INIT);
    feed(l, [
      { kind: 'copy', device: 'Laptop', uid: 'u1', key: 'k1', change: 'memory' },
      { kind: 'marked', device: 'Laptop', uid: 'u1', number: 1 },
      { kind: 'removed', uid: 'u1', reason: 'update' },
      { kind: 'copy', device: 'Laptop', uid: 'u1', key: 'k1', change: 'lost' },
    ]);
    expect(l.custodyOf('u1')).toMatchObject({ verdict: 'lost', onServer: false, decisiveStep: 3 });
    expect(l.outcome().lost).toBe(1);
  });

  it('partial copies never count as custody', () => {
    const l = new Ledger(INIT);
    feed(l, [
      { kind: 'copy', device: 'Laptop', uid: 'u1', key: 'k1', change: 'partial' },
      { kind: 'removed', uid: 'u1', reason: 'expunge-on-dele' },
    ]);
    expect(l.custodyOf('u1').verdict).toBe('lost');
    expect(l.custodyOf('u1').decisiveStep).toBe(1);
  });

  it('duplicated: a device held two complete copies at once; a copy lost in a crash and fetched again is not a duplicate', () => {
    const l = new Ledger(INIT);
    feed(l, [
      { kind: 'copy', device: 'Laptop', uid: 'u1', key: 'a', change: 'memory' },
      { kind: 'copy', device: 'Laptop', uid: 'u1', key: 'a', change: 'lost' },
      { kind: 'copy', device: 'Laptop', uid: 'u1', key: 'b', change: 'memory' },
      { kind: 'copy', device: 'Phone', uid: 'u1', key: 'c', change: 'durable' },
    ]);
    expect(l.custodyOf('u1').verdict).toBe('delivered');
    feed(l, [{ kind: 'copy', device: 'Laptop', uid: 'u1', key: 'd', change: 'memory' }]);
    expect(l.custodyOf('u1')).toMatchObject({ verdict: 'duplicated', decisiveStep: 4, copiesByDevice: { Laptop: 2, Phone: 1 } });
  });

  it('gap: removed from the server while one device has it and another never got it', () => {
    const l = new Ledger(INIT);
    feed(l, [
      { kind: 'copy', device: 'Laptop', uid: 'u2', key: 'a', change: 'durable' },
      { kind: 'removed', uid: 'u2', reason: 'update' },
    ]);
    expect(l.custodyOf('u2')).toMatchObject({ verdict: 'gap', decisiveStep: 1 });
  });

  it('RFC 1939 §7 (F7/F17): gap, not pending, for a device that remembers the UID but lost its only copy in a crash; decisive step = the loss', () => {
    const l = new Ledger(INIT);
    feed(l, [
      { kind: 'copy', device: 'Laptop', uid: 'u1', key: 'k1', change: 'memory' },
      { kind: 'uid-memory', device: 'Laptop', uid: 'u1', change: 'remembered' },
      { kind: 'fault', fault: 'crash-client', device: 'Laptop', detail: { code: 'app-crashed' } },
      { kind: 'copy', device: 'Laptop', uid: 'u1', key: 'k1', change: 'lost' },
    ]);
    expect(l.custodyOf('u1')).toMatchObject({ verdict: 'gap', onServer: true, copiesByDevice: { Laptop: 0 }, decisiveStep: 3 });
    expect(l.outcome().gap).toBe(2); // u2 too: Phone remembers it and holds no copy
    // A clone keeps the loss step.
    expect(l.clone().custodyOf('u1').decisiveStep).toBe(3);
    // Forgetting the UID makes it fetchable again: pending.
    feed(l, [{ kind: 'uid-memory', device: 'Laptop', uid: 'u1', change: 'forgotten' }]);
    expect(l.custodyOf('u1').verdict).toBe('pending');
    // Fetched again: the loss no longer counts.
    feed(l, [
      { kind: 'uid-memory', device: 'Laptop', uid: 'u1', change: 'remembered' },
      { kind: 'copy', device: 'Laptop', uid: 'u1', key: 'k2', change: 'durable' },
      { kind: 'copy', device: 'Phone', uid: 'u1', key: 'k3', change: 'durable' },
    ]);
    expect(l.custodyOf('u1').verdict).toBe('delivered');
  });

  it('pending only for a device that lacks the message and does not remember its UID', () => {
    const l = new Ledger(INIT);
    feed(l, [{ kind: 'copy', device: 'Phone', uid: 'u1', key: 'k1', change: 'durable' }]);
    expect(l.custodyOf('u1')).toMatchObject({ verdict: 'pending', copiesByDevice: { Laptop: 0, Phone: 1 } });
    expect(l.custodyOf('u1').decisiveStep).toBeUndefined();
  });

  it('clone is deep: applying events to a clone leaves the original as it was', () => {
    const l = new Ledger(INIT);
    feed(l, [{ kind: 'copy', device: 'Laptop', uid: 'u1', key: 'a', change: 'memory' }]);
    const c = l.clone();
    feed(c, [
      { kind: 'copy', device: 'Laptop', uid: 'u1', key: 'b', change: 'memory' },
      { kind: 'uid-memory', device: 'Laptop', uid: 'u1', change: 'remembered' },
      { kind: 'marked', device: 'Laptop', uid: 'u1', number: 1 },
    ]);
    expect(l.completeOn('u1', 'Laptop')).toBe(1);
    expect(c.completeOn('u1', 'Laptop')).toBe(2);
    expect(l.view().devices[0]!.uidMemory).toEqual([]);
    expect(l.view().maildrop[0]!.status).toBe('present');
    expect(c.view().maildrop[0]!.status).toBe('marked');
  });

  it('refuses events out of order', () => {
    const l = new Ledger(INIT);
    expect(() => l.apply({ kind: 'fault', fault: 'crash-server', detail: { code: 'server-down', seconds: 0 }, step: 3, tick: 0, explain: 'x' })).toThrow(/out of order/);
  });
});
