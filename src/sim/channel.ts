/**
 * A virtual channel: one direction of one connection, with a latency and a
 * bandwidth.
 *
 * Rules of this module:
 * - One `send` (a command, or everything a server answered to one input) is
 *   one segment. Segments arrive in order, like a TCP stream.
 * - A segment starts arriving `latencyTicks` after it was sent and then
 *   streams in chunks of at most `octetsPerTick` octets, one chunk per tick,
 *   so a long reply can be cut after any octet (`takeChunk`'s `limit`).
 * - The next segment starts streaming only after the previous one finished.
 * - Nothing here knows about protocols or faults; the world decides what a
 *   lost segment or a dropped connection means.
 */
import type { Direction } from './types.ts';
import type { Octets } from '../protocol/octets.ts';

export interface Segment {
  readonly id: number;
  readonly direction: Direction;
  readonly octets: Octets;
  /** First line, for views and transcripts. */
  readonly label: string;
  /** Command keywords this segment carries (c2s) or answers (s2c), upper case. */
  readonly keywords: readonly string[];
  readonly sentTick: number;
  /** Octets delivered so far. */
  delivered: number;
  /** Tick at which the next chunk is due. */
  nextChunkTick: number;
}

export interface Chunk {
  readonly segment: Segment;
  readonly offset: number;
  readonly octets: Octets;
  readonly final: boolean;
}

/** Bounds the queue: more segments in flight than this is a simulator bug. */
export const MAX_SEGMENTS_IN_FLIGHT = 10_000;

export class Channel {
  readonly #queue: Segment[] = [];
  #head = 0;
  /** Lose the next segment sent (armed by a lose-segment fault when nothing is in flight). */
  #loseNextSent = false;

  constructor(
    readonly direction: Direction,
    readonly latencyTicks: number,
    readonly octetsPerTick: number,
  ) {
    if (!Number.isSafeInteger(latencyTicks) || latencyTicks < 0) throw new RangeError(`latencyTicks must be a non-negative integer, got ${latencyTicks}`);
    if (!Number.isSafeInteger(octetsPerTick) || octetsPerTick < 1) throw new RangeError(`octetsPerTick must be a positive integer, got ${octetsPerTick}`);
  }

  /** Segments not yet completely delivered, oldest first. */
  get inFlight(): readonly Segment[] {
    return this.#head === 0 ? this.#queue : this.#queue.slice(this.#head);
  }

  /** The oldest segment not yet completely delivered. */
  get head(): Segment | undefined {
    return this.#queue[this.#head];
  }

  get empty(): boolean {
    return this.#head >= this.#queue.length;
  }

  /**
   * Puts a segment on the channel. Returns false when a pending
   * lose-segment fault swallowed it (the caller records the loss).
   */
  send(segment: Omit<Segment, 'delivered' | 'nextChunkTick'>): { readonly queued: Segment; readonly lost: boolean } {
    const queued: Segment = {
      id: segment.id,
      direction: segment.direction,
      octets: segment.octets,
      label: segment.label,
      keywords: segment.keywords,
      sentTick: segment.sentTick,
      delivered: 0,
      nextChunkTick: segment.sentTick + this.latencyTicks,
    };
    if (this.#loseNextSent) {
      this.#loseNextSent = false;
      return { queued, lost: true };
    }
    if (this.#queue.length - this.#head >= MAX_SEGMENTS_IN_FLIGHT) {
      throw new Error(`channel ${this.direction}: more than ${MAX_SEGMENTS_IN_FLIGHT} segments in flight (simulator bug)`);
    }
    this.#queue.push(queued);
    return { queued, lost: false };
  }

  /**
   * Puts a complete segment (delivered 0, nextChunkTick = sentTick +
   * latency, as `segment()` makes it) on the channel as is, with no copy.
   * Returns false when a pending lose-segment fault swallowed it.
   */
  enqueue(segment: Segment): boolean {
    if (this.#loseNextSent) {
      this.#loseNextSent = false;
      return false;
    }
    if (this.#queue.length - this.#head >= MAX_SEGMENTS_IN_FLIGHT) {
      throw new Error(`channel ${this.direction}: more than ${MAX_SEGMENTS_IN_FLIGHT} segments in flight (simulator bug)`);
    }
    this.#queue.push(segment);
    return true;
  }

  /** A fresh segment for `enqueue`, due after this channel's latency. */
  segment(id: number, octets: Octets, label: string, keywords: readonly string[], sentTick: number): Segment {
    return { id, direction: this.direction, octets, label, keywords, sentTick, delivered: 0, nextChunkTick: sentTick + this.latencyTicks };
  }

  /** The tick at which the next chunk is due, or null when nothing is in flight. */
  nextDueTick(): number | null {
    const head = this.#queue[this.#head];
    return head === undefined ? null : head.nextChunkTick;
  }

  /**
   * Takes the next chunk if it is due at `nowTick`. `limit` caps the chunk
   * (an atOctet fault cuts a transfer after exactly that many octets).
   */
  takeChunk(nowTick: number, limit = Number.POSITIVE_INFINITY): Chunk | null {
    const head = this.#queue[this.#head];
    if (head === undefined || head.nextChunkTick > nowTick) return null;
    const offset = head.delivered;
    const size = Math.max(1, Math.min(this.octetsPerTick, limit, head.octets.length - offset));
    const octets = head.octets.length === 0 ? '' : head.octets.slice(offset, offset + size);
    head.delivered = offset + octets.length;
    head.nextChunkTick = nowTick + 1;
    const final = head.delivered >= head.octets.length;
    if (final) this.#advance(nowTick);
    return { segment: head, offset, octets, final };
  }

  /**
   * A lose-segment fault: the oldest segment in flight vanishes; if none is
   * in flight, the next one sent will. Returns the vanished segment, if any.
   */
  loseNext(): Segment | null {
    const head = this.#queue[this.#head];
    if (head === undefined) {
      this.#loseNextSent = true;
      return null;
    }
    this.#advance(head.nextChunkTick);
    return head;
  }

  /** The connection ended: every segment still in flight is gone. */
  discardAll(): Segment[] {
    const gone = this.#queue.slice(this.#head);
    this.#queue.length = 0;
    this.#head = 0;
    this.#loseNextSent = false;
    return gone;
  }

  #advance(finishedTick: number): void {
    this.#head++;
    const next = this.#queue[this.#head];
    // In-order stream: the next segment cannot start before this one finished.
    if (next !== undefined && next.nextChunkTick <= finishedTick) next.nextChunkTick = finishedTick + 1;
    if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
      this.#queue.splice(0, this.#head);
      this.#head = 0;
    }
  }
}
