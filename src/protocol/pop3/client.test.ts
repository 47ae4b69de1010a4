/**
 * Unit tests of the POP3 client agent against scripted server replies. The
 * scripted server below is a deliberately small model of RFC 1939 (numbers
 * fixed at login, DELE only marks, removal at QUIT), written independently
 * of server.ts so that the client's command sequences are checked on their own.
 */
import { NOBLE_DIGESTS } from '../digests-noble.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPop3Client, POP3_CLIENT_STATES, POP3_CLIENT_TRANSITIONS, type Pop3ClientState } from './client.ts';
import { PEER_VIOLATIONS, type ClientAgent, type ClientContext, type ClientEffect, type ClientOutput, type ClientPolicy } from '../engine.ts';
import { CRLF, toCrlf, type Octets } from '../octets.ts';
import { stuffMultiline } from '../wire.ts';

// ---------------------------------------------------------------------------
// A scripted server

interface ScriptMessage {
  readonly uid: string;
  readonly text: Octets;
}

interface ScriptOptions {
  readonly greeting?: string;
  readonly uidl?: boolean;
  /** Replaces the reply to a command line (exact match), e.g. to inject -ERR or garbage. */
  readonly override?: Readonly<Record<string, string>>;
}

const MESSAGES: readonly ScriptMessage[] = [
  { uid: 'uid-a', text: toCrlf('Subject: one\n\nhello\n') },
  { uid: 'uid-b', text: toCrlf('Subject: two\n\n.dot line\n..two dots\n.\nend\n') },
  { uid: 'uid-c', text: toCrlf('Subject: three\n\nbye\n') },
];

class ScriptedServer {
  readonly marked = new Set<number>();
  removed: string[] = [];
  messages: ScriptMessage[];
  constructor(
    messages: readonly ScriptMessage[] = MESSAGES,
    readonly options: ScriptOptions = {},
  ) {
    this.messages = [...messages];
  }

  greeting(): Octets {
    return (this.options.greeting ?? '+OK POP3 ready <1.2@test>') + CRLF;
  }

  reply(command: string): Octets {
    const override = this.options.override?.[command];
    if (override !== undefined) return override;
    const [keyword = '', arg] = command.split(' ');
    const n = Number(arg);
    const live = this.messages.map((m, i) => ({ ...m, number: i + 1 })).filter((m) => !this.marked.has(m.number));
    const exists = live.some((m) => m.number === n);
    switch (keyword) {
      case 'USER':
        return '+OK\r\n';
      case 'PASS':
        return arg === 'secret' ? '+OK maildrop locked and ready\r\n' : '-ERR [AUTH] invalid password\r\n';
      case 'STAT':
        return `+OK ${live.length} ${live.reduce((t, m) => t + m.text.length, 0)}\r\n`;
      case 'UIDL':
        if (this.options.uidl === false) return '-ERR unknown command\r\n';
        return '+OK\r\n' + live.map((m) => `${m.number} ${m.uid}\r\n`).join('') + '.\r\n';
      case 'LIST':
        return '+OK\r\n' + live.map((m) => `${m.number} ${m.text.length}\r\n`).join('') + '.\r\n';
      case 'RETR': {
        const m = live.find((x) => x.number === n);
        return m ? `+OK ${m.text.length} octets\r\n` + stuffMultiline(m.text) : '-ERR no such message\r\n';
      }
      case 'DELE':
        if (!exists) return '-ERR no such message\r\n';
        this.marked.add(n);
        return `+OK message ${n} deleted\r\n`;
      case 'QUIT':
        this.removed = [...this.marked].map((i) => this.messages[i - 1]?.uid ?? '?');
        this.messages = this.messages.filter((_, i) => !this.marked.has(i + 1));
        return '+OK bye\r\n';
      default:
        return '-ERR what?\r\n';
    }
  }
}

function context(overrides: Partial<ClientContext> = {}): ClientContext {
  return { user: 'alice', secret: 'secret', knownUids: new Map(), locallyDeleted: new Set(), today: 10, digests: NOBLE_DIGESTS, ...overrides };
}

function policy(overrides: Partial<ClientPolicy> = {}): ClientPolicy {
  return { retention: 'delete', useUidl: true, commitOrder: 'safe', ...overrides };
}

function commandLines(send: Octets): string[] {
  return send.split(CRLF).filter((l) => l.length > 0);
}

