/**
 * Fuzz: 100,000 random and mutated command lines per server (POP1 and POP2),
 * split into random chunks, never make a server throw, and every step keeps
 * the engine's invariants. A seeded PRNG drives everything; the seed is in
 * the test name and in every failure message.
 */
import { describe, expect, it } from 'vitest';
import { PostOffice } from '../maildrop.ts';
import type { ServerSession } from '../engine.ts';
import { POP2_SERVER_TRANSITIONS, createPop2Server, type Pop2ServerState } from './server.ts';
import { POP1_SERVER_TRANSITIONS, createPop1Server, type Pop1ServerState } from '../pop1/server.ts';
import { POP2_LIMITS } from '../wire.ts';
import { createPop2Client } from './client.ts';
import { createPop1Client } from '../pop1/client.ts';
import type { ClientAgent, ClientContext, ClientPolicy } from '../engine.ts';

/** mulberry32: a tiny seeded PRNG, so a failure replays from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POP2_VOCABULARY = ['HELO alice secret', 'HELO alice wrong', 'HELO', 'READ', 'READ 1', 'READ 2', 'READ 9', 'READ x', 'RETR', 'ACKS', 'ACKD', 'NACK', 'FOLD alice', 'FOLD INBOX', 'FOLD other', 'FOLD', 'QUIT', 'quit', 'HELO a\\ b c\\'];
const POP1_VOCABULARY = ['USER alice', 'USER bob', 'PASS secret', 'PASS wrong', 'RETR alice', 'RDEL alice', 'RDEL other', 'RETR', 'RCEV', 'RCVD', 'RSET', 'NOOP', 'QUIT', 'noop x', 'USER'];

/** Well-formed lines for each keyword, so that half of the input follows the state table deep into a session. */
const GOOD_ARGS: Readonly<Record<string, readonly string[]>> = {
  HELO: ['HELO alice secret'],
  FOLD: ['FOLD alice', 'FOLD nobox'],
  READ: ['READ', 'READ 1', 'READ 2'],
  USER: ['USER alice'],
  PASS: ['PASS secret'],
};

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function mutate(line: string, random: () => number): string {
  const pick = (n: number) => Math.floor(random() * n);
  const chars = [...line];
  const edits = 1 + pick(4);
  for (let i = 0; i < edits; i++) {
    const at = pick(chars.length + 1);
    switch (pick(6)) {
      case 0:
        chars.splice(at, 1);
        break;
      case 1:
        chars.splice(at, 0, String.fromCharCode(pick(256)));
        break;
      case 2:
        chars.splice(at, 0, ['\r', '\n', '\r\n', '\0', ' ', '\\', '#', '='][pick(8)] as string);
        break;
      case 3:
        chars.splice(at, 0, 'x'.repeat(pick(700)));
        break;
      case 4:
        chars.splice(at, 0, String(pick(1e12)));
        break;
      default:
        if (chars[at] !== undefined) chars[at] = (chars[at] as string).toLowerCase();
    }
  }
  return chars.join('');
}

function randomLine(random: () => number): string {
  const length = Math.floor(random() * 40);
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(Math.floor(random() * 256));
  return out;
}

