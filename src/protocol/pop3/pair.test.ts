/**
 * The POP3 client agent and the POP3 server engine joined by an in-memory
 * link: each side's `send` is delivered to the other's `receive`, and each
 * `save` effect is answered with `saved(key)` by a scripted device, at once
 * or only when the wire is quiet (a write slower than the network).
 */
import { NOBLE_DIGESTS } from '../digests-noble.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPop3Client } from './client.ts';
import { createPop3Server } from './server.ts';
import { PostOffice, type Account } from '../maildrop.ts';
import type { ClientAgent, ClientContext, ClientEffect, ClientPolicy, ProtocolEvent, ServerSession } from '../engine.ts';
import { CRLF, type Octets } from '../octets.ts';

const TEXTS = [
  'From: a@example.org\nSubject: one\n\nline 1\nline 2\n',
  'From: b@example.org\nSubject: two\n\n.starts with a dot\n..two dots\n.\nend\n',
  'From: c@example.org\nSubject: three\n\nthird\n',
];

function office(texts: readonly string[] = TEXTS): { office: PostOffice; alice: Account } {
  const post = new PostOffice('pop.example.org');
  const alice = post.addAccount('alice', 'wonderland');
  texts.forEach((text, i) => alice.maildrop.deliver(text, { uid: `uid-${i + 1}`, arrivedDay: i }));
  return { office: post, alice };
}

type SaveTiming = 'immediate' | 'when-quiet' | 'never';

interface LinkOptions {
  readonly saves?: SaveTiming;
  /** Deliver server octets to the client one octet at a time. */
  readonly octetByOctet?: boolean;
  /** Stop before delivering a client send that contains this command line. */
  readonly dropBefore?: string;
  /** Deliver only the first `afterOctets` of the server's answer to `command`, then drop. */
  readonly cutReplyTo?: { readonly command: string; readonly afterOctets: number };
  /** Drop instead of delivering the client's send number `n` (0-based). */
  readonly dropAtClientSend?: number;
  readonly sessionId?: string;
  readonly personality?: Parameters<typeof createPop3Server>[1]['personality'];
}

/** One connection between one client agent and one server session, with a device that saves copies. */
class Link {
  readonly client: ClientAgent;
  readonly server: ServerSession;
  readonly effects: ClientEffect[] = [];
  readonly events: ProtocolEvent[] = [];
  /** Each client send, as one string (to see pipelining). */
  readonly clientSends: Octets[] = [];
  readonly transcript: string[] = [];
  /** Copies the device holds: key -> octets, and whether each is durable. */
  readonly memory = new Map<string, Octets>();
  readonly durable = new Set<string>();
  #toServer: Octets[] = [];
  #toClient: Octets[] = [];
  #saveQueue: string[] = [];
  #closed = false;
  #clientSendsDelivered = 0;
  dropped = false;

  constructor(
    post: PostOffice,
    policy: ClientPolicy,
    context: ClientContext,
    readonly options: LinkOptions = {},
  ) {
    this.client = createPop3Client(policy, context);
    this.server = createPop3Server(post, { sessionId: options.sessionId ?? 'laptop#1', personality: options.personality ?? { kind: 'rfc' }, digests: NOBLE_DIGESTS });
    this.#fromServer(this.server.greet(0));
  }

