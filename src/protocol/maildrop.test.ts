import { describe, expect, it } from 'vitest';
import { Maildrop, PostOffice, isValidUid } from './maildrop.ts';
import { utf8ToOctets } from './octets.ts';

describe('Maildrop messages', () => {
  it('RFC 1939 §11: stores messages in CRLF form, so the size is the octet count LIST reports', () => {
    const drop = new Maildrop('alice');
    const m = drop.deliver('Subject: x\n\nline\n');
    expect(m.octets).toBe('Subject: x\r\n\r\nline\r\n');
    expect(m.octets.length).toBe(20);
    expect(drop.deliver('a\r\nb\r\n').octets).toBe('a\r\nb\r\n');
  });

  it('RFC 1939 §4: keeps arrival order, the order sessions number messages in', () => {
    const drop = new Maildrop('alice');
    drop.deliver('1', { uid: 'c' });
    drop.deliver('2', { uid: 'a' });
    drop.deliver('3', { uid: 'b' });
    expect(drop.messages.map((m) => m.uid)).toEqual(['c', 'a', 'b']);
    expect(drop.find('a')?.octets).toBe('2');
    expect(drop.find('zz')).toBeUndefined();
  });
});

describe('UIDs', () => {
  it('RFC 1939 §7: default UIDs are 16 characters (serial + UIDVALIDITY), valid and distinct', () => {
    const drop = new Maildrop('alice', 'deadbeef');
    const uids = [drop.deliver('a').uid, drop.deliver('b').uid, drop.deliver('c').uid];
    expect(uids).toEqual(['00000001deadbeef', '00000002deadbeef', '00000003deadbeef']);
    for (const uid of uids) expect(isValidUid(uid)).toBe(true);
  });

  it('RFC 1939 §7: a UID is never reused in a maildrop, even after the message is removed', () => {
    const drop = new Maildrop('alice');
    const first = drop.deliver('a', { uid: 'keep-me' });
    drop.remove([first.uid], 'update');
    expect(() => drop.deliver('again', { uid: 'keep-me' })).toThrow(/already used/);
    const auto = drop.deliver('x');
    drop.remove([auto.uid], 'update');
    expect(drop.deliver('y').uid).not.toBe(auto.uid);
  });

  it('RFC 1939 §7: a UID is 1 to 70 characters in 0x21..0x7E', () => {
    expect(isValidUid('a')).toBe(true);
    expect(isValidUid('x'.repeat(70))).toBe(true);
    expect(isValidUid('whqtswO00WBw418f9t5JxYwZ')).toBe(true);
    expect(isValidUid('QhdPYR:00WBw1Ph7x7')).toBe(true);
    expect(isValidUid('')).toBe(false);
    expect(isValidUid('x'.repeat(71))).toBe(false);
    expect(isValidUid('has space')).toBe(false);
    expect(isValidUid('tab\t')).toBe(false);
    expect(isValidUid('é')).toBe(false);
    expect(() => new Maildrop('a').deliver('x', { uid: 'bad uid' })).toThrow(RangeError);
  });
});

describe('the exclusive lock', () => {
  it('RFC 1939 §4: one session holds the lock; others are refused until it is released', () => {
    const drop = new Maildrop('alice');
    expect(drop.tryLock('laptop')).toBe(true);
    expect(drop.tryLock('laptop')).toBe(true);
    expect(drop.tryLock('phone')).toBe(false);
    expect(drop.lockHolder).toBe('laptop');
    drop.unlock('phone');
    expect(drop.lockHolder).toBe('laptop');
    drop.unlock('laptop');
    expect(drop.lockHolder).toBeNull();
    expect(drop.tryLock('phone')).toBe(true);
    drop.clearLock();
    expect(drop.lockHolder).toBeNull();
  });
});

describe('removal', () => {
  it('RFC 1939 §6: remove takes only the named messages and reports them in maildrop order with the reason', () => {
    const drop = new Maildrop('alice');
    for (const uid of ['a', 'b', 'c', 'd']) drop.deliver(uid, { uid });
    expect(drop.remove(['d', 'b', 'nope'], 'update')).toEqual([
      { uid: 'b', reason: 'update' },
      { uid: 'd', reason: 'update' },
    ]);
    expect(drop.messages.map((m) => m.uid)).toEqual(['a', 'c']);
    expect(drop.remove([], 'update')).toEqual([]);
  });

  it('RFC 1939 §8: expire removes messages at least `days` old, with reason retention', () => {
    const drop = new Maildrop('alice');
    drop.deliver('old', { uid: 'd0', arrivedDay: 0 });
    drop.deliver('mid', { uid: 'd5', arrivedDay: 5 });
    drop.deliver('new', { uid: 'd9', arrivedDay: 9 });
    expect(drop.expire(10, 5)).toEqual([
      { uid: 'd0', reason: 'retention' },
      { uid: 'd5', reason: 'retention' },
    ]);
    expect(drop.messages.map((m) => m.uid)).toEqual(['d9']);
    expect(drop.expire(10, 5)).toEqual([]);
  });
});

describe('PostOffice', () => {
  it('keeps accounts with a secret and a maildrop each', () => {
    const office = new PostOffice('dewey');
    expect(office.hostname).toBe('dewey');
    const mrose = office.addAccount('mrose', 'tanstaaf');
    office.addAccount('tim', 'tanstaaftanstaaf');
    expect(office.account('mrose')).toBe(mrose);
    expect(mrose.maildrop.user).toBe('mrose');
    expect(office.account('nobody')).toBeUndefined();
    expect(office.accounts.map((a) => a.user)).toEqual(['mrose', 'tim']);
    expect(new PostOffice().hostname).toBe('pop.example.org');
  });
});

describe('Maildrop.deliver takes octets', () => {
  it('RFC 1939 §11: a char above 0xFF is a caller bug (RangeError); UTF-8 octets are counted as octets', () => {
    const m = new Maildrop('alice');
    expect(() => m.deliver('Subject: héllo 😀\r\n\r\nx\r\n')).toThrow(RangeError);
    expect(m.messages).toHaveLength(0);
    const octets = utf8ToOctets('Subject: héllo 😀\r\n\r\nx\r\n');
    const stored = m.deliver(octets);
    expect(stored.octets.length).toBe(new TextEncoder().encode('Subject: héllo 😀\r\n\r\nx\r\n').length);
    // Latin-1 range chars (one octet each) are still accepted.
    expect(m.deliver('Subject: \xe9\r\n\r\n').octets.length).toBe(14);
  });
});
