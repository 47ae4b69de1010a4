/**
 * The POP3 server's added personalities (catalogue F19, F20): each
 * non-conformant or policy behaviour against the RFC rule it bends.
 */
import { describe, expect, it } from 'vitest';
import { MultilineDecoder } from '../wire.ts';
import { TICKS_PER_SECOND, parsePersonality, personalityName } from '../engine.ts';
import { toCrlf } from '../octets.ts';
import { Session, defaultMessages, makeOffice } from './server-testkit.ts';

describe('no-dot-stuffing (non-conformant, catalogue F19)', () => {
  it('RFC 1939 §3: a conformant server stuffs; no-dot-stuffing sends body lines starting with "." as they are', () => {
    const good = new Session(makeOffice().office);
    good.login();
    const stuffed = good.raw('RETR 2\r\n').send;
    expect(stuffed).toContain('\r\n..starts with a dot\r\n');
    expect(stuffed).toContain('\r\n..\r\nend\r\n.\r\n');

    const bad = new Session(makeOffice().office, { personality: { kind: 'no-dot-stuffing' } });
    bad.login();
    const raw = bad.raw('RETR 2\r\n').send;
    expect(raw).toBe(`+OK ${toCrlf(defaultMessages()[1]!).length} octets\r\n${toCrlf(defaultMessages()[1]!)}.\r\n`);
  });

  it('RFC 1939 §3: without stuffing, the client decoder ends the data at the body line "." and the rest is left over', () => {
    const bad = new Session(makeOffice().office, { personality: { kind: 'no-dot-stuffing' } });
    bad.login();
    const raw = bad.raw('RETR 2\r\n').send;
    const data = raw.slice(raw.indexOf('\r\n') + 2);
    const decoder = new MultilineDecoder(1000);
    const received = decoder.pushData(data);
    expect(decoder.done).toBe(true);
    const message = toCrlf(defaultMessages()[1]!);
    // The client sees a truncated and corrupted copy: "." lines lost their first dot, and "end" is cut off.
    expect(received).toContain('\r\nstarts with a dot\r\n.two dots\r\n');
    expect(received).not.toBe(message);
    expect(received).not.toContain('end');
    // What follows the early "terminator" reaches the client as if it were the next reply (desync).
    expect(decoder.rest).toBe('end\r\n.\r\n');
  });

  it('RFC 1939 §7: TOP is not stuffed either; messages without a leading "." are framed correctly', () => {
    const bad = new Session(makeOffice().office, { personality: { kind: 'no-dot-stuffing' } });
    bad.login();
    expect(bad.raw('TOP 2 1\r\n').send).toContain('\r\n.starts with a dot\r\n.\r\n');
    expect(bad.raw('RETR 1\r\n').send).toBe(`+OK ${toCrlf(defaultMessages()[0]!).length} octets\r\n${toCrlf(defaultMessages()[0]!)}.\r\n`);
  });
});

describe('login-delay N (RFC 2449 §6.5, §8.1.1; catalogue F20)', () => {
  it('RFC 2449 §6.5: CAPA announces LOGIN-DELAY N', () => {
    const s = new Session(makeOffice().office, { personality: { kind: 'login-delay', seconds: 300 } });
    expect(s.cmd('CAPA')).toContain('LOGIN-DELAY 300');
    const rfc = new Session(makeOffice().office);
    expect(rfc.cmd('CAPA')).toContain('LOGIN-DELAY 0');
  });

  it('RFC 2449 §8.1.1: a login sooner than N seconds after the last one gets -ERR [LOGIN-DELAY] after correct credentials; later it succeeds', () => {
    const f = makeOffice();
    const personality = { kind: 'login-delay', seconds: 300 } as const;
    const first = new Session(f.office, { personality, sessionId: 's1' });
    first.tick = 1_000;
    expect(first.login()).toMatch(/^\+OK/);
    expect(first.first('QUIT')).toMatch(/^\+OK/);

    const early = new Session(f.office, { personality, sessionId: 's2' });
    early.tick = 1_000 + 60 * TICKS_PER_SECOND;
    const refused = early.login();
    expect(refused).toMatch(/^-ERR \[LOGIN-DELAY\]/);
    expect(early.server.state).toBe('AUTHORIZATION');
    expect(early.ofType('authenticated')).toHaveLength(1);
    expect(early.ofType('locked')).toHaveLength(0);
    expect(f.alice.maildrop.lockHolder).toBeNull();
    // A wrong password is still [AUTH], not [LOGIN-DELAY]: the delay is checked after the credentials.
    expect(early.login('alice', 'nope')).toMatch(/^-ERR \[AUTH\]/);

    const late = new Session(f.office, { personality, sessionId: 's3' });
    late.tick = 1_000 + 301 * TICKS_PER_SECOND;
    expect(late.login()).toMatch(/^\+OK/);
    expect(f.alice.maildrop.messages).toHaveLength(3);
  });

  it('RFC 2449 §6.5: the delay is per user; another user logs in at once', () => {
    const f = makeOffice();
    f.office.account('bob')!.maildrop.deliver('Subject: hi\n\nhello\n');
    const personality = { kind: 'login-delay', seconds: 300 } as const;
    const a = new Session(f.office, { personality, sessionId: 'a' });
    expect(a.login()).toMatch(/^\+OK/);
    const b = new Session(f.office, { personality, sessionId: 'b' });
    expect(b.login('bob', 'builder')).toMatch(/^\+OK/);
  });

  it('parses and names the new personalities', () => {
    expect(parsePersonality('no-dot-stuffing')).toEqual({ kind: 'no-dot-stuffing' });
    expect(parsePersonality('login-delay 300')).toEqual({ kind: 'login-delay', seconds: 300 });
    expect(personalityName({ kind: 'login-delay', seconds: 60 })).toBe('login-delay 60');
    expect(parsePersonality('login-delay')).toHaveProperty('error');
  });
});

