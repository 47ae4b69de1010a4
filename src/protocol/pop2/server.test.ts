import { describe, expect, it } from 'vitest';
import { PostOffice } from '../maildrop.ts';
import type { ProtocolEvent } from '../engine.ts';
import { feedParts, lateCommand, officeWith, ServerDriver } from '../pop12-testkit.ts';
import { POP2_COMMANDS, POP2_SERVER_STATES, POP2_SERVER_TRANSITIONS, createPop2Server } from './server.ts';

const M1 = 'From: a@example.org\nSubject: one\n\nfirst\n';
const M2 = 'From: b@example.org\nSubject: two\n\nsecond, longer\n.\n';
const M3 = 'From: c@example.org\nSubject: three\n\nthird\n';

const office = (messages: readonly string[] = [M1, M2, M3]) => officeWith('alice', 'secret', messages);

class Driver extends ServerDriver {
  constructor(po: PostOffice, sessionId?: string) {
    super(createPop2Server, po, 'alice', sessionId);
  }
}

const size = (text: string) => text.replace(/\r?\n/g, '\r\n').length;

describe('POP2 server (RFC 937)', () => {
  it('RFC 937 "Server State Diagram": the table lists every state and only POP2 commands', () => {
    expect(Object.keys(POP2_SERVER_TRANSITIONS).sort()).toEqual([...POP2_SERVER_STATES].sort());
    for (const row of Object.values(POP2_SERVER_TRANSITIONS)) {
      for (const command of Object.keys(row)) expect(POP2_COMMANDS).toContain(command);
    }
    expect(POP2_SERVER_TRANSITIONS.NEXT.QUIT).toBeUndefined();
  });

  it('RFC 937 "Replies": the greeting is "+ POP2 <host>" and the state goes LSTN -> AUTH', () => {
    const d = new Driver(office());
    expect(d.last.send).toBe('+ POP2 pop.example.org server ready\r\n');
    expect(d.server.state).toBe('AUTH');
    expect(d.ofType('state')).toEqual([expect.objectContaining({ from: 'LSTN', to: 'AUTH' })]);
  });

  it('RFC 937 "HELO": a good login answers #nnn, locks the maildrop, moves to MBOX', () => {
    const d = new Driver(office());
    expect(d.say('HELO alice secret')).toBe('#3');
    expect(d.server.state).toBe('MBOX');
    expect(d.maildrop.lockHolder).toBe('laptop#1');
    expect(d.ofType('authenticated')).toHaveLength(1);
    expect(d.ofType('locked')).toHaveLength(1);
  });

  it('RFC 937 "HELO": a wrong password answers - and the server closes', () => {
    const d = new Driver(office());
    const out = d.send('HELO alice wrong');
    expect(out.send.startsWith('-')).toBe(true);
    expect(out.close).toBe(true);
    expect(d.server.closed).toBe(true);
    expect(d.ofType('auth-failed')).toHaveLength(1);
    expect(d.maildrop.lockHolder).toBeNull();
  });

  it('RFC 937 "HELO": missing password is a syntax error: - and close', () => {
    const d = new Driver(office());
    expect(d.send('HELO alice').close).toBe(true);
    expect(d.ofType('peer-error')).toHaveLength(1);
  });

  it('RFC 937 "Quoting": a backslash lets the password contain a space', () => {
    const po = new PostOffice();
    po.addAccount('bob', 'two words\\x').maildrop.deliver(M1);
    const d = new Driver(po);
    expect(d.say('HELO bob two\\ words\\\\x')).toBe('#1');
  });

  it('RFC 937 "HELO": a second session is refused while the first holds the lock', () => {
    const po = office();
    const first = new Driver(po, 'laptop#1');
    first.say('HELO alice secret');
    const second = new Driver(po, 'phone#1');
    const out = second.send('HELO alice secret');
    expect(out.send.startsWith('-')).toBe(true);
    expect(out.close).toBe(true);
    expect(second.ofType('lock-refused')).toHaveLength(1);
    expect(po.account('alice')!.maildrop.lockHolder).toBe('laptop#1');
  });

  it('RFC 937 "READ": READ answers =ccc with CRLF counted as two', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    expect(d.say('READ')).toBe(`=${size(M1)}`);
    expect(d.server.state).toBe('ITEM');
    expect(d.say('READ 2')).toBe(`=${size(M2)}`);
  });

  it('RFC 937 "READ": a message that does not exist answers =0', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    expect(d.say('READ 9')).toBe('=0');
    expect(d.say('READ 0')).toBe('=0');
    expect(d.server.closed).toBe(false);
  });

  it('RFC 937 "READ": a non-decimal number is answered - and the server closes', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    expect(d.send('READ two').close).toBe(true);
  });

  it('RFC 937 "READ": READ before HELO is not allowed in AUTH: - and close', () => {
    const d = new Driver(office());
    const out = d.send('READ');
    expect(out.send).toBe('- READ is not allowed in state AUTH\r\n');
    expect(out.close).toBe(true);
  });

  it('RFC 937 "RETR": sends exactly =ccc octets, raw, no stuffing, no terminator', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    d.say('READ 2');
    const out = d.send('RETR');
    expect(out.send).toBe(M2.replace(/\n/g, '\r\n'));
    expect(d.server.state).toBe('NEXT');
    expect(d.ofType('sent-message')).toEqual([expect.objectContaining({ number: 2, octets: size(M2) })]);
  });

  it('RFC 937 "RETR": RETR in MBOX (before READ) is answered - and the server closes', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    expect(d.send('RETR').close).toBe(true);
  });

  it('RFC 937 "RETR": asked to send a 0-length message, the server closes', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    d.say('READ 7');
    const out = d.send('RETR');
    expect(out.send.startsWith('-')).toBe(true);
    expect(out.close).toBe(true);
  });

  it('RFC 937 "ACKS": keeps the message and answers =ccc for the next one', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    d.say('READ');
    d.send('RETR');
    expect(d.say('ACKS')).toBe(`=${size(M2)}`);
    expect(d.server.state).toBe('ITEM');
    expect(d.ofType('marked')).toHaveLength(0);
  });

  it('RFC 937 "ACKD": marks only; commit on release', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    d.say('READ');
    d.send('RETR');
    expect(d.say('ACKD')).toBe(`=${size(M2)}`);
    expect(d.ofType('marked')).toEqual([expect.objectContaining({ number: 1 })]);
    expect(d.maildrop.messages).toHaveLength(3); // marked, not removed
    expect(d.say('READ 1')).toBe('=0'); // RFC 937 "READ": a marked message reads as =0
    expect(d.say('READ 2')).toBe(`=${size(M2)}`); // not renumbered before release
    expect(d.say('QUIT')).toBe('+ OK, POP2 server signing off');
    expect(d.maildrop.messages).toHaveLength(2);
    expect(d.ofType('removed')).toEqual([expect.objectContaining({ reason: 'release' })]);
    expect(d.maildrop.lockHolder).toBeNull();
  });

  it('RFC 937 "ACKD": the last message acknowledged answers =0', () => {
    const d = new Driver(office([M1]));
    d.say('HELO alice secret');
    d.say('READ');
    d.send('RETR');
    expect(d.say('ACKD')).toBe('=0');
  });

  it('RFC 937 "ACKD": ACKD outside NEXT is answered - and closes, and nothing is marked', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    d.say('READ');
    expect(d.send('ACKD').close).toBe(true);
    expect(d.ofType('marked')).toHaveLength(0);
    expect(d.maildrop.messages).toHaveLength(3);
  });

  it('RFC 937 "NACK": keeps the message and answers =ccc for the same one; RETR may repeat', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    d.say('READ');
    d.send('RETR');
    expect(d.say('NACK')).toBe(`=${size(M1)}`);
    expect(d.send('RETR').send).toBe(M1.replace(/\n/g, '\r\n'));
  });

  it('RFC 937 "NACK": NACK in ITEM is answered - and closes', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    d.say('READ');
    expect(d.send('NACK').close).toBe(true);
  });

  it('RFC 937 "FOLD": FOLD of the own maildrop commits pending ACKD marks and re-selects', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    d.say('READ');
    d.send('RETR');
    d.say('ACKD');
    expect(d.say('FOLD /usr/spool/mail/alice')).toBe('#2');
    expect(d.ofType('removed')).toEqual([expect.objectContaining({ reason: 'release' })]);
    expect(d.server.state).toBe('MBOX');
    // Renumbered on selection: message 1 is now M2.
    expect(d.say('READ')).toBe(`=${size(M2)}`);
  });

  it('RFC 937 "FOLD": an unknown mailbox answers #0 and READ then answers =0', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    expect(d.say('FOLD nosuchbox')).toBe('#0');
    expect(d.say('READ')).toBe('=0');
  });

  it('RFC 937 "FOLD": FOLD in NEXT or without a mailbox name is answered - and closes', () => {
    const a = new Driver(office());
    a.say('HELO alice secret');
    a.say('READ');
    a.send('RETR');
    expect(a.send('FOLD alice').close).toBe(true);
    const b = new Driver(office());
    b.say('HELO alice secret');
    expect(b.send('FOLD').close).toBe(true);
  });

  it('RFC 937 "QUIT": QUIT from AUTH answers + and closes', () => {
    const d = new Driver(office());
    const out = d.send('QUIT');
    expect(out.send.startsWith('+')).toBe(true);
    expect(out.close).toBe(true);
    expect(d.server.state).toBe('DONE');
  });

  it('RFC 937 "Server State Diagram": QUIT in NEXT is not allowed: - and close, marks not committed', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    d.say('READ');
    d.send('RETR');
    d.say('ACKD');
    d.send('RETR');
    const out = d.send('QUIT');
    expect(out.send).toBe('- QUIT is not allowed in state NEXT\r\n');
    expect(out.close).toBe(true);
    expect(d.maildrop.messages).toHaveLength(3);
    expect(d.maildrop.lockHolder).toBeNull();
  });

  it('RFC 937 "ACKD" (reference §4.7): a drop after ACKD commits nothing in our model', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    d.say('READ');
    d.send('RETR');
    d.say('ACKD');
    const out = d.server.abort('connection-lost');
    expect(out.events).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'aborted', reason: 'connection-lost' }), expect.objectContaining({ type: 'unlocked' })]),
    );
    expect(d.maildrop.messages).toHaveLength(3);
    expect(d.maildrop.lockHolder).toBeNull();
    expect(d.server.abort('connection-lost').events).toHaveLength(0);
  });

  it('RFC 937 "Timeouts": after the T2 timer the server closes without a reply and commits nothing', () => {
    const po = office();
    const server = createPop2Server(po, { sessionId: 's', autologoutTicks: 100 });
    server.greet(0);
    server.receive('HELO alice secret\r\nREAD\r\nRETR\r\nACKD\r\n', 10);
    expect(server.poll(50).close).toBe(false);
    const out = server.poll(110);
    expect(out.send).toBe('');
    expect(out.close).toBe(true);
    expect(out.events.map((e) => e.type)).toContain('autologout');
    expect(po.account('alice')!.maildrop.messages).toHaveLength(3);
  });

  it('RFC 937 "Sizes": a command over 512 characters is answered - and closes', () => {
    const d = new Driver(office());
    const out = d.send('HELO alice ' + 'x'.repeat(600));
    expect(out.send.startsWith('-')).toBe(true);
    expect(out.close).toBe(true);
  });

  it('RFC 937 "Formal Syntax": an unknown command is answered - and closes; later input is ignored', () => {
    const d = new Driver(office());
    const out = d.server.receive('XYZZY\r\nHELO alice secret\r\n', 1);
    expect(out.send).toBe('- unknown command XYZZY\r\n');
    expect(out.close).toBe(true);
    expect(() => d.server.receive('QUIT\r\n', 2)).toThrow(/caller bug/);
  });

  it('RFC 937 "Formal Syntax": keywords are accepted in any case and bare LF ends a line', () => {
    const d = new Driver(office());
    expect(d.server.receive('helo alice secret\n', 1).send).toBe('#3\r\n');
  });

  it('RFC 937 "ACKS": ACKS in MBOX (nothing retrieved) is answered - and closes', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    expect(d.send('ACKS').close).toBe(true);
    expect(d.maildrop.messages).toHaveLength(3);
  });

  it('RFC 937 "QUIT": QUIT with an argument is a syntax error: - and close, marks not committed', () => {
    const d = new Driver(office());
    d.say('HELO alice secret');
    d.say('READ');
    d.send('RETR');
    d.say('ACKD');
    expect(d.send('QUIT now').close).toBe(true);
    expect(d.maildrop.messages).toHaveLength(3);
  });

  it('RFC 937 "Formal Syntax": the server answers the same whatever the split of its input (every split point)', () => {
    const script = 'HELO alice secret\r\nREAD\r\nRETR\r\nACKD\r\nRETR\r\nNACK\r\nRETR\r\nACKS\r\nFOLD alice\r\nREAD 2\r\nQUIT\r\n';
    const run = (parts: readonly string[]) => feedParts(createPop2Server(office(), { sessionId: 's' }), parts);
    const whole = run([script]);
    expect(whole.send.endsWith('+ OK, POP2 server signing off\r\n')).toBe(true);
    for (let at = 0; at <= script.length; at++) {
      expect(run([script.slice(0, at), script.slice(at)]), `split at ${at}`).toEqual(whole);
    }
    expect(run([...script])).toEqual(whole); // one octet at a time
  });
});

