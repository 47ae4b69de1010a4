/**
 * The custody ledger: a pure reducer over trace events that knows, at every
 * step, where each message's copies are: on the server (present, marked,
 * removed), in flight, in a device's memory, on a device's disk.
 *
 * Rules of this module:
 * - It reads only trace events, never the live model, so the same code
 *   computes the view at any cursor (seek) and the final outcome, and the
 *   invariant checker can compare it against the model.
 * - `clone()` is an independent copy used for seek snapshots: the per-message
 *   state lives in flat arrays (copied with one slice each), and what it
 *   shares with the original (copy records, send events, the message index)
 *   is never mutated.
 *
 * Verdicts (per message, at any step; "devices" excludes manual terminal
 * devices, which are a person typing, not a mail client keeping mail):
 * - lost: no complete copy anywhere: the server no longer has it (removed)
 *   and no device holds a complete copy (partial copies do not count; a
 *   crashed client loses the copies that were only in memory).
 * - gap: one device lacks it for good although a copy exists. Either the
 *   server no longer has it, some device holds a complete copy, and another
 *   device never got one (RFC 2449 §7: download-and-delete serves one
 *   device); or the server still has it but a device remembers its UID
 *   (RFC 1939 §7) while holding no complete copy, so that device will never
 *   fetch it again (e.g. the unsafe keep order remembered the UID, then the
 *   client crashed before the copy was durable; reference §8 F7/F17: it
 *   "looks LOST on that device though it is on the server").
 * - duplicated: at some step a device held two or more complete copies at
 *   once (e.g. it downloaded the message again because the DELE was never
 *   committed). A copy lost in a crash and fetched again is not a duplicate.
 * - pending: some device has no copy yet and does not remember its UID, and
 *   the server still has one, so a later poll can still fetch it.
 * - delivered: every device holds at least one complete copy and none of
 *   the above applies (with one device: exactly one complete copy).
 * Precedence when several apply: lost, gap, duplicated, pending, delivered.
 *
 * decisiveStep: for lost, the step where the last complete copy vanished;
 * for duplicated, the step where a device first held a second copy; for gap,
 * the step where the server copy was removed, or, for a device that
 * remembers the UID, the step where that device's last complete copy was
 * lost (a crash's `copy lost` event; none if it never held one).
 */
import type { Protocol } from '../protocol/engine.ts';
import type { RemovalReason } from '../protocol/maildrop.ts';
import type {
  ConnectionStatus,
  CopyStatus,
  CopyView,
  CustodyView,
  DeviceView,
  InFlightView,
  Outcome,
  ServerMessageStatus,
  ServerMessageView,
  TraceEvent,
  Verdict,
  WorldView,
  Direction,
} from './types.ts';

export interface LedgerMessage {
  readonly uid: string;
  readonly label: string;
  readonly sizeOctets: number;
  /** Delivered to the maildrop during the run (an 'arrived' event); absent = there from the start. */
  readonly arrivesAtTick?: number;
}

export interface LedgerDevice {
  readonly name: string;
  /** A hand-typed terminal session: excluded from verdicts. */
  readonly manual?: boolean;
  readonly uidMemory: readonly string[];
}

export interface LedgerInit {
  readonly protocol: Protocol;
  readonly messages: readonly LedgerMessage[];
  readonly devices: readonly LedgerDevice[];
}

interface DeviceEntry {
  readonly name: string;
  readonly manual: boolean;
  connection: ConnectionStatus;
  clientState: string;
  serverState: string;
  session: number;
  /** key -> copy; the records are immutable (replaced, never mutated), so a clone shares them. */
  copies: Map<string, CopyRecord>;
  uidMemory: Set<string>;
}

interface CopyRecord {
  readonly uid: string;
  readonly status: CopyStatus;
}

/** A segment in flight: its (immutable) send event; octets delivered so far live in `delivered`. */
type SendEvent = Extract<TraceEvent, { kind: 'send' }>;

/** What never changes after construction: shared by a ledger and all its clones. */
interface Fixed {
  readonly protocol: Protocol;
  readonly order: readonly string[];
  readonly deviceOrder: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly deviceIndex: ReadonlyMap<string, number>;
  readonly labels: readonly string[];
  readonly sizes: readonly number[];
}

