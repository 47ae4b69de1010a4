/**
 * Fuzz: 100,000 random and mutated lines never make the POP3 server throw,
 * every line gets exactly one reply, no status line exceeds 512 octets, and
 * (rfc personality) nothing leaves the maildrop except in UPDATE.
 *
 * Lines are built cheaply from a seeded xorshift PRNG (the seed is in every
 * failure message); one session is reused until it closes, then recreated.
 */
import { NOBLE_DIGESTS } from '../digests-noble.ts';
import { describe, expect, it } from 'vitest';
import type { ServerOutput, ServerSession, Personality } from '../engine.ts';
import { PostOffice, type Maildrop } from '../maildrop.ts';
import { CRLF } from '../octets.ts';
import { encodeBase64 } from '../sasl.ts';
import { createPop3Server } from './server.ts';

function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

const CORPUS = [
  'USER alice', 'PASS wonderland', 'PASS wrong', 'APOP alice 0123456789abcdef0123456789abcdef',
  'AUTH PLAIN', `AUTH PLAIN ${encodeBase64('\0alice\0wonderland')}`, 'AUTH CRAM-MD5', 'AUTH PLAIN =', '*',
  'CAPA', 'STLS', 'STAT', 'LIST', 'LIST 1', 'LIST 2', 'RETR 1', 'RETR 2', 'RETR 3', 'DELE 1', 'DELE 2',
  'TOP 1 0', 'TOP 2 5', 'TOP 1 99999999', 'UIDL', 'UIDL 1', 'NOOP', 'RSET', 'LAST', 'QUIT', '', ' ', '.',
];
const ALPHABET = ' .0123456789ADELIOPRSTUVX*=+-\x00\x7f\xff\t';

function mutate(next: () => number, base: string): string {
  let line = base;
  const ops = next() % 4;
  for (let i = 0; i < ops; i++) {
    const at = line.length === 0 ? 0 : next() % (line.length + 1);
    switch (next() % 8) {
      case 0: line = line.slice(0, at) + ALPHABET[next() % ALPHABET.length] + line.slice(at); break;
      case 1: line = line.slice(0, at) + line.slice(at + 1); break;
      case 2: line = line.slice(0, at) + String.fromCharCode(next() % 256) + line.slice(at + 1); break;
      case 3: line = line.slice(0, at); break;
      case 4: line = line + ' ' + String(next() % 1000); break;
      case 5: line = line.toLowerCase(); break;
      case 6: line = line + 'x'.repeat(next() % 300); break;
      default: line = line.slice(0, at) + ' ' + line.slice(at); break;
    }
  }
  return line;
}

function randomLine(next: () => number): string {
  const length = next() % 60;
  let line = '';
  for (let i = 0; i < length; i++) line += String.fromCharCode(next() % 256);
  return line;
}

interface Rig {
  server: ServerSession;
  readonly drop: Maildrop;
  uids: string;
}

function freshRig(personality: Personality, n: number): Rig {
  const office = new PostOffice('fuzz.example');
  const alice = office.addAccount('alice', 'wonderland');
  for (let i = 0; i < 3; i++) alice.maildrop.deliver(`Subject: ${i}\n\n.dot\nbody ${i}\n`);
  const server = createPop3Server(office, { sessionId: `fuzz#${n}`, personality, digests: NOBLE_DIGESTS, enableStls: n % 2 === 0, enableLast: n % 3 === 0 });
  server.greet(0);
  return { server, drop: alice.maildrop, uids: alice.maildrop.messages.map((m) => m.uid).join() };
}

function check(out: ServerOutput, seed: number, line: string): void {
  for (const e of out.events) {
    if (e.type === 'reply' && e.line.length + 2 > 512) throw new Error(`seed ${seed}: status line over 512 octets after ${JSON.stringify(line)}`);
  }
}

describe('POP3 server fuzz', () => {
  it('RFC 1939 §3: 100,000 random and mutated lines never throw; each gets one reply; status lines stay within 512 octets', () => {
    const seed = 0x5eed_2026;
    const next = xorshift(seed);
    let sessions = 0;
    let rig = freshRig({ kind: 'rfc' }, sessions);
    let replies = 0;
    let transactions = 0;
    for (let i = 0; i < 100_000; i++) {
      const roll = next() % 10;
      let line = roll < 6 ? mutate(next, CORPUS[next() % CORPUS.length] ?? '') : roll < 8 ? (CORPUS[next() % CORPUS.length] ?? '') : randomLine(next);
      // One line per receive: a CR or LF inside would make several lines.
      line = line.replace(/[\r\n]/g, '');
      let out: ServerOutput;
      try {
        out = rig.server.receive(line + CRLF, 1);
      } catch (error) {
        throw new Error(`seed ${seed}, line ${i}: ${JSON.stringify(line)} threw ${String(error)}`);
      }
      check(out, seed, line);
      const count = out.events.filter((e) => e.type === 'reply').length;
      if (count !== 1) throw new Error(`seed ${seed}, line ${i}: ${JSON.stringify(line)} got ${count} replies`);
      replies += count;
      if (rig.server.state === 'TRANSACTION') transactions += 1;
      // RFC 1939 §6: in the rfc personality the maildrop changes only in UPDATE.
      const entered = out.events.some((e) => e.type === 'state' && e.to === 'UPDATE');
      const uids = rig.drop.messages.map((m) => m.uid).join();
      if (uids !== rig.uids && !entered) throw new Error(`seed ${seed}, line ${i}: maildrop changed outside UPDATE`);
      if (rig.server.closed) {
        sessions += 1;
        rig = freshRig({ kind: 'rfc' }, sessions);
      }
    }
    expect(replies).toBe(100_000);
    // The fuzz must get past login often enough to exercise TRANSACTION.
    expect(transactions).toBeGreaterThan(1000);
    expect(sessions).toBeGreaterThan(100);
  });

  it('RFC 1939 §3: random octet chunks with line ends anywhere, under every personality, never throw', () => {
    const seed = 0xc0ffee;
    const next = xorshift(seed);
    const personalities: Personality[] = [
      { kind: 'rfc' }, { kind: 'expunge-on-dele' }, { kind: 'download-once' }, { kind: 'no-uidl' }, { kind: 'retention-days', days: 1 },
    ];
    let sessions = 0;
    let rig = freshRig(personalities[0] ?? { kind: 'rfc' }, 0);
    let tick = 0;
    for (let i = 0; i < 20_000; i++) {
      const parts: string[] = [];
      const n = 1 + (next() % 4);
      for (let k = 0; k < n; k++) parts.push(next() % 3 === 0 ? randomLine(next) : mutate(next, CORPUS[next() % CORPUS.length] ?? ''));
      const chunk = parts.join(['\r\n', '\n', '\r', ''][next() % 4] ?? '') + (next() % 2 === 0 ? CRLF : '');
      tick += next() % 1000;
      try {
        const action = next() % 200;
        const out =
          action === 0 ? rig.server.abort('connection-lost')
          : action === 1 ? rig.server.poll(tick + 10 * 60 * 1000)
          : rig.server.receive(chunk, tick);
        check(out, seed, chunk);
      } catch (error) {
        throw new Error(`seed ${seed}, chunk ${i}: ${JSON.stringify(chunk)} threw ${String(error)}`);
      }
      if (rig.server.closed) {
        sessions += 1;
        rig = freshRig(personalities[sessions % personalities.length] ?? { kind: 'rfc' }, sessions);
        tick = 0;
      }
    }
    expect(sessions).toBeGreaterThan(50);
  });
});
