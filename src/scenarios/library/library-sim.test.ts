/**
 * Runs every built-in scenario through the simulator and checks its verdicts
 * against the scenario's `expect`, plus the protocol facts each one exists
 * to show (the fault really fired, the right removal reason, the -ERR seen).
 */
import { describe, expect, it } from 'vitest';
import { simulate, type TraceEvent } from '../../sim/index.ts';
import { toWorldConfig, type Scenario } from '../format.ts';
import { runScenario, verdictCounts } from '../run.ts';
import { builtinScenarios, builtinScenario } from './index.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';
import { PEER_VIOLATIONS } from '../../protocol/engine.ts';

function traceOf(id: string): readonly TraceEvent[] {
  const s = builtinScenario(id);
  if (!s) throw new Error(`no built-in ${id}`);
  return simulate(toWorldConfig(s), { engines: ALL_ENGINES }).trace;
}
const removalReasons = (trace: readonly TraceEvent[]) => trace.flatMap((e) => (e.kind === 'removed' ? [e.reason] : []));
const commands = (trace: readonly TraceEvent[], device?: string) =>
  trace.flatMap((e) => (e.kind === 'command' && (device === undefined || e.device === device) ? [e.line] : []));

describe('built-in scenarios through simulate(, { engines: ALL_ENGINES })', () => {
  it.each(builtinScenarios().map((s): [string, Scenario] => [s.id, s]))('%s: verdicts equal its expect', (id, scenario) => {
    const run = simulate(toWorldConfig(scenario), { engines: ALL_ENGINES });
    expect(verdictCounts(run.outcome()), `${id} seed ${scenario.seed}`).toEqual(scenario.expect);
    const firedKinds = run.trace.flatMap((e) => (e.kind === 'fault' ? [e.fault] : []));
    for (const fault of scenario.faults) expect(firedKinds, `${id}: fault ${fault.kind} fired`).toContain(fault.kind);
  });

  it('runScenario reports a match and a note with step and explanation per duplicated message', () => {
    const run = runScenario(builtinScenario('f3-drop-before-quit')!);
    expect(run.matchesExpected).toBe(true);
    expect(run.notes).toHaveLength(3);
    for (const note of run.notes) {
      expect(note.verdict).toBe('duplicated');
      expect(note.step).toBeTypeOf('number');
      expect(note.explanation?.length).toBeGreaterThan(0);
    }
    expect(run.transcript).toContain('C: QUIT');
  });

  it('a forced mode changes the world and skips the expect check', () => {
    const run = runScenario(builtinScenario('first-session')!, { mode: 'keep' });
    expect(run.mode).toBe('keep');
    expect(run.matchesExpected).toBeUndefined();
    expect(run.transcript.some((l) => l.startsWith('C: DELE'))).toBe(false);
  });

  it('RFC 1939 §6: F3 on a conformant server removes nothing in session 1 (no QUIT, no UPDATE)', () => {
    const trace = traceOf('f3-drop-before-quit');
    const firstRemoval = trace.findIndex((e) => e.kind === 'removed');
    const secondSession = trace.findIndex((e) => e.kind === 'session-start' && e.session === 2);
    expect(secondSession).toBeGreaterThan(0);
    expect(firstRemoval).toBeGreaterThan(secondSession);
  });

  it('F3 on expunge-on-dele: removal at DELE, before any QUIT', () => {
    expect(removalReasons(traceOf('f3-drop-before-quit-expunge'))).toEqual(['expunge-on-dele', 'expunge-on-dele', 'expunge-on-dele']);
    expect(removalReasons(traceOf('f3-crash-before-quit-expunge'))).toEqual(['expunge-on-dele', 'expunge-on-dele', 'expunge-on-dele']);
  });

  it('RFC 1939 §3, §6: F4 loses the client\'s QUIT to a silent connection; F5 loses the server\'s +OK to a reset after UPDATE ran', () => {
    const f4 = traceOf('f4-quit-lost');
    expect(f4.some((e) => e.kind === 'segment-lost' && e.direction === 'c2s' && e.session === 1)).toBe(true);
    expect(f4.some((e) => e.kind === 'command' && e.keyword === 'QUIT' && e.session === 1)).toBe(false);
    expect(f4.some((e) => e.kind === 'server-state' && e.session === 1 && e.explain === 'server.autologout')).toBe(true);
    const f5 = traceOf('f5-quit-reply-lost');
    expect(f5.some((e) => e.kind === 'segment-lost' && e.direction === 's2c')).toBe(true);
    expect(removalReasons(f5)).toEqual(['update', 'update', 'update']);
  });

  it('RFC 1939 §6: F6 UPDATE removes only message 1 and answers -ERR; the survivors come again next poll', () => {
    const trace = traceOf('f6-update-partly-fails');
    expect(trace.some((e) => e.kind === 'reply' && e.session === 1 && e.line.startsWith('-ERR some deleted messages not removed'))).toBe(true);
    const removed = trace.filter((e) => e.kind === 'removed');
    expect(removed.map((e) => (e.kind === 'removed' ? e.reason : ''))).toEqual(['update', 'update']);
    // Session 1 removed one of three marks; session 2 fetched the two survivors again, and its
    // UPDATE again removed only the first half of its two marks.
    expect(removed.filter((e) => e.session === 1)).toHaveLength(1);
    expect(removed.filter((e) => e.session === 2)).toHaveLength(1);
    const session2 = trace.flatMap((e) => (e.kind === 'command' && e.session === 2 ? [e.line] : []));
    expect(session2.filter((c) => c.startsWith('RETR'))).toHaveLength(2);
  });

  it('RFC 2449 §6.6: F8 sends RETR n and DELE n in one segment, before the data arrives', () => {
    const trace = traceOf('f8-pipelined-crash');
    const retr1 = trace.find((e) => e.kind === 'send' && e.direction === 'c2s' && e.label.startsWith('RETR 1'));
    expect(retr1?.kind === 'send' ? retr1.octets : '').toBe('RETR 1\r\nDELE 1\r\n');
  });

  it('RFC 1939 §4 / RFC 2449 §8.1.2: F12 refuses the second device with -ERR [IN-USE]', () => {
    const trace = traceOf('f12-in-use');
    expect(trace.some((e) => e.kind === 'lock' && e.device === 'Phone' && e.change === 'refused')).toBe(true);
    expect(trace.some((e) => e.kind === 'reply' && e.device === 'Phone' && e.line.startsWith('-ERR [IN-USE]'))).toBe(true);
  });

  it('F11/F14 and F13: the server removes mail by its own policy', () => {
    expect(removalReasons(traceOf('f11-f14-retention-gap'))).toEqual(['retention', 'retention', 'retention']);
    expect(removalReasons(traceOf('f13-expire-0-keep'))).toEqual(['download-once', 'download-once', 'download-once']);
  });

  it('RFC 1939 §7: F16 shows new UIDs in session 2, so the keep-mode client RETRieves everything again', () => {
    const trace = traceOf('f16-uids-reassigned');
    const retrs = (session: number) => trace.filter((e) => e.kind === 'command' && e.session === session && e.line.startsWith('RETR'));
    expect(retrs(1)).toHaveLength(3);
    expect(retrs(2)).toHaveLength(3);
    // The remembered UIDs of session 1 are not on the server's new listing, so the client forgets them.
    expect(trace.filter((e) => e.kind === 'uid-memory' && e.session === 2 && e.change === 'forgotten')).toHaveLength(3);
    expect(removalReasons(trace)).toEqual([]);
  });

  it('RFC 1939 §4: F18 deletes by a stale number right after login', () => {
    const trace = traceOf('f18-stale-number');
    expect(commands(trace)).toContain('DELE 2');
    expect(commands(trace).indexOf('DELE 2')).toBeLessThan(commands(trace).indexOf('RETR 1'));
  });

  it('RFC 1939 §3: F19 without byte-stuffing cuts message 2 at its "." line; the truncated copy is no complete copy', () => {
    for (const id of ['f19-no-dot-stuffing-delete', 'f19-no-dot-stuffing-keep']) {
      const s = builtinScenario(id)!;
      const trace = simulate(toWorldConfig(s), { engines: ALL_ENGINES }).trace;
      const uid2 = trace.find((e) => e.kind === 'copy' && e.key.startsWith('1:msg-2-'));
      // The client took it as whole, but its octets are not message 2's: the ledger marks it partial.
      expect(uid2?.kind === 'copy' ? uid2.change : '', id).toBe('partial');
      // What followed the early "." came as if it were a reply: the client ended the session, no QUIT.
      const end = trace.find((e) => e.kind === 'session-end' && e.session === 1);
      expect(end?.kind === 'session-end' && PEER_VIOLATIONS.has(end.reason.code), id).toBe(true);
      const session1 = trace.flatMap((e) => (e.kind === 'command' && e.session === 1 ? [e.line] : []));
      expect(session1, id).toContain('RETR 2');
      expect(session1, id).not.toContain('QUIT');
    }
    expect(removalReasons(traceOf('f19-no-dot-stuffing-delete'))).toEqual([]);
    // Keep mode remembered the UID of the truncated copy, so it never fetches message 2 again.
    const keep = traceOf('f19-no-dot-stuffing-keep');
    expect(commands(keep).filter((c) => c === 'RETR 2')).toHaveLength(1);
  });

  it('RFC 2449 §8.1.1: F20 refuses the too-early login with -ERR [LOGIN-DELAY]; the later poll gets the mail', () => {
    const trace = traceOf('f20-login-delay');
    const refusal = trace.findIndex((e) => e.kind === 'reply' && e.device === 'Phone' && e.line.startsWith('-ERR [LOGIN-DELAY]'));
    expect(refusal).toBeGreaterThan(0);
    // The password was right: the refusal answers PASS, and no lock was taken for that session.
    const phoneCommands = commands(trace, 'Phone');
    expect(phoneCommands).toContain('PASS tanstaaf');
    const phoneCopies = trace.flatMap((e, i) => (e.kind === 'copy' && e.device === 'Phone' && e.change === 'memory' ? [i] : []));
    expect(phoneCopies).toHaveLength(3);
    for (const i of phoneCopies) expect(i).toBeGreaterThan(refusal);
    expect(removalReasons(trace)).toEqual([]);
  });

  it('RFC 937 and RFC 918: POP2 deletes with ACKD at release, POP1 with RDEL+RCVD', () => {
    const pop2 = traceOf('pop2-ackd-session');
    expect(commands(pop2).filter((c) => c === 'ACKD')).toHaveLength(3);
    expect(removalReasons(pop2)).toEqual(['release', 'release', 'release']);
    const pop1 = traceOf('pop1-rdel-session');
    expect(commands(pop1).some((c) => c.startsWith('RDEL'))).toBe(true);
    expect(commands(pop1)).toContain('RCVD');
    expect(removalReasons(pop1)).toEqual(['rcvd', 'rcvd', 'rcvd']);
  });

  it('RFC 937 "ACKD" and RFC 918 "RCVD": F21 read-only servers delete nothing; the mail comes again', () => {
    const pop2 = traceOf('pop2-ackd-read-only');
    expect(commands(pop2).filter((c) => c === 'ACKD')).toHaveLength(6);
    expect(removalReasons(pop2)).toEqual([]);
    // The client cannot tell: no ACKD reply is negative.
    expect(pop2.some((e) => e.kind === 'reply' && e.line.startsWith('-'))).toBe(false);
    const pop1 = traceOf('pop1-rcvd-refused');
    expect(commands(pop1).filter((c) => c === 'RCVD')).toHaveLength(2);
    expect(pop1.filter((e) => e.kind === 'reply' && e.line.startsWith('-ERR'))).toHaveLength(2);
    expect(removalReasons(pop1)).toEqual([]);
  });

  it('keep mode in POP2 and POP1 never deletes: ACKS and RETR', () => {
    expect(commands(traceOf('pop2-keep-acks'))).toContain('ACKS');
    expect(removalReasons(traceOf('pop2-keep-acks'))).toEqual([]);
    expect(commands(traceOf('pop1-keep-retr')).some((c) => c.startsWith('RETR'))).toBe(true);
    expect(removalReasons(traceOf('pop1-keep-retr'))).toEqual([]);
  });
});

