/**
 * The failure catalogue (reference §8) run through the whole simulator with
 * the real engines. Each test names the catalogue row and the RFC rule.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from './run.ts';
import { RETRANSMISSION_TIMEOUT_TICKS } from './world.ts';
import { device, world } from './testkit.ts';
import type { TraceEvent } from './types.ts';
import { ALL_ENGINES } from './engines-all.ts';

const LATER = 100_000;
/** After the RFC 1939 §3 minimum autologout (10 minutes), when a stale session is gone. */
const AFTER_AUTOLOGOUT = 700_000;

function removals(trace: readonly TraceEvent[]): string[] {
  return trace.flatMap((e) => (e.kind === 'removed' ? [e.reason] : []));
}

describe('failure catalogue, POP3', () => {
  it('RFC 1939 §6 (F3): a drop after DELE, before QUIT, on an RFC server gives a duplicate, never a loss', () => {
    const run = simulate(
      world({
        devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })],
        faults: [{ kind: 'drop-connection', placement: { onCommand: 'DELE', when: 'delivered' } }],
      }), { engines: ALL_ENGINES },
    );
    const o = run.outcome();
    expect(o.lost).toBe(0);
    expect(o.duplicated).toBe(1);
    const dup = o.messages.find((m) => m.verdict === 'duplicated')!;
    expect(dup.copiesByDevice['Laptop']).toBe(2);
    // The first session's DELE was never committed: its first removal comes from session 2's UPDATE.
    const firstRemoval = run.trace.find((e) => e.kind === 'removed')!;
    expect(firstRemoval.session).toBe(2);
    expect(run.trace[dup.decisiveStep!]?.kind).toBe('copy');
    expect(run.transcript()).toContain('-- connection dropped --');
  });

  it('non-conformant expunge-on-DELE: a crash after DELE with the unsafe order loses the message; the RFC server keeps it (F3/F7)', () => {
    const faults = [{ kind: 'crash-client' as const, placement: { onCommand: 'DELE', when: 'delivered' as const } }];
    const devices = [device('Laptop', { commitOrder: 'unsafe' }, { pollAtTicks: [0, AFTER_AUTOLOGOUT], writeDelayTicks: 5000 })];
    const expunge = simulate(world({ personality: { kind: 'expunge-on-dele' }, devices, faults }), { engines: ALL_ENGINES }).outcome();
    expect(expunge.lost).toBe(1);
    expect(expunge.messages[0]!.verdict).toBe('lost');
    const rfc = simulate(world({ devices, faults }), { engines: ALL_ENGINES }).outcome();
    expect(rfc.lost).toBe(0);
    expect(rfc.messages[0]!.verdict).toBe('delivered');
  });

  it('F3 on expunge-on-DELE with a safe client: the message is gone from the server at once, so no duplicate', () => {
    const run = simulate(
      world({
        personality: { kind: 'expunge-on-dele' },
        devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })],
        faults: [{ kind: 'drop-connection', placement: { onCommand: 'DELE', when: 'delivered' } }],
      }), { engines: ALL_ENGINES },
    );
    expect(run.outcome()).toMatchObject({ delivered: 2, duplicated: 0, lost: 0 });
    expect(removals(run.trace)).toContain('expunge-on-dele');
  });

  it('F7: a client crash before its copies are durable loses mail in delete mode with the unsafe order', () => {
    const run = simulate(
      world({
        devices: [device('Laptop', { commitOrder: 'unsafe' }, { writeDelayTicks: 5000 })],
        faults: [{ kind: 'crash-client', placement: { onCommand: 'QUIT', when: 'replied' } }],
      }), { engines: ALL_ENGINES },
    );
    const o = run.outcome();
    expect(o.lost).toBe(2);
    for (const m of o.messages) {
      expect(m.onServer).toBe(false);
      const e = run.trace[m.decisiveStep!]!;
      expect(e.kind === 'copy' && e.change === 'lost').toBe(true);
    }
  });

  it('F7: the same crash with the safe order, or in keep mode, loses nothing', () => {
    const faults = [{ kind: 'crash-client' as const, placement: { onCommand: 'QUIT', when: 'replied' as const } }];
    const safe = simulate(world({ devices: [device('Laptop', { commitOrder: 'safe' }, { writeDelayTicks: 5000 })], faults }), { engines: ALL_ENGINES }).outcome();
    expect(safe.lost).toBe(0);
    expect(safe.delivered).toBe(2);
    const keep = simulate(
      world({ devices: [device('Laptop', { commitOrder: 'unsafe', retention: 'keep' }, { writeDelayTicks: 5000, pollAtTicks: [0, LATER] })], faults }), { engines: ALL_ENGINES },
    ).outcome();
    expect(keep.lost).toBe(0);
    for (const m of keep.messages) expect(m.onServer).toBe(true);
  });

  it('F10 (RFC 2449 §7): two devices in delete mode: the second never sees the mail (gap)', () => {
    const o = simulate(world({ devices: [device('Laptop'), device('Phone', {}, { pollAtTicks: [50_000] })] }), { engines: ALL_ENGINES }).outcome();
    expect(o.gap).toBe(2);
    for (const m of o.messages) expect(m.copiesByDevice).toEqual({ Laptop: 1, Phone: 0 });
  });

  it('F5 (RFC 1939 §6): the connection dies after the server commits, before its +OK arrives: the deletions were applied; a safe client loses nothing', () => {
    const run = simulate(world({ faults: [{ kind: 'drop-connection', placement: { onCommand: 'QUIT', when: 'delivered' } }] }), { engines: ALL_ENGINES });
    const lostSeg = run.trace.find((e) => e.kind === 'segment-lost');
    expect(lostSeg && lostSeg.kind === 'segment-lost' && lostSeg.direction).toBe('s2c');
    expect(removals(run.trace)).toEqual(['update', 'update']);
    // The commit came first: every removal precedes the reset.
    const reset = run.trace.findIndex((e) => e.kind === 'fault');
    expect(run.trace.findLastIndex((e) => e.kind === 'removed')).toBeLessThan(reset);
    expect(run.outcome()).toMatchObject({ delivered: 2, lost: 0, duplicated: 0 });
    const end = run.trace.find((e) => e.kind === 'session-end');
    expect(end && end.kind === 'session-end' && end.ok).toBe(false);
  });

  it('RFC 6298 §5: a lost segment is retransmitted after the timeout: the +OK to QUIT arrives late but whole, nothing is skipped', () => {
    const run = simulate(world({ faults: [{ kind: 'lose-segment', direction: 's2c', placement: { onCommand: 'QUIT', when: 'delivered' } }] }), { engines: ALL_ENGINES });
    expect(run.trace.some((e) => e.kind === 'segment-lost')).toBe(false);
    const fault = run.trace.find((e) => e.kind === 'fault')!;
    const resent = run.trace.find((e) => e.kind === 'retransmitted')!;
    expect(resent).toMatchObject({ direction: 's2c', delayTicks: RETRANSMISSION_TIMEOUT_TICKS });
    expect(resent.tick - fault.tick).toBeGreaterThanOrEqual(RETRANSMISSION_TIMEOUT_TICKS);
    // Right after the retransmission the reply arrives, and the session ends cleanly.
    const next = run.trace[resent.step + 1]!;
    expect(next.kind === 'deliver' && resent.kind === 'retransmitted' && next.segment === resent.segment && next.offset === 0).toBe(true);
    const end = run.trace.find((e) => e.kind === 'session-end');
    expect(end && end.kind === 'session-end' && end.ok).toBe(true);
    expect(run.transcript()).toMatch(/server → client: a lost segment is resent after 1 s \(TCP retransmission\)/);
    expect(run.outcome()).toMatchObject({ delivered: 2, lost: 0, duplicated: 0 });
  });

  it('F4 (RFC 1939 §3, §6): the connection goes silent as QUIT leaves: the server never reads it, never enters UPDATE; autologout ends it and the mail comes again (duplicates)', () => {
    const run = simulate(
      world({
        devices: [device('Laptop', {}, { pollAtTicks: [0, AFTER_AUTOLOGOUT] })],
        faults: [{ kind: 'connection-silent', placement: { onCommand: 'QUIT', when: 'sent' } }],
      }), { engines: ALL_ENGINES },
    );
    expect(run.trace.some((e) => e.kind === 'command' && e.keyword === 'QUIT' && e.session === 1)).toBe(false);
    expect(run.trace.some((e) => e.explain === 'server.autologout' && e.session === 1)).toBe(true);
    expect(run.trace.filter((e) => e.kind === 'removed').every((e) => e.session === 2)).toBe(true);
    expect(run.outcome()).toMatchObject({ duplicated: 2, lost: 0 });
    expect(run.transcript()).toContain('C: QUIT  [never arrives]');
  });

  it('F11: two keep-mode devices with UIDL each download every message exactly once', () => {
    const o = simulate(
      world({ devices: [device('Laptop', { retention: 'keep' }, { pollAtTicks: [0, LATER] }), device('Phone', { retention: 'keep' }, { pollAtTicks: [50_000, 2 * LATER] })] }), { engines: ALL_ENGINES },
    ).outcome();
    expect(o.delivered).toBe(2);
    for (const m of o.messages) expect(m).toMatchObject({ onServer: true, copiesByDevice: { Laptop: 1, Phone: 1 } });
  });

  it('F13 (RFC 2449 §6.7 EXPIRE 0): a keep client on a download-once server: the server removes what was retrieved at QUIT', () => {
    const one = simulate(world({ personality: { kind: 'download-once' }, devices: [device('Laptop', { retention: 'keep' })] }), { engines: ALL_ENGINES });
    expect(removals(one.trace)).toEqual(['download-once', 'download-once']);
    expect(one.outcome()).toMatchObject({ delivered: 2, lost: 0 });
    const two = simulate(
      world({ personality: { kind: 'download-once' }, devices: [device('Laptop', { retention: 'keep' }), device('Phone', { retention: 'keep' }, { pollAtTicks: [50_000] })] }), { engines: ALL_ENGINES },
    ).outcome();
    expect(two.gap).toBe(2);
  });

  it('F15 (RFC 1939 §7): a keep client without UIDL downloads everything again on every poll', () => {
    const run = simulate(world({ devices: [device('Laptop', { retention: 'keep', useUidl: false }, { pollAtTicks: [0, LATER, 2 * LATER] })] }), { engines: ALL_ENGINES });
    const o = run.outcome();
    expect(o.duplicated).toBe(2);
    for (const m of o.messages) expect(m.copiesByDevice['Laptop']).toBe(3);
  });

  it('F12 (RFC 1939 §4, RFC 2449 §8.1.2): a second device logging in during a session gets -ERR [IN-USE]', () => {
    const run = simulate(
      world({
        devices: [device('Laptop'), device('Phone', {}, { pollAtTicks: [] })],
        faults: [{ kind: 'second-device-login', device: 'Phone', placement: { onCommand: 'RETR', when: 'sent' } }],
      }), { engines: ALL_ENGINES },
    );
    const refused = run.trace.find((e) => e.kind === 'reply' && e.device === 'Phone' && !e.ok);
    expect(refused && refused.kind === 'reply' && refused.line).toMatch(/^-ERR \[IN-USE\]/);
    expect(run.trace.some((e) => e.kind === 'lock' && e.device === 'Phone' && e.change === 'refused')).toBe(true);
  });

  it('RFC 1939 §3, RFC 2449 §8.1.2: a device that loses power leaves a half-open session that holds the lock until autologout', () => {
    const run = simulate(
      world({
        devices: [device('Laptop', {}, { pollAtTicks: [0, 1000, AFTER_AUTOLOGOUT] })],
        faults: [{ kind: 'device-power-loss', placement: { onCommand: 'RETR', when: 'sent' } }],
      }), { engines: ALL_ENGINES },
    );
    const inUse = run.trace.find((e) => e.kind === 'reply' && e.session === 2 && !e.ok);
    expect(inUse && inUse.kind === 'reply' && inUse.line).toMatch(/\[IN-USE\]/);
    const autologout = run.trace.find((e) => e.explain === 'server.autologout');
    expect(autologout?.session).toBe(1);
    expect(autologout!.tick).toBeGreaterThanOrEqual(600_000);
    expect(run.outcome()).toMatchObject({ delivered: 2, lost: 0 });
  });

  it('RFC 1939 §3, RFC 2449 §8.1.2 (F12): a silent connection: the client times out, the stale session answers new logins -ERR [IN-USE] until autologout, and removes nothing', () => {
    const TIMEOUT = 30_000;
    const run = simulate(
      world({
        devices: [device('Laptop', {}, { pollAtTicks: [0, 100_000, 300_000, AFTER_AUTOLOGOUT], clientTimeoutTicks: TIMEOUT })],
        faults: [{ kind: 'connection-silent', placement: { onCommand: 'DELE', when: 'replied', occurrence: 2 } }],
      }), { engines: ALL_ENGINES },
    );
    const fault = run.trace.find((e) => e.kind === 'fault')!;
    // The client gives up after its own timeout, counted from the last octet it heard.
    const gaveUp = run.trace.find((e) => e.kind === 'connection' && e.session === 1 && e.timedOut === true)!;
    expect(gaveUp.tick - fault.tick).toBeLessThanOrEqual(TIMEOUT);
    expect(gaveUp.tick - fault.tick).toBeGreaterThan(TIMEOUT - 100);
    expect(gaveUp.explain).toBe('connection.timed-out');
    // Meanwhile the server still holds session 1 and its lock: both later logins are refused.
    for (const session of [2, 3]) {
      const refusal = run.trace.find((e) => e.kind === 'reply' && e.session === session && !e.ok);
      expect(refusal && refusal.kind === 'reply' && refusal.line, `session ${session}`).toMatch(/^-ERR \[IN-USE\]/);
    }
    const autologout = run.trace.find((e) => e.kind === 'server-state' && e.session === 1 && e.to === 'CLOSED')!;
    expect(autologout.explain).toBe('server.autologout');
    expect(autologout.rfc).toBe('RFC 1939 §3');
    expect(autologout.tick).toBeGreaterThanOrEqual(600_000);
    // Session 1 marked two messages and never reached UPDATE: nothing it marked was removed.
    expect(run.trace.filter((e) => e.kind === 'marked' && e.session === 1)).toHaveLength(2);
    expect(run.trace.filter((e) => e.kind === 'removed' && e.session === 1)).toHaveLength(0);
    expect(run.trace.filter((e) => e.kind === 'unmarked' && e.session === 1 && e.explain === 'unmarked.session-ended')).toHaveLength(2);
    // After autologout the lock is free: session 4 logs in and commits.
    expect(run.trace.some((e) => e.kind === 'removed' && e.session === 4)).toBe(true);
    expect(run.outcome()).toMatchObject({ duplicated: 2, lost: 0 });
  });

  it('crash-client: the app crashes, its OS closes the socket, the server notices at once and releases the lock; memory is lost', () => {
    const run = simulate(
      world({
        devices: [device('Laptop', { commitOrder: 'unsafe' }, { pollAtTicks: [0, 1000], writeDelayTicks: 5000 })],
        faults: [{ kind: 'crash-client', placement: { onCommand: 'DELE', when: 'sent' } }],
      }), { engines: ALL_ENGINES },
    );
    const crash = run.trace.findIndex((e) => e.kind === 'fault');
    const aborted = run.trace.findIndex((e) => e.kind === 'server-state' && e.session === 1 && e.to === 'CLOSED');
    const released = run.trace.findIndex((e) => e.kind === 'lock' && e.session === 1 && e.change === 'released');
    expect(aborted).toBeGreaterThan(crash);
    expect(run.trace[aborted]!.tick).toBe(run.trace[crash]!.tick);
    expect(run.trace[aborted]!.explain).toBe('server.aborted');
    expect(released).toBeGreaterThan(crash);
    expect(run.trace.some((e) => e.kind === 'copy' && e.change === 'lost' && e.session === 1)).toBe(true);
    // The poll one second later is not refused: no stale session holds the lock.
    expect(run.trace.some((e) => e.kind === 'reply' && e.session === 2 && !e.ok)).toBe(false);
    expect(run.outcome()).toMatchObject({ delivered: 2, lost: 0 });
  });

  it('RFC 1939 §3 (F9): a client idle past autologout: the server closes, no UPDATE, the marks vanish', () => {
    const run = simulate(
      world({
        devices: [device('Laptop', {}, { pollAtTicks: [0, AFTER_AUTOLOGOUT] })],
        faults: [{ kind: 'idle-past-autologout', placement: { onCommand: 'DELE', when: 'replied' } }],
      }), { engines: ALL_ENGINES },
    );
    expect(run.trace.some((e) => e.explain === 'server.autologout' && e.session === 1)).toBe(true);
    expect(run.trace.some((e) => e.kind === 'unmarked' && e.explain === 'unmarked.session-ended')).toBe(true);
    const o = run.outcome();
    expect(o.lost).toBe(0);
    // Every message session 1 downloaded comes again in session 2. 'replied' fires before the
    // client reads DELE 1's +OK, so it never asks for message 2: one message in session 1.
    const fetchedInFirst = new Set(run.trace.flatMap((e) => (e.kind === 'copy' && e.change === 'memory' && e.session === 1 ? [e.uid] : [])));
    expect(fetchedInFirst.size).toBe(1);
    expect(run.trace.filter((e) => e.kind === 'marked' && e.session === 1).length).toBe(1);
    expect(o.duplicated).toBe(fetchedInFirst.size);
  });

  it("RFC 1939 §3/§6: 'replied' acts between the +OK and the client's next command: idle at DELE #3 replied sends no QUIT", () => {
    const run = simulate(
      world({
        messages: 3,
        devices: [device('Laptop', {}, { pollAtTicks: [0, AFTER_AUTOLOGOUT] })],
        faults: [{ kind: 'idle-past-autologout', placement: { onCommand: 'DELE', when: 'replied', occurrence: 3 } }],
      }), { engines: ALL_ENGINES },
    );
    const s1 = run.trace.filter((e) => e.session === 1);
    const fault = run.trace.findIndex((e) => e.kind === 'fault');
    // The fault comes right after the last octet of the third DELE's reply arrived.
    const dele3 = s1.filter((e) => e.kind === 'command' && e.keyword === 'DELE')[2]!;
    const replySend = run.trace.find((e) => e.step > dele3.step && e.kind === 'send' && e.direction === 's2c')!;
    const replyDone = run.trace.find((e) => e.kind === 'deliver' && e.final && e.kind === 'deliver' && replySend.kind === 'send' && e.segment === replySend.segment)!;
    expect(fault).toBe(replyDone.step + 1);
    // The client never sent QUIT in session 1, so the server never entered UPDATE there (RFC 1939 §6).
    expect(s1.some((e) => e.kind === 'send' && e.direction === 'c2s' && e.octets.startsWith('QUIT'))).toBe(false);
    expect(s1.some((e) => e.kind === 'removed')).toBe(false);
    expect(s1.some((e) => e.explain === 'server.autologout')).toBe(true);
    expect(run.outcome()).toMatchObject({ duplicated: 3, lost: 0 });
  });

  it('RFC 1939 §6: a server crash ends every session without UPDATE; while it is down connections are refused; it comes back with the maildrop as last committed', () => {
    const run = simulate(
      world({
        devices: [device('Laptop', {}, { pollAtTicks: [0, 50_000, 200_000] })],
        faults: [{ kind: 'crash-server', downtimeTicks: 120_000, placement: { onCommand: 'QUIT', when: 'sent' } }],
      }), { engines: ALL_ENGINES },
    );
    const crash = run.trace.find((e) => e.kind === 'fault')!;
    const refused = run.trace.find((e) => e.kind === 'connection' && e.change === 'refused')!;
    expect(refused.session).toBe(2);
    expect(run.trace.some((e) => e.kind === 'command' && e.session === 2)).toBe(false);
    expect(run.viewAt(refused.step).serverUp).toBe(false);
    const back = run.trace.find((e) => e.kind === 'server-restarted')!;
    expect(back.tick).toBe(crash.tick + 120_000);
    expect(run.viewAt(back.step - 1).serverUp).toBe(false);
    expect(run.viewAt(back.step).serverUp).toBe(true);
    expect(run.trace.find((e) => e.kind === 'removed')?.session).toBe(3);
    expect(run.transcript()).toContain('-- connection refused: the server is down --');
    expect(run.outcome().lost).toBe(0);
  });

  it('RFC 1939 §3 (F1): a transfer cut after 40 octets leaves only a partial copy, which never counts', () => {
    const run = simulate(
      world({
        devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })],
        faults: [{ kind: 'drop-connection', placement: { atOctet: 40, direction: 's2c', during: 'RETR' } }],
      }), { engines: ALL_ENGINES },
    );
    const cut = run.trace.filter((e) => e.kind === 'deliver' && e.direction === 's2c');
    const partial = run.trace.find((e) => e.kind === 'segment-lost');
    expect(partial).toBeDefined();
    expect(cut.some((e) => e.kind === 'deliver' && e.offset + e.octets.length === 40 && !e.final)).toBe(true);
    expect(run.outcome()).toMatchObject({ delivered: 2, lost: 0, duplicated: 0 });
  });
});

