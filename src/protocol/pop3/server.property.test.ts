/**
 * Property tests for the POP3 server: fast-check `commands` drives random
 * command sequences against a model that is deliberately simpler than the
 * engine (it only knows the state, who is logged in, and which numbers are
 * marked).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PostOffice, type Maildrop } from '../maildrop.ts';
import { Session, lines } from './server-testkit.ts';
import type { ServerOutput } from '../engine.ts';

/** Counts so the test can show the interesting paths were really taken. */
const stats = { updates: 0, updatesThatRemoved: 0 };

interface Model {
  state: 'AUTHORIZATION' | 'TRANSACTION' | 'CLOSED';
  pendingUser: string | null;
  readonly marked: Set<number>;
  /** CRLF octets of each message present, computed independently of the engine (RFC 1939 §11). */
  sizes: readonly number[];
}

interface Real {
  s: Session;
  readonly office: PostOffice;
  readonly drop: Maildrop;
  /** UIDs present in the maildrop, as the model expects them. */
  uids: readonly string[];
  sessions: number;
  /** Wire output of the sessions that ended. */
  readonly wires: string[];
}

function nothingRemoved(r: Real): void {
  expect(r.drop.messages.map((m) => m.uid)).toEqual(r.uids);
}

function visible(m: Model): number[] {
  return m.sizes.map((_, i) => i + 1).filter((n) => !m.marked.has(n));
}

/** One command line. The model predicts the reply's status and the effect. */
class Send implements fc.Command<Model, Real> {
  constructor(readonly line: string) {}

  check(m: Readonly<Model>): boolean {
    return m.state !== 'CLOSED';
  }

  run(m: Model, r: Real): void {
    const reply = r.s.cmd(this.line);
    const first = reply[0] ?? '';
    const [keyword = '', ...args] = this.line.split(' ');
    const arg = args[0];
    const n = arg !== undefined && /^[0-9]+$/.test(arg) ? Number(arg) : NaN;
    const validNumber = Number.isInteger(n) && n >= 1 && n <= m.sizes.length && !m.marked.has(n);
    const pending = m.pendingUser;
    m.pendingUser = null;

    if (m.state === 'AUTHORIZATION') {
      if (keyword === 'USER') m.pendingUser = arg ?? null;
      else if (keyword === 'PASS' && pending === 'alice' && arg === 'wonderland') {
        expect(first).toMatch(/^\+OK/);
        m.state = 'TRANSACTION';
      } else if (keyword === 'QUIT') {
        expect(first).toMatch(/^\+OK/);
        m.state = 'CLOSED';
      } else if (keyword !== 'CAPA') {
        expect(first).toMatch(/^-ERR/);
      }
      nothingRemoved(r);
      return;
    }

    switch (keyword) {
      case 'STAT': {
        const v = visible(m);
        expect(first).toBe(`+OK ${v.length} ${v.reduce((sum, k) => sum + (m.sizes[k - 1] ?? 0), 0)}`);
        break;
      }
      case 'LIST':
        if (arg === undefined) {
          // RFC 1939 §5, §11: one "n size" line per message that is not marked.
          expect(reply.slice(1, -1)).toEqual(visible(m).map((k) => `${k} ${m.sizes[k - 1]}`));
        } else if (validNumber) expect(first).toBe(`+OK ${n} ${m.sizes[n - 1]}`);
        else expect(first).toMatch(/^-ERR/);
        break;
      case 'RETR':
        if (validNumber) expect(first).toBe(`+OK ${m.sizes[n - 1]} octets`);
        else expect(first).toMatch(/^-ERR/);
        break;
      case 'DELE':
        if (validNumber) {
          expect(first).toMatch(/^\+OK/);
          m.marked.add(n);
        } else expect(first).toMatch(/^-ERR/);
        break;
      case 'RSET':
        expect(first).toMatch(/^\+OK/);
        m.marked.clear();
        break;
      case 'QUIT': {
        // RFC 1939 §6: the one way anything leaves the maildrop.
        stats.updates += 1;
        if (m.marked.size > 0) stats.updatesThatRemoved += 1;
        expect(first).toMatch(/^\+OK/);
        const kept = r.uids.filter((_, i) => !m.marked.has(i + 1));
        expect(r.drop.messages.map((x) => x.uid)).toEqual(kept);
        expect(r.drop.lockHolder).toBeNull();
        r.uids = kept;
        m.sizes = m.sizes.filter((_, i) => !m.marked.has(i + 1));
        m.state = 'CLOSED';
        return;
      }
      case 'NOOP':
        expect(reply).toEqual(['+OK']);
        break;
      case 'UIDL':
        expect(reply.slice(1, -1).map((l) => l.split(' ')[0])).toEqual(visible(m).map(String));
        break;
      case 'CAPA':
        expect(first).toMatch(/^\+OK/);
        break;
      default:
        expect(first).toMatch(/^-ERR/);
    }
    nothingRemoved(r);
  }

  toString(): string {
    return `Send(${JSON.stringify(this.line)})`;
  }
}

/** USER alice and PASS wonderland back to back, so TRANSACTION is reached often. */
class Login implements fc.Command<Model, Real> {
  check(m: Readonly<Model>): boolean {
    return m.state !== 'CLOSED';
  }
  run(m: Model, r: Real): void {
    new Send('USER alice').run(m, r);
    if (m.state === 'CLOSED') return;
    new Send('PASS wonderland').run(m, r);
  }
  toString(): string {
    return 'Login';
  }
}

