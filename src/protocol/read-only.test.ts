/**
 * The read-only personality on the count-framed protocols (catalogue F21):
 * POP2 ACKD and POP1 RCVD without write access.
 */
import { describe, expect, it } from 'vitest';
import { PostOffice } from './maildrop.ts';
import { parsePersonality, type Personality, type ProtocolEvent, type ServerSession } from './engine.ts';
import { createPop2Server } from './pop2/server.ts';
import { createPop1Server } from './pop1/server.ts';

const MESSAGES = ['From: a@example.org\nSubject: one\n\nfirst\n', 'From: b@example.org\nSubject: two\n\nsecond\n'];

function office(): PostOffice {
  const po = new PostOffice('pop.example.org');
  const account = po.addAccount('alice', 'secret');
  for (const text of MESSAGES) account.maildrop.deliver(text);
  return po;
}

function drive(server: ServerSession, lines: readonly string[]): { replies: string[]; events: ProtocolEvent[] } {
  const events: ProtocolEvent[] = [...server.greet(0).events];
  const replies: string[] = [];
  lines.forEach((line, i) => {
    const out = server.receive(line + '\r\n', i + 1);
    events.push(...out.events);
    replies.push(out.send);
  });
  return { replies, events };
}

const POP2_SESSION = ['HELO alice secret', 'READ', 'RETR', 'ACKD', 'RETR', 'ACKD', 'QUIT'];

describe('read-only (catalogue F21)', () => {
  it('parses as a personality', () => {
    expect(parsePersonality('read-only')).toEqual({ kind: 'read-only' });
  });


  it('RFC 937 "ACKD": without write access ACKD gets the same reply but nothing is deleted at release', () => {
    const rfc = office();
    const normal = drive(createPop2Server(rfc, { sessionId: 'a' }), POP2_SESSION);
    const ro = office();
    const readOnly = drive(createPop2Server(ro, { sessionId: 'b', personality: { kind: 'read-only' } }), POP2_SESSION);
    // The client cannot tell: every reply is the same octet for octet.
    expect(readOnly.replies).toEqual(normal.replies);
    expect(normal.events.filter((e) => e.type === 'removed')).toHaveLength(2);
    expect(rfc.account('alice')!.maildrop.messages).toHaveLength(0);
    expect(readOnly.events.filter((e) => e.type === 'removed' || e.type === 'marked')).toEqual([]);
    expect(ro.account('alice')!.maildrop.messages).toHaveLength(2);
    expect(ro.account('alice')!.maildrop.lockHolder).toBeNull();
  });

  it('RFC 918 "RCVD": after RDEL a read-only server answers RCVD with -ERR, deletes nothing and unlocks', () => {
    const po = office();
    const personality: Personality = { kind: 'read-only' };
    const { replies, events } = drive(createPop1Server(po, { sessionId: 'a', personality }), ['USER alice', 'PASS secret', 'RDEL alice', 'RCEV', 'RCVD', 'QUIT']);
    expect(replies[4]).toMatch(/^-ERR /);
    expect(replies[5]).toMatch(/^\+OK/);
    expect(events.filter((e) => e.type === 'removed')).toEqual([]);
    expect(events.filter((e) => e.type === 'unmarked')).toHaveLength(2);
    expect(po.account('alice')!.maildrop.messages).toHaveLength(2);
    expect(po.account('alice')!.maildrop.lockHolder).toBeNull();
  });

  it('RFC 918 "RCVD": RCVD after RETR (keep) is +OK on a read-only server too; a conformant server deletes after RDEL+RCVD', () => {
    const po = office();
    const keep = drive(createPop1Server(po, { sessionId: 'a', personality: { kind: 'read-only' } }), ['USER alice', 'PASS secret', 'RETR alice', 'RCEV', 'RCVD']);
    expect(keep.replies[4]).toMatch(/^\+OK/);
    const rfc = office();
    const del = drive(createPop1Server(rfc, { sessionId: 'a' }), ['USER alice', 'PASS secret', 'RDEL alice', 'RCEV', 'RCVD']);
    expect(del.replies[4]).toMatch(/^\+OK/);
    expect(rfc.account('alice')!.maildrop.messages).toHaveLength(0);
  });
});
