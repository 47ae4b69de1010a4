/**
 * What learners read is derived from what happened and from the protocol
 * and server in force (review teaching-content.md, parts A and E): one test
 * per fixed fact, each pinning the text to the protocol and personality.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from './run.ts';
import { device, world } from './testkit.ts';
import { NARRATION_MAX_SENTENCES } from './explain.ts';
import { explainEvent, narrateStep, narrateStepAt } from '../i18n/narration.ts';
import en from '../../messages/en.json';
import { stepEnds, stepPositions, stepRange } from './steps.ts';
import { toTranscript } from './transcript.ts';
import type { FaultKind, FaultSpec, TraceEvent, WorldConfig } from './types.ts';
import type { Protocol } from '../protocol/engine.ts';
import { ALL_ENGINES } from './engines-all.ts';

const LATER = 700_000;
const texts = (trace: readonly TraceEvent[]) => trace.map(explainEvent);
const closing = (trace: readonly TraceEvent[], session = 1) => trace.find((e) => e.kind === 'server-state' && e.session === session && e.to === 'CLOSED');

describe('A2: how a session that ended without its commit is explained', () => {
  it('RFC 1939 §6: POP3, RFC server, reset before QUIT: no UPDATE, nothing this session marked is removed', () => {
    const run = simulate(world({ devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })], faults: [{ kind: 'drop-connection', placement: { onCommand: 'DELE', when: 'replied' } }] }), { engines: ALL_ENGINES });
    const end = closing(run.trace)!;
    expect(end.explain).toBe('server.aborted');
    expect(explainEvent(end)).toMatch(/never enters UPDATE: nothing this session marked is removed/);
    expect(end.rfc).toBe('RFC 1939 §6');
  });

  it('expunge-on-DELE personality: the abort text says the messages removed at DELE stay removed, never "nothing removed"', () => {
    const run = simulate(
      world({
        personality: { kind: 'expunge-on-dele' },
        devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })],
        faults: [{ kind: 'drop-connection', placement: { onCommand: 'DELE', when: 'replied' } }],
      }), { engines: ALL_ENGINES },
    );
    expect(run.trace.some((e) => e.kind === 'removed' && e.session === 1 && e.reason === 'expunge-on-dele')).toBe(true);
    const end = closing(run.trace)!;
    expect(end.explain).toBe('server.aborted.expunged');
    expect(explainEvent(end)).toMatch(/already removed messages at DELE, and they stay removed/);
    expect(explainEvent(end)).not.toMatch(/nothing[^.]*removed/i);
  });

  it('RFC 918 "RCVD": POP1 ended after RCVD says the mailbox was deleted then; before RCVD, nothing; never UPDATE or RFC 1939', () => {
    const after = simulate(world({ protocol: 'pop1', devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })], faults: [{ kind: 'drop-connection', placement: { onCommand: 'RCVD', when: 'delivered' } }] }), { engines: ALL_ENGINES });
    expect(after.trace.some((e) => e.kind === 'removed' && e.session === 1 && e.reason === 'rcvd')).toBe(true);
    const endAfter = closing(after.trace)!;
    expect(endAfter.explain).toBe('server.aborted.pop1.rcvd');
    expect(explainEvent(endAfter)).toMatch(/RCVD had confirmed receipt: the mailbox contents were deleted then/);
    const before = simulate(world({ protocol: 'pop1', devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })], faults: [{ kind: 'drop-connection', placement: { onCommand: 'RCVD', when: 'sent' } }] }), { engines: ALL_ENGINES });
    expect(closing(before.trace)!.explain).toBe('server.aborted.pop1');
    for (const t of [...texts(after.trace), ...texts(before.trace)]) expect(t).not.toMatch(/UPDATE|RFC 1939/);
  });

  it('RFC 937 "ACKD": POP2 names its abort model in plain words and whether anything was deleted', () => {
    const config = (pop2Abort: 'commit-nothing' | 'commit-on-release'): WorldConfig => ({
      ...world({ protocol: 'pop2', devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })], faults: [{ kind: 'drop-connection', placement: { onCommand: 'ACKD', when: 'replied' } }] }),
      pop2Abort,
    });
    const nothing = simulate(config('commit-nothing'), { engines: ALL_ENGINES });
    const end = closing(nothing.trace)!;
    expect(explainEvent(end)).toMatch(/RFC 937 does not say .*set to commit nothing/);
    const unmark = nothing.trace.find((e) => e.kind === 'unmarked' && e.session === 1)!;
    expect(unmark.explain).toBe('unmarked.session-ended.pop2');
    expect(unmark.rfc).toBe('RFC 937 "ACKD"');
    expect(explainEvent(unmark)).toMatch(/this simulated server forgets the mark/);
    const released = simulate(config('commit-on-release'), { engines: ALL_ENGINES });
    expect(explainEvent(closing(released.trace)!)).toMatch(/commit on release \(as UW ipop2d did\).*deletes the messages acknowledged with ACKD/);
    for (const t of [...texts(nothing.trace), ...texts(released.trace)]) expect(t).not.toMatch(/UPDATE|RFC 1939|reference/);
  });
});

describe('A3, A9: session-ended unmarks and autologout cite the right rule', () => {
  it('RFC 1939 §3: a POP3 autologout cites §3 (the timer rule), its unmarks §6', () => {
    const run = simulate(world({ devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })], faults: [{ kind: 'idle-past-autologout', placement: { onCommand: 'DELE', when: 'replied' } }] }), { engines: ALL_ENGINES });
    const end = closing(run.trace)!;
    expect(end.explain).toBe('server.autologout');
    expect(end.rfc).toBe('RFC 1939 §3');
    const unmark = run.trace.find((e) => e.kind === 'unmarked' && e.session === 1)!;
    expect([unmark.explain, unmark.rfc]).toEqual(['unmarked.session-ended', 'RFC 1939 §6']);
  });

  it('no explanation text in the catalogue cites the internal reference document', () => {
    for (const [key, text] of Object.entries(en)) if (key.startsWith('narration_')) expect(text, key).not.toMatch(/reference §|c2s|s2c/);
  });
});

describe('A4: the faults are explained as real networks have them', () => {
  const faultText = (kind: FaultKind, extra: Partial<FaultSpec> = {}): string => {
    const run = simulate(world({ faults: [{ kind, placement: { onCommand: 'RETR', when: 'sent' }, ...extra }] }), { engines: ALL_ENGINES });
    return explainEvent(run.trace.find((e) => e.kind === 'fault')!);
  };

  it('reset: both ends notice; silent: neither end is told, the client times out, the server waits for autologout', () => {
    expect(faultText('drop-connection')).toMatch(/is reset\. Both ends notice at once/);
    expect(faultText('connection-silent')).toMatch(/neither end is told: Laptop will time out, and the server keeps the session and its lock until autologout/);
  });

  it('RFC 6298: a lost segment is sent again and arrives complete, never skipped', () => {
    expect(faultText('lose-segment', { direction: 's2c' })).toMatch(/sends it again after its retransmission timeout: the data arrives late, but complete/);
  });

  it('app crash: the server notices; power loss: nobody tells the server; server crash: refused until back', () => {
    expect(faultText('crash-client')).toMatch(/operating system closes the connection, so the server notices at once/);
    expect(faultText('device-power-loss')).toMatch(/Nobody tells the server/);
    expect(faultText('crash-server')).toMatch(/\(down for 120 s\).*refused until the server is back/);
  });
});

describe('no c2s/s2c, no internal references in what learners read', () => {
  it('over every protocol and fault kind, explanations and transcripts say "client → server"', () => {
    const kinds: FaultKind[] = ['drop-connection', 'connection-silent', 'lose-segment', 'crash-client', 'device-power-loss', 'crash-server'];
    for (const protocol of ['pop1', 'pop2', 'pop3'] as Protocol[]) {
      for (const kind of kinds) {
        const run = simulate(
          world({
            protocol,
            devices: [device('Laptop', {}, { pollAtTicks: [0, 200_000, LATER] })],
            faults: [{ kind, direction: 'c2s', placement: { atOctet: 3, direction: 'c2s' } }],
          }), { engines: ALL_ENGINES },
        );
        const all = [...texts(run.trace), toTranscript(run.trace)].join('\n');
        expect(all, `${protocol} ${kind}`).not.toMatch(/c2s|s2c|reference §|client->server|server->client/);
        if (protocol !== 'pop3') expect(all, `${protocol} ${kind}`).not.toMatch(/UPDATE|RFC 1939/);
      }
    }
  });
});

describe('E: transcripts and keep-mode commits', () => {
  it('RFC 1939 §3: after a cut in the middle of a reply the transcript keeps the part that did arrive', () => {
    const run = simulate(world({ devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })], faults: [{ kind: 'drop-connection', placement: { atOctet: 40, direction: 's2c', during: 'RETR' } }] }), { engines: ALL_ENGINES });
    const lines = toTranscript(run.trace).split('\n');
    const cutAt = lines.findIndex((l) => l.endsWith('[cut]'));
    expect(cutAt).toBeGreaterThan(0);
    // The 40 octets that arrived: "+OK ... octets" and the start of the message.
    const fault = run.trace.findIndex((e) => e.kind === 'fault');
    const arrived = run.trace.slice(0, fault).filter((e) => e.kind === 'deliver' && e.direction === 's2c').at(-1)!;
    expect(arrived.kind === 'deliver' && arrived.offset + arrived.octets.length).toBe(40);
    // "+OK 115 octets\r\n" and "From: bob@example.org\r\n" are 39 octets: the 40th is the "T" of "To:".
    expect(lines.slice(cutAt - 2, cutAt + 1)).toEqual(['S: +OK 115 octets', 'S: From: bob@example.org', 'S: T  [cut]']);
    expect(lines.some((l) => /more octets never arrive/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('[never arrives]') && l.startsWith('S: +OK'))).toBe(false);
  });

  it('RFC 1939 §7: in keep mode the unsafe order remembers the UID before the copy is on disk, and the narration says so', () => {
    const run = (commitOrder: 'safe' | 'unsafe') =>
      simulate(world({ devices: [device('Laptop', { retention: 'keep', commitOrder }, { writeDelayTicks: 1_000 })] }), { engines: ALL_ENGINES }).trace.filter((e) => e.kind === 'uid-memory');
    const unsafe = run('unsafe');
    expect(unsafe.length).toBe(2);
    for (const e of unsafe) {
      expect(e.explain).toBe('uid.remembered.unsafe');
      expect(explainEvent(e)).toMatch(/before its copy is on disk \(unsafe order\)\. If it crashes now, it will believe it has a message it does not have/);
    }
    for (const e of run('safe')) expect(e.explain).toBe('uid.remembered');
  });
});

describe('narrateStep: one line per step, the app\'s and the CLI\'s words', () => {
  it('RFC 1939 §6: the QUIT step says UPDATE removes the marked messages once, with a count, and never more than the maximum of sentences', () => {
    const trace = simulate(world({ messages: 3 }), { engines: ALL_ENGINES }).trace;
    const ends = stepEnds(trace, 'commands');
    const lines: string[] = [];
    for (let i = 0, from = 0; i < ends.length; from = ends[i]! + 1, i++) lines.push(narrateStep(trace, from, ends[i]!));
    const quit = lines.find((l) => l.startsWith('Laptop sends "QUIT"'))!;
    expect(quit).toMatch(/the server removes the marked message\. \(RFC 1939 §6\) \(×3\)$/);
    // Each line is at most NARRATION_MAX_SENTENCES catalogue sentences of its own step's events.
    for (let i = 0, from = 0; i < ends.length; from = ends[i]! + 1, i++) {
      const own = new Set(trace.slice(from, ends[i]! + 1).map(explainEvent));
      let rest = lines[i]!;
      let used = 0;
      for (const text of own) {
        if (rest.includes(text)) {
          rest = rest.replace(text, '');
          used++;
        }
      }
      expect(used, lines[i]).toBeLessThanOrEqual(NARRATION_MAX_SENTENCES);
      expect(rest.replace(/\(×\d+\)|\s/g, ''), lines[i]).toBe('');
    }
  });

  it('a fault step keeps the fault and its consequence, dropping context first', () => {
    const trace = simulate(world({ devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })], faults: [{ kind: 'drop-connection', placement: { onCommand: 'DELE', when: 'replied' } }] }), { engines: ALL_ENGINES }).trace;
    const fault = trace.findIndex((e) => e.kind === 'fault');
    const ends = stepEnds(trace, 'commands');
    const k = ends.findIndex((end) => end >= fault);
    const line = narrateStep(trace, k === 0 ? 0 : ends[k - 1]! + 1, ends[k]!);
    expect(line).toMatch(/Fault: the connection of Laptop is reset/);
    expect(line).toMatch(/never enters UPDATE/);
    expect(narrateStep(trace, 5, 4)).toBe('');
  });
});

describe('narrateStepAt: the one narration of "Step k" for the app, the presenter notes and the CLI', () => {
  const trace = simulate(world({ messages: 3 }), { engines: ALL_ENGINES }).trace;
  const positions = stepPositions(trace, 'commands');

  it('steps cover the trace once: step 0 is the first event, each later step starts after the previous one ends', () => {
    expect(stepRange(positions, 0, 'commands')).toEqual([0, 0]);
    for (let k = 1; k < positions.length; k++) expect(stepRange(positions, k, 'commands')[0]).toBe(positions[k - 1]! + 1);
    expect(positions[positions.length - 1]).toBe(trace.length - 1);
  });

  it('every Commands step after the start has words, beginning with what crossed the channel or the session that opened', () => {
    for (let k = 1; k < positions.length; k++) {
      const line = narrateStepAt(trace, positions, k, 'commands');
      expect(line, `step ${k}`).not.toBe('');
    }
    expect(narrateStepAt(trace, positions, 0, 'commands')).toMatch(/session 1/);
  });

  it('RFC 1939 §6: the DELE step says the message is only marked, nothing removed yet', () => {
    const k = Array.from(positions).findIndex((_, i) => i > 0 && trace.slice(stepRange(positions, i, 'commands')[0], positions[i]! + 1).some((e) => e.kind === 'send' && e.label === 'DELE 1'));
    expect(narrateStepAt(trace, positions, k, 'commands')).toMatch(/marked for deletion/);
    expect(narrateStepAt(trace, positions, k, 'commands')).not.toMatch(/removes/);
  });

  it('at Octets a step is one event, said even when a whole-step narration would skip it (an octet chunk)', () => {
    const octets = stepPositions(trace, 'octets');
    const chunk = trace.findIndex((e) => e.kind === 'deliver');
    expect(narrateStepAt(trace, octets, chunk, 'octets')).toBe(explainEvent(trace[chunk]!));
    expect(narrateStep(trace, chunk, chunk)).toBe('');
  });

  it('past the last step there is nothing to say', () => {
    expect(narrateStepAt(trace, positions, positions.length, 'commands')).toBe('');
  });
});
