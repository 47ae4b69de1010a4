import { NOBLE_DIGESTS } from '../digests-noble.ts';
import { describe, expect, it } from 'vitest';
import { MIN_AUTOLOGOUT_TICKS, type ProtocolEvent } from '../engine.ts';
import { PostOffice } from '../maildrop.ts';
import { CRLF, toCrlf } from '../octets.ts';
import { unstuffLines } from '../wire.ts';
import { apopDigest, cramMd5Digest, encodeBase64 } from '../sasl.ts';
import {
  POP3_COMMANDS,
  POP3_STATES,
  POP3_STATE_INFO,
  POP3_TRANSITIONS,
  createPop3Server,
  defaultApopTimestamp,
  pop3Transition,
} from './server.ts';
import { RFC_TIMESTAMP, Session, defaultMessages, lines, makeOffice } from './server-testkit.ts';

const sizes = defaultMessages().map((m) => toCrlf(m).length);
const total = sizes.reduce((a, b) => a + b, 0);

function loggedIn(options: ConstructorParameters<typeof Session>[1] = {}, messages?: string[]): { s: Session; f: ReturnType<typeof makeOffice> } {
  const f = makeOffice(messages);
  const s = new Session(f.office, options);
  expect(s.login()).toMatch(/^\+OK/);
  return { s, f };
}

describe('greeting and states', () => {
  it('RFC 1939 §4: the greeting is positive and carries the APOP timestamp; the session starts in AUTHORIZATION', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    expect(lines(s.wire)).toEqual([`+OK POP3 server ready ${RFC_TIMESTAMP}`]);
    expect(s.server.state).toBe('AUTHORIZATION');
    expect(s.server.closed).toBe(false);
  });

  it('RFC 1939 §7: the default timestamp is a msg-id built from the hostname', () => {
    const f = makeOffice([], 'dewey.example');
    const server = createPop3Server(f.office, { sessionId: 'x' });
    expect(server.greet(0).send).toBe(`+OK POP3 server ready ${defaultApopTimestamp('dewey.example')}\r\n`);
    expect(defaultApopTimestamp('dewey.example')).toBe('<1896.697170952@dewey.example>');
  });

  it('caller bugs throw: a bad timestamp, receive before greet, receive after close, greet twice', () => {
    const f = makeOffice();
    expect(() => createPop3Server(f.office, { sessionId: 'x', apopTimestamp: 'no brackets' })).toThrow(/msg-id/);
    expect(() => createPop3Server(f.office, { sessionId: '' })).toThrow();
    const server = createPop3Server(f.office, { sessionId: 'x' });
    expect(() => server.receive('NOOP\r\n', 0)).toThrow(/before greet/);
    server.greet(0);
    expect(() => server.greet(0)).toThrow(/twice/);
    const out = server.receive('QUIT\r\n', 1);
    expect(out.close).toBe(true);
    expect(server.closed).toBe(true);
    expect(() => server.receive('NOOP\r\n', 2)).toThrow(/after close/);
  });

  it('RFC 1939 §4: successful authentication moves to TRANSACTION with a state event', () => {
    const { s } = loggedIn();
    expect(s.server.state).toBe('TRANSACTION');
    expect(s.ofType('state')).toEqual([{ type: 'state', from: 'AUTHORIZATION', to: 'TRANSACTION', rfc: 'RFC 1939 §4' }]);
  });

  it('events and outputs are frozen plain objects', () => {
    const f = makeOffice();
    const server = createPop3Server(f.office, { sessionId: 'x' });
    const out = server.greet(0);
    expect(Object.isFrozen(out)).toBe(true);
    expect(Object.isFrozen(out.events)).toBe(true);
    const out2 = server.receive('USER alice\r\nPASS wonderland\r\nDELE 1\r\n', 1);
    expect(out2.events.length).toBeGreaterThan(4);
    for (const e of [...out.events, ...out2.events]) expect(Object.isFrozen(e)).toBe(true);
  });
});

describe('the transition table', () => {
  it('RFC 1939 §3-§6: has a row for every state, and UPDATE accepts nothing', () => {
    expect(Object.keys(POP3_TRANSITIONS).sort()).toEqual([...POP3_STATES].sort());
    expect(POP3_TRANSITIONS.UPDATE).toEqual({});
    expect(Object.isFrozen(POP3_TRANSITIONS)).toBe(true);
    expect(Object.isFrozen(POP3_TRANSITIONS.TRANSACTION)).toBe(true);
    expect(POP3_TRANSITIONS.TRANSACTION.QUIT).toBe('UPDATE');
    expect(POP3_TRANSITIONS.AUTHORIZATION.PASS).toBe('TRANSACTION');
    expect(pop3Transition('UPDATE', 'QUIT')).toEqual({ ok: false, reason: 'QUIT is not allowed in state UPDATE' });
    expect(pop3Transition('TRANSACTION', 'QUIT')).toEqual({ ok: true, next: 'UPDATE' });
    expect(Object.keys(POP3_STATE_INFO).sort()).toEqual([...POP3_STATES].sort());
    expect(POP3_STATE_INFO.UPDATE.rfc).toBe('RFC 1939 §6');
  });

  it('RFC 1939 §3: every command missing from a state row is answered -ERR "<CMD> is not allowed in state <STATE>"', () => {
    for (const state of ['AUTHORIZATION', 'TRANSACTION'] as const) {
      for (const command of POP3_COMMANDS) {
        if (POP3_TRANSITIONS[state][command] !== undefined) continue;
        const f = makeOffice();
        const s = new Session(f.office);
        if (state === 'TRANSACTION') s.login();
        const before = s.events.length;
        const arg = ['RETR', 'DELE'].includes(command) ? ' 1' : command === 'TOP' ? ' 1 1' : command === 'APOP' ? ' a b' : command === 'USER' || command === 'PASS' || command === 'AUTH' ? ' x' : '';
        expect(s.first(command + arg), `${command} in ${state}`).toBe(`-ERR ${command} is not allowed in state ${state}`);
        expect(s.server.state).toBe(state);
        expect(s.events.slice(before).some((e) => e.type === 'peer-error')).toBe(true);
      }
    }
  });

  it('RFC 1939 §3: unknown keywords get -ERR and a peer-error; keywords are case-insensitive', () => {
    const { s } = loggedIn();
    expect(s.first('XYZZY')).toBe('-ERR unknown command "XYZZY"');
    expect(s.first('stat')).toBe(`+OK 3 ${total}`);
    expect(s.first('StAt')).toBe(`+OK 3 ${total}`);
    expect(s.ofType('peer-error')).toHaveLength(1);
  });
});