describe('the network-fault scenarios (issue 9)', () => {
  it('RFC 1939 §3, RFC 2449 §8.1.2: f12-silent-connection-in-use: -ERR [IN-USE] until autologout; nothing removed for the stale session', () => {
    const trace = traceOf('f12-silent-connection-in-use');
    const autologout = trace.find((e) => e.kind === 'server-state' && e.session === 1 && e.to === 'CLOSED')!;
    expect(autologout.explain).toBe('server.autologout');
    for (const session of [2, 3]) {
      const refusal = trace.find((e) => e.kind === 'reply' && e.session === session && e.line.startsWith('-ERR [IN-USE]'));
      expect(refusal, `session ${session}`).toBeDefined();
      expect(refusal!.tick).toBeLessThan(autologout.tick);
    }
    expect(trace.filter((e) => e.kind === 'removed' && e.session === 1)).toEqual([]);
    expect(trace.some((e) => e.kind === 'connection' && e.session === 1 && e.timedOut === true)).toBe(true);
    expect(trace.filter((e) => e.kind === 'removed' && e.session === 4)).toHaveLength(3);
  });

  it('app crash against power loss: the server notices the first at once, the second only at autologout', () => {
    const app = traceOf('crash-app-before-quit');
    expect(app.some((e) => e.kind === 'reply' && e.session === 2 && e.line.startsWith('-ERR'))).toBe(false);
    const power = traceOf('power-loss-before-quit');
    expect(power.some((e) => e.kind === 'reply' && e.session === 2 && e.line.startsWith('-ERR [IN-USE]'))).toBe(true);
    expect(power.some((e) => e.kind === 'server-state' && e.session === 1 && e.explain === 'server.autologout')).toBe(true);
  });

  it('server-crash-downtime: the poll while it is down is refused; after the restart the mail comes again', () => {
    const trace = traceOf('server-crash-downtime');
    expect(trace.find((e) => e.kind === 'connection' && e.change === 'refused')?.session).toBe(2);
    const restart = trace.findIndex((e) => e.kind === 'server-restarted');
    expect(restart).toBeGreaterThan(0);
    expect(trace.findIndex((e) => e.kind === 'session-start' && e.session === 3)).toBeGreaterThan(restart);
    expect(removalReasons(trace.filter((e) => e.session === 1))).toEqual([]);
  });

  it('RFC 6298 §5: lost-segment-retransmitted: the segment comes again, complete; no octet goes missing', () => {
    const trace = traceOf('lost-segment-retransmitted');
    expect(trace.filter((e) => e.kind === 'retransmitted')).toHaveLength(1);
    expect(trace.some((e) => e.kind === 'segment-lost')).toBe(false);
  });

  it('RFC 937 "ACKD": pop2-drop-after-ackd-uw commits on release after the reset; pop2-drop-after-ackd does not', () => {
    expect(removalReasons(traceOf('pop2-drop-after-ackd-uw').filter((e) => e.session === 1))).toEqual(['release', 'release', 'release']);
    expect(removalReasons(traceOf('pop2-drop-after-ackd').filter((e) => e.session === 1))).toEqual([]);
  });

  it('titles say what is explored, not what happens', () => {
    for (const s of builtinScenarios()) {
      // Outcome words ("loss", "duplicates", "gap", ...) would answer the learner's prediction; a power loss is a fault, not an outcome.
      expect(s.title, s.id).not.toMatch(/(?<!power )\bloss\b|\bduplicat|\bgap\b|\bdeletes nothing\b|\bdownloads everything\b|\bnothing (is )?(lost|removed)\b/i);
    }
  });
});
