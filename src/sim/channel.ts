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
 * - A lost segment is TCP's business, not the application's: `loseNext`
 *   holds the segment back for a retransmission timeout (RFC 6298 §2, §5)
 *   and it then arrives complete. Everything behind it waits (in-order
 *   delivery), so no octet is ever skipped while the connection lives.
 * - Nothing here knows about protocols; the world decides what a dropped
 *   connection means.
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
  /** Set while a lost transmission waits for its retransmission: the tick it is resent, and the delay. */
  retransmit: { readonly atTick: number; readonly delayTicks: number } | null;
}

export interface Chunk {
  readonly segment: Segment;
  readonly offset: number;
  readonly octets: Octets;
  readonly final: boolean;
}

/** Bounds the queue: more segments in flight than this is a simulator bug. */
const MAX_SEGMENTS_IN_FLIGHT = 10_000;

export class Channel {
  readonly #queue: Segment[] = [];
  #head = 0;
  /** Retransmission delay for the next segment sent (a lose-segment fault when nothing is in flight), or 0. */
  #loseNextSent = 0;

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
   * Puts a complete segment (delivered 0, nextChunkTick = sentTick +
   * latency, as `segment()` makes it) on the channel as is, with no copy.
   * A pending lose-segment fault makes its first transmission vanish: it is
   * resent after the retransmission timeout.
   */
  enqueue(segment: Segment): void {
    if (this.#loseNextSent > 0) {
      const delay = this.#loseNextSent;
      this.#loseNextSent = 0;
      segment.nextChunkTick += delay;
      segment.retransmit = { atTick: segment.nextChunkTick, delayTicks: delay };
    }
    if (this.#queue.length - this.#head >= MAX_SEGMENTS_IN_FLIGHT) {
      throw new Error(`channel ${this.direction}: more than ${MAX_SEGMENTS_IN_FLIGHT} segments in flight (simulator bug)`);
    }
    this.#queue.push(segment);
  }

  /** A fresh segment for `enqueue`, due after this channel's latency. */
  segment(id: number, octets: Octets, label: string, keywords: readonly string[], sentTick: number): Segment {
    return { id, direction: this.direction, octets, label, keywords, sentTick, delivered: 0, nextChunkTick: sentTick + this.latencyTicks, retransmit: null };
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
   * A lose-segment fault: the next octets of the oldest segment in flight are
   * lost on the wire, so TCP resends them `rtoTicks` after `nowTick` (its
   * retransmission timeout, RFC 6298 §5); if nothing is in flight, the first
   * transmission of the next segment sent is lost instead. Returns the
   * segment held back, or null if it will be the next one sent.
   */
  loseNext(nowTick: number, rtoTicks: number): Segment | null {
    const head = this.#queue[this.#head];
    if (head === undefined) {
      this.#loseNextSent = rtoTicks;
      return null;
    }
    const atTick = Math.max(head.nextChunkTick, nowTick + rtoTicks);
    head.retransmit = { atTick, delayTicks: rtoTicks };
    head.nextChunkTick = atTick;
    return head;
  }

  /** The connection ended: every segment still in flight is gone. */
  discardAll(): Segment[] {
    const gone = this.#queue.slice(this.#head);
    this.#queue.length = 0;
    this.#head = 0;
    this.#loseNextSent = 0;
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
