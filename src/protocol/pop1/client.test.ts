import { describe, expect, it } from 'vitest';
import { PostOffice } from '../maildrop.ts';
import type { ClientContext, ClientEffect, ClientPolicy } from '../engine.ts';
import { createPop1Client, POP1_CLIENT_TRANSITIONS } from './client.ts';
import { createPop1Server } from './server.ts';
import { joinMailbox } from './mailbox-block.ts';
import { removals, runLink } from '../pop2/testing-link.ts';

const MESSAGES = [
  'From: a@example.org\nSubject: one\n\nfirst\n',
  'From: b@example.org\nSubject: two\n\nFrom the desk of B: a body line like a separator\n',
  'From: c@example.org\nSubject: three\n\n.leading dot, raw in POP1\n',
];
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

function world() {
  const po = new PostOffice('pop.example.org');
  const account = po.addAccount('fred', 'password');
  const uids = MESSAGES.map((text) => account.maildrop.deliver(text).uid);
  return { po, maildrop: account.maildrop, uids };
}

const context: ClientContext = { user: 'fred', secret: 'password', knownUids: new Map(), locallyDeleted: new Set(), today: 0 };
const policy = (retention: 'delete' | 'keep', commitOrder: ClientPolicy['commitOrder']): ClientPolicy => ({ retention, commitOrder, useUidl: false });
const ofType = <T extends ClientEffect['type']>(effects: readonly ClientEffect[], type: T) =>
  effects.filter((e): e is Extract<ClientEffect, { type: T }> => e.type === type);
const BLOCK = joinMailbox(MESSAGES.map(crlf), 'pop.example.org');

function run(retention: 'delete' | 'keep', commitOrder: ClientPolicy['commitOrder'], options: { deviceSaves?: boolean; chunkOctets?: number; dropAfterServerOctets?: number } = {}) {
  const w = world();
  const result = runLink(createPop1Server(w.po, { sessionId: 'laptop#1' }), createPop1Client(policy(retention, commitOrder), context), {
    deviceSaves: options.deviceSaves ?? true,
    chunkOctets: options.chunkOctets,
    dropAfterServerOctets: options.dropAfterServerOctets,
  });
  return { ...w, result };
}