const PRESENT = 0;
const MARKED = 1;
const REMOVED = 2;
const STATUS_NAMES: readonly ServerMessageStatus[] = ['present', 'marked', 'removed'];
const NONE = -1;

function isComplete(status: CopyStatus): boolean {
  return status === 'memory' || status === 'durable';
}

/**
 * The server maildrop and the custody counts are flat arrays indexed by the
 * message's position (and device), so `clone()` (a seek snapshot) is a few
 * typed-array copies instead of one object per message.
 */
export class Ledger {
  step = -1;
  tick = 0;
  serverUp = true;
  lockHolder: string | null = null;
  readonly protocol: Protocol;
  readonly order: readonly string[];
  readonly deviceOrder: readonly string[];
  devices: Map<string, DeviceEntry>;
  /** segment id -> its send event, while in flight. */
  inFlight: Map<number, SendEvent>;
  /** segment id -> octets delivered so far, for segments delivered in part. */
  delivered: Map<number, number>;
  /** Complete copies on every device, for the totals invariant. */
  totalCompleteCopies = 0;
  readonly #fixed: Fixed;
  // Server maildrop, by message index.
  #status: Uint8Array;
  #markedBy: Array<string | undefined>;
  #removedReason: Array<RemovalReason | undefined>;
  #removedAt: Int32Array;
  /** 1 once the message is in the maildrop (0 until its 'arrived' event). */
  #arrived: Uint8Array;
  // Custody: complete copies per (message, device); steps per message (NONE = unset).
  #complete: Int32Array;
  #peakSecondCopyAt: Int32Array;
  #lastCopyVanishedAt: Int32Array;
  /** message * devices + device -> step where that device's last complete copy was lost (crash), while it holds none. */
  #lostOn: Map<number, number>;
  /** message * devices + device -> 1 once that device's user read the message and deleted it locally. */
  #deletedByUser: Uint8Array;