/** Everything one run produced, in order. `sends` keeps each send() as one string, to see pipelining. */
interface Run {
  readonly client: ClientAgent;
  readonly server: ScriptedServer;
  readonly commands: string[];
  readonly sends: Octets[];
  readonly effects: ClientEffect[];
  /** Commands and the marker "(saved KEY)" in the order they happened. */
  readonly timeline: string[];
}

/**
 * Runs the client against the scripted server. Replies to everything in one
 * send() are delivered as one chunk (pipelined replies in one chunk). Save
 * requests are answered with saved() once the wire is quiet, as a device
 * that writes slower than the network.
 */
function run(p: ClientPolicy, c: ClientContext = context(), server = new ScriptedServer(), options: { save?: boolean } = {}): Run {
  const client = createPop3Client(p, c);
  const result: Run = { client, server, commands: [], sends: [], effects: [], timeline: [] };
  const pendingSaves: string[] = [];
  const take = (out: ClientOutput): Octets => {
    result.effects.push(...out.effects);
    for (const e of out.effects) if (e.type === 'save') pendingSaves.push(e.key);
    if (out.send) {
      result.sends.push(out.send);
      for (const line of commandLines(out.send)) {
        result.commands.push(line);
        result.timeline.push(line);
      }
    }
    return out.send;
  };
  let inbound = server.greeting();
  for (let guard = 0; guard < 1000 && !client.finished; guard++) {
    if (inbound) {
      const sent = take(client.receive(inbound));
      inbound = commandLines(sent).map((l) => server.reply(l)).join('');
      continue;
    }
    const key = pendingSaves.shift();
    if (key === undefined || options.save === false) break;
    result.timeline.push(`(saved ${key})`);
    const sent = take(client.saved(key));
    inbound = commandLines(sent).map((l) => server.reply(l)).join('');
  }
  return result;
}

function ofType<T extends ClientEffect['type']>(effects: readonly ClientEffect[], type: T): Extract<ClientEffect, { type: T }>[] {
  return effects.filter((e): e is Extract<ClientEffect, { type: T }> => e.type === type);
}

function finished(effects: readonly ClientEffect[]): Extract<ClientEffect, { type: 'finished' }> {
  const all = ofType(effects, 'finished');
  expect(all).toHaveLength(1);
  return all[0]!;
}

// ---------------------------------------------------------------------------