function fuzz(protocol: 'pop1' | 'pop2', seed: number, lines: number): { sessions: number; removed: number } {
  const random = prng(seed);
  const office = new PostOffice('fuzz.example');
  const maildrop = office.addAccount('alice', 'secret').maildrop;
  const vocabulary = protocol === 'pop2' ? POP2_VOCABULARY : POP1_VOCABULARY;
  const create = (id: number): ServerSession =>
    protocol === 'pop2' ? createPop2Server(office, { sessionId: `s${id}`, autologoutTicks: 600_000 }) : createPop1Server(office, { sessionId: `s${id}`, autologoutTicks: 600_000 });
  let sessions = 0;
  let removed = 0;
  let tick = 0;
  let server = create(sessions);
  server.greet(tick);
  for (let n = 0; n < lines; n++) {
    const where = `seed ${seed}, line ${n}`;
    if (maildrop.messages.length < 2) maildrop.deliver(`Subject: ${n}\n\nFrom body ${n}\n.dot\n`);
    if (server.closed) {
      check(maildrop.lockHolder === null, `${where}: lock held after close`);
      server = create(++sessions);
      server.greet(tick);
    }
    const roll = random();
    let base = vocabulary[Math.floor(random() * vocabulary.length)] as string;
    if (roll < 0.5) {
      // Follow the table: a command allowed in the current state, with good arguments.
      const row = protocol === 'pop2' ? POP2_SERVER_TRANSITIONS[server.state as Pop2ServerState] : POP1_SERVER_TRANSITIONS[server.state as Pop1ServerState];
      const allowed = Object.keys(row).filter((k) => random() < 0.9 || k !== 'QUIT');
      const keyword = allowed[Math.floor(random() * allowed.length)];
      if (keyword !== undefined) {
        const good = protocol === 'pop1' && (keyword === 'RETR' || keyword === 'RDEL') ? [`${keyword} alice`] : (GOOD_ARGS[keyword] ?? [keyword]);
        base = good[Math.floor(random() * good.length)] as string;
      }
    }
    const line = roll < 0.7 ? base : roll < 0.93 ? mutate(base, random) : randomLine(random);
    const wire = line + (random() < 0.9 ? '\r\n' : '\n');
    const before = maildrop.messages.length;
    let removedNow = 0;
    // Random chunking of the line; the session may close in the middle.
    for (let at = 0; at < wire.length && !server.closed; ) {
      const size = 1 + Math.floor(random() * wire.length);
      tick += 1 + Math.floor(random() * 3);
      const out = server.receive(wire.slice(at, at + size), tick);
      at += size;
      for (const event of out.events) if (event.type === 'removed') removedNow++;
      if (protocol === 'pop2') {
        // RFC 937 "Sizes": every reply line we send fits in 512 characters (data excepted).
        if (!out.events.some((e) => e.type === 'sent-message')) {
          for (const reply of out.send.split('\r\n')) check(reply.length + 2 <= POP2_LIMITS.replyOctets, `${where}: reply over 512`);
        }
      }
      check(out.close === server.closed, `${where}: close flag and closed state disagree`);
    }
    // Only commit points remove, and each removal is reported.
    check(before - maildrop.messages.length === removedNow, `${where}: a removal was not reported`);
    removed += removedNow;
    const r = random();
    if (r < 0.002 && !server.closed) server.abort('connection-lost');
    else if (r < 0.003 && !server.closed) server.poll(tick + 700_000);
  }
  return { sessions, removed };
}

describe('fuzz: random and mutated lines never break the servers', () => {
  it('RFC 937 "System Model and Philosophy": POP2 server, 100,000 lines (seed 937)', () => {
    const { sessions, removed } = fuzz('pop2', 937, 100_000);
    expect(sessions).toBeGreaterThan(1000); // many sessions were closed and restarted
    expect(removed).toBeGreaterThan(0); // the fuzz reached the commit point
  });

  it('RFC 918 "The Protocol": POP1 server, 100,000 lines (seed 918)', () => {
    const { sessions, removed } = fuzz('pop1', 918, 100_000);
    expect(sessions).toBeGreaterThan(10);
    expect(removed).toBeGreaterThan(0);
  });
});

const REPLIES = ['+ POP2 host', '+OK', '-ERR no', '-', '#0', '#2', '#40', '=0', '=5', '=12', '+ OK', 'hello', '#x', '=99999999999999999999'];

describe('fuzz: random replies never break the client agents', () => {
  it('RFC 937 / RFC 918: 20,000 random replies per client agent, with saves and drops (seed 1985)', () => {
    const random = prng(1985);
    const context: ClientContext = { user: 'alice', secret: 'secret', knownUids: new Map(), locallyDeleted: new Set(), today: 0 };
    let finished = 0;
    for (const make of [createPop2Client, createPop1Client]) {
      const orders: ClientPolicy['commitOrder'][] = ['safe', 'unsafe', 'pipelined'];
      const newAgent = (): ClientAgent =>
        make({ retention: random() < 0.5 ? 'delete' : 'keep', commitOrder: orders[Math.floor(random() * 3)] as ClientPolicy['commitOrder'], useUidl: false }, context);
      let agent = newAgent();
      for (let n = 0; n < 20_000; n++) {
        if (agent.finished) {
          finished++;
          agent = newAgent();
        }
        const roll = random();
        const base = REPLIES[Math.floor(random() * REPLIES.length)] as string;
        const text = roll < 0.6 ? base + '\r\n' : roll < 0.9 ? mutate(base, random) + '\r\n' : randomLine(random);
        const out = agent.receive(text);
        for (const effect of out.effects) if (effect.type === 'save' && random() < 0.7) agent.saved(effect.key);
        if (random() < 0.01) agent.connectionLost();
      }
    }
    expect(finished).toBeGreaterThan(100);
  });
});
