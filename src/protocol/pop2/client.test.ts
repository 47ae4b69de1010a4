import { describe, expect, it } from 'vitest';
import { PostOffice } from '../maildrop.ts';
import type { ClientContext, ClientEffect, ClientPolicy } from '../engine.ts';
import { createPop2Client, POP2_CLIENT_TRANSITIONS } from './client.ts';
import { createPop2Server } from './server.ts';
import { removals, runLink } from './testing-link.ts';

const MESSAGES = [
  'From: a@example.org\nSubject: one\n\nfirst\n',
  'From: b@example.org\nSubject: two\n\n.leading dot stays raw in POP2\n',
  'From: c@example.org\nSubject: three\n\nthird\n',
];

function world() {
  const po = new PostOffice('pop.example.org');
  const account = po.addAccount('alice', 'secret');
  const uids = MESSAGES.map((text) => account.maildrop.deliver(text).uid);
  return { po, maildrop: account.maildrop, uids };
}

const context: ClientContext = { user: 'alice', secret: 'secret', knownUids: new Map(), locallyDeleted: new Set(), today: 0 };
const policy = (retention: 'delete' | 'keep', commitOrder: ClientPolicy['commitOrder']): ClientPolicy => ({ retention, commitOrder, useUidl: false });
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const ofType = <T extends ClientEffect['type']>(effects: readonly ClientEffect[], type: T) =>
  effects.filter((e): e is Extract<ClientEffect, { type: T }> => e.type === type);

function run(retention: 'delete' | 'keep', commitOrder: ClientPolicy['commitOrder'], options: { deviceSaves?: boolean; chunkOctets?: number; dropAfterServerOctets?: number } = {}) {
  const w = world();
  const server = createPop2Server(w.po, { sessionId: 'laptop#1' });
  const client = createPop2Client(policy(retention, commitOrder), context);
  const result = runLink(server, client, { deviceSaves: options.deviceSaves ?? true, chunkOctets: options.chunkOctets, dropAfterServerOctets: options.dropAfterServerOctets });
  return { ...w, result, client, server };
}