describe('POP3 client: authentication', () => {
  it('RFC 1939 §7: APOP digest for the RFC example greeting and secret tanstaaf', () => {
    const client = createPop3Client(policy({ auth: 'apop' }), context({ user: 'mrose', secret: 'tanstaaf' }));
    const out = client.receive('+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n');
    expect(out.send).toBe('APOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n');
    expect(client.state).toBe('AUTHORIZATION');
    const next = client.receive('+OK maildrop has 1 message (369 octets)\r\n');
    expect(next.send).toBe('STAT\r\n');
  });

  it('RFC 1939 §7: APOP without a greeting timestamp cannot log in: QUIT, finished ok:false', () => {
    const client = createPop3Client(policy({ auth: 'apop' }), context());
    const out = client.receive('+OK POP3 server ready\r\n');
    expect(out.send).toBe('QUIT\r\n');
    const end = client.receive('+OK bye\r\n');
    const f = finished(end.effects);
    expect(f.ok).toBe(false);
    expect(f.reason).toEqual({ code: 'no-apop-timestamp', rfc: 'RFC 1939 §7' });
  });

  it('RFC 2195 §2: CRAM-MD5 answers the RFC example challenge with the RFC example response', () => {
    const client = createPop3Client(policy({ auth: 'cram-md5' }), context({ user: 'tim', secret: 'tanstaaftanstaaf' }));
    expect(client.receive('+OK ready\r\n').send).toBe('AUTH CRAM-MD5\r\n');
    const out = client.receive('+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\r\n');
    expect(out.send).toBe('dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\r\n');
    expect(client.receive('+OK maildrop locked and ready\r\n').send).toBe('STAT\r\n');
  });

  it('RFC 5034 §4: AUTH PLAIN carries the initial response on the AUTH line', () => {
    const client = createPop3Client(policy({ auth: 'sasl-plain' }), context({ user: 'test', secret: 'test' }));
    // base64 of NUL "test" NUL "test" (RFC 4616 §2, empty authzid)
    expect(client.receive('+OK ready\r\n').send).toBe('AUTH PLAIN AHRlc3QAdGVzdA==\r\n');
    expect(client.receive('+OK Maildrop locked and ready\r\n').send).toBe('STAT\r\n');
  });

  it('RFC 1939 §7: USER then PASS by default', () => {
    const r = run(policy());
    expect(r.commands.slice(0, 3)).toEqual(['USER alice', 'PASS secret', 'STAT']);
  });

  it('RFC 1939 §7: a refused PASS sends QUIT and finishes ok:false with the reason', () => {
    const r = run(policy(), context({ secret: 'wrong' }));
    expect(r.commands).toEqual(['USER alice', 'PASS wrong', 'QUIT']);
    const f = finished(r.effects);
    expect(f.ok).toBe(false);
    expect(f.reason).toEqual({ code: 'login-failed', command: 'PASS', line: '-ERR [AUTH] invalid password' });
    expect(r.client.state).toBe('DONE');
  });

  it('RFC 2449 §8.1.2: -ERR [IN-USE] to PASS means another session holds the lock: QUIT, ok:false', () => {
    const server = new ScriptedServer(MESSAGES, { override: { 'PASS secret': '-ERR [IN-USE] Do you have another POP session running?\r\n' } });
    const r = run(policy(), context(), server);
    expect(r.commands).toEqual(['USER alice', 'PASS secret', 'QUIT']);
    const f = finished(r.effects);
    expect(f.ok).toBe(false);
    expect(f.reason).toEqual({ code: 'in-use', line: '-ERR [IN-USE] Do you have another POP session running?', rfc: 'RFC 2449 §8.1.2' });
  });

  it('RFC 1939 §4: the server closing after a failed login still reports the login failure', () => {
    const client = createPop3Client(policy(), context());
    client.receive('+OK ready\r\n');
    client.receive('+OK\r\n');
    expect(client.receive('-ERR [AUTH] no\r\n').send).toBe('QUIT\r\n');
    const f = finished(client.connectionLost().effects);
    expect(f.ok).toBe(false);
    expect(f.reason).toEqual({ code: 'lost-before-quit-reply', after: { code: 'login-failed', command: 'PASS', line: '-ERR [AUTH] no' } });
  });

  it('RFC 1939 §4: a negative greeting ends the session without a command', () => {
    const client = createPop3Client(policy(), context());
    const out = client.receive('-ERR go away\r\n');
    expect(out.send).toBe('');
    expect(finished(out.effects).ok).toBe(false);
  });
});