describe('USER and PASS', () => {
  it('RFC 1939 §7: USER then PASS with the right secret opens the maildrop', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    expect(s.first('USER alice')).toMatch(/^\+OK/);
    expect(s.first('PASS wonderland')).toBe(`+OK alice's maildrop has 3 messages (${total} octets)`);
    expect(s.ofType('authenticated')).toEqual([{ type: 'authenticated', user: 'alice', mechanism: 'USER/PASS' }]);
    expect(s.ofType('locked')).toEqual([{ type: 'locked', user: 'alice', rfc: 'RFC 1939 §4' }]);
    expect(f.alice.maildrop.lockHolder).toBe('test#1');
  });

  it('RFC 1939 §7 / RFC 3206 §5: a wrong password gets -ERR [AUTH], stays in AUTHORIZATION, and USER must be sent again', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    s.cmd('USER alice');
    expect(s.first('PASS wrong')).toBe('-ERR [AUTH] invalid user name or password');
    expect(s.server.state).toBe('AUTHORIZATION');
    expect(s.ofType('auth-failed')).toEqual([{ type: 'auth-failed', user: 'alice', mechanism: 'USER/PASS' }]);
    expect(s.first('PASS wonderland')).toBe('-ERR PASS must follow a successful USER');
    expect(f.alice.maildrop.lockHolder).toBeNull();
  });

  it('RFC 1939 §7: PASS without USER, or not immediately after USER, is refused', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    expect(s.first('PASS wonderland')).toBe('-ERR PASS must follow a successful USER');
    s.cmd('USER alice');
    s.cmd('CAPA');
    expect(s.first('PASS wonderland')).toBe('-ERR PASS must follow a successful USER');
    // Refused lines in between count too (a bug the property test found).
    for (const between of ['DELE 1', 'FOO', '', 'USER', `X${'y'.repeat(300)}`]) {
      s.cmd('USER alice');
      expect(s.first(between)).toMatch(/^-ERR/);
      expect(s.first('PASS wonderland'), between.slice(0, 10)).toBe('-ERR PASS must follow a successful USER');
    }
    expect(s.server.state).toBe('AUTHORIZATION');
  });

  it('RFC 1939 §13: USER answers +OK even for an unknown name, so it does not reveal which mailboxes exist', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    expect(s.first('USER nobody')).toMatch(/^\+OK/);
    expect(s.first('PASS x')).toBe('-ERR [AUTH] invalid user name or password');
  });

  it('RFC 1939 §7: PASS takes the rest of the line, so a password may contain spaces', () => {
    const f = makeOffice();
    f.office.addAccount('carol', 'open sesame now');
    const s = new Session(f.office);
    s.cmd('USER carol');
    expect(s.first('PASS open sesame now')).toMatch(/^\+OK carol's maildrop has 0 messages \(0 octets\)$/);
  });

  it('RFC 1939 §7: USER needs exactly one argument', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    expect(s.first('USER')).toMatch(/^-ERR USER takes 1 argument/);
    expect(s.first('USER a b')).toMatch(/^-ERR USER takes 1 argument/);
    expect(s.first('PASS wonderland')).toMatch(/^-ERR/);
  });
});

describe('APOP', () => {
  it('RFC 1939 §7: the RFC example digest logs mrose in', () => {
    const office = new PostOffice('dewey');
    office.addAccount('mrose', 'tanstaaf').maildrop.deliver('Subject: x\n\nhi\n');
    const s = new Session(office);
    expect(s.first('APOP mrose c4c9334bac560ecc979e58001b3e22fb')).toMatch(/^\+OK mrose's maildrop has 1 message \(/);
    expect(s.ofType('authenticated')).toEqual([{ type: 'authenticated', user: 'mrose', mechanism: 'APOP' }]);
    expect(s.server.state).toBe('TRANSACTION');
  });

  it('RFC 1939 §7: a wrong or malformed digest gets -ERR [AUTH] and stays in AUTHORIZATION', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    const good = apopDigest(NOBLE_DIGESTS, RFC_TIMESTAMP, 'wonderland');
    expect(s.first(`APOP alice ${apopDigest(NOBLE_DIGESTS, RFC_TIMESTAMP, 'nope')}`)).toBe('-ERR [AUTH] permission denied');
    expect(s.first(`APOP alice ${good.toUpperCase()}`)).toMatch(/^-ERR \[AUTH\] the digest must be 32 lowercase hex/);
    expect(s.first(`APOP nobody ${good}`)).toBe('-ERR [AUTH] permission denied');
    expect(s.first('APOP alice')).toMatch(/^-ERR APOP takes 2 arguments/);
    expect(s.server.state).toBe('AUTHORIZATION');
    expect(s.ofType('auth-failed')).toHaveLength(3);
    expect(s.first(`APOP alice ${good}`)).toMatch(/^\+OK/);
  });
});

describe('the exclusive lock', () => {
  it('RFC 1939 §4 / RFC 2449 §8.1.2: a second session gets -ERR [IN-USE] and stays in AUTHORIZATION until the first QUITs', () => {
    const f = makeOffice();
    const first = new Session(f.office, { sessionId: 'laptop#1' });
    first.login();
    const second = new Session(f.office, { sessionId: 'phone#1' });
    second.cmd('USER alice');
    expect(second.first('PASS wonderland')).toMatch(/^-ERR \[IN-USE\] /);
    expect(second.server.state).toBe('AUTHORIZATION');
    expect(second.ofType('lock-refused')).toEqual([{ type: 'lock-refused', user: 'alice', rfc: 'RFC 2449 §8.1.2' }]);
    // The credentials were right: not a peer error and not an auth failure.
    expect(second.ofType('peer-error')).toHaveLength(0);
    expect(second.ofType('auth-failed')).toHaveLength(0);
    expect(f.alice.maildrop.lockHolder).toBe('laptop#1');
    first.cmd('QUIT');
    expect(f.alice.maildrop.lockHolder).toBeNull();
    second.cmd('USER alice');
    expect(second.first('PASS wonderland')).toMatch(/^\+OK/);
    expect(f.alice.maildrop.lockHolder).toBe('phone#1');
  });

  it('RFC 1939 §6: an aborted session releases the lock', () => {
    const f = makeOffice();
    const first = new Session(f.office, { sessionId: 'a' });
    first.login();
    const out = first.server.abort('connection-lost');
    expect(out.events.map((e) => e.type)).toEqual(['unlocked', 'aborted']);
    const second = new Session(f.office, { sessionId: 'b' });
    expect(second.login()).toMatch(/^\+OK/);
  });
});

