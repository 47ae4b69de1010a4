/**
 * Invariant checkers, kept apart from the model they check (after
 * TigerBeetle's VOPR). The world calls `afterEvent` after every trace step.
 *
 * A violated invariant is a bug in the simulator or an engine, never a
 * scenario outcome (a -ERR or a lost message is an outcome). It throws an
 * Error whose message names the seed and the step so the run can be replayed.
 *
 * Checked:
 * - Removal rules: a POP3 maildrop loses a message only in UPDATE (reason
 *   'update', RFC 1939 §6), and only a message that session had marked;
 *   other reasons only where the personality allows them (expunge-on-dele,
 *   download-once, retention-days); POP2 only on release (RFC 937 "ACKD"),
 *   POP1 only on RCVD (RFC 918).
 * - No octet is delivered on a connection after it closed or dropped.
 * - No octet is skipped on a live connection (TCP is a reliable in-order
 *   stream; a lost segment is retransmitted, RFC 6298): each direction's
 *   octets arrive contiguously, segment after segment, and once any octet of
 *   a direction is reported lost, nothing more is delivered in it.
 * - UIDs are stable (RFC 1939 §7): a UID keeps its content, a removed UID
 *   never comes back, and the maildrop size matches the removals seen.
 * - Ledger totals: the ledger's count of complete device copies equals the
 *   model's, and every copy event agrees with the device store.
 * - Steps are consecutive and ticks never go back.
 */
import type { Personality, Protocol } from '../protocol/engine.ts';
import type { Maildrop, RemovalReason } from '../protocol/maildrop.ts';
import type { Octets } from '../protocol/octets.ts';
import type { Ledger } from './ledger.ts';
import type { TraceEvent } from './types.ts';

export interface InvariantContext {
  readonly seed: number;
  readonly protocol: Protocol;
  readonly personality: Personality;
  readonly maildrop: Maildrop;
  readonly originalOctets: ReadonlyMap<string, Octets>;
  readonly deviceCompleteCopies: () => number;
  readonly deviceCopyStatus: (device: string, key: string) => 'partial' | 'memory' | 'durable' | null;
}

export class InvariantViolation extends Error {}

/** The removal reasons a protocol and personality allow. */
export function allowedRemovalReasons(protocol: Protocol, personality: Personality): ReadonlySet<RemovalReason> {
  const base: RemovalReason = protocol === 'pop3' ? 'update' : protocol === 'pop2' ? 'release' : 'rcvd';
  const allowed = new Set<RemovalReason>([base]);
  if (personality.kind === 'expunge-on-dele') allowed.add('expunge-on-dele');
  if (personality.kind === 'download-once') allowed.add('download-once');
  if (personality.kind === 'retention-days') allowed.add('retention');
  return allowed;
}

/** One direction of one connection, for the no-skipped-octet check. */
interface Stream {
  /** The segment being delivered, or -1 between segments. */
  current: number;
  /** Octets of `current` delivered so far. */
  delivered: number;
  /** Some octet of this stream was lost: nothing may arrive after it. */
  dead: boolean;
}

export class InvariantChecker {
  readonly #ctx: InvariantContext;
  /** segment id -> its stream, from its send event until it is delivered or lost. */
  readonly #segments = new Map<number, Stream>();
  /** `${device}#${session}>${direction}` -> stream. */
  readonly #streams = new Map<string, Stream>();
  readonly #allowed: ReadonlySet<RemovalReason>;
  /** `${device}#${session}` -> connection open? */
  readonly #open = new Map<string, boolean>();
  readonly #serverState = new Map<string, string>();
  /** uid -> session key that marked it */
  readonly #marked = new Map<string, string>();
  readonly #removed = new Set<string>();
  #lastStep = -1;
  /** The maildrop snapshot the last full UID check saw. */
  #checkedSnapshot: readonly unknown[] | null = null;
  #lastTick = 0;