describe('POP3 client: delete mode command sequences', () => {
  it('RFC 1939 §5, §6: safe order is STAT, UIDL, RETR n, (saved), DELE n, ..., QUIT', () => {
    const r = run(policy({ commitOrder: 'safe' }));
    expect(r.timeline).toEqual([
      'USER alice', 'PASS secret', 'STAT', 'UIDL',
      'RETR 1', '(saved msg-1-uid-a)', 'DELE 1',
      'RETR 2', '(saved msg-2-uid-b)', 'DELE 2',
      'RETR 3', '(saved msg-3-uid-c)', 'DELE 3',
      'QUIT',
    ]);
    expect(finished(r.effects)).toMatchObject({ ok: true });
    expect(r.server.messages).toEqual([]);
    expect(r.server.removed).toEqual(['uid-a', 'uid-b', 'uid-c']);
  });

  it('RFC 1939 §3: messages arrive unstuffed in CRLF form, with their UIDs', () => {
    const r = run(policy());
    const messages = ofType(r.effects, 'message');
    expect(messages.map((m) => [m.number, m.uid, m.octets, m.complete])).toEqual(
      MESSAGES.map((m, i) => [i + 1, m.uid, m.text, true]),
    );
  });

  it('RFC 1939 §8: safe order never sends DELE while the copy is only in memory', () => {
    const r = run(policy({ commitOrder: 'safe' }), context(), new ScriptedServer(), { save: false });
    expect(r.commands).toEqual(['USER alice', 'PASS secret', 'STAT', 'UIDL', 'RETR 1']);
    expect(r.client.state).toBe('SAVE_WAIT');
    expect(r.client.finished).toBe(false);
  });

  it('catalogue F7: unsafe order sends DELE n as soon as message n arrives, before saved()', () => {
    const r = run(policy({ commitOrder: 'unsafe' }), context(), new ScriptedServer(), { save: false });
    expect(r.commands).toEqual([
      'USER alice', 'PASS secret', 'STAT', 'UIDL', 'RETR 1', 'DELE 1', 'RETR 2', 'DELE 2', 'RETR 3', 'DELE 3', 'QUIT',
    ]);
    expect(finished(r.effects).ok).toBe(true);
    // Not one copy was durable when the server removed them all.
    expect(r.server.removed).toEqual(['uid-a', 'uid-b', 'uid-c']);
  });

  it('RFC 2449 §6.6 / catalogue F8: pipelined order sends RETR n and DELE n in one send', () => {
    const r = run(policy({ commitOrder: 'pipelined' }), context(), new ScriptedServer(), { save: false });
    expect(r.sends).toContain('RETR 1\r\nDELE 1\r\n');
    expect(r.sends).toContain('RETR 2\r\nDELE 2\r\n');
    expect(r.sends).toContain('RETR 3\r\nDELE 3\r\n');
    expect(r.commands.at(-1)).toBe('QUIT');
    expect(ofType(r.effects, 'message').map((m) => m.octets)).toEqual(MESSAGES.map((m) => m.text));
    expect(r.server.removed).toEqual(['uid-a', 'uid-b', 'uid-c']);
  });

  it('RFC 2449 §6.6: pipelined replies in one chunk are read strictly in order, at every split point', () => {
    const text = MESSAGES[1]!.text;
    const replies = `+OK ${text.length} octets\r\n` + stuffMultiline(text) + '+OK message 1 deleted\r\n';
    for (let cut = 0; cut <= replies.length; cut++) {
      const client = createPop3Client(policy({ commitOrder: 'pipelined', useUidl: false }), context());
      client.receive('+OK hi\r\n');
      client.receive('+OK\r\n');
      client.receive('+OK\r\n');
      client.receive('+OK 1 10\r\n');
      expect(client.receive('+OK\r\n1 10\r\n.\r\n').send).toBe('RETR 1\r\nDELE 1\r\n');
      const first = client.receive(replies.slice(0, cut));
      const second = client.receive(replies.slice(cut));
      const effects = [...first.effects, ...second.effects];
      expect(first.send + second.send).toBe('QUIT\r\n');
      expect(ofType(effects, 'message')).toEqual([{ type: 'message', key: 'msg-1', uid: null, number: 1, octets: text, complete: true }]);
      expect(ofType(effects, 'reply').map((e) => e.line)).toEqual([`+OK ${text.length} octets`, '+OK message 1 deleted']);
    }
  });

  it('RFC 1939 §6: -ERR to QUIT (some deleted messages not removed) finishes ok:false', () => {
    const server = new ScriptedServer(MESSAGES, { override: { QUIT: '-ERR some deleted messages not removed\r\n' } });
    const r = run(policy(), context(), server);
    const f = finished(r.effects);
    expect(f.ok).toBe(false);
    expect(f.reason).toEqual({ code: 'refused', command: 'QUIT', line: '-ERR some deleted messages not removed' });
  });

  it('RFC 1939 §5: a refused RETR is skipped and its message is not DELEd', () => {
    const server = new ScriptedServer(MESSAGES, { override: { 'RETR 2': '-ERR no such message\r\n' } });
    const r = run(policy(), context(), server);
    expect(r.commands).not.toContain('DELE 2');
    expect(r.commands).toContain('RETR 3');
    expect(server.removed).toEqual(['uid-a', 'uid-c']);
  });

  it('catalogue F18: stale message numbers are DELEd right after login, before STAT', () => {
    const r = run(policy({ staleDeleteNumbers: [2] }));
    expect(r.commands.slice(0, 4)).toEqual(['USER alice', 'PASS secret', 'DELE 2', 'STAT']);
    // Message 2 was never retrieved, yet it is gone: the wrong message was deleted (RFC 1939 §4).
    expect(ofType(r.effects, 'message').map((m) => m.uid)).toEqual(['uid-a', 'uid-c']);
    expect(r.server.removed).toContain('uid-b');
    expect(ofType(r.effects, 'state').slice(0, 3).map((s) => s.to)).toEqual(['AUTHORIZATION', 'STALE_DELE', 'STAT']);
  });
});