describe('STAT and LIST', () => {
  it('RFC 1939 §5, §11: STAT counts messages and CRLF octets', () => {
    const { s } = loggedIn();
    expect(s.first('STAT')).toBe(`+OK 3 ${total}`);
    expect(s.first('STAT x')).toMatch(/^-ERR STAT takes 0 arguments/);
  });

  it('RFC 1939 §5: LIST without argument is a multi-line scan listing', () => {
    const { s } = loggedIn();
    expect(s.cmd('LIST')).toEqual([`+OK 3 messages (${total} octets)`, `1 ${sizes[0]}`, `2 ${sizes[1]}`, `3 ${sizes[2]}`, '.']);
    const reply = s.ofType('reply').at(-1);
    expect(reply?.multiline).toBe(true);
  });

  it('RFC 1939 §5: LIST n answers one line; bad numbers get -ERR', () => {
    const { s } = loggedIn();
    expect(s.cmd('LIST 2')).toEqual([`+OK 2 ${sizes[1]}`]);
    expect(s.first('LIST 4')).toBe('-ERR no such message 4');
    expect(s.first('LIST 0')).toBe('-ERR no such message 0');
    expect(s.first('LIST -1')).toBe('-ERR "-1" is not a message number');
    expect(s.first('LIST abc')).toBe('-ERR "abc" is not a message number');
    expect(s.first('LIST 1 2')).toMatch(/^-ERR LIST takes 0 to 1 arguments/);
    expect(s.first('LIST 99999999999999999999')).toMatch(/^-ERR no such message/);
  });

  it('RFC 1939 §5: marked messages are left out of STAT and LIST; LIST n of a marked message is -ERR', () => {
    const { s } = loggedIn();
    s.cmd('DELE 2');
    expect(s.first('STAT')).toBe(`+OK 2 ${total - (sizes[1] ?? 0)}`);
    expect(s.cmd('LIST')).toEqual([`+OK 2 messages (${total - (sizes[1] ?? 0)} octets)`, `1 ${sizes[0]}`, `3 ${sizes[2]}`, '.']);
    expect(s.first('LIST 2')).toBe('-ERR message 2 already deleted');
  });

  it('RFC 1939 §5: an empty maildrop lists +OK and an empty list', () => {
    const { s } = loggedIn({}, []);
    expect(s.first('STAT')).toBe('+OK 0 0');
    expect(s.cmd('LIST')).toEqual(['+OK 0 messages (0 octets)', '.']);
    expect(s.cmd('UIDL')).toEqual(['+OK unique-id listing follows', '.']);
  });

  it('RFC 1939 §3, §11: a message stored without a final line end is sent with CRLF, and its size counts it', () => {
    const { s } = loggedIn({}, ['Subject: x\n\nno final newline', '']);
    const sent = 'Subject: x\r\n\r\nno final newline\r\n';
    expect(s.first('LIST 1')).toBe(`+OK 1 ${sent.length}`);
    const out = s.raw('RETR 1\r\n');
    expect(out.send).toBe(`+OK ${sent.length} octets\r\n${sent}.\r\n`);
    expect(unstuffLines(lines(out.send).slice(1, -1)).length).toBe(sent.length);
    expect(s.ofType('sent-message').at(-1)?.octets).toBe(sent.length);
    // An empty message stays empty: zero octets, and just the terminator.
    expect(s.first('LIST 2')).toBe('+OK 2 0');
    expect(s.raw('RETR 2\r\n').send).toBe('+OK 0 octets\r\n.\r\n');
  });

  it('RFC 1939 §11: sizes count CRLF octets even when the message was delivered with LF, and not the stuffed dots', () => {
    const { s } = loggedIn({}, ['Subject: x\n\n.\n..\n']);
    const crlf = 'Subject: x\r\n\r\n.\r\n..\r\n';
    expect(s.first('LIST 1')).toBe(`+OK 1 ${crlf.length}`);
    const reply = s.cmd('RETR 1');
    expect(reply[0]).toBe(`+OK ${crlf.length} octets`);
    expect(reply.slice(1)).toEqual(['Subject: x', '', '..', '...', '.']);
  });
});

describe('RETR', () => {
  it('RFC 1939 §3, §5: RETR sends the byte-stuffed message ending with CRLF.CRLF', () => {
    const { s, f } = loggedIn();
    const out = s.raw('RETR 2\r\n');
    const stored = f.alice.maildrop.messages[1]?.octets ?? '';
    expect(out.send.startsWith(`+OK ${stored.length} octets\r\n`)).toBe(true);
    expect(out.send.endsWith('\r\n.\r\n')).toBe(true);
    const dataLines = lines(out.send).slice(1, -1);
    expect(dataLines).toContain('..starts with a dot');
    expect(dataLines).toContain('...two dots');
    expect(dataLines).toContain('..');
    expect(unstuffLines(dataLines)).toBe(stored);
    expect(out.events.filter((e) => e.type === 'sent-message')).toEqual([
      { type: 'sent-message', uid: 'uid-2', number: 2, octets: stored.length },
    ]);
  });

  it('RFC 1939 §5: RETR of a missing, marked or malformed number is -ERR', () => {
    const { s } = loggedIn();
    s.cmd('DELE 1');
    expect(s.first('RETR 1')).toBe('-ERR message 1 already deleted');
    expect(s.first('RETR 9')).toBe('-ERR no such message 9');
    expect(s.first('RETR')).toMatch(/^-ERR RETR takes 1 argument/);
    expect(s.first('RETR one')).toMatch(/^-ERR "one" is not a message number/);
    expect(s.ofType('sent-message')).toHaveLength(0);
  });
});

describe('DELE, RSET, NOOP', () => {
  it('RFC 1939 §6: DELE only marks; nothing is removed before UPDATE', () => {
    const { s, f } = loggedIn();
    expect(s.first('DELE 1')).toBe('+OK message 1 deleted');
    expect(f.alice.maildrop.messages).toHaveLength(3);
    expect(s.ofType('marked')).toEqual([{ type: 'marked', uid: 'uid-1', number: 1, rfc: 'RFC 1939 §5' }]);
    expect(s.ofType('removed')).toHaveLength(0);
  });

  it('RFC 1939 §5: DELE of a marked message is -ERR; numbers never shift within a session', () => {
    const { s, f } = loggedIn();
    s.cmd('DELE 1');
    expect(s.first('DELE 1')).toBe('-ERR message 1 already deleted');
    expect(s.first('DELE 7')).toBe('-ERR no such message 7');
    expect(s.first('DELE')).toMatch(/^-ERR/);
    const out = s.raw('RETR 2\r\n');
    expect(out.send).toContain('Subject: two');
    expect(s.first('LIST 2')).toBe(`+OK 2 ${f.alice.maildrop.messages[1]?.octets.length}`);
  });

  it('RFC 1939 §5: RSET unmarks every marked message', () => {
    const { s } = loggedIn();
    s.cmd('DELE 1');
    s.cmd('DELE 3');
    expect(s.first('RSET')).toBe(`+OK maildrop has 3 messages (${total} octets)`);
    expect(s.ofType('unmarked').map((e) => e.number)).toEqual([1, 3]);
    expect(s.first('STAT')).toBe(`+OK 3 ${total}`);
    expect(s.first('RETR 1')).toMatch(/^\+OK/);
    expect(s.first('RSET now')).toMatch(/^-ERR/);
  });

  it('RFC 1939 §5: NOOP answers +OK and takes no argument', () => {
    const { s } = loggedIn();
    expect(s.cmd('NOOP')).toEqual(['+OK']);
    expect(s.first('NOOP 1')).toMatch(/^-ERR/);
  });
});