  constructor(init: LedgerInit | Ledger) {
    if (init instanceof Ledger) {
      // clone()
      const o = init;
      this.#fixed = o.#fixed;
      this.protocol = o.protocol;
      this.order = o.order;
      this.deviceOrder = o.deviceOrder;
      this.step = o.step;
      this.tick = o.tick;
      this.serverUp = o.serverUp;
      this.lockHolder = o.lockHolder;
      this.totalCompleteCopies = o.totalCompleteCopies;
      this.#status = o.#status.slice();
      this.#markedBy = o.#markedBy.slice();
      this.#removedReason = o.#removedReason.slice();
      this.#removedAt = o.#removedAt.slice();
      this.#arrived = o.#arrived.slice();
      this.#complete = o.#complete.slice();
      this.#peakSecondCopyAt = o.#peakSecondCopyAt.slice();
      this.#lastCopyVanishedAt = o.#lastCopyVanishedAt.slice();
      this.#lostOn = new Map(o.#lostOn);
      this.#deletedByUser = o.#deletedByUser.slice();
      this.devices = new Map();
      for (const [name, d] of o.devices) this.devices.set(name, { ...d, copies: new Map(d.copies), uidMemory: new Set(d.uidMemory) });
      this.inFlight = new Map(o.inFlight);
      this.delivered = new Map(o.delivered);
      return;
    }
    const n = init.messages.length;
    const index = new Map<string, number>();
    init.messages.forEach((m, i) => index.set(m.uid, i));
    const deviceIndex = new Map<string, number>();
    init.devices.forEach((d, i) => deviceIndex.set(d.name, i));
    this.#fixed = {
      protocol: init.protocol,
      order: init.messages.map((m) => m.uid),
      deviceOrder: init.devices.map((d) => d.name),
      index,
      deviceIndex,
      labels: init.messages.map((m) => m.label),
      sizes: init.messages.map((m) => m.sizeOctets),
    };
    this.protocol = init.protocol;
    this.order = this.#fixed.order;
    this.deviceOrder = this.#fixed.deviceOrder;
    this.#status = new Uint8Array(n);
    this.#markedBy = new Array<string | undefined>(n).fill(undefined);
    this.#removedReason = new Array<RemovalReason | undefined>(n).fill(undefined);
    this.#removedAt = new Int32Array(n).fill(NONE);
    this.#arrived = new Uint8Array(n);
    init.messages.forEach((m, i) => {
      if (m.arrivesAtTick === undefined) this.#arrived[i] = 1;
    });
    this.#complete = new Int32Array(n * init.devices.length);
    this.#deletedByUser = new Uint8Array(n * init.devices.length);
    this.#peakSecondCopyAt = new Int32Array(n).fill(NONE);
    this.#lastCopyVanishedAt = new Int32Array(n).fill(NONE);
    this.#lostOn = new Map();
    this.devices = new Map(
      init.devices.map((d) => [
        d.name,
        {
          name: d.name,
          manual: d.manual ?? false,
          connection: 'offline' as const,
          clientState: '',
          serverState: '',
          session: 0,
          copies: new Map(),
          uidMemory: new Set(d.uidMemory),
        },
      ]),
    );
    this.inFlight = new Map();
    this.delivered = new Map();
  }

  clone(): Ledger {
    return new Ledger(this);
  }

  /** Is `uid` one of this world's messages? */
  hasMessage(uid: string): boolean {
    return this.#fixed.index.has(uid);
  }

  /** Does the server still hold `uid` (present or marked), as far as the trace says? */
  isOnServer(uid: string): boolean {
    const i = this.#fixed.index.get(uid);
    return i !== undefined && this.#status[i] !== REMOVED;
  }

  /** Complete copies of `uid` on `device` now. */
  completeOn(uid: string, device: string): number {
    const i = this.#fixed.index.get(uid);
    const d = this.#fixed.deviceIndex.get(device);
    return i === undefined || d === undefined ? 0 : this.#complete[i * this.deviceOrder.length + d]!;
  }

  apply(event: TraceEvent): void {
    if (event.step !== this.step + 1) throw new Error(`ledger: event step ${event.step} follows step ${this.step} (trace out of order)`);
    this.step = event.step;
    this.tick = event.tick;
    switch (event.kind) {
      case 'session-start': {
        const d = this.#device(event.device);
        d.session = event.session;
        // Restarted: no longer down, not yet connected.
        if (d.connection === 'crashed') d.connection = 'offline';
        d.clientState = '';
        d.serverState = '';
        break;
      }
      case 'connection': {
        const d = this.#device(event.device);
        // A crashed device stays down whatever its old connection's events say, until it restarts.
        if (d.connection !== 'crashed' && (event.session === undefined || event.session === d.session)) {
          // A refused connection never existed: the device stays offline.
          d.connection = event.change === 'opened' ? 'connected' : event.change === 'refused' ? 'offline' : event.change;
        }
        break;
      }
      case 'send':
        this.inFlight.set(event.segment, event);
        break;
      case 'deliver':
        if (event.final) {
          this.inFlight.delete(event.segment);
          if (this.delivered.size > 0) this.delivered.delete(event.segment);
        } else if (this.inFlight.has(event.segment)) {
          this.delivered.set(event.segment, event.offset + event.octets.length);
        }
        break;
      case 'segment-lost':
        this.inFlight.delete(event.segment);
        this.delivered.delete(event.segment);
        break;
      case 'retransmitted':
        break; // still in flight; it arrives now
      case 'server-restarted':
        this.serverUp = true;
        break;
      case 'arrived':
        this.#arrived[this.#message(event.uid)] = 1;
        break;
      case 'server-state': {
        const d = this.#device(event.device);
        if (event.session === undefined || event.session === d.session) d.serverState = event.to;
        break;
      }
      case 'client-state':
        this.#device(event.device).clientState = event.to;
        break;
      case 'marked': {
        const i = this.#message(event.uid);
        if (this.#status[i] !== REMOVED) {
          this.#status[i] = MARKED;
          this.#markedBy[i] = event.device;
        }
        break;
      }
      case 'unmarked': {
        const i = this.#message(event.uid);
        if (this.#status[i] === MARKED) {
          this.#status[i] = PRESENT;
          this.#markedBy[i] = undefined;
        }
        break;
      }
      case 'removed': {
        const i = this.#message(event.uid);
        this.#status[i] = REMOVED;
        this.#removedReason[i] = event.reason;
        this.#removedAt[i] = event.step;
        this.#markedBy[i] = undefined;
        this.#checkVanished(i, event.step);
        break;
      }
      case 'lock':
        if (event.change === 'locked') this.lockHolder = event.device;
        else if (event.change === 'released' && this.lockHolder === event.device) this.lockHolder = null;
        break;
      case 'copy':
        this.#copy(event.device, event.key, event.uid, event.change, event.step);
        break;
      case 'uid-memory': {
        const d = this.#device(event.device);
        if (event.change === 'remembered') d.uidMemory.add(event.uid);
        else d.uidMemory.delete(event.uid);
        break;
      }
      case 'fault':
        if (event.fault === 'crash-server') {
          this.lockHolder = null;
          this.serverUp = false;
        } else if ((event.fault === 'crash-client' || event.fault === 'device-power-loss') && event.device !== undefined) {
          this.#device(event.device).connection = 'crashed';
        } else if (event.fault === 'drop-connection' && event.device !== undefined) {
          // A reset cuts the connection at the fault's own step, before the
          // connection event that records it: the view never shows it connected after the cut.
          const d = this.#device(event.device);
          if (d.connection === 'connected') d.connection = 'dropped';
        }
        break;
      case 'session-end':
      case 'command':
      case 'reply':
        break;
    }
  }

  #device(name: string): DeviceEntry {
    const d = this.devices.get(name);
    if (!d) throw new Error(`ledger: unknown device ${JSON.stringify(name)}`);
    return d;
  }

  #message(uid: string): number {
    const i = this.#fixed.index.get(uid);
    if (i === undefined) throw new Error(`ledger: unknown message uid ${JSON.stringify(uid)}`);
    return i;
  }

  #copy(device: string, key: string, uid: string, change: CopyStatus | 'discarded' | 'lost' | 'deleted', step: number): void {
    const d = this.#device(device);
    const before = d.copies.get(key);
    const wasComplete = before !== undefined && isComplete(before.status);
    let nowComplete: boolean;
    if (change === 'discarded' || change === 'lost' || change === 'deleted') {
      d.copies.delete(key);
      nowComplete = false;
    } else {
      d.copies.set(key, { uid, status: change });
      nowComplete = isComplete(change);
    }
    const i = this.#fixed.index.get(uid);
    if (i === undefined) return; // a copy that matches no server message (corrupt transfer)
    if (wasComplete === nowComplete) return;
    const delta = nowComplete ? 1 : -1;
    const slot = i * this.deviceOrder.length + this.#fixed.deviceIndex.get(device)!;
    if (change === 'deleted') this.#deletedByUser[slot] = 1;
    const count = this.#complete[slot]! + delta;
    this.#complete[slot] = count;
    this.totalCompleteCopies += delta;
    if (nowComplete && count >= 2 && this.#peakSecondCopyAt[i] === NONE && !d.manual) this.#peakSecondCopyAt[i] = step;
    if (nowComplete) {
      if (this.#lostOn.size > 0) this.#lostOn.delete(slot);
    } else {
      if (count === 0 && change === 'lost') this.#lostOn.set(slot, step);
      this.#checkVanished(i, step);
    }
  }

  #checkVanished(i: number, step: number): void {
    if (this.#status[i] !== REMOVED) return;
    const n = this.deviceOrder.length;
    for (let d = 0; d < n; d++) if (this.#complete[i * n + d] !== 0) return;
    this.#lastCopyVanishedAt[i] = step;
  }

  custodyOf(uid: string): CustodyView {
    return this.#custody(this.#message(uid));
  }

  #custody(i: number): CustodyView {
    const uid = this.order[i]!;
    const copiesByDevice: Record<string, number> = {};
    let anyCopy = false;
    let someoneLacks = false;
    /** A device that lacks it but remembers its UID: it will never fetch it again. */
    let forgottenOn = NONE;
    let deletedBy: string[] | undefined;
    const n = this.deviceOrder.length;
    for (let di = 0; di < n; di++) {
      const name = this.deviceOrder[di]!;
      const d = this.devices.get(name)!;
      const c = this.#complete[i * n + di]!;
      copiesByDevice[name] = c;
      // A user who read it and deleted it was served: not a loss, not a gap (reference §7.2).
      const served = this.#deletedByUser[i * n + di] === 1;
      if (served) (deletedBy ??= []).push(name);
      if (c > 0 || served) anyCopy = true;
      if (!d.manual && c === 0 && !served) {
        someoneLacks = true;
        if (forgottenOn === NONE && d.uidMemory.has(uid)) forgottenOn = di;
      }
    }
    const onServer = this.#status[i] !== REMOVED;
    const removedAt = this.#removedAt[i]!;
    let verdict: Verdict;
    let decisiveStep = NONE;
    if (!onServer && !anyCopy) {
      verdict = 'lost';
      decisiveStep = this.#lastCopyVanishedAt[i] !== NONE ? this.#lastCopyVanishedAt[i]! : removedAt;
    } else if (!onServer && someoneLacks) {
      verdict = 'gap';
      decisiveStep = removedAt;
    } else if (forgottenOn !== NONE) {
      verdict = 'gap';
      decisiveStep = this.#lostOn.get(i * n + forgottenOn) ?? NONE;
    } else if (this.#peakSecondCopyAt[i] !== NONE) {
      verdict = 'duplicated';
      decisiveStep = this.#peakSecondCopyAt[i]!;
    } else if (someoneLacks) {
      verdict = 'pending';
    } else {
      verdict = 'delivered';
    }
    const label = this.#fixed.labels[i]!;
    const view: { -readonly [K in keyof CustodyView]: CustodyView[K] } = { uid, label, verdict, copiesByDevice, onServer };
    if (deletedBy) view.deletedBy = deletedBy;
    if (decisiveStep !== NONE) view.decisiveStep = decisiveStep;
    return view;
  }

  outcome(): Outcome {
    const messages = this.order.map((_, i) => this.#custody(i));
    const count = (v: Verdict): number => messages.filter((m) => m.verdict === v).length;
    return { delivered: count('delivered'), duplicated: count('duplicated'), lost: count('lost'), gap: count('gap'), messages };
  }

  view(): WorldView {
    const maildrop: ServerMessageView[] = [];
    this.order.forEach((uid, i) => {
      if (this.#arrived[i] === 0) return; // not delivered yet
      const v: { -readonly [K in keyof ServerMessageView]: ServerMessageView[K] } = {
        uid,
        label: this.#fixed.labels[i]!,
        sizeOctets: this.#fixed.sizes[i]!,
        status: STATUS_NAMES[this.#status[i]!]!,
      };
      const markedBy = this.#markedBy[i];
      if (markedBy !== undefined) v.markedBy = markedBy;
      const reason = this.#removedReason[i];
      if (reason !== undefined) v.removedReason = reason;
      maildrop.push(v);
    });
    const devices: DeviceView[] = this.deviceOrder.map((name) => {
      const d = this.devices.get(name)!;
      const byUid = new Map<string, { status: CopyStatus; count: number }>();
      for (const copy of d.copies.values()) {
        const agg = byUid.get(copy.uid) ?? { status: 'partial' as CopyStatus, count: 0 };
        if (isComplete(copy.status)) agg.count++;
        if (rank(copy.status) > rank(agg.status)) agg.status = copy.status;
        byUid.set(copy.uid, agg);
      }
      const copies: CopyView[] = [...byUid].map(([uid, a]) => {
        const i = this.#fixed.index.get(uid);
        return { uid, label: i === undefined ? uid : this.#fixed.labels[i]!, status: a.status, count: a.count };
      });
      return { name, connection: d.connection, clientState: d.clientState, serverState: d.serverState, copies, uidMemory: [...d.uidMemory] };
    });
    const inFlight: InFlightView[] = [...this.inFlight.values()].map((e) => ({
      device: e.device,
      direction: e.direction,
      segment: e.segment,
      label: e.label,
      totalOctets: e.octets.length,
      deliveredOctets: this.delivered.get(e.segment) ?? 0,
    }));
    return {
      step: this.step,
      tick: this.tick,
      protocol: this.protocol,
      serverUp: this.serverUp,
      lockHolder: this.lockHolder,
      maildrop,
      devices,
      inFlight,
      custody: this.order.map((_, i) => this.#custody(i)),
    };
  }
}

function rank(s: CopyStatus): number {
  return s === 'durable' ? 2 : s === 'memory' ? 1 : 0;
}

