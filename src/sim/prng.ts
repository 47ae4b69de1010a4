/**
 * The simulator's only source of chance: a seeded 32-bit PRNG (mulberry32,
 * Tommy Ettinger's public-domain generator) with integer state.
 *
 * Rules of this module:
 * - State is one unsigned 32-bit integer; every operation is integer math
 *   (`Math.imul`, shifts), so the sequence is identical on every JS engine.
 * - Probabilities are ratios of integers (`chance(numerator, denominator)`),
 *   never floats, so a scenario file states them exactly.
 * - `nextInt(n)` is unbiased: it rejects the top sliver of the 2^32 range
 *   that would favour small values. The retry loop is bounded and asserted.
 */

const TWO_32 = 0x1_0000_0000;
const MAX_REJECTIONS = 64;

export class Prng {
  #state: number;

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
    // Fold a 53-bit seed into 32 bits so every safe integer seed is usable.
    this.#state = (seed ^ Math.floor(seed / TWO_32)) >>> 0;
  }

  /** The current state, e.g. to snapshot and restore a world. */
  get state(): number {
    return this.#state;
  }

  set state(value: number) {
    this.#state = value >>> 0;
  }

  /** The next unsigned 32-bit integer. */
  nextU32(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A uniform integer in [0, n). `n` must be an integer in [1, 2^32]. */
  nextInt(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`nextInt bound must be an integer in [1, 2^32], got ${n}`);
    const limit = TWO_32 - (TWO_32 % n);
    for (let i = 0; i < MAX_REJECTIONS; i++) {
      const x = this.nextU32();
      if (x < limit) return x % n;
    }
    // Each try fails with probability < 1/2, so 64 failures means a broken generator.
    throw new Error(`Prng.nextInt(${n}): ${MAX_REJECTIONS} rejections in a row (generator bug)`);
  }

  /** True with probability numerator/denominator (integers, 0 <= numerator <= denominator). */
  chance(numerator: number, denominator: number): boolean {
    if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator < 1 || numerator < 0 || numerator > denominator) {
      throw new RangeError(`chance needs integers 0 <= numerator <= denominator, denominator >= 1; got ${numerator}/${denominator}`);
    }
    if (numerator === 0) return false;
    if (numerator === denominator) return true;
    return this.nextInt(denominator) < numerator;
  }
}