describe('TOP', () => {
  const message = 'Subject: t\nX: y\n\nb1\nb2\nb3\n';

  it('RFC 1939 §7: TOP msg n sends the header, the blank line and n body lines', () => {
    const { s } = loggedIn({}, [message]);
    expect(s.cmd('TOP 1 0')).toEqual(['+OK top of message follows', 'Subject: t', 'X: y', '', '.']);
    expect(s.cmd('TOP 1 2')).toEqual(['+OK top of message follows', 'Subject: t', 'X: y', '', 'b1', 'b2', '.']);
    expect(s.ofType('sent-message')).toHaveLength(0);
  });

  it('RFC 1939 §7: when n exceeds the body the whole message is sent (and counts as a sent message)', () => {
    const { s } = loggedIn({}, [message]);
    for (const n of ['3', '4', '99999999']) {
      expect(s.cmd(`TOP 1 ${n}`)).toEqual(['+OK top of message follows (whole message)', 'Subject: t', 'X: y', '', 'b1', 'b2', 'b3', '.']);
    }
    expect(s.ofType('sent-message')).toHaveLength(3);
  });

  it('RFC 1939 §7: TOP stuffs dots and handles a message with no body', () => {
    const { s } = loggedIn({}, ['Subject: only\n', 'Subject: d\n\n.x\n']);
    expect(s.cmd('TOP 1 0')).toEqual(['+OK top of message follows (whole message)', 'Subject: only', '.']);
    expect(s.cmd('TOP 2 1')).toEqual(['+OK top of message follows (whole message)', 'Subject: d', '', '..x', '.']);
  });

  it('RFC 1939 §7: TOP needs a message that is not marked and n >= 0', () => {
    const { s } = loggedIn({}, [message]);
    expect(s.first('TOP 1 -1')).toBe('-ERR "-1" is not a non-negative number of lines');
    expect(s.first('TOP 1')).toMatch(/^-ERR TOP takes 2 arguments/);
    expect(s.first('TOP 2 1')).toBe('-ERR no such message 2');
    s.cmd('DELE 1');
    expect(s.first('TOP 1 1')).toBe('-ERR message 1 already deleted');
  });
});

describe('UIDL', () => {
  it('RFC 1939 §7: UIDL lists "n uid" for messages that are not marked', () => {
    const { s } = loggedIn();
    expect(s.cmd('UIDL')).toEqual(['+OK unique-id listing follows', '1 uid-1', '2 uid-2', '3 uid-3', '.']);
    expect(s.cmd('UIDL 2')).toEqual(['+OK 2 uid-2']);
    s.cmd('DELE 2');
    expect(s.cmd('UIDL')).toEqual(['+OK unique-id listing follows', '1 uid-1', '3 uid-3', '.']);
    expect(s.first('UIDL 2')).toBe('-ERR message 2 already deleted');
    expect(s.first('UIDL 5')).toBe('-ERR no such message 5');
  });

  it('RFC 1939 §7 (UIDL optional): the no-uidl personality answers -ERR and leaves UIDL out of CAPA', () => {
    const { s } = loggedIn({ personality: { kind: 'no-uidl' } });
    expect(s.first('UIDL')).toBe('-ERR UIDL is not supported by this server');
    expect(s.first('UIDL 1')).toBe('-ERR UIDL is not supported by this server');
    expect(s.cmd('CAPA')).not.toContain('UIDL');
  });
});

describe('QUIT and UPDATE', () => {
  it('RFC 1939 §6: QUIT from TRANSACTION enters UPDATE, removes the marked messages, releases the lock and closes', () => {
    const { s, f } = loggedIn();
    s.cmd('DELE 1');
    s.cmd('DELE 3');
    const out = s.raw('QUIT\r\n');
    expect(lines(out.send)).toEqual(['+OK pop.example.org POP3 server signing off (1 message left)']);
    expect(out.close).toBe(true);
    expect(s.server.closed).toBe(true);
    expect(s.server.state).toBe('UPDATE');
    expect(f.alice.maildrop.messages.map((m) => m.uid)).toEqual(['uid-2']);
    expect(out.events.map((e) => e.type)).toEqual(['command', 'state', 'removed', 'removed', 'unlocked', 'reply']);
    expect(s.ofType('removed')).toEqual([
      { type: 'removed', uid: 'uid-1', reason: 'update', rfc: 'RFC 1939 §6' },
      { type: 'removed', uid: 'uid-3', reason: 'update', rfc: 'RFC 1939 §6' },
    ]);
    expect(f.alice.maildrop.lockHolder).toBeNull();
  });

  it('RFC 1939 §6: QUIT with every message marked says the maildrop is empty', () => {
    const { s, f } = loggedIn();
    s.cmd('DELE 1');
    s.cmd('DELE 2');
    s.cmd('DELE 3');
    expect(s.first('QUIT')).toBe('+OK pop.example.org POP3 server signing off (maildrop empty)');
    expect(f.alice.maildrop.messages).toHaveLength(0);
  });

  it('RFC 1939 §6: QUIT in AUTHORIZATION closes without UPDATE', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    const out = s.raw('QUIT\r\n');
    expect(lines(out.send)).toEqual(['+OK pop.example.org POP3 server signing off']);
    expect(out.close).toBe(true);
    expect(s.server.state).toBe('AUTHORIZATION');
    expect(out.events.some((e) => e.type === 'state' || e.type === 'removed')).toBe(false);
    expect(f.alice.maildrop.messages).toHaveLength(3);
  });

  it('RFC 1939 §6: QUIT takes no argument; commands pipelined after QUIT are never read', () => {
    const { s, f } = loggedIn();
    expect(s.first('QUIT now')).toMatch(/^-ERR QUIT takes 0 arguments/);
    s.cmd('DELE 1');
    const out = s.raw('QUIT\r\nRSET\r\nSTAT\r\n');
    expect(lines(out.send)).toHaveLength(1);
    expect(out.close).toBe(true);
    expect(f.alice.maildrop.messages).toHaveLength(2);
  });
});