describe('POP3 client: the RFC 1939 §10 example session', () => {
  it('RFC 1939 §10: APOP, STAT, LIST, RETR 1, DELE 1, RETR 2, DELE 2, QUIT, with the RFC server lines', () => {
    const one = toCrlf('Subject: first\n\nbody\n');
    const two = toCrlf('Subject: second\n\n.leading dot\n');
    const script: ReadonlyArray<readonly [string | null, string]> = [
      [null, '+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n'],
      ['APOP mrose c4c9334bac560ecc979e58001b3e22fb', "+OK mrose's maildrop has 2 messages (320 octets)\r\n"],
      ['STAT', '+OK 2 320\r\n'],
      ['LIST', '+OK 2 messages (320 octets)\r\n1 120\r\n2 200\r\n.\r\n'],
      ['RETR 1', '+OK 120 octets\r\n' + stuffMultiline(one)],
      ['DELE 1', '+OK message 1 deleted\r\n'],
      ['RETR 2', '+OK 200 octets\r\n' + stuffMultiline(two)],
      ['DELE 2', '+OK message 2 deleted\r\n'],
      ['QUIT', '+OK dewey POP3 server signing off (maildrop empty)\r\n'],
    ];
    const client = createPop3Client(
      policy({ auth: 'apop', useUidl: false, commitOrder: 'unsafe' }),
      context({ user: 'mrose', secret: 'tanstaaf' }),
    );
    const effects: ClientEffect[] = [];
    let expected: string | null = null;
    for (const [command, reply] of script) {
      if (command !== null) expect(expected).toBe(command);
      const out = client.receive(reply);
      effects.push(...out.effects);
      expected = commandLines(out.send)[0] ?? null;
    }
    expect(expected).toBeNull();
    expect(ofType(effects, 'message').map((m) => m.octets)).toEqual([one, two]);
    expect(finished(effects)).toEqual({ type: 'finished', ok: true, reason: { code: 'quit' } });
  });
});

