import { describe, expect, it } from 'vitest';
import { Channel } from './channel.ts';

function seg(id: number, octets: string, sentTick: number) {
  return { id, direction: 's2c' as const, octets, label: octets.slice(0, 10), keywords: [], sentTick };
}

describe('Channel', () => {
  it('delivers a segment after the latency, in chunks of octetsPerTick, one chunk per tick', () => {
    const ch = new Channel('s2c', 5, 4);
    ch.send(seg(1, '+OK 10 octets\r\n', 0));
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
    ch.send(seg(1, 'RETR 1\r\n', 0));
    ch.send(seg(2, 'DELE 1\r\n', 0));
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
    ch.send(seg(1, 'abcdefghij', 0));
    const c = ch.takeChunk(0, 3);
    expect(c?.octets).toBe('abc');
    expect(c?.final).toBe(false);
    expect(ch.takeChunk(1)?.octets).toBe('defghij');
  });

  it('loses the oldest in-flight segment, or the next one sent when none is in flight', () => {
    const ch = new Channel('s2c', 2, 100);
    ch.send(seg(1, 'one', 0));
    ch.send(seg(2, 'two', 0));
    expect(ch.loseNext()?.id).toBe(1);
    expect(ch.takeChunk(10)?.segment.id).toBe(2);
    expect(ch.loseNext()).toBeNull();
    expect(ch.send(seg(3, 'three', 11)).lost).toBe(true);
    expect(ch.send(seg(4, 'four', 11)).lost).toBe(false);
    expect(ch.discardAll().map((s) => s.id)).toEqual([4]);
    expect(ch.empty).toBe(true);
  });
});

describe('Channel.enqueue', () => {
  it('queues the segment object itself, due after the latency, and a pending loss swallows the next one', () => {
    const ch = new Channel('s2c', 3, 4);
    const a = ch.segment(1, '+OK\r\n', '+OK', [], 10);
    expect(a).toMatchObject({ direction: 's2c', delivered: 0, nextChunkTick: 13 });
    expect(ch.enqueue(a)).toBe(true);
    expect(ch.head).toBe(a);
    expect(ch.takeChunk(12)).toBeNull();
    expect(ch.takeChunk(13)).toMatchObject({ segment: a, offset: 0, octets: '+OK\r', final: false });
    expect(ch.takeChunk(14)).toMatchObject({ offset: 4, octets: '\n', final: true });
    expect(ch.empty).toBe(true);
    expect(ch.loseNext()).toBeNull();
    expect(ch.enqueue(ch.segment(2, 'x', 'x', [], 20))).toBe(false);
    expect(ch.empty).toBe(true);
    expect(ch.enqueue(ch.segment(3, 'y', 'y', [], 20))).toBe(true);
  });
});