describe('abnormal endings', () => {
  it('RFC 1939 §6: a lost connection in TRANSACTION removes nothing, releases the lock, and sends nothing', () => {
    const { s, f } = loggedIn();
    s.cmd('DELE 1');
    s.cmd('DELE 2');
    const out = s.server.abort('connection-lost');
    expect(out.send).toBe('');
    expect(out.close).toBe(true);
    expect(out.events).toEqual([
      { type: 'unlocked', user: 'alice', rfc: 'RFC 1939 §4' },
      { type: 'aborted', reason: 'connection-lost', rfc: 'RFC 1939 §6' },
    ]);
    expect(f.alice.maildrop.messages).toHaveLength(3);
    expect(f.alice.maildrop.lockHolder).toBeNull();
    expect(s.server.closed).toBe(true);
    expect(s.server.abort('server-crash').events).toHaveLength(0);
  });

  it('RFC 1939 §6: a server crash removes nothing either', () => {
    const { s, f } = loggedIn({ personality: { kind: 'download-once' } });
    s.cmd('RETR 1');
    s.cmd('DELE 2');
    const out = s.server.abort('server-crash');
    expect(out.events.at(-1)).toEqual({ type: 'aborted', reason: 'server-crash', rfc: 'RFC 1939 §6' });
    expect(f.alice.maildrop.messages).toHaveLength(3);
  });

  it('RFC 1939 §3: autologout after the idle time closes silently with no UPDATE', () => {
    const f = makeOffice();
    const server = createPop3Server(f.office, { sessionId: 'x', autologoutTicks: 1000 });
    server.greet(0);
    server.receive('USER alice\r\nPASS wonderland\r\nDELE 1\r\n', 10);
    expect(server.poll(1009).events).toHaveLength(0);
    expect(server.closed).toBe(false);
    const out = server.poll(1010);
    expect(out.send).toBe('');
    expect(out.close).toBe(true);
    expect(out.events).toEqual([
      { type: 'unlocked', user: 'alice', rfc: 'RFC 1939 §4' },
      { type: 'autologout', rfc: 'RFC 1939 §3' },
      { type: 'aborted', reason: 'autologout', rfc: 'RFC 1939 §6' },
    ]);
    expect(f.alice.maildrop.messages).toHaveLength(3);
    expect(f.alice.maildrop.lockHolder).toBeNull();
    expect(server.poll(5000).events).toHaveLength(0);
  });

  it('RFC 1939 §3: autologout in AUTHORIZATION closes silently; there is no lock to release', () => {
    const f = makeOffice();
    const server = createPop3Server(f.office, { sessionId: 'x', autologoutTicks: 50 });
    server.greet(100);
    server.receive('USER alice\r\n', 120);
    const out = server.poll(170);
    expect(out.events.map((e) => e.type)).toEqual(['autologout', 'aborted']);
    expect(out.send).toBe('');
    expect(server.closed).toBe(true);
  });

  it('RFC 1939 §3: any command resets the autologout timer; the default is the 10-minute minimum', () => {
    const f = makeOffice();
    const server = createPop3Server(f.office, { sessionId: 'x' });
    server.greet(0);
    server.receive('NOOP\r\n', MIN_AUTOLOGOUT_TICKS - 1);
    expect(server.poll(MIN_AUTOLOGOUT_TICKS + 5).close).toBe(false);
    expect(server.poll(2 * MIN_AUTOLOGOUT_TICKS - 2).close).toBe(false);
    expect(server.poll(2 * MIN_AUTOLOGOUT_TICKS - 1).close).toBe(true);
  });

  it('RFC 1939 §3: input that arrives after the timer ran out is not processed', () => {
    const f = makeOffice();
    const server = createPop3Server(f.office, { sessionId: 'x', autologoutTicks: 100 });
    server.greet(0);
    server.receive('USER alice\r\nPASS wonderland\r\nDELE 1\r\n', 1);
    const out = server.receive('QUIT\r\n', 500);
    expect(out.send).toBe('');
    expect(out.close).toBe(true);
    expect(out.events.map((e) => e.type)).toEqual(['unlocked', 'autologout', 'aborted']);
    expect(f.alice.maildrop.messages).toHaveLength(3);
  });
});

describe('limits and malformed input', () => {
  it('RFC 2449 §4: a 255-octet command is read; a 256-octet one gets -ERR and the session goes on', () => {
    const { s } = loggedIn();
    const fits = `NOOP ${'x'.repeat(255 - 2 - 5)}`;
    expect(fits.length + 2).toBe(255);
    expect(s.first(fits)).toMatch(/^-ERR (NOOP takes|argument longer)/);
    const tooLong = `NOOP ${'x'.repeat(256 - 2 - 5)}`;
    expect(s.first(tooLong)).toBe('-ERR command too long (256 octets; at most 255 with CRLF)');
    expect(s.first('STAT')).toBe(`+OK 3 ${total}`);
  });

  it('RFC 2449 §4: a huge line without a line end is not buffered without bound and gets one -ERR', () => {
    const { s } = loggedIn();
    for (let i = 0; i < 100; i++) expect(s.raw('A'.repeat(1000)).send).toBe('');
    const reply = s.cmd('');
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/^-ERR command too long \(100002 octets/);
    expect(s.first('NOOP')).toBe('+OK');
  });

  it('RFC 1939 §3: an argument over 40 characters gets -ERR; 40 is fine', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    expect(s.first(`USER ${'a'.repeat(40)}`)).toMatch(/^\+OK/);
    expect(s.first(`USER ${'a'.repeat(41)}`)).toBe('-ERR argument longer than 40 characters');
    s.cmd('USER alice');
    expect(s.first(`PASS ${'p'.repeat(41)}`)).toBe('-ERR argument longer than 40 characters');
  });

  it('RFC 1939 §3: empty lines, double spaces and non-printable octets get -ERR', () => {
    const { s } = loggedIn();
    expect(s.first('')).toBe('-ERR empty command');
    expect(s.first('LIST  1')).toBe('-ERR arguments are separated by single spaces');
    expect(s.first('LIST 1 ')).toBe('-ERR arguments are separated by single spaces');
    expect(s.first('ST\x00AT')).toBe('-ERR command contains octets that are not printable ASCII');
    expect(s.first('STAT\xff')).toBe('-ERR command contains octets that are not printable ASCII');
    expect(s.ofType('peer-error')).toHaveLength(5);
  });

  it('popa3d-style leniency: a bare LF ends a command, CRLF is still what we send', () => {
    const { s } = loggedIn();
    const out = s.raw('STAT\nNOOP\r\n');
    expect(out.send).toBe(`+OK 3 ${total}\r\n+OK\r\n`);
  });

  it('RFC 1939 §3: no status line we send exceeds 512 octets, even when echoing hostile input', () => {
    const f = makeOffice([], `h${'o'.repeat(246)}.example`);
    const s = new Session(f.office, { implementation: 'I'.repeat(200) });
    expect(() => new Session(f.office, { implementation: 'I'.repeat(201) })).toThrow(RangeError);
    s.cmd(`${'Z'.repeat(250)}`);
    s.cmd(`USER ${'u'.repeat(40)}`);
    s.cmd(`AUTH ${'M'.repeat(40)}`);
    s.cmd('CAPA');
    s.login();
    s.cmd(`LIST ${'9'.repeat(40)}`);
    s.cmd('QUIT');
    for (const line of lines(s.wire)) expect(line.length + 2).toBeLessThanOrEqual(512);
    expect(s.closeSeen).toBe(true);
  });
});