describe('POP3 client: keep mode', () => {
  const keepSafe = policy({ retention: 'keep', commitOrder: 'safe' });

  it('RFC 1939 §7: with UIDL only unknown UIDs are retrieved, and none is DELEd', () => {
    const r = run(keepSafe, context({ knownUids: new Map([['uid-a', 9], ['uid-c', 9]]) }));
    expect(r.commands).toEqual(['USER alice', 'PASS secret', 'STAT', 'UIDL', 'RETR 2', 'QUIT']);
    expect(ofType(r.effects, 'uid-remembered').map((e) => e.uid)).toEqual(['uid-b']);
    expect(r.server.messages).toHaveLength(3);
  });

  it('RFC 1939 §8: safe keep mode remembers a UID only after saved()', () => {
    const r = run(keepSafe, context(), new ScriptedServer(), { save: false });
    expect(ofType(r.effects, 'uid-remembered')).toEqual([]);
    const out = r.client.saved('msg-1-uid-a');
    expect(out.effects[0]).toEqual({ type: 'uid-remembered', uid: 'uid-a' });
    expect(out.send).toBe('RETR 2\r\n');
  });

  it('catalogue F7: unsafe keep mode remembers each UID when the message arrives, before saved()', () => {
    const r = run(policy({ retention: 'keep', commitOrder: 'unsafe' }), context(), new ScriptedServer(), { save: false });
    expect(r.commands).toEqual(['USER alice', 'PASS secret', 'STAT', 'UIDL', 'RETR 1', 'RETR 2', 'RETR 3', 'QUIT']);
    expect(ofType(r.effects, 'uid-remembered').map((e) => e.uid)).toEqual(['uid-a', 'uid-b', 'uid-c']);
  });

  it('Thunderbird delete_by_age: a known UID at least keepDays old is DELEd and forgotten after QUIT', () => {
    const r = run(
      policy({ retention: 'keep', commitOrder: 'safe', keepDays: 7 }),
      context({ today: 10, knownUids: new Map([['uid-a', 3], ['uid-b', 4], ['uid-c', 9]]) }),
    );
    // 10 - 3 = 7 >= 7: delete; 10 - 4 = 6: keep; uid-c is young.
    expect(r.commands).toEqual(['USER alice', 'PASS secret', 'STAT', 'UIDL', 'DELE 1', 'QUIT']);
    const forgotten = r.effects.findIndex((e) => e.type === 'uid-forgotten');
    const quitReply = r.effects.findIndex((e) => e.type === 'reply' && e.line === '+OK bye');
    expect(r.effects[forgotten]).toEqual({ type: 'uid-forgotten', uid: 'uid-a' });
    expect(forgotten).toBeGreaterThan(quitReply);
    expect(r.server.removed).toEqual(['uid-a']);
  });

  it('RFC 1939 §6: a drop after DELE in keep mode forgets nothing (the message is still on the server)', () => {
    const client = createPop3Client(
      policy({ retention: 'keep', keepDays: 1 }),
      context({ today: 5, knownUids: new Map([['uid-a', 1]]) }),
    );
    const server = new ScriptedServer();
    const effects: ClientEffect[] = [];
    let inbound = server.greeting();
    while (inbound) {
      const out = client.receive(inbound);
      effects.push(...out.effects);
      if (commandLines(out.send).includes('QUIT')) break;
      inbound = commandLines(out.send).map((l) => server.reply(l)).join('');
    }
    effects.push(...client.connectionLost().effects);
    expect(ofType(effects, 'uid-forgotten')).toEqual([]);
    expect(finished(effects)).toEqual({ type: 'finished', ok: false, reason: { code: 'connection-lost' } });
  });

  it('Thunderbird delete_mail_left_on_server: a UID deleted locally is DELEd on the server', () => {
    const r = run(
      policy({ retention: 'keep', deleteWhenDeletedLocally: true }),
      context({ knownUids: new Map([['uid-a', 9], ['uid-b', 9], ['uid-c', 9]]), locallyDeleted: new Set(['uid-b']) }),
    );
    expect(r.commands).toEqual(['USER alice', 'PASS secret', 'STAT', 'UIDL', 'DELE 2', 'QUIT']);
    expect(ofType(r.effects, 'uid-forgotten').map((e) => e.uid)).toEqual(['uid-b']);
  });

  it('RFC 1939 §7: UIDs no longer on the server are forgotten', () => {
    const r = run(keepSafe, context({ knownUids: new Map([['uid-a', 1], ['uid-gone', 1]]) }));
    expect(ofType(r.effects, 'uid-forgotten').map((e) => e.uid)).toEqual(['uid-gone']);
  });

  it('catalogue F15: keep mode without UIDL retrieves everything every session and never DELEs', () => {
    const known = context({ knownUids: new Map(MESSAGES.map((m) => [m.uid, 1])) });
    const r = run(policy({ retention: 'keep', useUidl: false }), known);
    expect(r.commands).toEqual(['USER alice', 'PASS secret', 'STAT', 'LIST', 'RETR 1', 'RETR 2', 'RETR 3', 'QUIT']);
    expect(ofType(r.effects, 'message').map((m) => m.uid)).toEqual([null, null, null]);
    expect(r.effects.some((e) => e.type === 'uid-remembered' || e.type === 'uid-forgotten')).toBe(false);
    const again = run(policy({ retention: 'keep', useUidl: false }), known, r.server);
    expect(ofType(again.effects, 'message')).toHaveLength(3);
  });

  it('RFC 1939 §7: a server that answers -ERR to UIDL gets LIST; keep mode then re-downloads (F15)', () => {
    const r = run(keepSafe, context({ knownUids: new Map([['uid-a', 1]]) }), new ScriptedServer(MESSAGES, { uidl: false }));
    expect(r.commands).toEqual(['USER alice', 'PASS secret', 'STAT', 'UIDL', 'LIST', 'RETR 1', 'RETR 2', 'RETR 3', 'QUIT']);
    expect(r.effects.some((e) => e.type === 'uid-remembered' || e.type === 'uid-forgotten')).toBe(false);
  });

  it('RFC 1939 §7: two messages with one UID (hash UIDs): the second is taken as already had (F17)', () => {
    const twins = [MESSAGES[0]!, { uid: 'uid-a', text: MESSAGES[0]!.text }];
    const r = run(keepSafe, context(), new ScriptedServer(twins));
    expect(r.commands.filter((c) => c.startsWith('RETR'))).toEqual(['RETR 1']);
  });
});

