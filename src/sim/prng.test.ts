import { describe, expect, it } from 'vitest';
import { Prng } from './prng.ts';

describe('Prng', () => {
  it('replays the same sequence for the same seed', () => {
    for (let seed = 0; seed < 50; seed++) {
      const a = new Prng(seed);
      const b = new Prng(seed);
      for (let i = 0; i < 20; i++) expect(a.nextU32()).toBe(b.nextU32());
    }
  });

  it('gives different sequences for different seeds', () => {
    const first = new Set<number>();
    for (let seed = 0; seed < 200; seed++) first.add(new Prng(seed).nextU32());
    expect(first.size).toBe(200);
  });

  it('keeps nextInt within bounds and roughly uniform', () => {
    const prng = new Prng(7);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 6000; i++) {
      const x = prng.nextInt(6);
      expect(Number.isInteger(x) && x >= 0 && x < 6).toBe(true);
      counts[x] = (counts[x] ?? 0) + 1;
    }
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });

  it('treats chance as an exact integer ratio', () => {
    const prng = new Prng(3);
    expect(prng.chance(0, 5)).toBe(false);
    expect(prng.chance(5, 5)).toBe(true);
    let hits = 0;
    for (let i = 0; i < 4000; i++) if (prng.chance(1, 4)) hits++;
    expect(hits).toBeGreaterThan(850);
    expect(hits).toBeLessThan(1150);
    expect(() => prng.chance(1, 0)).toThrow(/denominator/);
    expect(() => prng.nextInt(0)).toThrow(/bound/);
  });

  it('can save and restore its state', () => {
    const prng = new Prng(99);
    prng.nextU32();
    const saved = prng.state;
    const next = prng.nextU32();
    prng.state = saved;
    expect(prng.nextU32()).toBe(next);
  });
});