describe('POP1 client agent with the POP1 server (RFC 918)', () => {
  it('RFC 918 "The Normal Scenario": the client table follows USER, PASS, RDEL/RETR, RCEV, RCVD, QUIT', () => {
    expect(POP1_CLIENT_TRANSITIONS.PASS).toEqual({ RETR: 'OPEN', RDEL: 'OPEN', QUIT: 'QUIT' });
    expect(POP1_CLIENT_TRANSITIONS.DATA).toEqual({ RCVD: 'RCVD' });
  });

  it('RFC 918 "RCVD": delete mode, safe order: RCVD only after every copy is durable; then all removed', () => {
    const { result, maildrop, uids } = run('delete', 'safe');
    expect(result.transcript).toEqual([
      'S: +OK POP1 pop.example.org server ready',
      'C: USER fred',
      'S: +OK',
      'C: PASS password',
      'S: +OK',
      'C: RDEL fred',
      `S: #${BLOCK.length}`,
      'C: RCEV',
      ...MESSAGES.map((m) => `S: <${crlf(m).length} octets>`),
      'C: RCVD',
      'S: +OK',
      'C: QUIT',
      'S: +OK POP1 server signing off',
    ]);
    expect(result.finished).toEqual({ type: 'finished', ok: true, reason: { code: 'quit' } });
    expect(removals(result)).toEqual(uids.map((uid) => `${uid}:rcvd`));
    expect(maildrop.messages).toHaveLength(0);
    expect([...result.durableCopies.values()]).toEqual(MESSAGES.map(crlf));
    const messages = ofType(result.clientEffects, 'message');
    expect(messages.map((m) => [m.key, m.number, m.uid, m.complete])).toEqual([
      ['pop1-1', 1, null, true],
      ['pop1-2', 2, null, true],
      ['pop1-3', 3, null, true],
    ]);
    // Safe: RCVD is sent after the last save was reported (three saved() calls precede it).
    const rcvdAt = result.clientEffects.findIndex((e) => e.type === 'command' && e.line === 'RCVD');
    expect(ofType(result.clientEffects.slice(0, rcvdAt), 'save')).toHaveLength(3);
  });

  it('RFC 918 "RETR": keep mode removes nothing, and every session downloads the whole mailbox again (catalogue F15)', () => {
    const w = world();
    for (let session = 0; session < 2; session++) {
      const result = runLink(createPop1Server(w.po, { sessionId: `s${session}` }), createPop1Client(policy('keep', 'safe'), context), { deviceSaves: true });
      expect(result.transcript).toContain('C: RETR fred');
      expect(result.transcript).toContain('C: RCVD');
      expect(removals(result)).toEqual([]);
      expect(result.durable).toHaveLength(3);
    }
    expect(w.maildrop.messages).toHaveLength(3);
  });

  it('RFC 918 "RCVD" safe order: a device that never makes copies durable never sends RCVD, so nothing is removed', () => {
    const { result, maildrop } = run('delete', 'safe', { deviceSaves: false });
    expect(result.transcript).not.toContain('C: RCVD');
    expect(result.finished?.ok).toBe(false);
    expect(maildrop.messages).toHaveLength(3);
    expect(maildrop.lockHolder).toBeNull();
  });

  it('RFC 918 "RCVD" unsafe order: RCVD before the copies are durable; a crashing device loses the whole mailbox (catalogue F7)', () => {
    const { result, maildrop } = run('delete', 'unsafe', { deviceSaves: false });
    expect(result.transcript).toContain('C: RCVD');
    expect(result.finished?.ok).toBe(true);
    expect(maildrop.messages).toHaveLength(0);
    expect(result.durable).toEqual([]);
  });

  it('RFC 918 "The Protocol": a drop inside the block: every piece is incomplete and discarded; nothing removed (catalogue F1)', () => {
    const before = '+OK POP1 pop.example.org server ready\r\n+OK\r\n+OK\r\n'.length + `#${BLOCK.length}\r\n`.length;
    const cut = before + BLOCK.indexOf('From the desk') + 4;
    const { result, maildrop } = run('delete', 'safe', { dropAfterServerOctets: cut });
    const messages = ofType(result.clientEffects, 'message');
    expect(messages.map((m) => m.complete)).toEqual([false, false]);
    expect(messages[0]!.octets).toBe(crlf(MESSAGES[0]!));
    expect(ofType(result.clientEffects, 'discard').map((d) => d.key)).toEqual(messages.map((m) => m.key));
    expect(ofType(result.clientEffects, 'save')).toHaveLength(0);
    expect(result.finished).toEqual({ type: 'finished', ok: false, reason: { code: 'connection-lost' } });
    expect(maildrop.messages).toHaveLength(3);
  });

  it('RFC 918 "RCVD": a drop after the block, before RCVD (safe client still saving), removes nothing: whole mailbox again next time (catalogue F2)', () => {
    const before = '+OK POP1 pop.example.org server ready\r\n+OK\r\n+OK\r\n'.length + `#${BLOCK.length}\r\n`.length;
    const { result, maildrop } = run('delete', 'safe', { dropAfterServerOctets: before + BLOCK.length, deviceSaves: false });
    expect(ofType(result.clientEffects, 'message').every((m) => m.complete)).toBe(true);
    expect(maildrop.messages).toHaveLength(3);
  });

  it('RFC 918 "RCEV": the same session results whatever the split of each direction (every chunk size up to 64)', () => {
    const whole = run('delete', 'safe');
    for (let chunk = 1; chunk <= 64; chunk++) {
      const split = run('delete', 'safe', { chunkOctets: chunk });
      expect(split.result.transcript, `chunk ${chunk}`).toEqual(whole.result.transcript);
      expect([...split.result.durableCopies.values()]).toEqual(MESSAGES.map(crlf));
    }
  });

  it('RFC 918 "RCEV": the client reads the server output split at every single point', () => {
    const w = world();
    const server = createPop1Server(w.po, { sessionId: 'x' });
    let wire = server.greet(0).send;
    for (const line of ['USER fred', 'PASS password', 'RETR fred', 'RCEV']) wire += server.receive(line + '\r\n', 1).send;
    const expected = ofType(createPop1Client(policy('keep', 'unsafe'), context).receive(wire).effects, 'message');
    expect(expected.map((m) => m.octets)).toEqual(MESSAGES.map(crlf));
    for (let at = 0; at <= wire.length; at++) {
      const client = createPop1Client(policy('keep', 'unsafe'), context);
      const effects = [...client.receive(wire.slice(0, at)).effects, ...client.receive(wire.slice(at)).effects];
      expect(ofType(effects, 'message'), `split at ${at}`).toEqual(expected);
    }
  });

  it('RFC 918 "PASS": a refused password: the client says QUIT and finishes with ok:false', () => {
    const w = world();
    const result = runLink(createPop1Server(w.po, { sessionId: 'x' }), createPop1Client(policy('delete', 'safe'), { ...context, secret: 'nope' }), { deviceSaves: true });
    expect(result.transcript.slice(-4)).toEqual(['C: PASS nope', 'S: -ERR bad user or password', 'C: QUIT', 'S: +OK POP1 server signing off']);
    expect(result.finished).toEqual({ type: 'finished', ok: false, reason: { code: 'refused', command: 'PASS', line: '-ERR bad user or password' } });
  });

  it('RFC 918 "The Protocol": an empty mailbox (#0): RCEV then RCVD at once, QUIT', () => {
    const po = new PostOffice('pop.example.org');
    po.addAccount('fred', 'password');
    const result = runLink(createPop1Server(po, { sessionId: 'x' }), createPop1Client(policy('delete', 'safe'), context), { deviceSaves: true });
    expect(result.transcript.slice(5)).toEqual(['C: RDEL fred', 'S: #0', 'C: RCEV', 'C: RCVD', 'S: +OK', 'C: QUIT', 'S: +OK POP1 server signing off']);
    expect(result.finished?.ok).toBe(true);
  });
});
