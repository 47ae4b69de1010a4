/**
 * The custody ledger: a pure reducer over trace events that knows, at every
 * step, where each message's copies are: on the server (present, marked,
 * removed), in flight, in a device's memory, on a device's disk.
 *
 * Rules of this module:
 * - It reads only trace events, never the live model, so the same code
 *   computes the view at any cursor (seek) and the final outcome, and the
 *   invariant checker can compare it against the model.
 * - `clone()` is a deep copy used for seek snapshots.
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

interface ServerEntry {
  readonly label: string;
  readonly sizeOctets: number;
  status: ServerMessageStatus;
  markedBy?: string;
  removedReason?: RemovalReason;
  removedAt?: number;
}

interface DeviceEntry {
  readonly name: string;
  readonly manual: boolean;
  connection: ConnectionStatus;
  clientState: string;
  serverState: string;
  session: number;
  /** key -> copy */
  copies: Map<string, { uid: string; status: CopyStatus }>;
  uidMemory: Set<string>;
}

interface CustodyEntry {
  /** device -> complete copies held now */
  complete: Map<string, number>;
  peakSecondCopyAt?: number;
  lastCopyVanishedAt?: number;
  /** device -> step where its last complete copy was lost (crash), while it holds none. */
  lostOn?: Map<string, number>;
}

interface FlightEntry {
  device: string;
  direction: Direction;
  segment: number;
  label: string;
  totalOctets: number;
  deliveredOctets: number;
}

function isComplete(status: CopyStatus): boolean {
  return status === 'memory' || status === 'durable';
}

export class Ledger {
  step = -1;
  tick = 0;
  serverUp = true;
  lockHolder: string | null = null;
  readonly protocol: Protocol;
  readonly order: readonly string[];
  readonly deviceOrder: readonly string[];
  maildrop: Map<string, ServerEntry>;
  devices: Map<string, DeviceEntry>;
  inFlight: Map<number, FlightEntry>;
  custody: Map<string, CustodyEntry>;
  /** Complete copies on every device, for the totals invariant. */
  totalCompleteCopies = 0;

  constructor(init: LedgerInit | null) {
    if (init === null) {
      // Used only by clone(), which fills every field.
      this.protocol = 'pop3';
      this.order = [];
      this.deviceOrder = [];
      this.maildrop = new Map();
      this.devices = new Map();
      this.inFlight = new Map();
      this.custody = new Map();
      return;
    }
    this.protocol = init.protocol;
    this.order = init.messages.map((m) => m.uid);
    this.deviceOrder = init.devices.map((d) => d.name);
    this.maildrop = new Map(init.messages.map((m) => [m.uid, { label: m.label, sizeOctets: m.sizeOctets, status: 'present' as const }]));
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
    this.custody = new Map(init.messages.map((m) => [m.uid, { complete: new Map() }]));
  }

  clone(): Ledger {
    const c = new Ledger(null);
    (c as { protocol: Protocol }).protocol = this.protocol;
    (c as { order: readonly string[] }).order = this.order;
    (c as { deviceOrder: readonly string[] }).deviceOrder = this.deviceOrder;
    c.step = this.step;
    c.tick = this.tick;
    c.serverUp = this.serverUp;
    c.lockHolder = this.lockHolder;
    c.totalCompleteCopies = this.totalCompleteCopies;
    for (const [uid, e] of this.maildrop) c.maildrop.set(uid, { ...e });
    for (const [name, d] of this.devices) {
      c.devices.set(name, {
        ...d,
        copies: new Map([...d.copies].map(([k, v]) => [k, { ...v }])),
        uidMemory: new Set(d.uidMemory),
      });
    }
    for (const [id, f] of this.inFlight) c.inFlight.set(id, { ...f });
    for (const [uid, e] of this.custody) {
      const copy: CustodyEntry = { ...e, complete: new Map(e.complete) };
      if (e.lostOn !== undefined) copy.lostOn = new Map(e.lostOn);
      c.custody.set(uid, copy);
    }
    return c;
  }

  /** Complete copies of `uid` on `device` now. */
  completeOn(uid: string, device: string): number {
    return this.custody.get(uid)?.complete.get(device) ?? 0;
  }