describe('pipelining', () => {
  it('RFC 2449 §6.6: several commands in one receive are answered in order', () => {
    const { s } = loggedIn();
    const out = s.raw('STAT\r\nLIST 1\r\nDELE 1\r\nSTAT\r\nRSET\r\nUIDL 3\r\n');
    expect(lines(out.send)).toEqual([
      `+OK 3 ${total}`,
      `+OK 1 ${sizes[0]}`,
      '+OK message 1 deleted',
      `+OK 2 ${total - (sizes[0] ?? 0)}`,
      `+OK maildrop has 3 messages (${total} octets)`,
      '+OK 3 uid-3',
    ]);
    expect(out.events.filter((e) => e.type === 'command').map((e) => (e as Extract<ProtocolEvent, { type: 'command' }>).keyword)).toEqual([
      'STAT', 'LIST', 'DELE', 'STAT', 'RSET', 'UIDL',
    ]);
  });
});

describe('CAPA', () => {
  it('RFC 2449 §5, §6: CAPA in AUTHORIZATION lists the capabilities, one per line', () => {
    const f = makeOffice();
    const s = new Session(f.office, { implementation: 'POP-Lab-test', enableStls: true });
    expect(s.cmd('CAPA')).toEqual([
      '+OK Capability list follows',
      // RFC 2595 §6: with STLS on offer, PLAIN waits for TLS.
      'TOP', 'USER', 'UIDL', 'SASL CRAM-MD5', 'RESP-CODES', 'AUTH-RESP-CODE', 'PIPELINING',
      'EXPIRE NEVER', 'LOGIN-DELAY 0', 'IMPLEMENTATION POP-Lab-test', 'STLS', '.',
    ]);
  });

  it('RFC 2449 §5, RFC 2595 §4: CAPA works in TRANSACTION, where STLS is not offered', () => {
    const { s } = loggedIn({ enableStls: true });
    const capa = s.cmd('CAPA');
    expect(capa[0]).toBe('+OK Capability list follows');
    expect(capa).toContain('TOP');
    expect(capa).not.toContain('STLS');
    expect(s.first('CAPA X')).toMatch(/^-ERR/);
  });

  it('RFC 2449 §6.7: EXPIRE is NEVER for rfc, 0 for download-once, N for retention-days N', () => {
    const expire = (personality: Parameters<typeof createPop3Server>[1]['personality']): string | undefined => {
      const s = new Session(makeOffice().office, personality ? { personality } : {});
      return s.cmd('CAPA').find((l) => l.startsWith('EXPIRE'));
    };
    expect(expire(undefined)).toBe('EXPIRE NEVER');
    expect(expire({ kind: 'rfc' })).toBe('EXPIRE NEVER');
    expect(expire({ kind: 'download-once' })).toBe('EXPIRE 0');
    expect(expire({ kind: 'retention-days', days: 30 })).toBe('EXPIRE 30');
  });
});

describe('AUTH PLAIN', () => {
  it('RFC 5034 §6: the example initial response logs user test in', () => {
    const office = new PostOffice();
    office.addAccount('test', 'test');
    const s = new Session(office);
    expect(s.first('AUTH PLAIN dGVzdAB0ZXN0AHRlc3Q=')).toBe("+OK test's maildrop has 0 messages (0 octets)");
    expect(s.ofType('authenticated')).toEqual([{ type: 'authenticated', user: 'test', mechanism: 'SASL PLAIN' }]);
    expect(s.server.state).toBe('TRANSACTION');
    expect(s.first('AUTH PLAIN dGVzdAB0ZXN0AHRlc3Q=')).toBe('-ERR AUTH is not allowed in state TRANSACTION');
  });

  it('RFC 5034 §4: without an initial response the server sends an empty challenge "+ "', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    expect(s.raw('AUTH PLAIN\r\n').send).toBe('+ \r\n');
    expect(s.first(encodeBase64('\0alice\0wonderland'))).toMatch(/^\+OK alice's maildrop/);
  });

  it('RFC 5034 §4: "*" cancels, invalid base64 is rejected, "=" is an empty response', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    s.cmd('AUTH PLAIN');
    expect(s.first('*')).toBe('-ERR AUTH cancelled by the client');
    s.cmd('AUTH PLAIN');
    expect(s.first('not base64!')).toBe('-ERR invalid base64 in the SASL response');
    expect(s.first('AUTH PLAIN ab=c')).toBe('-ERR invalid base64 in the SASL response');
    expect(s.first('AUTH PLAIN =')).toMatch(/^-ERR \[AUTH\] malformed PLAIN message/);
    expect(s.server.state).toBe('AUTHORIZATION');
    // After a cancelled or failed exchange, lines are commands again.
    expect(s.first('NOOP')).toBe('-ERR NOOP is not allowed in state AUTHORIZATION');
  });

  it('RFC 3206 §5: wrong credentials or acting for another user get -ERR [AUTH]', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    expect(s.first(`AUTH PLAIN ${encodeBase64('\0alice\0nope')}`)).toBe('-ERR [AUTH] authentication failed');
    expect(s.first(`AUTH PLAIN ${encodeBase64('bob\0alice\0wonderland')}`)).toBe('-ERR [AUTH] authentication failed');
    expect(s.first(`AUTH PLAIN ${encodeBase64('alice\0alice\0wonderland')}`)).toMatch(/^\+OK/);
    expect(s.ofType('auth-failed')).toHaveLength(2);
  });

  it('RFC 5034 §4: an unknown mechanism or a missing one gets -ERR', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    expect(s.first('AUTH KERBEROS_V4')).toBe('-ERR unsupported SASL mechanism "KERBEROS_V4" (try PLAIN or CRAM-MD5)');
    expect(s.first('AUTH')).toMatch(/^-ERR AUTH takes 1 to 2 arguments/);
  });

  it('RFC 5034 §4: an initial response may be longer than 40 characters (only the 255-octet limit applies)', () => {
    const f = makeOffice();
    f.office.addAccount('a-rather-long-user-name', 'and-an-even-longer-secret-to-match');
    const s = new Session(f.office);
    const initial = encodeBase64('\0a-rather-long-user-name\0and-an-even-longer-secret-to-match');
    expect(initial.length).toBeGreaterThan(40);
    expect(s.first(`AUTH PLAIN ${initial}`)).toMatch(/^\+OK/);
  });
});

