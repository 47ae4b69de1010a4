import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LiveWorld } from './live.ts';
import { world } from './testkit.ts';
import { ALL_ENGINES } from './engines-all.ts';

function liveWorld(messages = 3): LiveWorld {
  return new LiveWorld(world({ messages, devices: [], channel: { latencyTicks: 3, octetsPerTick: 40 } }), { engines: ALL_ENGINES });
}

describe('LiveWorld: typing POP3 by hand through the simulated channel', () => {
  it('RFC 1939 §10: a typed session logs in, lists, marks and commits at QUIT', () => {
    const live = liveWorld(2);
    live.connect();
    expect(live.takeReceived()).toMatch(/^\+OK POP3 server ready <.*>\r\n$/);
    live.typeLine('USER alice');
    expect(live.takeReceived()).toMatch(/^\+OK/);
    live.typeLine('PASS tanstaaf');
    expect(live.takeReceived()).toMatch(/^\+OK/);
    live.typeLine('LIST');
    expect(live.takeReceived()).toMatch(/^\+OK.*\r\n1 \d+\r\n2 \d+\r\n\.\r\n$/s);
    live.typeLine('DELE 1');
    expect(live.takeReceived()).toMatch(/^\+OK/);
    expect(live.view().maildrop[0]!.status).toBe('marked');
    live.typeLine('QUIT');
    expect(live.takeReceived()).toMatch(/^\+OK/);
    expect(live.view().maildrop.map((m) => m.status)).toEqual(['removed', 'present']);
    expect(live.connected).toBe(false);
    // The terminal is a person, not a mail client: nobody kept a copy, so message 1 is lost.
    expect(live.outcome().lost).toBe(1);
    expect(live.transcript()).toContain('C: DELE 1');
  });

  it('RFC 1939 §3: an idle typed session is closed by autologout once time passes; nothing is removed', () => {
    const live = liveWorld(1);
    live.typeLine('USER alice');
    live.typeLine('PASS tanstaaf');
    live.typeLine('DELE 1');
    live.advance(9 * 60_000);
    expect(live.connected).toBe(true);
    live.advance(2 * 60_000);
    expect(live.connected).toBe(false);
    expect(live.view().maildrop[0]!.status).toBe('present');
    expect(live.trace.some((e) => e.explain === 'server.autologout')).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// Model test: random command sequences against a deliberately simple maildrop
// model (RFC 1939 §5-§6): DELE marks, RSET unmarks, only QUIT from
// TRANSACTION removes, and a drop removes nothing.

interface Model {
  state: 'offline' | 'transaction';
  /** uids present on the server, in arrival order */
  present: string[];
  /** session numbering: number -> uid, fixed at login (RFC 1939 §4) */
  numbering: string[];
  marked: Set<string>;
  removed: Set<string>;
}

interface Real {
  live: LiveWorld;
  uids: string[];
}

function expectMaildropMatches(m: Model, r: Real): void {
  const view = r.live.view();
  for (const msg of view.maildrop) {
    const expected = m.removed.has(msg.uid) ? 'removed' : m.marked.has(msg.uid) ? 'marked' : 'present';
    expect(msg.status, `uid ${msg.uid}`).toBe(expected);
  }
}

function reply(r: Real): string {
  return r.live.takeReceived();
}

class Login implements fc.Command<Model, Real> {
  check(m: Readonly<Model>): boolean {
    return m.state === 'offline';
  }
  run(m: Model, r: Real): void {
    r.live.connect();
    reply(r);
    r.live.typeLine('USER alice');
    expect(reply(r)).toMatch(/^\+OK/);
    r.live.typeLine('PASS tanstaaf');
    expect(reply(r)).toMatch(/^\+OK/);
    m.state = 'transaction';
    m.numbering = [...m.present];
    m.marked = new Set();
    expectMaildropMatches(m, r);
  }
  toString(): string {
    return 'login';
  }
}

class Dele implements fc.Command<Model, Real> {
  constructor(readonly n: number) {}
  check(m: Readonly<Model>): boolean {
    return m.state === 'transaction';
  }
  run(m: Model, r: Real): void {
    r.live.typeLine(`DELE ${this.n}`);
    const uid = m.numbering[this.n - 1];
    const ok = uid !== undefined && !m.marked.has(uid);
    expect(reply(r).startsWith(ok ? '+OK' : '-ERR')).toBe(true);
    if (ok) m.marked.add(uid);
    expectMaildropMatches(m, r);
  }
  toString(): string {
    return `DELE ${this.n}`;
  }
}

class Retr implements fc.Command<Model, Real> {
  constructor(readonly n: number) {}
  check(m: Readonly<Model>): boolean {
    return m.state === 'transaction';
  }
  run(m: Model, r: Real): void {
    r.live.typeLine(`RETR ${this.n}`);
    const uid = m.numbering[this.n - 1];
    const ok = uid !== undefined && !m.marked.has(uid);
    const text = reply(r);
    expect(text.startsWith(ok ? '+OK' : '-ERR')).toBe(true);
    if (ok) expect(text.endsWith('\r\n.\r\n')).toBe(true);
    expectMaildropMatches(m, r);
  }
  toString(): string {
    return `RETR ${this.n}`;
  }
}

class Rset implements fc.Command<Model, Real> {
  check(m: Readonly<Model>): boolean {
    return m.state === 'transaction';
  }
  run(m: Model, r: Real): void {
    r.live.typeLine('RSET');
    expect(reply(r)).toMatch(/^\+OK/);
    m.marked = new Set();
    expectMaildropMatches(m, r);
  }
  toString(): string {
    return 'RSET';
  }
}

class Quit implements fc.Command<Model, Real> {
  check(m: Readonly<Model>): boolean {
    return m.state === 'transaction';
  }
  run(m: Model, r: Real): void {
    r.live.typeLine('QUIT');
    expect(reply(r)).toMatch(/^\+OK/);
    for (const uid of m.marked) m.removed.add(uid);
    m.present = m.present.filter((u) => !m.marked.has(u));
    m.marked = new Set();
    m.state = 'offline';
    expect(r.live.connected).toBe(false);
    expectMaildropMatches(m, r);
  }
  toString(): string {
    return 'QUIT';
  }
}

class Drop implements fc.Command<Model, Real> {
  check(m: Readonly<Model>): boolean {
    return m.state === 'transaction';
  }
  run(m: Model, r: Real): void {
    r.live.dropConnection();
    reply(r);
    m.marked = new Set();
    m.state = 'offline';
    expectMaildropMatches(m, r);
  }
  toString(): string {
    return 'drop';
  }
}

class QuitFromAuthorization implements fc.Command<Model, Real> {
  check(m: Readonly<Model>): boolean {
    return m.state === 'offline';
  }
  run(m: Model, r: Real): void {
    r.live.connect();
    reply(r);
    r.live.typeLine('QUIT');
    expect(reply(r)).toMatch(/^\+OK/);
    expect(r.live.connected).toBe(false);
    expectMaildropMatches(m, r);
  }
  toString(): string {
    return 'QUIT (AUTHORIZATION)';
  }
}

describe('model test', () => {
  it('RFC 1939 §6: DELE only marks; nothing is removed except by QUIT from TRANSACTION', () => {
    const n = fc.integer({ min: 0, max: 5 });
    const commands = [
      fc.constant(new Login()),
      n.map((k) => new Dele(k)),
      n.map((k) => new Retr(k)),
      fc.constant(new Rset()),
      fc.constant(new Quit()),
      fc.constant(new Drop()),
      fc.constant(new QuitFromAuthorization()),
    ];
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 25 }), (cmds) => {
        const live = liveWorld(4);
        const uids = live.view().maildrop.map((m) => m.uid);
        const model: Model = { state: 'offline', present: [...uids], numbering: [], marked: new Set(), removed: new Set() };
        fc.modelRun(() => ({ model, real: { live, uids } }), cmds);
      }),
      { numRuns: 150, seed: 20_260_526 },
    );
  });
});

describe('LiveWorld.forgetTrace', () => {
  it('drops the oldest events; steps keep counting and the ledger keeps what they did (RFC 1939 §5 DELE still marked)', () => {
    const live = liveWorld(3);
    live.connect();
    live.typeLine('USER alice');
    live.typeLine(`PASS ${live.world.config.secret}`);
    const kept = live.trace.length;
    live.forgetTrace(kept);
    expect(live.trace).toHaveLength(0);
    live.typeLine('DELE 1');
    expect(live.trace[0]!.step).toBe(kept);
    expect(live.trace.every((e, i) => e.step === kept + i)).toBe(true);
    expect(live.view().maildrop[0]!.status).toBe('marked');
    expect(() => live.forgetTrace(live.trace.length + 1)).toThrow(RangeError);
  });
});