  #fromServer(out: { send: Octets; events: readonly ProtocolEvent[]; close: boolean }): void {
    this.events.push(...out.events);
    if (out.send) {
      this.#toClient.push(out.send);
      for (const line of out.send.split(CRLF).slice(0, -1)) this.transcript.push(`S: ${line}`);
    }
    if (out.close) this.#closed = true;
  }

  #fromClient(out: { send: Octets; effects: readonly ClientEffect[] }): void {
    this.effects.push(...out.effects);
    for (const e of out.effects) {
      if (e.type === 'message' && e.complete) this.memory.set(e.key, e.octets);
      if (e.type === 'discard') this.memory.delete(e.key);
      if (e.type === 'save') {
        if (this.options.saves === 'immediate') this.#saveQueue.unshift(e.key);
        else this.#saveQueue.push(e.key);
      }
    }
    if (out.send) {
      this.clientSends.push(out.send);
      this.#toServer.push(out.send);
      for (const line of out.send.split(CRLF).slice(0, -1)) this.transcript.push(`C: ${line}`);
    }
  }

  #save(key: string): void {
    this.durable.add(key);
    this.transcript.push(`D: saved ${key}`);
    this.#fromClient(this.client.saved(key));
  }

  /** Runs until nothing moves: the session ended, the device stopped, or the drop point was reached. */
  run(tick = 1): this {
    const saves = this.options.saves ?? 'immediate';
    for (let guard = 0; guard < 10_000; guard++) {
      if (this.dropped) return this;
      if (saves === 'immediate' && this.#saveQueue.length > 0) {
        this.#save(this.#saveQueue.shift()!);
        continue;
      }
      const up = this.#toServer.shift();
      if (up !== undefined) {
        if (this.options.dropBefore !== undefined && up.split(CRLF).includes(this.options.dropBefore)) {
          this.drop();
          return this;
        }
        if (this.#clientSendsDelivered++ === this.options.dropAtClientSend) {
          this.drop();
          return this;
        }
        const cut = this.options.cutReplyTo;
        if (cut !== undefined && up.split(CRLF).includes(cut.command)) {
          const out = this.server.receive(up, tick);
          this.events.push(...out.events);
          this.#fromClient(this.client.receive(out.send.slice(0, cut.afterOctets)));
          this.drop();
          return this;
        }
        if (!this.server.closed) this.#fromServer(this.server.receive(up, tick));
        continue;
      }
      const down = this.#toClient.shift();
      if (down !== undefined) {
        if (this.client.finished) continue; // the client hung up; the rest is never read
        const pieces = this.options.octetByOctet ? [...down] : [down];
        for (const piece of pieces) if (!this.client.finished) this.#fromClient(this.client.receive(piece));
        continue;
      }
      if (this.#closed && !this.client.finished) {
        this.#fromClient(this.client.connectionLost());
        continue;
      }
      if (saves === 'when-quiet' && this.#saveQueue.length > 0) {
        this.#save(this.#saveQueue.shift()!);
        continue;
      }
      return this;
    }
    throw new Error('link did not settle');
  }

  /** The connection drops: nothing more is delivered either way. */
  drop(): void {
    this.dropped = true;
    this.#toServer = [];
    this.#toClient = [];
    this.#fromServer(this.server.abort('connection-lost'));
    this.#fromClient(this.client.connectionLost());
  }

  commands(): string[] {
    return this.transcript.filter((l) => l.startsWith('C: ')).map((l) => l.slice(3));
  }

  of<T extends ClientEffect['type']>(type: T): Extract<ClientEffect, { type: T }>[] {
    return this.effects.filter((e): e is Extract<ClientEffect, { type: T }> => e.type === type);
  }

  finished(): Extract<ClientEffect, { type: 'finished' }> {
    const all = this.of('finished');
    expect(all, this.transcript.join('\n')).toHaveLength(1);
    return all[0]!;
  }

  /** The client's UID memory after this session, starting from `before`. */
  memoryAfter(before: ReadonlyMap<string, number>, today: number): Map<string, number> {
    const uids = new Map(before);
    for (const e of this.effects) {
      if (e.type === 'uid-remembered') uids.set(e.uid, today);
      if (e.type === 'uid-forgotten') uids.delete(e.uid);
    }
    return uids;
  }
}

function ctx(overrides: Partial<ClientContext> = {}): ClientContext {
  return { user: 'alice', secret: 'wonderland', knownUids: new Map(), locallyDeleted: new Set(), today: 5, digests: NOBLE_DIGESTS, ...overrides };
}

const uids = (a: Account): string[] => a.maildrop.messages.map((m) => m.uid);