describe('autologout before a late command', () => {
  it('RFC 937 "Timeouts": a command that arrives once the timer ran out is not served; the session autologs out', () => {
    const { server, out } = lateCommand(createPop2Server, office(), 'HELO alice secret\r\n', 'READ\r\n', 110);
    expect(out.send).toBe('');
    expect(out.close).toBe(true);
    expect(out.events.map((e) => e.type)).toEqual(expect.arrayContaining(['autologout', 'aborted']));
    expect(out.events.some((e) => e.type === 'command')).toBe(false);
    expect(server.closed).toBe(true);
  });

  it('RFC 937 "Timeouts": one tick before the timer runs out the command is still served', () => {
    const { out } = lateCommand(createPop2Server, office(), 'HELO alice secret\r\n', 'READ\r\n', 109);
    expect(out.send).not.toBe('');
    expect(out.events.some((e) => e.type === 'autologout')).toBe(false);
  });
});

describe('pop12-common shared helpers', () => {
  it('RFC 937 "Sizes": an unknown keyword is echoed printable and cut to 40 characters, the same in POP1 and POP2', async () => {
    const { shown } = await import('../pop12-common.ts');
    expect(shown('AB\x01C')).toBe('AB?C');
    expect(shown('x'.repeat(50))).toBe('x'.repeat(40) + '...');
    const d = new Driver(office());
    expect(d.say('Z'.repeat(45) + '\x07')).toBe(`- unknown command ${'Z'.repeat(40)}...`);
  });
});