describe('F7 in keep mode with the unsafe order (scenario f7-crash-before-durable-keep, commitOrder unsafe, seed 1)', () => {
  it('RFC 1939 §7: the UID was remembered before the copy was durable; after the crash the device never fetches it again: gap at the copy loss', () => {
    const run = simulate(
      world({
        messages: 3,
        devices: [device('Laptop', { retention: 'keep', commitOrder: 'unsafe' }, { writeDelayTicks: 100_000, pollAtTicks: [0, AFTER_AUTOLOGOUT] })],
        faults: [{ kind: 'crash-client', placement: { onCommand: 'QUIT', when: 'replied' } }],
        seed: 1,
      }), { engines: ALL_ENGINES },
    );
    const o = run.outcome();
    expect(o.gap).toBe(3);
    expect(o.lost).toBe(0);
    for (const m of o.messages) {
      expect(m.onServer).toBe(true);
      expect(m.copiesByDevice['Laptop']).toBe(0);
      const decisive = run.trace[m.decisiveStep!]!;
      expect(decisive).toMatchObject({ kind: 'copy', change: 'lost', uid: m.uid, device: 'Laptop' });
    }
    // The second session happened and fetched nothing: every UID is remembered.
    const sessions = run.trace.filter((e) => e.kind === 'session-start');
    expect(sessions).toHaveLength(2);
    expect(run.trace.some((e) => e.kind === 'command' && e.session === 2 && e.keyword === 'RETR')).toBe(false);
  });
});

describe('failure catalogue, POP1 and POP2', () => {
  it('RFC 937 "ACKD": POP2 removes on release; RFC 918 "RCVD": POP1 removes on RCVD', () => {
    const pop2 = simulate(world({ protocol: 'pop2' }), { engines: ALL_ENGINES });
    expect(removals(pop2.trace)).toEqual(['release', 'release']);
    expect(pop2.outcome().delivered).toBe(2);
    const pop1 = simulate(world({ protocol: 'pop1' }), { engines: ALL_ENGINES });
    expect(removals(pop1.trace)).toEqual(['rcvd', 'rcvd']);
    expect(pop1.outcome().delivered).toBe(2);
  });

  it('RFC 918 (F2): POP1 drop before RCVD: nothing deleted, the whole mailbox comes again (duplicates)', () => {
    const o = simulate(
      world({ protocol: 'pop1', devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })], faults: [{ kind: 'drop-connection', placement: { onCommand: 'RCVD', when: 'sent' } }] }), { engines: ALL_ENGINES },
    ).outcome();
    expect(o.lost).toBe(0);
    expect(o.duplicated).toBe(2);
  });
});