  /** Messages delivered so far, with their octets: the start's, plus each 'arrived' one. */
  readonly #original: Map<string, Octets>;

  constructor(ctx: InvariantContext) {
    this.#ctx = ctx;
    this.#original = new Map(ctx.originalOctets);
    this.#allowed = allowedRemovalReasons(ctx.protocol, ctx.personality);
  }

  #lastDevice = '';
  #lastSession = -1;
  #lastKey = '';

  /** `${device}#${session}`, built once per run of events from the same session (no string per event). */
  #sessionKey(device: string, session: number): string {
    if (device !== this.#lastDevice || session !== this.#lastSession) {
      this.#lastDevice = device;
      this.#lastSession = session;
      this.#lastKey = `${device}#${session}`;
    }
    return this.#lastKey;
  }

  #fail(event: TraceEvent, message: string): never {
    throw new InvariantViolation(`invariant violated (seed ${this.#ctx.seed}, step ${event.step}, tick ${event.tick}): ${message}`);
  }

  afterEvent(event: TraceEvent, ledger: Ledger): void {
    if (event.step !== this.#lastStep + 1) this.#fail(event, `step ${event.step} follows ${this.#lastStep}`);
    if (event.tick < this.#lastTick) this.#fail(event, `tick went back from ${this.#lastTick} to ${event.tick}`);
    this.#lastStep = event.step;
    this.#lastTick = event.tick;
    const kind = event.kind;
    // Build the per-session key only for the kinds that use it (this runs for every event).
    const sessionKey =
      (kind === 'connection' || kind === 'deliver' || kind === 'server-state' || kind === 'marked' || kind === 'removed' || kind === 'send') && event.device !== undefined
        ? this.#sessionKey(event.device, event.session ?? 0)
        : '';
    switch (event.kind) {
      case 'connection':
        this.#open.set(sessionKey, event.change === 'opened');
        break;
      case 'send': {
        const key = `${sessionKey}>${event.direction}`;
        let stream = this.#streams.get(key);
        if (stream === undefined) {
          stream = { current: -1, delivered: 0, dead: false };
          this.#streams.set(key, stream);
        }
        this.#segments.set(event.segment, stream);
        break;
      }
      case 'deliver': {
        if (this.#open.get(sessionKey) !== true) this.#fail(event, `octets delivered on ${sessionKey} after its connection ${this.#open.has(sessionKey) ? 'ended' : 'never opened'}`);
        const stream = this.#segments.get(event.segment);
        // A live TCP connection never skips octets (RFC 6298: lost segments are retransmitted).
        if (stream === undefined || stream.dead) this.#fail(event, `segment ${event.segment} delivered after octets of its stream were lost: never skips octets`);
        if (stream.current === -1) {
          stream.current = event.segment;
          stream.delivered = 0;
        }
        if (stream.current !== event.segment || event.offset !== stream.delivered) this.#fail(event, `segment ${event.segment} at ${event.offset}: octets skipped or out of order`);
        stream.delivered += event.octets.length;
        if (event.final) {
          stream.current = -1;
          this.#segments.delete(event.segment);
        }
        break;
      }
      case 'segment-lost': {
        const stream = this.#segments.get(event.segment);
        if (stream !== undefined) {
          stream.dead = true;
          this.#segments.delete(event.segment);
        }
        break;
      }
      case 'server-state':
        this.#serverState.set(sessionKey, event.to);
        break;
      case 'marked':
        this.#marked.set(event.uid, sessionKey);
        break;
      case 'unmarked':
        this.#marked.delete(event.uid);
        break;
      case 'removed': {
        if (!this.#allowed.has(event.reason)) {
          this.#fail(event, `message ${event.uid} removed for reason '${event.reason}', which ${this.#ctx.protocol} with personality ${this.#ctx.personality.kind} does not allow`);
        }
        if (event.reason === 'update') {
          // RFC 1939 §6: only in UPDATE, and only messages this session marked.
          const state = this.#serverState.get(sessionKey);
          if (state !== 'UPDATE') this.#fail(event, `message ${event.uid} removed by ${sessionKey} in state ${state ?? '?'}, not UPDATE (RFC 1939 §6)`);
          if (this.#marked.get(event.uid) !== sessionKey) this.#fail(event, `message ${event.uid} removed in UPDATE although ${sessionKey} never marked it (RFC 1939 §6)`);
        }
        if (this.#removed.has(event.uid)) this.#fail(event, `message ${event.uid} removed twice`);
        this.#removed.add(event.uid);
        this.#marked.delete(event.uid);
        // An engine removes a batch, then reports each removal, so mid-batch the maildrop may be smaller.
        const expected = this.#original.size - this.#removed.size;
        if (this.#ctx.maildrop.messages.length > expected) {
          this.#fail(event, `maildrop holds ${this.#ctx.maildrop.messages.length} messages, but at most ${expected} should remain after ${this.#removed.size} removals`);
        }
        break;
      }
      case 'copy': {
        const model = this.#ctx.deviceCopyStatus(event.device, event.key);
        const expected = event.change === 'discarded' || event.change === 'lost' || event.change === 'deleted' ? null : event.change;
        if (model !== expected) this.#fail(event, `copy ${event.key} on ${event.device} is '${model ?? 'absent'}' in the device store but '${expected ?? 'absent'}' in the trace`);
        break;
      }
      case 'arrived': {
        const m = this.#ctx.maildrop.find(event.uid);
        if (m === undefined || this.#original.has(event.uid)) this.#fail(event, `bad arrival of ${event.uid}`);
        this.#original.set(event.uid, m.octets);
        break;
      }
      case 'session-start':
        // The maildrop hands out a frozen snapshot that is replaced on every
        // delivery or removal: an unchanged snapshot was already checked.
        if (this.#ctx.maildrop.messages !== this.#checkedSnapshot) this.#checkUids(event);
        break;
      default:
        break;
    }
    const model = this.#ctx.deviceCompleteCopies();
    if (ledger.totalCompleteCopies !== model) {
      this.#fail(event, `ledger counts ${ledger.totalCompleteCopies} complete device copies, the devices hold ${model}`);
    }
  }

  /** The final full check after a run. */
  atEnd(ledger: Ledger, steps: number): void {
    const last = { kind: 'fault', fault: 'crash-server', detail: { code: 'end-of-run' }, step: steps, tick: this.#lastTick, explain: '' } as const satisfies TraceEvent;
    this.#checkUids(last);
    if (ledger.totalCompleteCopies !== this.#ctx.deviceCompleteCopies()) this.#fail(last, 'ledger totals differ from the devices at the end of the run');
  }

  #checkUids(event: TraceEvent): void {
    const expected = this.#original.size - this.#removed.size;
    if (this.#ctx.maildrop.messages.length !== expected) {
      this.#fail(event, `maildrop holds ${this.#ctx.maildrop.messages.length} messages, but the trace reports ${this.#removed.size} removals of ${this.#original.size}`);
    }
    const seen = new Set<string>();
    const messages = this.#ctx.maildrop.messages;
    for (const m of messages) {
      const original = this.#original.get(m.uid);
      if (original === undefined) this.#fail(event, `maildrop holds unknown UID ${m.uid} (RFC 1939 §7)`);
      if (original !== m.octets) this.#fail(event, `UID ${m.uid} now names different content (RFC 1939 §7: UIDs are persistent)`);
      if (this.#removed.has(m.uid)) this.#fail(event, `removed UID ${m.uid} is back in the maildrop`);
      if (seen.has(m.uid)) this.#fail(event, `UID ${m.uid} appears twice`);
      seen.add(m.uid);
    }
    this.#checkedSnapshot = messages;
  }
}