describe('POP3 client–server pair: delete mode', () => {
  for (const saves of ['immediate', 'when-quiet'] as const) {
    it(`RFC 1939 §6: safe delete mode empties the maildrop after QUIT (saves ${saves})`, () => {
      const { office: post, alice } = office();
      const stored = alice.maildrop.messages.map((m) => m.octets);
      const link = new Link(post, { retention: 'delete', useUidl: true, commitOrder: 'safe' }, ctx(), { saves }).run();
      expect(link.finished(), link.transcript.join('\n')).toMatchObject({ ok: true });
      expect(link.commands()).toEqual([
        'USER alice', 'PASS wonderland', 'STAT', 'UIDL',
        'RETR 1', 'DELE 1', 'RETR 2', 'DELE 2', 'RETR 3', 'DELE 3', 'QUIT',
      ]);
      expect(link.of('message').map((m) => [m.uid, m.octets, m.complete])).toEqual(
        stored.map((octets, i) => [`uid-${i + 1}`, octets, true]),
      );
      expect(alice.maildrop.messages).toEqual([]);
      expect(alice.maildrop.lockHolder).toBeNull();
      // Every DELE followed the device's report that its copy was durable.
      expect([...link.durable].sort()).toEqual([...link.memory.keys()].sort());
    });
  }

  it('RFC 1939 §3: server replies delivered one octet at a time give the same session', () => {
    const { office: post, alice } = office();
    const stored = alice.maildrop.messages.map((m) => m.octets);
    const link = new Link(post, { retention: 'delete', useUidl: true, commitOrder: 'safe' }, ctx(), { octetByOctet: true }).run();
    expect(link.finished().ok).toBe(true);
    expect(link.of('message').map((m) => m.octets)).toEqual(stored);
    expect(alice.maildrop.messages).toEqual([]);
  });

  it('RFC 2449 §6.6: pipelined RETR n + DELE n go out in one send; the server answers in order; maildrop empty after QUIT', () => {
    const { office: post, alice } = office();
    const stored = alice.maildrop.messages.map((m) => m.octets);
    const link = new Link(post, { retention: 'delete', useUidl: true, commitOrder: 'pipelined' }, ctx(), { saves: 'never' }).run();
    expect(link.finished().ok).toBe(true);
    expect(link.clientSends).toEqual(expect.arrayContaining(['RETR 1\r\nDELE 1\r\n', 'RETR 2\r\nDELE 2\r\n', 'RETR 3\r\nDELE 3\r\n']));
    expect(link.of('message').map((m) => m.octets)).toEqual(stored);
    expect(alice.maildrop.messages).toEqual([]);
    // Catalogue F8: the server removed everything while no copy was durable.
    expect(link.durable.size).toBe(0);
  });

  it('catalogue F7: unsafe order with a device that never finishes writing leaves no durable copy anywhere', () => {
    const { office: post, alice } = office();
    const link = new Link(post, { retention: 'delete', useUidl: true, commitOrder: 'unsafe' }, ctx(), { saves: 'never' }).run();
    expect(link.finished().ok).toBe(true);
    expect(alice.maildrop.messages).toEqual([]);
    expect(link.memory.size).toBe(3);
    expect(link.durable.size).toBe(0);
  });

  it('RFC 1939 §6 / catalogue F3: a drop after DELE, before QUIT, leaves the maildrop whole', () => {
    const { office: post, alice } = office();
    const before = uids(alice);
    const link = new Link(post, { retention: 'delete', useUidl: true, commitOrder: 'safe' }, ctx(), { dropBefore: 'QUIT' }).run();
    expect(link.dropped).toBe(true);
    expect(link.commands().filter((c) => c.startsWith('DELE'))).toEqual(['DELE 1', 'DELE 2', 'DELE 3']);
    expect(link.events.filter((e) => e.type === 'marked')).toHaveLength(3);
    expect(link.events.filter((e) => e.type === 'removed')).toEqual([]);
    expect(link.events.some((e) => e.type === 'aborted')).toBe(true);
    expect(uids(alice)).toEqual(before);
    expect(alice.maildrop.lockHolder).toBeNull();
    expect(link.finished()).toEqual({ type: 'finished', ok: false, reason: { code: 'connection-lost' } });
    // The next session downloads all three again: duplicates, not loss.
    const again = new Link(post, { retention: 'delete', useUidl: true, commitOrder: 'safe' }, ctx(), { sessionId: 'laptop#2' }).run();
    expect(again.of('message').map((m) => m.uid)).toEqual(before);
    expect(alice.maildrop.messages).toEqual([]);
  });

  it('RFC 1939 §3, §6: a drop in the middle of RETR 2 reports a partial copy, discards it, and removes nothing', () => {
    const { office: post, alice } = office();
    const full = alice.maildrop.messages[1]!.octets;
    const link = new Link(post, { retention: 'delete', useUidl: true, commitOrder: 'safe' }, ctx(), {
      cutReplyTo: { command: 'RETR 2', afterOctets: 40 },
    }).run();
    const copies = link.of('message');
    expect(copies.map((m) => [m.number, m.complete])).toEqual([[1, true], [2, false]]);
    const partial = copies[1]!;
    expect(partial.octets.length).toBeGreaterThan(0);
    expect(full.startsWith(partial.octets)).toBe(true);
    expect(partial.octets.length).toBeLessThan(full.length);
    expect(link.of('discard')).toEqual([{ type: 'discard', key: partial.key }]);
    expect(link.memory.has(partial.key)).toBe(false);
    expect(link.finished()).toEqual({ type: 'finished', ok: false, reason: { code: 'connection-lost' } });
    // DELE 1 was accepted, but without QUIT there is no UPDATE: all three stay.
    expect(uids(alice)).toEqual(['uid-1', 'uid-2', 'uid-3']);
  });
});