/** A new connection after the last one ended (the next poll, or the same device retrying). */
class Reconnect implements fc.Command<Model, Real> {
  check(m: Readonly<Model>): boolean {
    return m.state === 'CLOSED';
  }
  run(m: Model, r: Real): void {
    r.sessions += 1;
    r.wires.push(r.s.wire);
    r.s = new Session(r.office, { sessionId: `device#${r.sessions}` });
    m.state = 'AUTHORIZATION';
    m.pendingUser = null;
    m.marked.clear();
    nothingRemoved(r);
  }
  toString(): string {
    return 'Reconnect';
  }
}

/** The connection drops or the server crashes: RFC 1939 §6, no UPDATE. */
/** RFC 1939 §3, §6: an abort or an autologout closes with no reply, removes nothing and frees the lock. */
function closedSilently(m: Model, r: Real, out: ServerOutput): void {
  expect(out.send).toBe('');
  expect(out.close).toBe(true);
  nothingRemoved(r);
  expect(r.drop.lockHolder).toBeNull();
  m.state = 'CLOSED';
}

class Abort implements fc.Command<Model, Real> {
  constructor(readonly reason: 'connection-lost' | 'server-crash') {}
  check(m: Readonly<Model>): boolean {
    return m.state !== 'CLOSED';
  }
  run(m: Model, r: Real): void {
    const out = r.s.server.abort(this.reason);
    closedSilently(m, r, out);
  }
  toString(): string {
    return `Abort(${this.reason})`;
  }
}

/** Idle past the autologout timer: RFC 1939 §3, no UPDATE, no reply. */
class Idle implements fc.Command<Model, Real> {
  check(m: Readonly<Model>): boolean {
    return m.state !== 'CLOSED';
  }
  run(m: Model, r: Real): void {
    const out = r.s.server.poll(r.s.tick + 10 * 60 * 1000);
    closedSilently(m, r, out);
  }
  toString(): string {
    return 'Idle';
  }
}

const number = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 5 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('0', '7', '-1', 'x', '01', '999999999999') },
);
const commandArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('USER alice', 'USER bob').map((l) => new Send(l)) },
  { weight: 3, arbitrary: fc.constantFrom('PASS wonderland', 'PASS wrong').map((l) => new Send(l)) },
  { weight: 2, arbitrary: fc.constantFrom('STAT', 'LIST', 'RSET', 'NOOP', 'CAPA', 'UIDL').map((l) => new Send(l)) },
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom('DELE', 'RETR', 'LIST'), number).map(([k, n]) => new Send(`${k} ${n}`)) },
  { weight: 4, arbitrary: fc.constant(new Login()) },
  { weight: 2, arbitrary: fc.constant(new Send('QUIT')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((g) => new Send(`X${g.replace(/[\r\n]/g, '')}`)) },
  { weight: 1, arbitrary: fc.constantFrom<'connection-lost' | 'server-crash'>('connection-lost', 'server-crash').map((r) => new Abort(r)) },
  { weight: 1, arbitrary: fc.constant(new Idle()) },
  { weight: 3, arbitrary: fc.constant(new Reconnect()) },
  // An empty maildrop and sessions that never log in are covered by the weights above and by the unit tests.
);

/** Message text with LF line ends and plenty of dots; its CRLF size is text length plus one per LF. */
const messageText = fc
  .array(fc.oneof(fc.constantFrom('', '.', '..', '.x', 'Subject: s'), fc.string({ maxLength: 15 }).map((s) => s.replace(/[\r\n]/g, ''))), {
    minLength: 1,
    maxLength: 8,
  })
  .map((ls) => ls.join('\n') + '\n');

describe('POP3 server properties (rfc personality)', () => {
  it('RFC 1939 §6: across sessions, drops and autologouts, nothing leaves the maildrop unless QUIT came from TRANSACTION; RFC 1939 §11: STAT/LIST sizes equal CRLF octets', () => {
    fc.assert(
      fc.property(fc.array(messageText, { minLength: 1, maxLength: 5 }), fc.commands([commandArb], { maxCommands: 60, size: '+1' }), (texts, cmds) => {
        const office = new PostOffice();
        const alice = office.addAccount('alice', 'wonderland');
        office.addAccount('bob', 'builder');
        texts.forEach((t) => alice.maildrop.deliver(t));
        const sizes = texts.map((t) => t.length + (t.match(/\n/g)?.length ?? 0));
        const uids = alice.maildrop.messages.map((m) => m.uid);
        const real: Real = { s: new Session(office), office, drop: alice.maildrop, uids, sessions: 0, wires: [] };
        fc.modelRun(() => ({ model: { state: 'AUTHORIZATION' as const, pendingUser: null, marked: new Set<number>(), sizes }, real }), cmds);
        // Whatever happened, every status line we sent fits RFC 1939 §3's 512 octets.
        for (const line of [...real.wires, real.s.wire].flatMap(lines)) expect(line.length + 2).toBeLessThanOrEqual(512);
      }),
      { numRuns: 300 },
    );
    // The bounds only guard against a vacuous property (see the counts printed on failure).
    expect(stats.updates, JSON.stringify(stats)).toBeGreaterThanOrEqual(40);
    expect(stats.updatesThatRemoved, JSON.stringify(stats)).toBeGreaterThanOrEqual(8);
  });
});