describe('AUTH CRAM-MD5', () => {
  const challenge = '<1896.697170952@postoffice.reston.mci.net>';

  it('RFC 2195 §2: reproduces the RFC example exchange for tim', () => {
    const office = new PostOffice();
    office.addAccount('tim', 'tanstaaftanstaaf');
    const s = new Session(office, { cramChallenge: challenge });
    expect(s.cmd('AUTH CRAM-MD5')).toEqual(['+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+']);
    expect(s.first('dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw')).toBe("+OK tim's maildrop has 0 messages (0 octets)");
    expect(s.ofType('authenticated')).toEqual([{ type: 'authenticated', user: 'tim', mechanism: 'SASL CRAM-MD5' }]);
  });

  it('RFC 2195 §2: by default the challenge is the greeting timestamp; a wrong digest gets -ERR [AUTH]', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    expect(s.cmd('AUTH CRAM-MD5')).toEqual([`+ ${encodeBase64(RFC_TIMESTAMP)}`]);
    expect(s.first(encodeBase64(`alice ${cramMd5Digest(NOBLE_DIGESTS, 'wrong', RFC_TIMESTAMP)}`))).toBe('-ERR [AUTH] authentication failed');
    s.cmd('AUTH CRAM-MD5');
    expect(s.first(encodeBase64('alice'))).toMatch(/^-ERR \[AUTH\] malformed CRAM-MD5/);
    s.cmd('AUTH cram-md5');
    expect(s.first(encodeBase64(`alice ${cramMd5Digest(NOBLE_DIGESTS, 'wonderland', RFC_TIMESTAMP)}`))).toMatch(/^\+OK/);
  });

  it('RFC 2195 §2: CRAM-MD5 takes no initial response', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    expect(s.first('AUTH CRAM-MD5 abcd')).toMatch(/^-ERR CRAM-MD5 takes no initial response/);
  });
});

describe('STLS', () => {
  it('RFC 2595 §4: STLS answers +OK, starts TLS (simulated) and stays in AUTHORIZATION; a second STLS is -ERR', () => {
    const f = makeOffice();
    const s = new Session(f.office, { enableStls: true });
    const out = s.raw('STLS\r\n');
    expect(out.send).toBe('+OK Begin TLS negotiation\r\n');
    expect(out.events.map((e) => e.type)).toContain('tls-started');
    expect(s.server.state).toBe('AUTHORIZATION');
    expect(s.first('STLS')).toBe('-ERR TLS is already active');
    expect(s.cmd('CAPA')).not.toContain('STLS');
    expect(s.login()).toMatch(/^\+OK/);
    expect(s.first('STLS')).toBe('-ERR STLS is not allowed in state TRANSACTION');
  });

  it('RFC 2595 §4: commands pipelined behind STLS in the clear are discarded, not run', () => {
    const f = makeOffice();
    const s = new Session(f.office, { enableStls: true });
    const out = s.raw('STLS\r\nUSER alice\r\nPASS wonderland\r\nPART');
    expect(lines(out.send)).toEqual(['+OK Begin TLS negotiation']);
    expect(s.server.state).toBe('AUTHORIZATION');
    expect(s.cmd('NOOP')).toEqual(['-ERR NOOP is not allowed in state AUTHORIZATION']);
  });

  it('RFC 2595 §6, RFC 5034 §4: with STLS enabled, PLAIN is neither offered nor accepted before TLS; after STLS it is', () => {
    const office = new PostOffice();
    office.addAccount('test', 'test');
    const s = new Session(office, { enableStls: true });
    expect(s.cmd('CAPA')).toContain('SASL CRAM-MD5');
    expect(s.cmd('CAPA').some((l) => /^SASL .*PLAIN/.test(l))).toBe(false);
    expect(s.first('AUTH PLAIN dGVzdAB0ZXN0AHRlc3Q=')).toBe('-ERR AUTH PLAIN needs TLS first: send STLS, then AUTH PLAIN (RFC 2595 §6, RFC 5034 §4)');
    expect(s.first('AUTH PLAIN')).toMatch(/^-ERR AUTH PLAIN needs TLS first/);
    expect(s.server.state).toBe('AUTHORIZATION');
    // USER stays on offer (RFC 1939 §7); only the SASL rule applies.
    expect(s.cmd('CAPA')).toContain('USER');
    expect(s.first('STLS')).toBe('+OK Begin TLS negotiation');
    expect(s.cmd('CAPA')).toContain('SASL PLAIN CRAM-MD5');
    expect(s.first('AUTH PLAIN dGVzdAB0ZXN0AHRlc3Q=')).toBe("+OK test's maildrop has 0 messages (0 octets)");
  });

  it('RFC 2595 §6: without enableStls (the default) PLAIN is offered and accepted in the clear, as before', () => {
    const office = new PostOffice();
    office.addAccount('test', 'test');
    const s = new Session(office);
    expect(s.cmd('CAPA')).toContain('SASL PLAIN CRAM-MD5');
    expect(s.first('AUTH PLAIN dGVzdAB0ZXN0AHRlc3Q=')).toMatch(/^\+OK/);
  });

  it('RFC 2595 §4: without enableStls the command is refused', () => {
    const f = makeOffice();
    const s = new Session(f.office);
    expect(s.first('STLS')).toBe('-ERR STLS is not offered by this server');
    expect(s.cmd('CAPA')).not.toContain('STLS');
  });
});