describe('POP3 client–server pair: keep mode', () => {
  const keep: ClientPolicy = { retention: 'keep', useUidl: true, commitOrder: 'safe' };

  it('RFC 1939 §7: keep mode leaves the maildrop; a second session with the remembered UIDs retrieves nothing', () => {
    const { office: post, alice } = office();
    const before = uids(alice);
    const first = new Link(post, keep, ctx({ today: 5 }), { saves: 'when-quiet' }).run();
    expect(first.finished().ok).toBe(true);
    expect(first.commands()).toEqual(['USER alice', 'PASS wonderland', 'STAT', 'UIDL', 'RETR 1', 'RETR 2', 'RETR 3', 'QUIT']);
    expect(uids(alice)).toEqual(before);
    const remembered = first.memoryAfter(new Map(), 5);
    expect([...remembered.keys()]).toEqual(before);

    const second = new Link(post, keep, ctx({ today: 6, knownUids: remembered }), { sessionId: 'laptop#2' }).run();
    expect(second.finished().ok).toBe(true);
    expect(second.commands()).toEqual(['USER alice', 'PASS wonderland', 'STAT', 'UIDL', 'QUIT']);
    expect(second.of('message')).toEqual([]);
    expect(uids(alice)).toEqual(before);
  });

  it('RFC 1939 §7: new mail between sessions is the only thing the second session retrieves', () => {
    const { office: post, alice } = office();
    const first = new Link(post, keep, ctx()).run();
    const remembered = first.memoryAfter(new Map(), 5);
    const fresh = alice.maildrop.deliver('Subject: four\n\nnew\n', { arrivedDay: 6 });
    const second = new Link(post, keep, ctx({ today: 6, knownUids: remembered }), { sessionId: 'laptop#2' }).run();
    expect(second.of('message').map((m) => [m.number, m.uid])).toEqual([[4, fresh.uid]]);
    expect(second.of('uid-remembered').map((e) => e.uid)).toEqual([fresh.uid]);
  });

  it('Thunderbird delete_by_age: after keepDays the known messages are DELEd and removed at QUIT', () => {
    const { office: post, alice } = office();
    const first = new Link(post, { ...keep, keepDays: 7 }, ctx({ today: 5 })).run();
    const remembered = first.memoryAfter(new Map(), 5);
    const later = new Link(post, { ...keep, keepDays: 7 }, ctx({ today: 12, knownUids: remembered }), { sessionId: 'laptop#2' }).run();
    expect(later.finished().ok).toBe(true);
    expect(later.commands()).toEqual(['USER alice', 'PASS wonderland', 'STAT', 'UIDL', 'DELE 1', 'DELE 2', 'DELE 3', 'QUIT']);
    expect(alice.maildrop.messages).toEqual([]);
    expect(later.memoryAfter(remembered, 12).size).toBe(0);
  });

  it('catalogue F15: against a server without UIDL, keep mode retrieves everything every session', () => {
    const { office: post, alice } = office();
    const first = new Link(post, keep, ctx(), { personality: { kind: 'no-uidl' } }).run();
    expect(first.commands()).toEqual(['USER alice', 'PASS wonderland', 'STAT', 'UIDL', 'LIST', 'RETR 1', 'RETR 2', 'RETR 3', 'QUIT']);
    const remembered = first.memoryAfter(new Map(), 5);
    expect(remembered.size).toBe(0);
    const second = new Link(post, keep, ctx({ knownUids: remembered }), { personality: { kind: 'no-uidl' }, sessionId: 'laptop#2' }).run();
    expect(second.of('message')).toHaveLength(3);
    expect(alice.maildrop.messages).toHaveLength(3);
  });

  it('catalogue F18: a stale DELE number marks a message the client never saw, and QUIT removes it', () => {
    // Earlier session: uid-1 was 1, uid-2 was 2. Another device has since removed uid-1,
    // so number 2 now names uid-3, which arrived later and this device has never seen.
    const { office: post, alice } = office();
    alice.maildrop.remove(['uid-1'], 'update');
    const link = new Link(
      post,
      { ...keep, staleDeleteNumbers: [2] },
      ctx({ knownUids: new Map([['uid-1', 1], ['uid-2', 1]]) }),
    ).run();
    expect(link.commands().slice(0, 4)).toEqual(['USER alice', 'PASS wonderland', 'DELE 2', 'STAT']);
    expect(link.finished().ok).toBe(true);
    expect(link.of('message')).toEqual([]);
    expect(uids(alice)).toEqual(['uid-2']);
  });
});

