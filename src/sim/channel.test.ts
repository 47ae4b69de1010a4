import { describe, expect, it } from 'vitest';
import { Channel } from './channel.ts';

/** Puts a segment on the channel the way the world does. */
function send(ch: Channel, id: number, octets: string, sentTick: number) {
  const s = ch.segment(id, octets, octets.slice(0, 10), [], sentTick);
  ch.enqueue(s);
  return s;
}

describe('Channel', () => {
  it('delivers a segment after the latency, in chunks of octetsPerTick, one chunk per tick', () => {
    const ch = new Channel('s2c', 5, 4);
    send(ch, 1, '+OK 10 octets\r\n', 0);
    expect(ch.nextDueTick()).toBe(5);
    expect(ch.takeChunk(4)).toBeNull();
    const got: string[] = [];
    const ticks: number[] = [];
    for (let tick = 5; !ch.empty; tick = ch.nextDueTick() ?? tick) {
      const c = ch.takeChunk(tick);
      if (c) {
        got.push(c.octets);
        ticks.push(tick);
      }
    }
    expect(got.join('')).toBe('+OK 10 octets\r\n');
    expect(got.map((g) => g.length)).toEqual([4, 4, 4, 3]);
    expect(ticks).toEqual([5, 6, 7, 8]);
  });

  it('keeps segments in order: the second starts only after the first finished', () => {
    const ch = new Channel('c2s', 1, 3);
    send(ch, 1, 'RETR 1\r\n', 0);
    send(ch, 2, 'DELE 1\r\n', 0);
    const order: Array<[number, number]> = [];
    for (let i = 0; i < 20 && !ch.empty; i++) {
      const due = ch.nextDueTick();
      if (due === null) break;
      const c = ch.takeChunk(due);
      if (c) order.push([c.segment.id, due]);
    }
    expect(order.map((o) => o[0])).toEqual([1, 1, 1, 2, 2, 2]);
    const ticks = order.map((o) => o[1]);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!).toBeGreaterThan(ticks[i - 1]!);
  });

  it('cuts a chunk at a limit so a transfer can stop after any octet', () => {
    const ch = new Channel('s2c', 0, 100);
    send(ch, 1, 'abcdefghij', 0);
    const c = ch.takeChunk(0, 3);
    expect(c?.octets).toBe('abc');
    expect(c?.final).toBe(false);
    expect(ch.takeChunk(1)?.octets).toBe('defghij');
  });

  it('RFC 6298 §5: a lost segment is retransmitted after the timeout; the segments behind it wait, no octet is skipped', () => {
    const ch = new Channel('s2c', 2, 100);
    send(ch, 1, 'one', 0);
    send(ch, 2, 'two', 0);
    expect(ch.loseNext(0, 1000)?.id).toBe(1);
    // Nothing arrives before the retransmission, not even segment 2 (in-order delivery).
    expect(ch.nextDueTick()).toBe(1000);
    expect(ch.takeChunk(999)).toBeNull();
    const first = ch.takeChunk(1000);
    expect(first).toMatchObject({ offset: 0, octets: 'one', final: true });
    expect(first?.segment.retransmit).toEqual({ atTick: 1000, delayTicks: 1000 });
    expect(ch.takeChunk(1001)?.segment.id).toBe(2);
    // With nothing in flight, the next segment's first transmission is the one lost.
    expect(ch.loseNext(1001, 1000)).toBeNull();
    const third = send(ch, 3, 'three', 1001);
    expect(third.nextChunkTick).toBe(1001 + 2 + 1000);
    const fourth = send(ch, 4, 'four', 1001);
    expect(fourth.retransmit).toBeNull();
    expect(ch.discardAll().map((s) => s.id)).toEqual([3, 4]);
    expect(ch.empty).toBe(true);
  });
});

describe('Channel.enqueue', () => {
  it('queues the segment object itself, due after the latency', () => {
    const ch = new Channel('s2c', 3, 4);
    const a = ch.segment(1, '+OK\r\n', '+OK', [], 10);
    expect(a).toMatchObject({ direction: 's2c', delivered: 0, nextChunkTick: 13, retransmit: null });
    ch.enqueue(a);
    expect(ch.head).toBe(a);
    expect(ch.takeChunk(12)).toBeNull();
    expect(ch.takeChunk(13)).toMatchObject({ segment: a, offset: 0, octets: '+OK\r', final: false });
    expect(ch.takeChunk(14)).toMatchObject({ offset: 4, octets: '\n', final: true });
    expect(ch.empty).toBe(true);
  });
});
