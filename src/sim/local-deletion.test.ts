/**
 * "Delete from the server when deleted locally" (Thunderbird's
 * delete_mail_left_on_server; reference §7.2, popstate.dat status `d`): what
 * the user deletes on one device is deleted from the server at that device's
 * next session, so a device that had not fetched it yet never will. The
 * server only does what RFC 1939 §6 says: DELE marks, QUIT commits.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from './run.ts';
import { device, world } from './testkit.ts';
import { explainEvent } from '../i18n/narration.ts';
import type { TraceEvent } from './types.ts';
import { ALL_ENGINES } from './engines-all.ts';

const DAY = 86_400_000;
const keep = { retention: 'keep' as const };
const sent = (trace: readonly TraceEvent[], dev: string) => trace.filter((e) => e.kind === 'send' && e.direction === 'c2s' && e.device === dev).map((e) => (e as { label: string }).label);

function twoDevices(deleteWhenDeletedLocally: boolean, deletionAt = DAY) {
  return world({
    messages: 3,
    devices: [
      device('Laptop', { ...keep, deleteWhenDeletedLocally }, { pollAtTicks: [0, 2 * DAY], localDeletions: [{ message: 2, atTick: deletionAt }] }),
      device('Phone', keep, { pollAtTicks: [5 * DAY] }),
    ],
  });
}

describe('local deletion on one device (reference §7.2)', () => {
  it('RFC 1939 §6: set to delete from the server when deleted here, the next session sends DELE for it and QUIT removes it; the phone never gets it (a gap), the laptop was served', () => {
    const run = simulate(twoDevices(true), { engines: ALL_ENGINES });
    const { trace } = run;
    const deleted = trace.find((e) => e.kind === 'copy' && e.change === 'deleted')!;
    expect(deleted).toMatchObject({ device: 'Laptop', tick: DAY });
    expect(explainEvent(deleted)).toMatch(/will send DELE for it at its next session/);
    // Session 2 of the laptop: only the locally deleted message is deleted, by its number in that session.
    expect(sent(trace, 'Laptop').filter((l) => l.startsWith('DELE'))).toEqual(['DELE 2']);
    const removed = trace.filter((e) => e.kind === 'removed');
    expect(removed).toHaveLength(1);
    const quit = trace.findIndex((e) => e.kind === 'send' && e.label === 'QUIT' && e.device === 'Laptop' && e.session === 2);
    expect(trace.indexOf(removed[0]!)).toBeGreaterThan(quit);
    const outcome = run.outcome();
    expect({ delivered: outcome.delivered, duplicated: outcome.duplicated, lost: outcome.lost, gap: outcome.gap }).toEqual({ delivered: 2, duplicated: 0, lost: 0, gap: 1 });
    const gap = outcome.messages.find((m) => m.verdict === 'gap')!;
    expect(gap.deletedBy).toEqual(['Laptop']);
    expect(gap.copiesByDevice).toEqual({ Laptop: 0, Phone: 0 });
  });

  it('without that setting the server is never told: the phone gets all three, and the laptop does not fetch message 2 again (its UID is remembered, RFC 1939 §7)', () => {
    const run = simulate(twoDevices(false), { engines: ALL_ENGINES });
    expect(explainEvent(run.trace.find((e) => e.kind === 'copy' && e.change === 'deleted')!)).toMatch(/The server is not told/);
    expect(sent(run.trace, 'Laptop').filter((l) => l.startsWith('DELE') || l.startsWith('RETR'))).toEqual(['RETR 1', 'RETR 2', 'RETR 3']);
    expect(run.trace.filter((e) => e.kind === 'removed')).toHaveLength(0);
    const o = run.outcome();
    expect([o.delivered, o.duplicated, o.lost, o.gap]).toEqual([3, 0, 0, 0]);
  });

  it('deleting a message the device has not got yet does nothing: it is fetched later as usual', () => {
    const config = world({
      messages: 2,
      devices: [device('Laptop', { ...keep, deleteWhenDeletedLocally: true }, { pollAtTicks: [DAY], localDeletions: [{ message: 1, atTick: 0 }] })],
    });
    const run = simulate(config, { engines: ALL_ENGINES });
    expect(run.trace.some((e) => e.kind === 'copy' && e.change === 'deleted')).toBe(false);
    expect(run.outcome().delivered).toBe(2);
  });

  it('a deletion naming a message the maildrop does not have is a scenario error', () => {
    const config = world({ messages: 1, devices: [device('Laptop', keep, { localDeletions: [{ message: 3, atTick: 0 }] })] });
    expect(() => simulate(config, { engines: ALL_ENGINES })).toThrow(/names message 3, but there are 1/);
  });

  it('seeking back before the deletion shows the copy again (the ledger clones its per-device state)', () => {
    const run = simulate(twoDevices(true), { engines: ALL_ENGINES });
    const at = run.trace.findIndex((e) => e.kind === 'copy' && e.change === 'deleted');
    const { uid } = run.trace[at] as { uid: string };
    const before = run.viewAt(at - 1).custody.find((m) => m.uid === uid)!;
    expect(before.copiesByDevice['Laptop']).toBe(1);
    expect(before.deletedBy).toBeUndefined();
    expect(run.viewAt(at).custody.find((m) => m.uid === uid)!.deletedBy).toEqual(['Laptop']);
  });
});
