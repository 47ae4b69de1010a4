import { describe, expect, it } from 'vitest';
import { Maildrop } from '../protocol/maildrop.ts';
import { InvariantChecker, InvariantViolation, allowedRemovalReasons } from './invariants.ts';
import { Ledger } from './ledger.ts';
import type { TraceBody, TraceEvent } from './types.ts';

function setup(personality: { kind: 'rfc' } | { kind: 'expunge-on-dele' } = { kind: 'rfc' }) {
  const maildrop = new Maildrop('alice');
  const m = maildrop.deliver('Subject: a\n\nbody\n');
  const ledger = new Ledger({ protocol: 'pop3', messages: [{ uid: m.uid, label: 'a', sizeOctets: m.octets.length }], devices: [{ name: 'Laptop', uidMemory: [] }] });
  const checker = new InvariantChecker({
    seed: 77,
    protocol: 'pop3',
    personality,
    maildrop,
    originalOctets: new Map([[m.uid, m.octets]]),
    deviceCompleteCopies: () => ledger.totalCompleteCopies,
    deviceCopyStatus: () => null,
  });
  const feed = (bodies: readonly TraceBody[]): void => {
    for (const body of bodies) {
      const e = { ...body, step: ledger.step + 1, tick: 0, explain: 'x', session: 1 } as TraceEvent;
      ledger.apply(e);
      checker.afterEvent(e, ledger);
    }
  };
  return { maildrop, uid: m.uid, feed };
}

describe('invariant checkers', () => {
  it('RFC 1939 §6: a removal outside UPDATE is a violation, reported with seed and step', () => {
    const { maildrop, uid, feed } = setup();
    feed([
      { kind: 'connection', device: 'Laptop', change: 'opened' },
      { kind: 'server-state', device: 'Laptop', from: 'AUTHORIZATION', to: 'TRANSACTION' },
      { kind: 'marked', device: 'Laptop', uid, number: 1 },
    ]);
    maildrop.remove([uid], 'update');
    expect(() => feed([{ kind: 'removed', uid, reason: 'update', device: 'Laptop' }])).toThrow(/seed 77, step 3.*not UPDATE/);
  });

  it('RFC 1939 §6: UPDATE may remove only what the session marked', () => {
    const { maildrop, uid, feed } = setup();
    feed([
      { kind: 'connection', device: 'Laptop', change: 'opened' },
      { kind: 'server-state', device: 'Laptop', from: 'TRANSACTION', to: 'UPDATE' },
    ]);
    maildrop.remove([uid], 'update');
    expect(() => feed([{ kind: 'removed', uid, reason: 'update', device: 'Laptop' }])).toThrow(/never marked/);
  });

  it('a conformant UPDATE removal passes', () => {
    const { maildrop, uid, feed } = setup();
    feed([
      { kind: 'connection', device: 'Laptop', change: 'opened' },
      { kind: 'marked', device: 'Laptop', uid, number: 1 },
      { kind: 'server-state', device: 'Laptop', from: 'TRANSACTION', to: 'UPDATE' },
    ]);
    maildrop.remove([uid], 'update');
    expect(() => feed([{ kind: 'removed', uid, reason: 'update', device: 'Laptop' }])).not.toThrow();
  });

  it('expunge-on-dele removals are allowed only for that personality', () => {
    expect(allowedRemovalReasons('pop3', { kind: 'rfc' }).has('expunge-on-dele')).toBe(false);
    expect(allowedRemovalReasons('pop3', { kind: 'expunge-on-dele' }).has('expunge-on-dele')).toBe(true);
    expect(allowedRemovalReasons('pop2', { kind: 'rfc' })).toEqual(new Set(['release']));
    const { maildrop, uid, feed } = setup();
    maildrop.remove([uid], 'expunge-on-dele');
    expect(() => feed([{ kind: 'removed', uid, reason: 'expunge-on-dele', device: 'Laptop' }])).toThrow(InvariantViolation);
  });

  it('no octet is delivered on a connection after it dropped', () => {
    const { feed } = setup();
    feed([
      { kind: 'connection', device: 'Laptop', change: 'opened' },
      { kind: 'send', device: 'Laptop', direction: 's2c', segment: 1, octets: '+OK\r\n', label: '+OK' },
      { kind: 'deliver', device: 'Laptop', direction: 's2c', segment: 1, offset: 0, octets: '+OK', final: false },
      { kind: 'connection', device: 'Laptop', change: 'dropped' },
    ]);
    expect(() => feed([{ kind: 'deliver', device: 'Laptop', direction: 's2c', segment: 1, offset: 3, octets: '\r\n', final: true }])).toThrow(/after its connection ended/);
  });

  it('RFC 6298: no octet is skipped on a live connection: not inside a segment, not by losing a segment and going on', () => {
    const opened = [
      { kind: 'connection', device: 'Laptop', change: 'opened' },
      { kind: 'send', device: 'Laptop', direction: 's2c', segment: 1, octets: '+OK 1\r\n', label: '+OK 1' },
      { kind: 'send', device: 'Laptop', direction: 's2c', segment: 2, octets: '+OK 2\r\n', label: '+OK 2' },
    ] as const;
    const skipInside = setup();
    skipInside.feed([...opened, { kind: 'deliver', device: 'Laptop', direction: 's2c', segment: 1, offset: 0, octets: '+OK', final: false }]);
    expect(() => skipInside.feed([{ kind: 'deliver', device: 'Laptop', direction: 's2c', segment: 1, offset: 5, octets: '\r\n', final: true }])).toThrow(/octets skipped/);
    const skipSegment = setup();
    skipSegment.feed([...opened, { kind: 'segment-lost', device: 'Laptop', direction: 's2c', segment: 1, undeliveredOctets: 7 }]);
    expect(() => skipSegment.feed([{ kind: 'deliver', device: 'Laptop', direction: 's2c', segment: 2, offset: 0, octets: '+OK 2\r\n', final: true }])).toThrow(/never skips octets/);
    const inOrder = setup();
    expect(() =>
      inOrder.feed([
        ...opened,
        { kind: 'deliver', device: 'Laptop', direction: 's2c', segment: 1, offset: 0, octets: '+OK 1\r\n', final: true },
        { kind: 'deliver', device: 'Laptop', direction: 's2c', segment: 2, offset: 0, octets: '+OK 2\r\n', final: true },
      ]),
    ).not.toThrow();
  });

  it('RFC 1939 §7: the UID check skips an unchanged maildrop but still catches a change made after an earlier session start', () => {
    const { maildrop, feed } = setup();
    feed([{ kind: 'session-start', device: 'Laptop', session: 1 }]);
    feed([{ kind: 'session-start', device: 'Laptop', session: 2 }]); // unchanged: passes
    maildrop.deliver('Subject: sneaked in\n\nbody\n');
    expect(() => feed([{ kind: 'session-start', device: 'Laptop', session: 3 }])).toThrow(/maildrop holds 2 messages/);
  });

  it('RFC 1939 §7: a UID that changes content is caught at the next session start', () => {
    const { maildrop, feed } = setup();
    maildrop.deliver('Subject: sneaky\n\nnew\n');
    expect(() => feed([{ kind: 'session-start', device: 'Laptop', session: 1 }])).toThrow(/maildrop holds 2 messages|unknown UID/);
  });
});