describe('POP3 client: interrupted transfers', () => {
  const text = MESSAGES[1]!.text;
  const reply = `+OK ${text.length} octets\r\n` + stuffMultiline(text);

  function atRetr(p: ClientPolicy = policy({ useUidl: false })): ClientAgent {
    const client = createPop3Client(p, context());
    client.receive('+OK hi\r\n');
    client.receive('+OK\r\n');
    client.receive('+OK\r\n');
    client.receive('+OK 1 10\r\n');
    const out = client.receive('+OK\r\n1 10\r\n.\r\n');
    expect(out.send).toBe('RETR 1\r\n');
    return client;
  }

  it('RFC 1939 §3: the RETR reply split at every octet, and one octet at a time, gives the same message', () => {
    for (let cut = 0; cut <= reply.length; cut++) {
      const client = atRetr();
      const effects = [...client.receive(reply.slice(0, cut)).effects, ...client.receive(reply.slice(cut)).effects];
      expect(ofType(effects, 'message')).toEqual([{ type: 'message', key: 'msg-1', uid: null, number: 1, octets: text, complete: true }]);
    }
    const client = atRetr();
    const effects: ClientEffect[] = [];
    for (const octet of reply) effects.push(...client.receive(octet).effects);
    expect(ofType(effects, 'message').map((m) => m.octets)).toEqual([text]);
  });

  it('RFC 1939 §3: a drop at every octet of the transfer reports a partial copy and discards it', () => {
    const statusEnd = reply.indexOf(CRLF) + 2;
    for (let cut = 0; cut < reply.length; cut++) {
      const client = atRetr();
      const before = client.receive(reply.slice(0, cut)).effects;
      expect(ofType(before, 'message')).toEqual([]);
      const lost = client.connectionLost().effects;
      const partial = ofType(lost, 'message');
      if (cut < statusEnd) {
        // The +OK line has not arrived: nothing of the message is here.
        expect(partial).toEqual([]);
        expect(ofType(lost, 'discard')).toEqual([]);
      } else {
        expect(partial).toHaveLength(1);
        const copy = partial[0]!;
        expect(copy.complete).toBe(false);
        // Only whole data lines count; the copy is a prefix of the message (all of it, when only
        // the terminator is missing: without CRLF.CRLF the client cannot know it is whole).
        expect(text.startsWith(copy.octets)).toBe(true);
        const wholeLines = reply.slice(statusEnd, cut).split(CRLF).length - 1;
        expect(copy.octets.split(CRLF).length - 1).toBe(wholeLines);
        expect(ofType(lost, 'discard')).toEqual([{ type: 'discard', key: copy.key }]);
      }
      expect(finished(lost)).toEqual({ type: 'finished', ok: false, reason: { code: 'connection-lost' } });
      expect(client.state).toBe('DONE');
    }
  });

  it('RFC 1939 §6: a drop while the complete copy waits for saved() emits nothing more for it', () => {
    const r = run(policy({ retention: 'keep' }), context(), new ScriptedServer(), { save: false });
    const lost = r.client.connectionLost().effects;
    expect(lost).toEqual([
      { type: 'state', from: 'SAVE_WAIT', to: 'DONE' },
      { type: 'finished', ok: false, reason: { code: 'connection-lost' } },
    ]);
    // The device still owns that copy; when it becomes durable the UID is remembered.
    expect(r.client.saved('msg-1-uid-a').effects).toEqual([{ type: 'uid-remembered', uid: 'uid-a' }]);
  });
});

describe('POP3 client: blame', () => {
  it('RFC 1939 §3: garbage instead of +OK/-ERR is a peer violation: finished ok:false, no throw, no QUIT', () => {
    const client = createPop3Client(policy(), context());
    client.receive('+OK hi\r\n');
    const out = client.receive('HELLO THERE\r\n');
    expect(out.send).toBe('');
    const f = finished(out.effects);
    expect(f.ok).toBe(false);
    expect(f.reason).toEqual({ code: 'not-a-status', line: 'HELLO THERE', rfc: 'RFC 1939 §3' });
    expect(PEER_VIOLATIONS.has(f.reason.code)).toBe(true);
  });

  it('RFC 1939 §3: "+OKAY" and "-ERRx" are not status lines (the indicator ends at a space or the line end)', () => {
    for (const bad of ['+OKAY hi\r\n', '-ERRx no\r\n', '+OK\tx\r\n']) {
      const client = createPop3Client(policy(), context());
      const out = client.receive(bad);
      const f = finished(out.effects);
      expect(f.ok).toBe(false);
      expect(f.reason).toEqual({ code: 'not-a-status', line: bad.slice(0, -2), rfc: 'RFC 1939 §3' });
    }
  });

  it('RFC 1939 §3, RFC 1957: a bare "+OK" at the end of the line is a status line (no space required)', () => {
    const client = createPop3Client(policy(), context());
    const out = client.receive('+OK\r\n');
    expect(out.effects.some((e) => e.type === 'finished')).toBe(false);
    expect(out.send).not.toBe('');
  });

  it('RFC 1939 §5: a malformed STAT reply is a peer violation', () => {
    const r = run(policy(), context(), new ScriptedServer(MESSAGES, { override: { STAT: '+OK lots\r\n' } }));
    expect(finished(r.effects).reason).toEqual({ code: 'malformed-reply', command: 'STAT', expected: '+OK nn mm', line: '+OK lots', rfc: 'RFC 1939 §5' });
    expect(r.commands).not.toContain('QUIT');
  });

  it('RFC 1939 §7: a malformed UIDL line is a peer violation', () => {
    const r = run(policy(), context(), new ScriptedServer(MESSAGES, { override: { UIDL: '+OK\r\n1 has space\r\n.\r\n' } }));
    expect(finished(r.effects).reason).toEqual({ code: 'malformed-reply', command: 'UIDL', expected: 'n unique-id', line: '1 has space', rfc: 'RFC 1939 §7' });
  });

  it('RFC 1939 §3: a reply nobody asked for is a peer violation', () => {
    const r = run(policy(), context(), new ScriptedServer(), { save: false });
    const out = r.client.receive('+OK surprise\r\n');
    expect(finished(out.effects).reason).toEqual({ code: 'reply-not-due', line: '+OK surprise' });
  });

  it('caller bugs throw: saved() for an unknown key, saved() twice, receive() after finished', () => {
    const r = run(policy({ commitOrder: 'unsafe' }), context(), new ScriptedServer(), { save: false });
    expect(() => r.client.saved('no-such-copy')).toThrow(/never asked/);
    r.client.saved('msg-1-uid-a');
    expect(() => r.client.saved('msg-1-uid-a')).toThrow(/twice/);
    expect(r.client.finished).toBe(true);
    expect(() => r.client.receive('+OK\r\n')).toThrow(/after the session finished/);
    expect(r.client.connectionLost()).toEqual({ send: '', effects: [] });
  });
});