describe('POP2 client agent with the POP2 server (RFC 937)', () => {
  it('RFC 937 "Client State Diagram": the client table has the RFC states and no QUIT from XFER', () => {
    expect(Object.keys(POP2_CLIENT_TRANSITIONS)).toEqual(['CALL', 'NMBR', 'SIZE', 'XFER', 'EXIT']);
    expect(POP2_CLIENT_TRANSITIONS.XFER.QUIT).toBeUndefined();
  });

  it('RFC 937 "ACKD": delete mode, safe order: every message saved before its ACKD, all removed at QUIT', () => {
    const { result, maildrop, uids } = run('delete', 'safe');
    expect(result.transcript).toEqual([
      'S: + POP2 pop.example.org server ready',
      'C: HELO alice secret',
      'S: #3',
      'C: READ',
      `S: =${crlf(MESSAGES[0]!).length}`,
      'C: RETR',
      `S: <${crlf(MESSAGES[0]!).length} octets>`,
      'C: ACKD',
      `S: =${crlf(MESSAGES[1]!).length}`,
      'C: RETR',
      `S: <${crlf(MESSAGES[1]!).length} octets>`,
      'C: ACKD',
      `S: =${crlf(MESSAGES[2]!).length}`,
      'C: RETR',
      `S: <${crlf(MESSAGES[2]!).length} octets>`,
      'C: ACKD',
      'S: =0',
      'C: QUIT',
      'S: + OK, POP2 server signing off',
    ]);
    expect(result.finished).toEqual({ type: 'finished', ok: true, reason: { code: 'quit' } });
    expect(removals(result)).toEqual(uids.map((uid) => `${uid}:release`));
    expect(maildrop.messages).toHaveLength(0);
    expect([...result.durableCopies.values()]).toEqual(MESSAGES.map(crlf));
    // Safe: each save request comes before the ACKD command that follows it.
    const kinds = result.clientEffects.filter((e) => e.type === 'save' || (e.type === 'command' && e.line === 'ACKD')).map((e) => e.type);
    expect(kinds).toEqual(['save', 'command', 'save', 'command', 'save', 'command']);
    expect(ofType(result.clientEffects, 'message').every((m) => m.uid === null && m.complete)).toBe(true);
  });

  it('RFC 937 "ACKS": keep mode downloads everything and removes nothing; the next session downloads it all again (catalogue F15)', () => {
    const w = world();
    for (let session = 0; session < 2; session++) {
      const result = runLink(createPop2Server(w.po, { sessionId: `s${session}` }), createPop2Client(policy('keep', 'safe'), context), { deviceSaves: true });
      expect(result.transcript.filter((l) => l === 'C: ACKS')).toHaveLength(3);
      expect(removals(result)).toEqual([]);
      expect(result.durable).toHaveLength(3);
    }
    expect(w.maildrop.messages).toHaveLength(3);
  });

  it('RFC 937 "ACKD" safe order: a device that never makes a copy durable sends no ACKD, so nothing is removed', () => {
    const { result, maildrop } = run('delete', 'safe', { deviceSaves: false });
    expect(result.transcript).not.toContain('C: ACKD');
    expect(result.finished?.ok).toBe(false);
    expect(removals(result)).toEqual([]);
    expect(maildrop.messages).toHaveLength(3);
  });

  it('RFC 937 "ACKD" unsafe order: ACKD before the copy is durable; a device that crashes loses all mail (catalogue F7)', () => {
    const { result, maildrop } = run('delete', 'unsafe', { deviceSaves: false });
    expect(result.transcript.filter((l) => l === 'C: ACKD')).toHaveLength(3);
    expect(result.finished?.ok).toBe(true);
    expect(maildrop.messages).toHaveLength(0);
    expect(result.durable).toEqual([]);
    // Unsafe: the ACKD command comes right after the save request, before any saved().
    const first = result.clientEffects.findIndex((e) => e.type === 'save');
    expect(result.clientEffects[first + 1]).toEqual({ type: 'command', line: 'ACKD' });
  });

  it('RFC 937 "ACKD" pipelined order behaves like unsafe for POP2: the ack does not wait for saved()', () => {
    const { result, maildrop } = run('delete', 'pipelined', { deviceSaves: false });
    expect(result.transcript.filter((l) => l === 'C: ACKD')).toHaveLength(3);
    expect(maildrop.messages).toHaveLength(0);
  });

  it('RFC 937 "Message Length": a drop inside RETR data gives an incomplete copy that is discarded, and nothing is removed (catalogue F1)', () => {
    const greeting = '+ POP2 pop.example.org server ready\r\n'.length;
    const size1 = crlf(MESSAGES[0]!).length;
    const cut = greeting + '#3\r\n'.length + `=${size1}\r\n`.length + 10;
    const { result, maildrop } = run('delete', 'safe', { dropAfterServerOctets: cut });
    const messages = ofType(result.clientEffects, 'message');
    expect(messages).toEqual([{ type: 'message', key: 'pop2-1', uid: null, number: 1, octets: crlf(MESSAGES[0]!).slice(0, 10), complete: false }]);
    expect(ofType(result.clientEffects, 'discard')).toEqual([{ type: 'discard', key: 'pop2-1' }]);
    expect(result.finished).toEqual({ type: 'finished', ok: false, reason: { code: 'connection-lost' } });
    expect(maildrop.messages).toHaveLength(3);
    expect(maildrop.lockHolder).toBeNull();
  });

  it('RFC 937 "ACKD" (reference §4.7): a drop after ACKD, before QUIT, removes nothing in our model: a duplicate next time (catalogue F3)', () => {
    const size1 = crlf(MESSAGES[0]!).length;
    // Cut just after the =ccc that answers the first ACKD.
    const cut = '+ POP2 pop.example.org server ready\r\n#3\r\n'.length + `=${size1}\r\n`.length + size1 + `=${crlf(MESSAGES[1]!).length}\r\n`.length;
    const { result, maildrop } = run('delete', 'safe', { dropAfterServerOctets: cut });
    expect(result.serverEvents.filter((e) => e.type === 'marked')).toHaveLength(1);
    expect(removals(result)).toEqual([]);
    expect(maildrop.messages).toHaveLength(3);
    expect(result.durable).toEqual(['pop2-1']);
  });

  it('RFC 937 "Message Length": the same session results whatever the split of each direction (every chunk size up to 64, then whole)', () => {
    const whole = run('delete', 'safe');
    for (let chunk = 1; chunk <= 64; chunk++) {
      const split = run('delete', 'safe', { chunkOctets: chunk });
      expect(split.result.transcript, `chunk ${chunk}`).toEqual(whole.result.transcript);
      expect([...split.result.durableCopies.values()]).toEqual([...whole.result.durableCopies.values()]);
    }
  });

  it('RFC 937 "Message Length": the client reads the server output split at every single point', () => {
    const w = world();
    const server = createPop2Server(w.po, { sessionId: 'x' });
    const script = ['HELO alice secret', 'READ', 'RETR', 'ACKS', 'RETR'];
    let wire = server.greet(0).send;
    for (const line of script) wire += server.receive(line + '\r\n', 1).send;
    const reference = createPop2Client(policy('keep', 'unsafe'), context);
    const expected = reference.receive(wire).effects.filter((e) => e.type === 'message');
    for (let at = 0; at <= wire.length; at++) {
      const client = createPop2Client(policy('keep', 'unsafe'), context);
      const effects = [...client.receive(wire.slice(0, at)).effects, ...client.receive(wire.slice(at)).effects];
      expect(effects.filter((e) => e.type === 'message'), `split at ${at}`).toEqual(expected);
    }
    expect(expected).toHaveLength(2);
  });

  it('RFC 937 "HELO": a refused login finishes the client with ok:false and no further commands', () => {
    const client = createPop2Client(policy('delete', 'safe'), { ...context, secret: 'wrong' });
    const w = world();
    const result = runLink(createPop2Server(w.po, { sessionId: 'x' }), client, { deviceSaves: true });
    expect(result.transcript).toEqual(['S: + POP2 pop.example.org server ready', 'C: HELO alice wrong', 'S: - bad user or password']);
    expect(result.finished).toEqual({ type: 'finished', ok: false, reason: { code: 'refused', command: 'HELO', line: '- bad user or password' } });
  });

  it('RFC 937 "HELO": an empty maildrop (#0) goes straight to QUIT', () => {
    const po = new PostOffice();
    po.addAccount('alice', 'secret');
    const result = runLink(createPop2Server(po, { sessionId: 'x' }), createPop2Client(policy('delete', 'safe'), context), { deviceSaves: true });
    expect(result.transcript).toEqual(['S: + POP2 pop.example.org server ready', 'C: HELO alice secret', 'S: #0', 'C: QUIT', 'S: + OK, POP2 server signing off']);
    expect(result.finished?.ok).toBe(true);
  });

  it('RFC 937 "System Model and Philosophy": an unexpected reply ends the client session', () => {
    const client = createPop2Client(policy('delete', 'safe'), context);
    client.receive('+ POP2 host\r\n');
    const out = client.receive('=12\r\n');
    expect(out.effects).toContainEqual({ type: 'finished', ok: false, reason: { code: 'unexpected-reply', command: 'HELO', line: '=12' } });
    expect(client.receive('#1\r\n')).toEqual({ send: '', effects: [] });
  });
});
