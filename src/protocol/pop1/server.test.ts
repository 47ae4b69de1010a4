import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PostOffice } from '../maildrop.ts';
import type { ProtocolEvent } from '../engine.ts';
import { feedParts, lateCommand, officeWith, ServerDriver } from '../pop12-testkit.ts';
import { POP1_COMMANDS, POP1_SERVER_STATES, POP1_SERVER_TRANSITIONS, createPop1Server } from './server.ts';
import { joinMailbox, splitMailbox } from './mailbox-block.ts';

const M1 = 'From: a@example.org\nSubject: one\n\nfirst\n';
const M2 = 'From: b@example.org\nSubject: two\n\nFrom here on, a body line that looks like a separator\n>From quoted\n';

const office = (messages: readonly string[] = [M1, M2]) => officeWith('fred', 'password', messages);

class Driver extends ServerDriver {
  constructor(po: PostOffice, sessionId?: string) {
    super(createPop1Server, po, 'fred', sessionId);
  }
  login(): void {
    this.say('USER fred');
    this.say('PASS password');
  }
}

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

describe('POP1 server (RFC 918)', () => {
  it('RFC 918 "The Protocol": the table lists every state and only POP1 commands', () => {
    expect(Object.keys(POP1_SERVER_TRANSITIONS).sort()).toEqual([...POP1_SERVER_STATES].sort());
    for (const row of Object.values(POP1_SERVER_TRANSITIONS)) for (const c of Object.keys(row)) expect(POP1_COMMANDS).toContain(c);
  });

  it('RFC 918 "The Normal Scenario": the greeting is +OK and USER is awaited', () => {
    const d = new Driver(office());
    expect(d.last.send.startsWith('+OK')).toBe(true);
    expect(d.server.state).toBe('USER');
  });

  it('RFC 918 "USER"/"PASS": a good login answers +OK twice; a bad password -ERR and back to USER', () => {
    const d = new Driver(office());
    expect(d.say('USER fred')).toBe('+OK');
    expect(d.say('PASS wrong')).toBe('-ERR bad user or password');
    expect(d.server.state).toBe('USER');
    expect(d.server.closed).toBe(false);
    expect(d.ofType('auth-failed')).toHaveLength(1);
    d.say('USER fred');
    expect(d.say('PASS password')).toBe('+OK');
    expect(d.server.state).toBe('READY');
  });

  it('RFC 918 "PASS": PASS before USER, and USER without a name, are -ERR', () => {
    const d = new Driver(office());
    expect(d.say('PASS password')).toBe('-ERR PASS is not allowed in state USER');
    expect(d.say('USER')).toBe('-ERR USER needs an argument');
    expect(d.server.state).toBe('USER');
  });

  it('RFC 918 "RDEL": answers #xxx = characters in the whole mailbox, locks it, marks every message', () => {
    const d = new Driver(office());
    d.login();
    const block = joinMailbox([crlf(M1), crlf(M2)], 'pop.example.org');
    expect(d.say('RDEL fred')).toBe(`#${block.length}`);
    expect(d.maildrop.lockHolder).toBe('laptop#1');
    expect(d.ofType('marked').map((e) => e.number)).toEqual([1, 2]);
    expect(d.server.state).toBe('OPEN');
  });

  it('RFC 918 "RCEV": sends exactly #xxx octets, no stuffing, no terminator', () => {
    const d = new Driver(office());
    d.login();
    const count = Number(d.say('RETR fred').slice(1));
    const data = d.send('RCEV').send;
    expect(data.length).toBe(count);
    expect(splitMailbox(data)).toEqual([crlf(M1), crlf(M2)]);
    expect(d.ofType('sent-message')).toHaveLength(2);
    expect(d.server.state).toBe('SENT');
  });

  it('RFC 918 "RCVD": after RDEL deletes everything, unlocks, answers +OK', () => {
    const d = new Driver(office());
    d.login();
    d.say('RDEL fred');
    d.send('RCEV');
    expect(d.maildrop.messages).toHaveLength(2); // not before RCVD
    expect(d.say('RCVD')).toBe('+OK');
    expect(d.maildrop.messages).toHaveLength(0);
    expect(d.ofType('removed').map((e) => e.reason)).toEqual(['rcvd', 'rcvd']);
    expect(d.maildrop.lockHolder).toBeNull();
    expect(d.server.state).toBe('READY');
  });

  it('RFC 918 "RCVD": after RETR keeps everything', () => {
    const d = new Driver(office());
    d.login();
    d.say('RETR fred');
    d.send('RCEV');
    expect(d.say('RCVD')).toBe('+OK');
    expect(d.maildrop.messages).toHaveLength(2);
    expect(d.ofType('removed')).toHaveLength(0);
  });

  it('RFC 918 "RCVD": RCVD before RCEV, or outside a transaction, is -ERR and deletes nothing', () => {
    const d = new Driver(office());
    d.login();
    expect(d.say('RCVD')).toBe('-ERR RCVD is not allowed in state READY');
    d.say('RDEL fred');
    expect(d.say('RCVD')).toBe('-ERR RCVD is not allowed in state OPEN');
    expect(d.maildrop.messages).toHaveLength(2);
  });

  it('RFC 918 "RSET": aborts the transaction: unmarks, unlocks, deletes nothing; another transaction may follow', () => {
    const d = new Driver(office());
    d.login();
    d.say('RDEL fred');
    d.send('RCEV');
    expect(d.say('RSET')).toBe('+OK');
    expect(d.ofType('unmarked')).toHaveLength(2);
    expect(d.maildrop.lockHolder).toBeNull();
    expect(d.maildrop.messages).toHaveLength(2);
    expect(d.say('RSET')).toBe('-ERR RSET is not allowed in state READY');
    expect(d.say('RETR fred').startsWith('#')).toBe(true);
  });

  it('RFC 918 "RETR": an unknown mailbox is -ERR; a locked one is -ERR with lock-refused', () => {
    const po = office();
    const a = new Driver(po, 'a');
    a.login();
    expect(a.say('RETR nobody')).toBe('-ERR no such mailbox nobody');
    expect(a.server.state).toBe('READY');
    a.say('RETR fred');
    const b = new Driver(po, 'b');
    b.login(); // POP1 locks at RETR/RDEL, not at login
    expect(b.say('RDEL fred')).toBe('-ERR mailbox locked by another session');
    expect(b.ofType('lock-refused')).toHaveLength(1);
  });

  it('RFC 918 "NOOP": +OK in any state after the greeting; with an argument -ERR', () => {
    const d = new Driver(office());
    expect(d.say('NOOP')).toBe('+OK');
    d.login();
    expect(d.say('NOOP')).toBe('+OK');
    expect(d.say('NOOP x')).toBe('-ERR NOOP takes no argument');
  });

  it('RFC 918 "QUIT": ends the session; in the middle of an RDEL nothing is deleted', () => {
    const d = new Driver(office());
    d.login();
    d.say('RDEL fred');
    d.send('RCEV');
    const out = d.send('QUIT');
    expect(out.send).toBe('+OK POP1 server signing off\r\n');
    expect(out.close).toBe(true);
    expect(d.maildrop.messages).toHaveLength(2);
    expect(d.maildrop.lockHolder).toBeNull();
  });

  it('RFC 918 "The Protocol": a drop before RCVD deletes nothing and unlocks (catalogue F1, F2)', () => {
    const d = new Driver(office());
    d.login();
    d.say('RDEL fred');
    d.send('RCEV');
    const out = d.server.abort('connection-lost');
    expect(out.events.map((e) => e.type)).toEqual(['aborted', 'unmarked', 'unmarked', 'unlocked', 'state']);
    expect(d.maildrop.messages).toHaveLength(2);
    expect(d.maildrop.lockHolder).toBeNull();
  });

  it('RFC 918 "Summary of Commands and Replies": unknown commands and over-long lines are -ERR, the session goes on', () => {
    const d = new Driver(office());
    expect(d.say('STAT')).toBe('-ERR unknown command STAT');
    expect(d.say('USER ' + 'x'.repeat(600))).toBe('-ERR command longer than 512 octets');
    expect(d.server.closed).toBe(false);
    expect(d.say('USER fred')).toBe('+OK');
  });

  it('RFC 918 "The Protocol": an empty mailbox answers #0 and RCEV sends nothing', () => {
    const d = new Driver(office([]));
    d.login();
    expect(d.say('RDEL fred')).toBe('#0');
    expect(d.send('RCEV').send).toBe('');
    expect(d.say('RCVD')).toBe('+OK');
  });

  it('mbox block (our RFC 918 framing choice): join then split gives back every message (property)', () => {
    const line = fc.stringMatching(/^(>{0,2}From [a-z]{0,3}|[ -~]{0,12})$/);
    const message = fc.array(line, { maxLength: 6 }).map((lines) => lines.map((l) => l + '\r\n').join(''));
    fc.assert(
      fc.property(fc.array(message, { maxLength: 5 }), (messages) => {
        expect(splitMailbox(joinMailbox(messages, 'h'))).toEqual(messages);
      }),
      { numRuns: 300 },
    );
  });

  it('RFC 918 "RCEV": RCEV outside a transaction is -ERR and sends no data', () => {
    const d = new Driver(office());
    d.login();
    expect(d.say('RCEV')).toBe('-ERR RCEV is not allowed in state READY');
    expect(d.ofType('sent-message')).toHaveLength(0);
  });

  it('RFC 918 "QUIT": QUIT with an argument is -ERR and the session stays open', () => {
    const d = new Driver(office());
    expect(d.say('QUIT now')).toBe('-ERR QUIT takes no argument');
    expect(d.server.closed).toBe(false);
  });

  it('RFC 918 "The Protocol": the server answers the same whatever the split of its input (every split point)', () => {
    const script = 'USER fred\r\nPASS password\r\nRDEL fred\r\nRCEV\r\nRCVD\r\nNOOP\r\nQUIT\r\n';
    const run = (parts: readonly string[]) => feedParts(createPop1Server(office(), { sessionId: 's' }), parts);
    const whole = run([script]);
    expect(whole.events.filter((e) => e.type === 'removed')).toHaveLength(2);
    for (let at = 0; at <= script.length; at++) {
      expect(run([script.slice(0, at), script.slice(at)]), `split at ${at}`).toEqual(whole);
    }
    expect(run([...script])).toEqual(whole);
  });
});

describe('autologout before a late command', () => {
  it('RFC 918 (no timer; RFC 1939 §3 rule): a command that arrives once the timer ran out is not served; the session autologs out', () => {
    const { server, out } = lateCommand(createPop1Server, office(), 'USER fred\r\nPASS password\r\n', 'RDEL\r\n', 110);
    expect(out.send).toBe('');
    expect(out.close).toBe(true);
    expect(out.events.map((e) => e.type)).toEqual(expect.arrayContaining(['autologout', 'aborted']));
    expect(out.events.some((e) => e.type === 'command')).toBe(false);
    expect(server.closed).toBe(true);
  });

  it('RFC 918 (no timer; RFC 1939 §3 rule): one tick before the timer runs out the command is still served', () => {
    const { out } = lateCommand(createPop1Server, office(), 'USER fred\r\nPASS password\r\n', 'RDEL\r\n', 109);
    expect(out.send).not.toBe('');
    expect(out.events.some((e) => e.type === 'autologout')).toBe(false);
  });
});