describe('update-fails (catalogue F6)', () => {
  it('RFC 1939 §6: UPDATE removes only some marked messages and answers -ERR some deleted messages not removed; the lock is released and the connection closed', () => {
    const f = makeOffice([...defaultMessages(), 'Subject: four\n\nfour\n']);
    const s = new Session(f.office, { personality: { kind: 'update-fails' } });
    s.login();
    for (const n of [1, 2, 4]) expect(s.first(`DELE ${n}`)).toMatch(/^\+OK/);
    const out = s.raw('QUIT\r\n');
    expect(out.send).toMatch(/^-ERR some deleted messages not removed/);
    expect(out.close).toBe(true);
    expect(s.server.closed).toBe(true);
    // The first half (rounded down) of the three marks is removed; message 3 was never marked and stays.
    expect(s.ofType('removed').map((e) => [e.uid, e.reason])).toEqual([['uid-1', 'update']]);
    expect(f.alice.maildrop.messages.map((m) => m.uid)).toEqual(['uid-2', 'uid-3', 'uid-4']);
    expect(f.alice.maildrop.lockHolder).toBeNull();
    expect(s.ofType('unlocked')).toHaveLength(1);
  });

  it('RFC 1939 §6: with nothing marked, or QUIT in AUTHORIZATION, QUIT answers +OK as usual', () => {
    const f = makeOffice();
    const s = new Session(f.office, { personality: { kind: 'update-fails' } });
    s.login();
    expect(s.first('QUIT')).toMatch(/^\+OK/);
    expect(f.alice.maildrop.messages).toHaveLength(3);
    const t = new Session(f.office, { personality: { kind: 'update-fails' }, sessionId: 't' });
    expect(t.first('QUIT')).toMatch(/^\+OK/);
  });

  it('RFC 1939 §6: a single mark is not removed at all (half of one, rounded down, is none)', () => {
    const f = makeOffice();
    const s = new Session(f.office, { personality: { kind: 'update-fails' } });
    s.login();
    s.cmd('DELE 2');
    expect(s.first('QUIT')).toMatch(/^-ERR some deleted messages not removed/);
    expect(f.alice.maildrop.messages).toHaveLength(3);
    expect(parsePersonality('update-fails')).toEqual({ kind: 'update-fails' });
  });
});

describe('uids-reassigned (non-conformant, catalogue F16)', () => {
  it('RFC 1939 §7: unique-ids must persist across sessions; this server shows fresh ones every session', () => {
    const f = makeOffice();
    const uidl = (sessionId: string, personality?: { readonly kind: 'uids-reassigned' }): string[] => {
      const s = new Session(f.office, { sessionId, ...(personality ? { personality } : {}) });
      s.login();
      const listing = s.cmd('UIDL').slice(1, -1);
      expect(s.first('QUIT')).toMatch(/^\+OK/);
      return listing;
    };
    expect(uidl('r1')).toEqual(uidl('r2'));
    const first = uidl('a', { kind: 'uids-reassigned' });
    const second = uidl('b', { kind: 'uids-reassigned' });
    expect(first).toHaveLength(3);
    expect(second).toHaveLength(3);
    for (let i = 0; i < 3; i++) expect(second[i]).not.toBe(first[i]);
    // Within one session they stay unique and valid (§7: 1-70 chars in 0x21-0x7E).
    expect(new Set(second).size).toBe(3);
    for (const line of second) expect(line).toMatch(/^\d+ [\x21-\x7e]{1,70}$/);
    // The maildrop itself keeps its UIDs: events still name the stored message.
    expect(f.alice.maildrop.messages.map((m) => m.uid)).toEqual(['uid-1', 'uid-2', 'uid-3']);
    expect(parsePersonality('uids-reassigned')).toEqual({ kind: 'uids-reassigned' });
  });
});