describe('LAST (historic)', () => {
  it('RFC 1081 "LAST": reports the highest number accessed; RSET restores the session-start value; it persists', () => {
    const f = makeOffice();
    const s = new Session(f.office, { enableLast: true });
    s.login();
    expect(s.first('LAST')).toBe('+OK 0');
    s.cmd('RETR 2');
    expect(s.first('LAST')).toBe('+OK 2');
    s.cmd('RSET');
    expect(s.first('LAST')).toBe('+OK 0');
    s.cmd('RETR 3');
    s.cmd('QUIT');
    const next = new Session(f.office, { enableLast: true, sessionId: 'again' });
    next.login();
    expect(next.first('LAST')).toBe('+OK 3');
  });

  it('RFC 1725 removed LAST: without enableLast it is -ERR', () => {
    const { s } = loggedIn();
    expect(s.first('LAST')).toBe('-ERR LAST is historic (RFC 1081) and not offered by this server');
  });
});

describe('personalities', () => {
  it('expunge-on-dele (non-conformant to RFC 1939 §6): DELE removes at once, and RSET or a drop cannot undo it', () => {
    const { s, f } = loggedIn({ personality: { kind: 'expunge-on-dele' } });
    expect(s.first('DELE 1')).toBe('+OK message 1 deleted');
    expect(f.alice.maildrop.messages.map((m) => m.uid)).toEqual(['uid-2', 'uid-3']);
    expect(s.ofType('removed')).toEqual([
      { type: 'removed', uid: 'uid-1', reason: 'expunge-on-dele', rfc: 'non-conformant: RFC 1939 §6 allows removal only in UPDATE' },
    ]);
    s.cmd('RSET');
    expect(s.first('RETR 1')).toBe('-ERR message 1 already deleted');
    expect(s.first('STAT')).toBe(`+OK 2 ${total - (sizes[0] ?? 0)}`);
    s.server.abort('connection-lost');
    expect(f.alice.maildrop.messages).toHaveLength(2);
  });

  it('download-once (RFC 1939 §8, RFC 2449 §6.7 EXPIRE 0): RETRieved messages go at a clean QUIT', () => {
    const { s, f } = loggedIn({ personality: { kind: 'download-once' } });
    s.cmd('RETR 1');
    s.cmd('TOP 2 0');
    s.cmd('DELE 3');
    s.cmd('QUIT');
    expect(f.alice.maildrop.messages.map((m) => m.uid)).toEqual(['uid-2']);
    expect(s.ofType('removed').map((e) => [e.uid, e.reason])).toEqual([
      ['uid-3', 'update'],
      ['uid-1', 'download-once'],
    ]);
  });

  it('download-once (RFC 1939 §8): never on an abnormal end', () => {
    const { s, f } = loggedIn({ personality: { kind: 'download-once' } });
    s.cmd('RETR 1');
    s.server.abort('connection-lost');
    expect(f.alice.maildrop.messages).toHaveLength(3);
  });

  it('retention-days (RFC 1939 §8): old mail is expired when the maildrop is opened, before numbering', () => {
    // Messages arrived on days 0, 1 and 2; today is day 3 and mail is kept 2 days.
    const { s, f } = loggedIn({ personality: { kind: 'retention-days', days: 2 }, today: 3 });
    expect(f.alice.maildrop.messages.map((m) => m.uid)).toEqual(['uid-3']);
    const types = s.events.map((e) => e.type);
    expect(types.indexOf('removed')).toBeLessThan(types.indexOf('state'));
    expect(s.ofType('removed')).toEqual([
      { type: 'removed', uid: 'uid-1', reason: 'retention', rfc: 'RFC 1939 §8' },
      { type: 'removed', uid: 'uid-2', reason: 'retention', rfc: 'RFC 1939 §8' },
    ]);
    expect(s.cmd('UIDL')).toEqual(['+OK unique-id listing follows', '1 uid-3', '.']);
    expect(s.ofType('reply').find((r) => r.line.includes('maildrop has'))?.line).toBe(`+OK alice's maildrop has 1 message (${sizes[2]} octets)`);
  });

  it('retention-days: nothing expires before authentication or for a refused lock', () => {
    const f = makeOffice();
    const holder = new Session(f.office, { sessionId: 'holder' });
    holder.login();
    const s = new Session(f.office, { personality: { kind: 'retention-days', days: 0 }, today: 9, sessionId: 'other' });
    s.cmd('CAPA');
    expect(s.login()).toMatch(/^-ERR \[IN-USE\]/);
    expect(f.alice.maildrop.messages).toHaveLength(3);
  });
});

describe('framing: the same session split anywhere gives the same output', () => {
  const script = [
    'CAPA', 'USER alice', 'PASS wonderland', 'STAT', 'LIST', 'UIDL', 'RETR 2', 'TOP 1 1',
    'DELE 1', 'LIST 1', 'RSET', 'NOOP', 'DELE 2', 'QUIT',
  ].join('\r\n') + '\r\n';

  function run(chunks: readonly string[]): { send: string; events: ProtocolEvent[]; removed: string[] } {
    const f = makeOffice();
    const server = createPop3Server(f.office, { sessionId: 'x', apopTimestamp: RFC_TIMESTAMP });
    let send = server.greet(0).send;
    const events: ProtocolEvent[] = [];
    for (const chunk of chunks.filter((c) => c.length > 0)) {
      const out = server.receive(chunk, 1);
      send += out.send;
      events.push(...out.events);
    }
    expect(server.closed).toBe(true);
    return { send, events, removed: defaultMessages().map((_, i) => `uid-${i + 1}`).filter((uid) => f.alice.maildrop.find(uid) === undefined) };
  }

  const whole = run([script]);

  it('RFC 1939 §3: the reference run ends in UPDATE with message 2 removed', () => {
    expect(whole.removed).toEqual(['uid-2']);
    expect(whole.send.endsWith('signing off (2 messages left)\r\n')).toBe(true);
  });

  it('RFC 1939 §3: one octet at a time', () => {
    expect(run([...script])).toEqual(whole);
  });

  it('RFC 1939 §3: split at every index, including between CR and LF', () => {
    for (let i = 0; i <= script.length; i++) {
      expect(run([script.slice(0, i), script.slice(i)]), `split at ${i}`).toEqual(whole);
    }
  });

  it('RFC 1939 §3: bare-LF input is answered like CRLF input', () => {
    expect(run([script.replace(/\r\n/g, '\n')])).toEqual(whole);
  });
});

describe('line-end handling details', () => {
  it('RFC 1939 §3: a CR split from its LF across receives is still one line end', () => {
    const { s } = loggedIn();
    expect(s.raw('STAT\r').send).toBe('');
    expect(s.raw('\n').send).toBe(`+OK 3 ${total}\r\n`);
    expect(CRLF).toBe('\r\n');
  });
});