describe('POP3 client: the state table', () => {
  it('every state change the agent reports is an entry of POP3_CLIENT_TRANSITIONS', () => {
    const runs = [
      run(policy()),
      run(policy({ commitOrder: 'unsafe' })),
      run(policy({ commitOrder: 'pipelined' })),
      run(policy({ retention: 'keep', keepDays: 0, staleDeleteNumbers: [1] }), context({ knownUids: new Map([['uid-c', 1]]) })),
      run(policy({ useUidl: false })),
      run(policy(), context({ secret: 'bad' })),
    ];
    const seen = new Set<string>();
    for (const r of runs) {
      let state: Pop3ClientState = 'GREETING';
      for (const e of ofType(r.effects, 'state')) {
        expect(e.from).toBe(state);
        expect(Object.values(POP3_CLIENT_TRANSITIONS[e.from as Pop3ClientState])).toContain(e.to);
        seen.add(e.to);
        state = e.to as Pop3ClientState;
      }
      expect(state).toBe('DONE');
      expect(r.client.state).toBe('DONE');
    }
    // Every state is reachable in these runs except GREETING, which is only the start.
    expect([...seen].sort()).toEqual(POP3_CLIENT_STATES.filter((s) => s !== 'GREETING').sort());
  });
});

describe('POP3 client: any server input (property)', () => {
  const octets = fc.string({ unit: fc.oneof(fc.constantFrom('\r', '\n', '.', '+', '-', ' ', 'O', 'K'), fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c))), maxLength: 200 });
  const prefix = fc.constantFrom('', '+OK hi\r\n', '+OK hi\r\n+OK\r\n+OK\r\n', '+OK hi\r\n+OK\r\n+OK\r\n+OK 3 9\r\n+OK\r\n1 a\r\n', '+OK <1.2@x>\r\n+ bad*\r\n');
  const policies = fc.record({
    retention: fc.constantFrom('delete', 'keep'),
    useUidl: fc.boolean(),
    commitOrder: fc.constantFrom('safe', 'unsafe', 'pipelined'),
    auth: fc.constantFrom('user-pass', 'apop', 'sasl-plain', 'cram-md5'),
  }) as fc.Arbitrary<ClientPolicy>;

  it('RFC 1939 §3: whatever the server sends, split anywhere, the client never throws; a violation only ends the session', () => {
    fc.assert(
      fc.property(policies, prefix, octets, fc.array(fc.nat(), { maxLength: 6 }), (p, head, tail, cuts) => {
        const client = createPop3Client(p, context());
        const input = head + tail;
        const points = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b);
        let from = 0;
        for (const to of [...points, input.length]) {
          if (client.finished) break;
          const out = client.receive(input.slice(from, to));
          from = to;
          for (const e of out.effects) if (e.type === 'finished' && !e.ok) expect(e.reason.code).not.toBe('quit');
        }
        const end = client.connectionLost();
        expect(client.finished).toBe(true);
        expect(client.state).toBe('DONE');
        expect(end.send).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