describe('POP3 client–server pair: authentication', () => {
  const p = (auth: ClientPolicy['auth']): ClientPolicy => ({ retention: 'keep', useUidl: true, commitOrder: 'safe', auth });

  for (const auth of ['user-pass', 'apop', 'sasl-plain', 'cram-md5'] as const) {
    it(`RFC 1939 §7, RFC 5034 §4, RFC 2195: ${auth} logs in to the real server`, () => {
      const { office: post } = office();
      const link = new Link(post, p(auth), ctx()).run();
      expect(link.finished(), link.transcript.join('\n')).toMatchObject({ ok: true });
      expect(link.events.filter((e) => e.type === 'authenticated')).toHaveLength(1);
      expect(link.of('message')).toHaveLength(3);
    });
  }

  it('RFC 1939 §4, RFC 2449 §8.1.2: a second session while the first holds the lock gets [IN-USE], QUITs, ok:false', () => {
    const { office: post, alice } = office();
    const holder = new Link(post, p('user-pass'), ctx(), { saves: 'never' }).run();
    expect(alice.maildrop.lockHolder).toBe('laptop#1');
    expect(holder.client.finished).toBe(false);
    const second = new Link(post, p('user-pass'), ctx(), { sessionId: 'phone#1' }).run();
    expect(second.commands()).toEqual(['USER alice', 'PASS wonderland', 'QUIT']);
    const f = second.finished();
    expect(f.ok).toBe(false);
    expect(f.reason).toMatchObject({ code: 'in-use', line: expect.stringMatching(/^-ERR \[IN-USE\]/) });
  });

  it('RFC 1939 §7: a wrong password ends the session ok:false and leaves the maildrop alone', () => {
    const { office: post, alice } = office();
    const link = new Link(post, p('apop'), ctx({ secret: 'nope' })).run();
    expect(link.finished().ok).toBe(false);
    expect(link.finished().reason).toMatchObject({ code: 'login-failed', command: 'APOP' });
    expect(alice.maildrop.messages).toHaveLength(3);
  });
});

describe('POP3 client–server pair: random policies, timings and drops (property)', () => {
  it('RFC 1939 §6, §8: with the safe order no message is ever lost, whatever the drop point and write delay', () => {
    fc.assert(
      fc.property(
        fc.record({
          retention: fc.constantFrom('delete', 'keep'),
          useUidl: fc.boolean(),
          commitOrder: fc.constantFrom('safe', 'unsafe', 'pipelined'),
          auth: fc.constantFrom('user-pass', 'apop', 'sasl-plain', 'cram-md5'),
          keepDays: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        }),
        fc.constantFrom<SaveTiming>('immediate', 'when-quiet', 'never'),
        fc.boolean(),
        fc.option(fc.nat({ max: 14 }), { nil: undefined }),
        fc.subarray(['uid-1', 'uid-2', 'uid-3']),
        (raw, saves, octetByOctet, dropAtClientSend, known) => {
          const policy: ClientPolicy = raw.keepDays === undefined ? { ...raw, keepDays: undefined } : raw;
          const { office: post, alice } = office();
          const before = uids(alice);
          const stored = alice.maildrop.messages.map((m) => m.octets);
          const knownUids = new Map(known.map((u) => [u, 0]));
          const link = new Link(post, policy, ctx({ knownUids }), {
            saves,
            octetByOctet,
            ...(dropAtClientSend === undefined ? {} : { dropAtClientSend }),
          }).run();
          if (!link.client.finished) link.drop(); // a device that never saves stalls a safe client: the user gives up
          const f = link.finished();
          expect(link.client.state).toBe('DONE');
          expect(alice.maildrop.lockHolder).toBeNull();
          // Copies are matched by content: without UIDL the client does not know UIDs.
          const durableCopies = new Set(link.of('message').filter((m) => link.durable.has(m.key)).map((m) => m.octets));
          if (policy.commitOrder === 'safe') {
            for (const [i, uid] of before.entries()) {
              const kept = alice.maildrop.find(uid) !== undefined || durableCopies.has(stored[i]!) || knownUids.has(uid);
              expect(kept, `${uid} lost\n${link.transcript.join('\n')}`).toBe(true);
            }
          }
          if (policy.retention === 'keep' && policy.keepDays === undefined) expect(uids(alice)).toEqual(before);
          if (f.ok && policy.retention === 'delete') expect(alice.maildrop.messages).toEqual([]);
          if (!link.dropped) expect(f.ok, link.transcript.join('\n')).toBe(true);
          // Partial copies never survive: each incomplete message was discarded.
          for (const m of link.of('message')) if (!m.complete) expect(link.memory.has(m.key)).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