  apply(event: TraceEvent): void {
    if (event.step !== this.step + 1) throw new Error(`ledger: event step ${event.step} follows step ${this.step} (trace out of order)`);
    this.step = event.step;
    this.tick = event.tick;
    switch (event.kind) {
      case 'session-start': {
        const d = this.#device(event.device);
        d.session = event.session;
        d.clientState = '';
        d.serverState = '';
        break;
      }
      case 'connection': {
        const d = this.#device(event.device);
        if (event.session === undefined || event.session === d.session) {
          d.connection = event.change === 'opened' ? 'connected' : event.change;
        }
        break;
      }
      case 'send':
        this.inFlight.set(event.segment, {
          device: event.device,
          direction: event.direction,
          segment: event.segment,
          label: event.label,
          totalOctets: event.octets.length,
          deliveredOctets: 0,
        });
        break;
      case 'deliver': {
        const f = this.inFlight.get(event.segment);
        if (f) {
          f.deliveredOctets = event.offset + event.octets.length;
          if (event.final) this.inFlight.delete(event.segment);
        }
        break;
      }
      case 'segment-lost':
        this.inFlight.delete(event.segment);
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
        const m = this.#message(event.uid);
        if (m.status !== 'removed') {
          m.status = 'marked';
          m.markedBy = event.device;
        }
        break;
      }
      case 'unmarked': {
        const m = this.#message(event.uid);
        if (m.status === 'marked') {
          m.status = 'present';
          delete m.markedBy;
        }
        break;
      }
      case 'removed': {
        const m = this.#message(event.uid);
        m.status = 'removed';
        m.removedReason = event.reason;
        m.removedAt = event.step;
        delete m.markedBy;
        this.#checkVanished(event.uid, event.step);
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
        } else if (event.fault === 'crash-client' && event.device !== undefined) {
          this.#device(event.device).connection = 'crashed';
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

  #message(uid: string): ServerEntry {
    const m = this.maildrop.get(uid);
    if (!m) throw new Error(`ledger: unknown message uid ${JSON.stringify(uid)}`);
    return m;
  }

  #copy(device: string, key: string, uid: string, change: CopyStatus | 'discarded' | 'lost', step: number): void {
    const d = this.#device(device);
    const before = d.copies.get(key);
    const wasComplete = before !== undefined && isComplete(before.status);
    let nowComplete: boolean;
    if (change === 'discarded' || change === 'lost') {
      d.copies.delete(key);
      nowComplete = false;
    } else {
      d.copies.set(key, { uid, status: change });
      nowComplete = isComplete(change);
    }
    const c = this.custody.get(uid);
    if (c === undefined) return; // a copy that matches no server message (corrupt transfer)
    if (wasComplete === nowComplete) return;
    const delta = nowComplete ? 1 : -1;
    const count = (c.complete.get(device) ?? 0) + delta;
    c.complete.set(device, count);
    this.totalCompleteCopies += delta;
    if (nowComplete && count >= 2 && c.peakSecondCopyAt === undefined && !d.manual) c.peakSecondCopyAt = step;
    if (nowComplete) c.lostOn?.delete(device);
    else if (count === 0 && change === 'lost') (c.lostOn ??= new Map()).set(device, step);
    if (!nowComplete) this.#checkVanished(uid, step);
  }

  #checkVanished(uid: string, step: number): void {
    const m = this.maildrop.get(uid);
    const c = this.custody.get(uid);
    if (!m || !c || m.status !== 'removed') return;
    let total = 0;
    for (const n of c.complete.values()) total += n;
    if (total === 0) c.lastCopyVanishedAt = step;
  }

  custodyOf(uid: string): CustodyView {
    const m = this.#message(uid);
    const c = this.custody.get(uid)!;
    const copiesByDevice: Record<string, number> = {};
    let anyCopy = false;
    let someoneLacks = false;
    /** A device that lacks it but remembers its UID: it will never fetch it again. */
    let forgottenOn: string | null = null;
    for (const name of this.deviceOrder) {
      const d = this.devices.get(name)!;
      const n = c.complete.get(name) ?? 0;
      copiesByDevice[name] = n;
      if (n > 0) anyCopy = true;
      if (!d.manual && n === 0) {
        someoneLacks = true;
        if (forgottenOn === null && d.uidMemory.has(uid)) forgottenOn = name;
      }
    }
    const onServer = m.status !== 'removed';
    let verdict: Verdict;
    let decisiveStep: number | undefined;
    if (!onServer && !anyCopy) {
      verdict = 'lost';
      decisiveStep = c.lastCopyVanishedAt ?? m.removedAt;
    } else if (!onServer && someoneLacks) {
      verdict = 'gap';
      decisiveStep = m.removedAt;
    } else if (forgottenOn !== null) {
      verdict = 'gap';
      decisiveStep = c.lostOn?.get(forgottenOn);
    } else if (c.peakSecondCopyAt !== undefined) {
      verdict = 'duplicated';
      decisiveStep = c.peakSecondCopyAt;
    } else if (someoneLacks) {
      verdict = 'pending';
    } else {
      verdict = 'delivered';
    }
    return decisiveStep === undefined
      ? { uid, label: m.label, verdict, copiesByDevice, onServer }
      : { uid, label: m.label, verdict, copiesByDevice, onServer, decisiveStep };
  }

  outcome(): Outcome {
    const messages = this.order.map((uid) => this.custodyOf(uid));
    const count = (v: Verdict): number => messages.filter((m) => m.verdict === v).length;
    return { delivered: count('delivered'), duplicated: count('duplicated'), lost: count('lost'), gap: count('gap'), messages };
  }

  view(): WorldView {
    const maildrop: ServerMessageView[] = this.order.map((uid) => {
      const m = this.maildrop.get(uid)!;
      const v: { -readonly [K in keyof ServerMessageView]: ServerMessageView[K] } = { uid, label: m.label, sizeOctets: m.sizeOctets, status: m.status };
      if (m.markedBy !== undefined) v.markedBy = m.markedBy;
      if (m.removedReason !== undefined) v.removedReason = m.removedReason;
      return v;
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
      const copies: CopyView[] = [...byUid].map(([uid, a]) => ({ uid, label: this.maildrop.get(uid)?.label ?? uid, status: a.status, count: a.count }));
      return { name, connection: d.connection, clientState: d.clientState, serverState: d.serverState, copies, uidMemory: [...d.uidMemory] };
    });
    const inFlight: InFlightView[] = [...this.inFlight.values()].map((f) => ({ ...f }));
    return {
      step: this.step,
      tick: this.tick,
      protocol: this.protocol,
      serverUp: this.serverUp,
      lockHolder: this.lockHolder,
      maildrop,
      devices,
      inFlight,
      custody: this.order.map((uid) => this.custodyOf(uid)),
    };
  }
}

function rank(s: CopyStatus): number {
  return s === 'durable' ? 2 : s === 'memory' ? 1 : 0;
}
