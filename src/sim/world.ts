/**
 * The world: one post office, its maildrop, the client devices and the
 * connections between them, advanced by a discrete-event step function.
 *
 * Rules of this module:
 * - Time is an integer tick (1 tick = 1 simulated ms). The clock jumps to
 *   the next tick at which something is due; nothing happens in between.
 * - All chance comes from one seeded Prng; no Math.random, Date.now or timers.
 * - Every loop and queue is bounded, and the bound is asserted.
 * - Every change is recorded as a trace event; the custody ledger and the
 *   invariant checker read the events as they are appended.
 *
 * The step function (`step()`) processes one tick in this fixed order:
 *   1. fire due faults (atTick placements, then seeded probability draws);
 *   2. deliver due channel chunks to their receivers, connection by
 *      connection in creation order, client->server before server->client;
 *   3. complete due durable writes (and tell the agent `saved(key)`);
 *   4. poll server sessions whose autologout timer is due (RFC 1939 §3);
 *   5. start due sessions (device polls).
 * If anything is still due at the same tick (latency 0), the phases repeat.
 * Placement details: `onCommand` with when 'sent' fires right after the
 * client put the command on the wire; 'delivered' after the server read and
 * answered it (the answer is in flight); 'replied' once the answer has fully
 * arrived at the client and BEFORE the client agent reads it, so the fault
 * acts between the +OK and the client's next command. `occurrence` counts
 * matches (default 1).
 * Phase order of one delivered chunk (step 2 above):
 *   a. the 'deliver' trace event;
 *   b. c2s: the server engine reads the octets and its output is traced and
 *      sent; then 'delivered' placements are matched;
 *      s2c, last chunk of a reply segment: 'replied' placements are matched
 *      and fire now; then, if the client is still connected and alive, the
 *      agent reads the octets and its output is traced and sent (an idle
 *      client sends nothing; a crashed or dropped one reads nothing);
 *   c. an atOctet fault bound to this segment fires when the cut is reached;
 *   d. the connection settles (closes once both sides are done);
 *   e. action boundary: due atStep faults and queued 'sent'/'delivered'
 *      placements fire.
 * `atOctet` binds to the `occurrence`-th (default first) matching segment longer than `atOctet`
 * octets and cuts it exactly there. A fault without `device` acts on the
 * device whose command or transfer triggered it, else the first device.
 * A probability placement is drawn once per processed tick and fires at
 * most once per run. Faults placed at a step, on a command, or at an octet fire at the first
 * action boundary at or after their point (an action = one chunk delivered,
 * one write, one poll, one session start); the engines' outputs are atomic.
 *
 * The network faults, as real networks have them (reference §8 F12, §10):
 * - dropConnection ('drop-connection'): a reset (RST) both ends notice at
 *   once: the server aborts ('connection-lost'), releases the lock and
 *   commits nothing (RFC 1939 §6); the client reports its partial copies.
 * - connectionSilent ('connection-silent'): the path goes silent (a Wi-Fi
 *   hand-over, a NAT timeout). Half-open: nothing more arrives either way,
 *   and neither end is told. The client gives up after its own timeout
 *   (DeviceSpec.clientTimeoutTicks, counted from the last octet it heard)
 *   and reports its partial copies; the server keeps the session and the
 *   lock until its autologout timer fires (RFC 1939 §3), so a new login
 *   meanwhile gets `-ERR [IN-USE]` (RFC 2449 §8.1.2); the stale session
 *   never reaches UPDATE. What either side sends into the silence is lost.
 * - crashClient ('crash-client'): the client app crashes. Its operating
 *   system closes the socket, so the server notices at once (as a reset);
 *   the app's memory (copies not yet durable, pending writes) is lost.
 * - devicePowerLoss ('device-power-loss'): the device loses power: memory
 *   lost as above, and nobody tells the server: half-open, as
 *   connection-silent, until autologout.
 * - crashServer ('crash-server'): every server session aborts
 *   ('server-crash': nothing committed), locks are cleared, the clients see
 *   their connections drop; the maildrop is kept as last committed. The
 *   server is down for the fault's downtimeTicks: a poll meanwhile is
 *   refused ('connection refused') and the device tries again at its next
 *   poll. WorldView.serverUp is false until the 'server-restarted' event.
 * - loseSegment ('lose-segment'): one segment is lost on the wire and TCP
 *   retransmits it after its retransmission timeout (RFC 6298 §5): the
 *   stream stalls (everything behind it waits) and resumes with a
 *   'retransmitted' event. No octet is ever skipped on a live connection
 *   (the invariant checker asserts it); octets go missing only when a
 *   connection dies (an `atOctet` drop-connection cuts a transfer there).
 */
import { TICKS_PER_DAY, MIN_AUTOLOGOUT_TICKS, type ClientAgent, type ClientOutput, type EndReason, type ServerOutput, type ServerSession } from '../protocol/engine.ts';
import { PostOffice, type Maildrop } from '../protocol/maildrop.ts';
import { toCrlf, type Octets } from '../protocol/octets.ts';
import { Channel, type Segment } from './channel.ts';
import { enginesFor, type EngineFactories, type Engines } from './engines.ts';
import type { Digests } from '../protocol/digests.ts';
import { InvariantChecker } from './invariants.ts';
import { subjectOf } from './subject.ts';
import { Ledger, type LedgerInit } from './ledger.ts';
import { Prng } from './prng.ts';
import type { DeviceSpec, Direction, FaultDetail, FaultKind, FaultSpec, TraceBody, TraceEvent, WorldConfig } from './types.ts';

export const DEFAULT_MAX_EVENTS = 200_000;
/** A client's read timeout when the scenario names none: 60 s without a word from the server. */
export const DEFAULT_CLIENT_TIMEOUT_TICKS = 60_000;
/** How long a crashed server stays down when the fault names no downtime: 2 minutes. */
export const DEFAULT_SERVER_DOWNTIME_TICKS = 120_000;
/** TCP's retransmission timeout for a lost segment: RFC 6298 §2.4 rounds RTO up to 1 second. */
export const RETRANSMISSION_TIMEOUT_TICKS = 1_000;
/** The fault operations, by the names the UI, scenarios and tests use. */
export const FAULT_OPERATIONS = {
  'drop-connection': 'dropConnection',
  'connection-silent': 'connectionSilent',
  'lose-segment': 'loseSegment',
  'crash-client': 'crashClient',
  'device-power-loss': 'devicePowerLoss',
  'crash-server': 'crashServer',
  'idle-past-autologout': 'idlePastAutologout',
  'second-device-login': 'secondDeviceLogin',
} as const satisfies Record<FaultKind, string>;

export interface WorldOptions {
  /** The engines (and digests) to run; the config's protocol must be among them (engines.ts). */
  readonly engines: Engines;
  /** Names of devices whose agent is a person typing (LiveWorld). */
  readonly manualAgents?: ReadonlyMap<string, () => ClientAgent>;
  /** Run the invariant checker after every event (default true). */
  readonly checkInvariants?: boolean;
}

interface DeviceCopy {
  readonly uid: string;
  status: 'partial' | 'memory' | 'durable';
}

interface PendingWrite {
  readonly dueTick: number;
  readonly key: string;
  readonly agentKey: string;
  readonly conn: Connection;
  /** Tell the agent `saved()` when done (false for a partial copy the device keeps on its own). */
  readonly notify: boolean;
}

interface DeviceState {
  readonly spec: DeviceSpec;
  readonly name: string;
  readonly manual: (() => ClientAgent) | null;
  sessions: number;
  current: Connection | null;
  nextPoll: number;
  pendingPolls: number;
  readonly copies: Map<string, DeviceCopy>;
  /** Pending durable writes in due order; those before `writeHead` are done. */
  writes: PendingWrite[];
  writeHead: number;
  readonly uidMemory: Map<string, number>;
  readonly locallyDeleted: Set<string>;
  /** spec.localDeletions with each message's UID. */
  readonly localDeletions: ReadonlyArray<{ readonly uid: string; readonly atTick: number }>;
  /** The next of localDeletions still to happen. */
  nextLocalDeletion: number;
  /** UIDs of which this device holds a durable copy (to say when a UID is remembered before that). */
  readonly durableUids: Set<string>;
}

export interface Connection {
  readonly id: number;
  readonly device: DeviceState;
  readonly session: number;
  readonly server: ServerSession;
  /** null once the client crashed. */
  agent: ClientAgent | null;
  readonly c2s: Channel;
  readonly s2c: Channel;
  /** The client's view of the connection. */
  status: 'open' | 'closed' | 'dropped';
  /** Half-open: nothing gets through any more, and neither end has been told. */
  silent: boolean;
  /** Tick of the last octet the client sent or heard: its read timeout counts from here. */
  clientLastHeard: number;
  /** Tick at which a client on a silent connection gives up; null when not armed. */
  clientTimeoutDueTick: number | null;
  serverDone: boolean;
  clientDone: boolean;
  clientIdle: boolean;
  finished: { ok: boolean; reason: EndReason } | null;
  sessionEnded: boolean;
  /** Tick at which to poll the server for autologout; null when not armed. */
  autologoutDueTick: number | null;
  serverState: string;
  readonly marks: Map<string, number>;
  /** Messages this server session removed (at DELE, RCVD or a commit): what its end may say. */
  removed: number;
}

interface ArmedFault {
  readonly spec: FaultSpec;
  fired: boolean;
  occurrences: number;
  boundSegment: number | null;
  /** atOctet: the last segment counted towards `occurrence` (each segment counts once). */
  countedSegment: number;
}

export class SimulationError extends Error {}

/** The lock rule of each protocol, for an engine event that names no section. */
const LOCK_RFC = { pop1: 'RFC 918 "RETR"', pop2: 'RFC 937 "HELO"', pop3: 'RFC 1939 §4' } as const;

const NO_KEYWORDS: readonly string[] = Object.freeze([]);

function keywordsOf(octets: Octets): string[] {
  const out: string[] = [];
  for (const line of octets.split('\r\n')) {
    if (line.length === 0) continue;
    const sp = line.indexOf(' ');
    out.push((sp < 0 ? line : line.slice(0, sp)).toUpperCase());
  }
  return out;
}

function firstLine(octets: Octets): string {
  const i = octets.indexOf('\r\n');
  const line = i < 0 ? octets : octets.slice(0, i);
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

export class World {
  readonly config: WorldConfig;
  readonly seed: number;
  readonly prng: Prng;
  readonly office: PostOffice;
  readonly maildrop: Maildrop;
  readonly ledger: Ledger;
  readonly ledgerInit: LedgerInit;
  readonly trace: TraceEvent[] = [];
  readonly maxEvents: number;
  readonly autologoutTicks: number;
  readonly #engines: EngineFactories;
  readonly #digests: Digests | undefined;
  readonly #devices: DeviceState[];
  readonly #byName = new Map<string, DeviceState>();
  /** Live and half-open (zombie) connections, in creation order. */
  #connections: Connection[] = [];
  #nextConnection = 1;
  #nextSegment = 1;
  #tick = 0;
  readonly #faults: ArmedFault[];
  #pendingFaults: Array<{ fault: ArmedFault; device: string | undefined }> = [];
  /** Octets of every delivered message -> uid, to match device copies by content. */
  readonly #uidByOctets = new Map<Octets, string>();
  /** uid -> octets of every delivered message (the reverse of #uidByOctets). */
  readonly #octetsByUid = new Map<string, Octets>();
  readonly #checker: InvariantChecker | null;
  #completeCopies = 0;
  #firing = false;
  /** While the server is down after a crash: the tick it restarts. */
  #serverDownUntil: number | null = null;
  /** Mail that arrives during the run, in arrival order (config order among equal ticks); `#nextArrival` is the next due. */
  readonly #arrivals: Array<{ readonly tick: number; readonly uid: string; readonly text: Octets; readonly arrivedDay?: number }> = [];
  #nextArrival = 0;
  readonly #hasCommandFaults: boolean;
  readonly #needsKeywords: boolean;

  constructor(config: WorldConfig, options: WorldOptions) {
    this.config = config;
    this.seed = config.seed;
    this.prng = new Prng(config.seed);
    this.maxEvents = config.maxEvents ?? DEFAULT_MAX_EVENTS;
    this.autologoutTicks = config.autologoutTicks ?? MIN_AUTOLOGOUT_TICKS;
    this.#engines = enginesFor(options.engines, config.protocol);
    this.#digests = options.engines.digests;
    this.office = new PostOffice(config.hostname);
    this.maildrop = this.office.addAccount(config.user, config.secret).maildrop;
    const messages = config.messages.map((spec) => {
      const opts: { uid?: string; arrivedDay?: number } = {};
      if (spec.uid !== undefined) opts.uid = spec.uid;
      if (spec.arrivedDay !== undefined) opts.arrivedDay = spec.arrivedDay;
      let uid: string;
      let octets: Octets;
      const at = spec.arrivesAtTick;
      if (at !== undefined) {
        // Arrives later in the run: named now (its UID reserved), delivered at its tick.
        uid = spec.uid ?? this.maildrop.reserveUid();
        octets = toCrlf(spec.text);
        this.#arrivals.push({ tick: at, uid, text: spec.text, ...(spec.arrivedDay !== undefined ? { arrivedDay: spec.arrivedDay } : {}) });
      } else {
        const stored = this.maildrop.deliver(spec.text, opts);
        uid = stored.uid;
        octets = stored.octets;
      }
      if (this.#uidByOctets.has(octets)) {
        throw new SimulationError(`scenario error: messages ${this.#uidByOctets.get(octets)} and ${uid} have identical content; give each a unique Message-ID`);
      }
      this.#uidByOctets.set(octets, uid);
      this.#octetsByUid.set(uid, octets);
      const entry = { uid, label: subjectOf(spec.text), sizeOctets: octets.length };
      return at === undefined ? entry : { ...entry, arrivesAtTick: at };
    });
    // Stable sort: equal ticks keep their order in the scenario.
    this.#arrivals.sort((a, b) => a.tick - b.tick);
    const manual = options.manualAgents ?? new Map<string, () => ClientAgent>();
    this.#devices = config.devices.map((spec) => {
      if (this.#byName.has(spec.name)) throw new SimulationError(`scenario error: two devices are named ${JSON.stringify(spec.name)}`);
      if (!Number.isSafeInteger(spec.writeDelayTicks) || spec.writeDelayTicks < 0) throw new SimulationError(`scenario error: ${spec.name}.writeDelayTicks must be a non-negative integer`);
      const polls = [...spec.pollAtTicks];
      for (let i = 0; i < polls.length; i++) {
        const p = polls[i]!;
        if (!Number.isSafeInteger(p) || p < 0 || (i > 0 && p < polls[i - 1]!)) throw new SimulationError(`scenario error: ${spec.name}.pollAtTicks must be non-negative integers in order`);
      }
      const deletions = (spec.localDeletions ?? []).map((del, i, all) => {
        const t = del.atTick;
        if (!Number.isSafeInteger(t) || t < 0 || (i > 0 && t < all[i - 1]!.atTick)) throw new SimulationError(`scenario error: ${spec.name}.localDeletions must be at non-negative ticks in order`);
        const m = messages[del.message - 1];
        if (m === undefined) throw new SimulationError(`scenario error: ${spec.name}.localDeletions names message ${del.message}, but there are ${messages.length}`);
        return { uid: m.uid, atTick: t };
      });
      const d: DeviceState = {
        spec,
        name: spec.name,
        manual: manual.get(spec.name) ?? null,
        sessions: 0,
        current: null,
        nextPoll: 0,
        pendingPolls: 0,
        copies: new Map(),
        writes: [],
        writeHead: 0,
        uidMemory: new Map(Object.entries(spec.knownUids ?? {})),
        locallyDeleted: new Set(),
        localDeletions: deletions,
        nextLocalDeletion: 0,
        durableUids: new Set(),
      };
      this.#byName.set(spec.name, d);
      return d;
    });
    this.ledgerInit = {
      protocol: config.protocol,
      messages,
      devices: this.#devices.map((d) => ({ name: d.name, manual: d.manual !== null, uidMemory: [...d.uidMemory.keys()] })),
    };
    this.ledger = new Ledger(this.ledgerInit);
    this.#faults = config.faults.map((spec) => {
      if (spec.device !== undefined && !this.#byName.has(spec.device)) throw new SimulationError(`scenario error: fault ${spec.kind} names unknown device ${JSON.stringify(spec.device)}`);
      return { spec, fired: false, occurrences: 0, boundSegment: null, countedSegment: -1 };
    });
    this.#hasCommandFaults = this.#faults.some((f) => 'onCommand' in f.spec.placement);
    // Keywords tag segments only for fault placement; skip the parsing when no fault needs them.
    this.#needsKeywords = this.#hasCommandFaults || this.#faults.some((f) => 'atOctet' in f.spec.placement && f.spec.placement.during !== undefined);
    this.#checker =
      options.checkInvariants === false
        ? null
        : new InvariantChecker({
            seed: config.seed,
            protocol: config.protocol,
            personality: config.personality,
            maildrop: this.maildrop,
            originalOctets: new Map(this.maildrop.messages.map((m) => [m.uid, m.octets])),
            deviceCompleteCopies: () => this.#completeCopies,
            deviceCopyStatus: (device, key) => this.#byName.get(device)?.copies.get(key)?.status ?? null,
          });
  }

  get tick(): number {
    return this.#tick;
  }

  get deviceNames(): readonly string[] {
    return this.#devices.map((d) => d.name);
  }

  /** The device's current connection, if any. */
  connectionOf(device: string): Connection | null {
    return this.#device(device).current;
  }

  // -------------------------------------------------------------------------
  // Running

  /** Runs until nothing more is due (or throws past the event bound). */
  run(): void {
    const maxIterations = this.maxEvents * 4 + 10_000;
    for (let i = 0; ; i++) {
      if (i > maxIterations) throw this.#bug(`step loop exceeded ${maxIterations} iterations`);
      if (!this.step()) return;
    }
  }

  /**
   * run(), yielding after each step, for a caller that must not block (it
   * decides when to pause; nothing here knows about time). The same bound.
   */
  *runInSteps(): Generator<void, void, void> {
    const maxIterations = this.maxEvents * 4 + 10_000;
    for (let i = 0; ; i++) {
      if (i > maxIterations) throw this.#bug(`step loop exceeded ${maxIterations} iterations`);
      if (!this.step()) return;
      yield;
    }
  }

  /** Advances to the next due tick and runs its phases. Returns false when nothing is due. */
  step(limitTick = Number.POSITIVE_INFINITY): boolean {
    const due = this.nextDueTick();
    if (due === null || due > limitTick) return false;
    if (due < this.#tick) throw this.#bug(`clock would go back from ${this.#tick} to ${due}`);
    this.#tick = due;
    const maxRounds = 10_000;
    for (let round = 0; ; round++) {
      if (round > maxRounds) throw this.#bug(`more than ${maxRounds} rounds at tick ${due} (a zero-latency loop?)`);
      this.#phaseFaults();
      this.#phaseDeliver();
      this.#phaseWrites();
      this.#phaseAutologout();
      this.#phaseSessions();
      if (this.nextDueTick() !== this.#tick) break;
    }
    return true;
  }

  /** Lets time pass with nothing happening: moves the clock to `tick` if nothing is due before it. */
  passTimeTo(tick: number): void {
    if (!Number.isSafeInteger(tick)) throw new RangeError(`tick must be a safe integer, got ${tick}`);
    const due = this.nextDueTick();
    if (due !== null && due < tick) throw new SimulationError(`cannot pass time to ${tick}: something is due at ${due} (run step() first)`);
    if (tick > this.#tick) this.#tick = tick;
  }

  /** The next tick at which something is due, or null if the world is idle. */
  nextDueTick(options?: { readonly includeTimers?: boolean }): number | null {
    const includeTimers = options?.includeTimers ?? true;
    let next = Number.POSITIVE_INFINITY;
    for (const c of this.#connections) {
      const a = c.c2s.nextDueTick();
      if (a !== null && a < next) next = a;
      const b = c.s2c.nextDueTick();
      if (b !== null && b < next) next = b;
      if (includeTimers && c.autologoutDueTick !== null && c.autologoutDueTick < next) next = c.autologoutDueTick;
      if (includeTimers && c.clientTimeoutDueTick !== null && c.clientTimeoutDueTick < next) next = c.clientTimeoutDueTick;
    }
    if (includeTimers && this.#serverDownUntil !== null && this.#serverDownUntil < next) next = Math.max(this.#serverDownUntil, this.#tick);
    const arrival = this.#arrivals[this.#nextArrival];
    if (includeTimers && arrival !== undefined && arrival.tick < next) next = Math.max(arrival.tick, this.#tick);
    for (const d of this.#devices) {
      const w = d.writes[d.writeHead];
      if (w !== undefined && w.dueTick < next) next = w.dueTick;
      if (!includeTimers) continue;
      const p = d.spec.pollAtTicks[d.nextPoll];
      if (p !== undefined && p < next) next = p;
      const del = d.localDeletions[d.nextLocalDeletion];
      if (del !== undefined && del.atTick < next) next = Math.max(del.atTick, this.#tick);
      if (d.pendingPolls > 0 && d.current === null && this.#tick < next) next = this.#tick;
    }
    if (includeTimers) {
      for (const f of this.#faults) {
        if (!f.fired && 'atTick' in f.spec.placement && f.spec.placement.atTick < next) next = Math.max(f.spec.placement.atTick, this.#tick);
      }
    }
    return next === Number.POSITIVE_INFINITY ? null : next;
  }

  #phaseFaults(): void {
    if (this.#serverDownUntil !== null && this.#serverDownUntil <= this.#tick) {
      this.#serverDownUntil = null;
      this.#emit({ kind: 'server-restarted' }, 'server.restarted');
    }
    // New mail (SMTP delivery to the maildrop). Sessions already running keep the
    // list they saw at login (RFC 1939 §8: POP3 cannot report mail arriving mid-session).
    for (let a = this.#arrivals[this.#nextArrival]; a !== undefined && a.tick <= this.#tick; a = this.#arrivals[this.#nextArrival]) {
      this.#nextArrival++;
      this.maildrop.deliver(a.text, a.arrivedDay === undefined ? { uid: a.uid } : { uid: a.uid, arrivedDay: a.arrivedDay });
      this.#emit({ kind: 'arrived', uid: a.uid }, 'mail.arrived', undefined, 'RFC 1939 §8');
    }
    for (const d of this.#devices) this.#deleteLocally(d);
    for (const f of this.#faults) {
      if (f.fired) continue;
      const p = f.spec.placement;
      if ('atTick' in p && p.atTick <= this.#tick) this.#fire(f, f.spec.device);
    }
    for (const f of this.#faults) {
      if (f.fired) continue;
      const p = f.spec.placement;
      if ('probability' in p && this.prng.chance(p.probability.numerator, p.probability.denominator)) this.#fire(f, f.spec.device);
    }
    this.#boundary();
  }

  /**
   * The user deletes messages in the mail program (DeviceSpec.localDeletions):
   * the device's copies of it on disk go, and the client notes the UID so that, set to
   * "delete from server when deleted locally", its next session sends DELE
   * (reference §7.2). Deleting a message the device never got does nothing.
   */
  #deleteLocally(d: DeviceState): void {
    const due = d.localDeletions;
    for (let del = due[d.nextLocalDeletion]; del !== undefined && del.atTick <= this.#tick; del = due[d.nextLocalDeletion]) {
      d.nextLocalDeletion++;
      // Only what is in the user's mailbox on disk: a copy still being saved is not shown to delete yet.
      const held = [...d.copies].filter(([, c]) => c.uid === del.uid && c.status === 'durable');
      if (held.length === 0) continue;
      d.locallyDeleted.add(del.uid);
      d.durableUids.delete(del.uid);
      const onServer = d.spec.policy.deleteWhenDeletedLocally === true && d.spec.policy.retention === 'keep';
      for (const [key, copy] of held) {
        d.copies.delete(key);
        this.#completeCopies--;
        this.#emit({ kind: 'copy', device: d.name, uid: copy.uid, key, change: 'deleted' }, onServer ? 'copy.deleted.locally.server' : 'copy.deleted.locally');
      }
    }
  }

  #phaseDeliver(): void {
    // Snapshot: connections opened by a delivery start delivering next round.
    const connections = this.#connections;
    for (let i = 0; i < connections.length; i++) {
      const conn = connections[i]!;
      for (let side = 0; side < 2; side++) {
        const direction: Direction = side === 0 ? 'c2s' : 's2c';
        const channel = side === 0 ? conn.c2s : conn.s2c;
        for (let guard = 0; ; guard++) {
          if (guard > 100_000) throw this.#bug('too many chunks in one tick');
          if (conn.status !== 'open') break;
          const due = channel.nextDueTick();
          if (due === null || due > this.#tick) break;
          this.#deliverChunk(conn, channel, direction);
          this.#boundary();
        }
      }
    }
  }

  #phaseWrites(): void {
    for (const d of this.#devices) {
      for (let guard = 0; d.writeHead < d.writes.length; guard++) {
        if (guard > 1_000_000) throw this.#bug('too many durable writes in one tick');
        const w = d.writes[d.writeHead]!;
        if (w.dueTick > this.#tick) break;
        // O(1) dequeue; the array is compacted once half of it is done.
        d.writeHead++;
        if (d.writeHead === d.writes.length) {
          d.writes.length = 0;
          d.writeHead = 0;
        } else if (d.writeHead > 1024 && d.writeHead * 2 > d.writes.length) {
          d.writes.splice(0, d.writeHead);
          d.writeHead = 0;
        }
        const copy = d.copies.get(w.key);
        if (copy === undefined) continue; // discarded or lost before the write completed
        if (copy.status === 'memory') {
          copy.status = 'durable';
          d.durableUids.add(copy.uid);
          this.#push({ kind: 'copy', device: d.name, uid: copy.uid, key: w.key, change: 'durable', step: this.nextStep, tick: this.#tick, explain: 'copy.durable', session: w.conn.session });
        }
        const agent = w.conn.agent;
        if (agent !== null && w.notify) this.#clientOutput(w.conn, agent.saved(w.agentKey));
        this.#boundary();
      }
    }
  }

  /** Timers: the server's autologout (RFC 1939 §3) and a client's read timeout on a silent connection. */
  #phaseAutologout(): void {
    let due = false;
    for (const c of this.#connections) {
      if (c.autologoutDueTick !== null && c.autologoutDueTick <= this.#tick) due = true;
      if (c.clientTimeoutDueTick !== null && c.clientTimeoutDueTick <= this.#tick) due = true;
    }
    if (!due) return;
    for (const conn of [...this.#connections]) {
      if (conn.clientTimeoutDueTick !== null && conn.clientTimeoutDueTick <= this.#tick) {
        conn.clientTimeoutDueTick = null;
        this.#clientTimedOut(conn);
        this.#boundary();
      }
      if (conn.autologoutDueTick === null || conn.autologoutDueTick > this.#tick) continue;
      conn.autologoutDueTick = null;
      if (conn.serverDone) continue;
      this.#serverOutput(conn, conn.server.poll(this.#tick));
      this.#settle(conn);
      this.#boundary();
    }
  }

  /** The client on a silent connection gives up: it heard nothing for its whole timeout. */
  #clientTimedOut(conn: Connection): void {
    if (conn.status !== 'open') return;
    conn.status = 'dropped';
    this.#emit({ kind: 'connection', device: conn.device.name, change: 'dropped', timedOut: true }, 'connection.timed-out', conn.session);
    this.#clientLost(conn);
    conn.finished = { ok: false, reason: { code: 'timed-out' } };
    this.#endSession(conn);
    this.#forget(conn);
  }

  #phaseSessions(): void {
    for (const d of this.#devices) {
      while (d.nextPoll < d.spec.pollAtTicks.length && d.spec.pollAtTicks[d.nextPoll]! <= this.#tick) {
        d.nextPoll++;
        d.pendingPolls++;
      }
      if (d.pendingPolls > 0 && d.current === null) {
        d.pendingPolls--;
        this.#startSession(d);
        this.#boundary();
      }
    }
  }

  // -------------------------------------------------------------------------
  // Fault operations: the same named operations for the UI, scenarios and tests.

  /** 'drop-connection': a connection reset; both ends notice at once. */
  dropConnection(device: string): void {
    const d = this.#device(device);
    const conn = d.current;
    this.#faultEvent('drop-connection', device, { code: conn ? 'connection-reset' : 'no-connection' });
    if (!conn || conn.status !== 'open') return;
    this.#discardInFlight(conn);
    conn.status = 'dropped';
    this.#emit({ kind: 'connection', device, change: 'dropped' }, 'connection.dropped', conn.session);
    // A reset sent into a silent path never reaches the server: it stays half-open.
    if (!conn.serverDone && !conn.silent) {
      conn.serverDone = true;
      this.#serverOutput(conn, conn.server.abort('connection-lost'));
    }
    conn.clientTimeoutDueTick = null;
    this.#clientLost(conn);
    this.#endSession(conn);
    this.#forget(conn);
  }

  /** 'connection-silent': half-open; the client times out, the server waits for autologout (RFC 1939 §3). */
  connectionSilent(device: string): void {
    const d = this.#device(device);
    const conn = d.current;
    this.#faultEvent('connection-silent', device, { code: conn ? 'half-open' : 'no-connection' });
    if (!conn || conn.status !== 'open' || conn.silent) return;
    conn.silent = true;
    this.#discardInFlight(conn);
    const timeout = d.spec.clientTimeoutTicks ?? DEFAULT_CLIENT_TIMEOUT_TICKS;
    if (!conn.clientDone) conn.clientTimeoutDueTick = Math.max(this.#tick, conn.clientLastHeard + timeout);
  }

  /** 'lose-segment': TCP retransmits the lost segment after its timeout (RFC 6298 §5); nothing is skipped. */
  loseSegment(device: string, direction: Direction): void {
    const d = this.#device(device);
    const conn = d.current;
    const open = conn !== null && conn.status === 'open' && !conn.silent;
    this.#faultEvent('lose-segment', device, open ? { code: 'segment-lost', direction, resendSeconds: RETRANSMISSION_TIMEOUT_TICKS / 1000 } : { code: 'no-connection' });
    if (!open) return;
    (direction === 'c2s' ? conn.c2s : conn.s2c).loseNext(this.#tick, RETRANSMISSION_TIMEOUT_TICKS);
  }

  /** 'crash-client': the app crashes; its OS closes the socket, so the server notices; memory is lost. */
  crashClient(device: string): void {
    this.#crashDevice(device, 'crash-client');
  }

  /** 'device-power-loss': the device loses power; nobody tells the server (half-open); memory is lost. */
  devicePowerLoss(device: string): void {
    this.#crashDevice(device, 'device-power-loss');
  }

  #crashDevice(device: string, kind: 'crash-client' | 'device-power-loss'): void {
    const d = this.#device(device);
    const conn = d.current;
    const what = kind === 'crash-client' ? 'app-crashed' : 'power-lost';
    this.#faultEvent(kind, device, { code: what });
    if (conn && conn.status === 'open') {
      conn.agent = null; // the app is gone: it reports nothing more
      conn.status = 'dropped';
      conn.clientTimeoutDueTick = null;
      this.#discardInFlight(conn);
      this.#emit({ kind: 'connection', device, change: 'dropped' }, 'connection.dropped', conn.session);
      // An app crash: the OS closes the socket and the server reads the end at once.
      // A power loss (or a path already silent): the server is not told and waits for autologout.
      if (kind === 'crash-client' && !conn.silent && !conn.serverDone) {
        conn.serverDone = true;
        this.#serverOutput(conn, conn.server.abort('connection-lost'));
      }
      if (!conn.finished) conn.finished = { ok: false, reason: { code: what } };
      this.#endSession(conn);
      this.#forget(conn);
    }
    // Volatile memory is gone: every copy not yet durable, and every pending write.
    for (const [key, copy] of [...d.copies]) {
      if (copy.status === 'durable') continue;
      d.copies.delete(key);
      if (copy.status === 'memory') this.#completeCopies--;
      this.#emit({ kind: 'copy', device, uid: copy.uid, key, change: 'lost' }, 'copy.lost', conn?.session);
    }
    d.writes = [];
    d.writeHead = 0;
  }

  /** 'crash-server': sessions abort without a commit; the server is down for `downtimeTicks`, refusing connections. */
  crashServer(downtimeTicks = DEFAULT_SERVER_DOWNTIME_TICKS): void {
    if (!(downtimeTicks >= 0)) throw new SimulationError('bad downtimeTicks');
    const seconds = downtimeTicks / 1000;
    this.#faultEvent('crash-server', undefined, { code: 'server-down', seconds });
    for (const conn of [...this.#connections]) {
      if (!conn.serverDone) {
        conn.serverDone = true;
        this.#serverOutput(conn, conn.server.abort('server-crash'));
      }
      // The server's OS resets its connections; a client behind a silent path never hears it and times out.
      if (conn.status === 'open' && !conn.silent) {
        this.#discardInFlight(conn);
        conn.status = 'dropped';
        this.#emit({ kind: 'connection', device: conn.device.name, change: 'dropped' }, 'connection.dropped', conn.session);
        this.#clientLost(conn);
        this.#endSession(conn);
      }
      this.#forget(conn);
    }
    for (const account of this.office.accounts) account.maildrop.clearLock();
    this.#serverDownUntil = Math.max(this.#serverDownUntil ?? 0, this.#tick + downtimeTicks);
  }

  /** Whether the server is down after a crash (connections are refused). */
  get serverDown(): boolean {
    return this.#serverDownUntil !== null;
  }

  idlePastAutologout(device: string): void {
    const conn = this.#device(device).current;
    this.#faultEvent('idle-past-autologout', device, { code: conn ? 'client-goes-silent' : 'no-session' });
    if (conn) conn.clientIdle = true;
  }

  secondDeviceLogin(device: string): void {
    const d = this.#device(device);
    this.#faultEvent('second-device-login', device, { code: d.current ? 'already-in-session' : 'logs-in-now' });
    if (d.current === null) this.#startSession(d);
  }

  /** Starts a session for a device now (LiveWorld's connect, secondDeviceLogin); null when the server is down and refuses it. */
  connect(device: string): Connection | null {
    const d = this.#device(device);
    if (d.current) return d.current;
    return this.#startSession(d);
  }

  /** Puts octets from a device's client on the wire (the manual terminal uses this). */
  clientSend(device: string, octets: Octets): void {
    const conn = this.#device(device).current;
    if (!conn || conn.status !== 'open') throw new SimulationError(`${device} has no open connection`);
    this.#sendC2s(conn, octets);
  }

  /** Runs a named fault operation from a spec (used by placements and the UI alike). */
  applyFault(kind: FaultKind, device: string | undefined, direction?: Direction, downtimeTicks?: number): void {
    const name = device ?? this.#devices[0]?.name;
    if (kind === 'crash-server') return this.crashServer(downtimeTicks);
    if (name === undefined) throw new SimulationError(`fault ${kind} needs a device, and the world has none`);
    switch (kind) {
      case 'drop-connection':
        return this.dropConnection(name);
      case 'connection-silent':
        return this.connectionSilent(name);
      case 'lose-segment':
        return this.loseSegment(name, direction ?? 's2c');
      case 'crash-client':
        return this.crashClient(name);
      case 'device-power-loss':
        return this.devicePowerLoss(name);
      case 'idle-past-autologout':
        return this.idlePastAutologout(name);
      case 'second-device-login':
        return this.secondDeviceLogin(name);
    }
  }

  // -------------------------------------------------------------------------
  // Sessions and connections

  #startSession(d: DeviceState): Connection | null {
    d.sessions++;
    const session = d.sessions;
    if (this.#serverDownUntil !== null) {
      // The server is down: the connection attempt is refused (its host answers RST, or nothing
      // listens). The device tries again at its next poll.
      this.#emit({ kind: 'session-start', device: d.name, session }, 'session.start', session);
      this.#emit({ kind: 'connection', device: d.name, change: 'refused' }, 'connection.refused', session);
      this.#emit({ kind: 'session-end', device: d.name, ok: false, reason: { code: 'connection-refused' } }, 'session.end.failed', session);
      return null;
    }
    const today = Math.floor(this.#tick / TICKS_PER_DAY);
    // RFC 1939 §7: the timestamp MUST differ on every greeting. The tick alone
    // repeats when two devices connect at the same tick, so the device's
    // position and its session number go in too: (tick, device, session) is
    // unique in a run. The seeded PRNG part plays the RFC's process-ID.
    const apopTimestamp = `<${1000 + this.prng.nextInt(9000)}.${this.#tick}.${this.#devices.indexOf(d) + 1}.${session}@${this.config.hostname}>`;
    const server = this.#engines.createServer(this.office, {
      personality: this.config.personality,
      ...(this.config.pop2Abort !== undefined ? { pop2Abort: this.config.pop2Abort } : {}),
      autologoutTicks: this.autologoutTicks,
      sessionId: `${d.name}#${session}`,
      apopTimestamp,
      today,
      ...(this.#digests ? { digests: this.#digests } : {}),
    });
    const agent = d.manual
      ? d.manual()
      : this.#engines.createClient(d.spec.policy, {
          user: this.config.user,
          secret: this.config.secret,
          knownUids: new Map(d.uidMemory),
          locallyDeleted: new Set(d.locallyDeleted),
          today,
          ...(this.#digests ? { digests: this.#digests } : {}),
        });
    const conn: Connection = {
      id: this.#nextConnection++,
      device: d,
      session,
      server,
      agent,
      c2s: new Channel('c2s', this.config.channel.latencyTicks, this.config.channel.octetsPerTick),
      s2c: new Channel('s2c', this.config.channel.latencyTicks, this.config.channel.octetsPerTick),
      status: 'open',
      silent: false,
      clientLastHeard: this.#tick,
      clientTimeoutDueTick: null,
      serverDone: false,
      clientDone: false,
      clientIdle: false,
      finished: null,
      sessionEnded: false,
      autologoutDueTick: this.#tick + this.autologoutTicks,
      serverState: server.state,
      marks: new Map(),
      removed: 0,
    };
    d.current = conn;
    this.#connections.push(conn);
    this.#emit({ kind: 'session-start', device: d.name, session }, 'session.start', session);
    this.#emit({ kind: 'connection', device: d.name, change: 'opened' }, 'connection.opened', session);
    this.#serverOutput(conn, server.greet(this.#tick));
    this.#settle(conn);
    return conn;
  }

  #deliverChunk(conn: Connection, channel: Channel, direction: Direction): void {
    const head = channel.head;
    if (head === undefined) return;
    if (head.retransmit !== null && head.retransmit.atTick <= this.#tick) {
      // RFC 6298 §5: the retransmission timer expired, so TCP resends what was lost.
      const delayTicks = head.retransmit.delayTicks;
      head.retransmit = null;
      this.#emit({ kind: 'retransmitted', device: conn.device.name, direction, segment: head.id, delayTicks }, 'segment.retransmitted', conn.session, 'RFC 6298 §5');
    }
    const limit = this.#octetLimit(conn, head);
    if (limit === 0) {
      this.#fireOctetFault(conn, head);
      return;
    }
    const chunk = channel.takeChunk(this.#tick, limit ?? Number.POSITIVE_INFINITY);
    if (chunk === null) return;
    this.#push({
      kind: 'deliver',
      device: conn.device.name,
      direction,
      segment: chunk.segment.id,
      offset: chunk.offset,
      octets: chunk.octets,
      final: chunk.final,
      step: this.nextStep,
      tick: this.#tick,
      explain: chunk.final ? 'deliver.final' : 'deliver.partial',
      session: conn.session,
    });
    if (direction === 'c2s') {
      if (!conn.serverDone) {
        conn.autologoutDueTick = this.#tick + this.autologoutTicks;
        const out = conn.server.receive(chunk.octets, this.#tick);
        this.#serverOutput(conn, out);
        if (this.#hasCommandFaults) {
          for (const e of out.events) if (e.type === 'command') this.#matchCommand(conn, e.keyword, 'delivered');
        }
      }
    } else {
      conn.clientLastHeard = this.#tick;
      if (chunk.final && this.#hasCommandFaults && chunk.segment.keywords.length > 0) {
        // 'replied': the reply has fully arrived, and the client has not read it yet.
        for (const k of chunk.segment.keywords) this.#matchCommand(conn, k, 'replied');
        this.#firePending();
      }
      const agent = conn.agent;
      if (conn.status === 'open' && agent !== null && !agent.finished) this.#clientOutput(conn, agent.receive(chunk.octets));
    }
    if (limit !== null && chunk.segment.delivered === limit + chunk.offset) this.#fireOctetFault(conn, chunk.segment);
    this.#settle(conn);
  }

  #sendC2s(conn: Connection, octets: Octets): void {
    if (octets.length === 0) return;
    if (conn.status !== 'open') return; // the client's socket is gone; nothing reaches the wire
    if (conn.clientIdle) return; // the idle client never sends what it would have sent
    const keywords = this.#needsKeywords ? keywordsOf(octets) : NO_KEYWORDS;
    const id = this.#nextSegment++;
    const label = firstLine(octets);
    this.#push({ kind: 'send', device: conn.device.name, direction: 'c2s', segment: id, octets, label, step: this.nextStep, tick: this.#tick, explain: 'send.c2s', session: conn.session });
    const seg = conn.c2s.segment(id, octets, label, keywords, this.#tick);
    conn.clientLastHeard = this.#tick;
    // Into a silent (half-open) connection: the octets leave and never arrive.
    if (conn.silent) this.#segmentLost(conn, seg);
    else conn.c2s.enqueue(seg);
    if (this.#hasCommandFaults) for (const k of keywords) this.#matchCommand(conn, k, 'sent');
  }

  #sendS2c(conn: Connection, octets: Octets, keywords: readonly string[]): void {
    if (octets.length === 0) return;
    if (conn.status !== 'open') return; // half-open or dropped: the octets go nowhere
    const id = this.#nextSegment++;
    const label = firstLine(octets);
    this.#push({ kind: 'send', device: conn.device.name, direction: 's2c', segment: id, octets, label, step: this.nextStep, tick: this.#tick, explain: 'send.s2c', session: conn.session });
    const seg = conn.s2c.segment(id, octets, label, keywords, this.#tick);
    if (conn.silent) this.#segmentLost(conn, seg);
    else conn.s2c.enqueue(seg);
  }

  #segmentLost(conn: Connection, seg: Segment): void {
    this.#emit(
      { kind: 'segment-lost', device: conn.device.name, direction: seg.direction, segment: seg.id, undeliveredOctets: seg.octets.length - seg.delivered },
      'segment.lost',
      conn.session,
    );
  }

  #discardInFlight(conn: Connection): void {
    for (const seg of conn.c2s.discardAll()) this.#segmentLost(conn, seg);
    for (const seg of conn.s2c.discardAll()) this.#segmentLost(conn, seg);
  }

  #serverOutput(conn: Connection, out: ServerOutput): void {
    const device = conn.device.name;
    const keywords: string[] | null = this.#needsKeywords ? [] : null;
    let autologoutRfc: string | undefined;
    for (const e of out.events) {
      switch (e.type) {
        case 'command':
          keywords?.push(e.keyword);
          this.#push({ kind: 'command', device, keyword: e.keyword, line: e.line, step: this.nextStep, tick: this.#tick, explain: e.keyword === '' ? 'command.unknown' : 'command', session: conn.session });
          break;
        case 'reply':
          this.#push({ kind: 'reply', device, ok: e.ok, line: e.line, multiline: e.multiline, step: this.nextStep, tick: this.#tick, explain: e.ok ? (e.multiline ? 'reply.ok.multiline' : 'reply.ok') : 'reply.err', rfc: e.rfc, session: conn.session });
          break;
        case 'state':
          conn.serverState = e.to;
          this.#emit({ kind: 'server-state', device, from: e.from, to: e.to }, 'server.state', conn.session, e.rfc);
          break;
        case 'locked':
          this.#emit({ kind: 'lock', device, change: 'locked' }, 'lock.locked', conn.session, e.rfc ?? LOCK_RFC[this.config.protocol]);
          break;
        case 'lock-refused':
          this.#emit({ kind: 'lock', device, change: 'refused' }, 'lock.refused', conn.session, e.rfc);
          break;
        case 'unlocked':
          this.#emit({ kind: 'lock', device, change: 'released' }, 'lock.released', conn.session, e.rfc ?? LOCK_RFC[this.config.protocol]);
          break;
        case 'marked':
          conn.marks.set(e.uid, e.number);
          this.#push({ kind: 'marked', device, uid: e.uid, number: e.number, step: this.nextStep, tick: this.#tick, explain: 'marked', rfc: e.rfc, session: conn.session });
          break;
        case 'unmarked':
          conn.marks.delete(e.uid);
          this.#emit({ kind: 'unmarked', device, uid: e.uid, number: e.number }, 'unmarked', conn.session, e.rfc);
          break;
        case 'removed':
          conn.marks.delete(e.uid);
          conn.removed++;
          this.#push({ kind: 'removed', uid: e.uid, reason: e.reason, device, step: this.nextStep, tick: this.#tick, explain: `removed.${e.reason}`, rfc: e.rfc, session: conn.session });
          break;
        case 'autologout':
          autologoutRfc = e.rfc;
          break; // reported by the 'aborted' event that follows
        case 'aborted': {
          const from = conn.serverState;
          conn.serverState = 'CLOSED';
          this.#emit({ kind: 'server-state', device, from, to: 'CLOSED' }, this.#abortKey(conn, e.reason), conn.session, autologoutRfc ?? e.rfc);
          break;
        }
        case 'authenticated':
        case 'auth-failed':
        case 'sent-message':
        case 'tls-started':
        case 'peer-error':
          break; // shown through the reply line that carries them
      }
    }
    this.#sendS2c(conn, out.send, keywords ?? NO_KEYWORDS);
    if (out.close || conn.server.closed) this.#serverClosed(conn);
  }

  /**
   * The explanation key for a server session that ended without its commit
   * point, chosen from the protocol, the POP2 abort model and what this
   * session actually removed (an expunge-on-DELE server removes at DELE; a
   * POP1 server at RCVD; a POP2 server under commit-on-release at release).
   */
  #abortKey(conn: Connection, reason: 'connection-lost' | 'autologout' | 'server-crash'): string {
    const base = reason === 'autologout' ? 'server.autologout' : 'server.aborted';
    const removed = conn.removed > 0;
    switch (this.config.protocol) {
      case 'pop3':
        return removed ? `${base}.expunged` : base;
      case 'pop1':
        return removed ? `${base}.pop1.rcvd` : `${base}.pop1`;
      case 'pop2':
        if (reason === 'server-crash' || this.config.pop2Abort !== 'commit-on-release') return `${base}.pop2`;
        return removed ? `${base}.pop2.released` : `${base}.pop2.released-none`;
    }
  }

  #serverClosed(conn: Connection): void {
    conn.serverDone = true;
    conn.autologoutDueTick = null;
    // Marks belong to the session: a session that ends without its commit leaves them behind
    // (POP3: RFC 1939 §6; POP1: the RDEL is void without RCVD; POP2: RFC 937 leaves it open, and
    // the commit-nothing model forgets them).
    const protocol = this.config.protocol;
    const key = protocol === 'pop3' ? 'unmarked.session-ended' : `unmarked.session-ended.${protocol}`;
    const rfc = protocol === 'pop3' ? 'RFC 1939 §6' : protocol === 'pop2' ? 'RFC 937 "ACKD"' : 'RFC 918 "RCVD"';
    for (const [uid, number] of [...conn.marks]) {
      conn.marks.delete(uid);
      if (this.ledger.isOnServer(uid)) {
        this.#emit({ kind: 'unmarked', device: conn.device.name, uid, number }, key, conn.session, rfc);
      }
    }
    if (conn.status !== 'open') this.#forget(conn);
  }

  #clientOutput(conn: Connection, out: ClientOutput): void {
    const d = conn.device;
    for (const e of out.effects) {
      switch (e.type) {
        case 'command':
        case 'reply':
          break; // the send and the server's reply events already show these
        case 'state':
          this.#push({ kind: 'client-state', device: d.name, from: e.from, to: e.to, step: this.nextStep, tick: this.#tick, explain: 'client.state', session: conn.session });
          break;
        case 'message': {
          const key = this.#copyKey(conn.session, e.key);
          const uid = this.#matchUid(e.octets, e.uid, e.complete);
          // A copy the client took as complete but whose octets are not its message's (a server that
          // broke the framing, catalogue F19: truncated or un-stuffed) counts as no complete copy.
          const stored = this.#octetsByUid.get(uid);
          // A device set to keep partial data takes a cut transfer for the message (reference §8 F1).
          const kept = !e.complete && d.spec.keepPartial === true;
          // Kept data that matches no message in full is no complete copy of anything.
          const intact = stored === undefined ? !kept : stored === e.octets || stored + '\r\n' === e.octets;
          const status = (e.complete || kept) && intact ? 'memory' : 'partial';
          const before = d.copies.get(key);
          if (before && before.status !== 'partial') this.#completeCopies--;
          d.copies.set(key, { uid, status });
          if (status === 'memory') this.#completeCopies++;
          this.#push({ kind: 'copy', device: d.name, uid, key, change: status, step: this.nextStep, tick: this.#tick, explain: status === 'memory' ? 'copy.memory' : kept ? 'copy.partial.kept' : 'copy.partial', session: conn.session });
          break;
        }
        case 'save': {
          const key = this.#copyKey(conn.session, e.key);
          if (!d.copies.has(key)) throw this.#bug(`${d.name} asked to save unknown copy ${e.key} (agent bug)`);
          d.writes.push({ dueTick: this.#tick + d.spec.writeDelayTicks, key, agentKey: e.key, conn, notify: true });
          break;
        }
        case 'discard': {
          const key = this.#copyKey(conn.session, e.key);
          const copy = d.copies.get(key);
          if (!copy) break;
          if (d.spec.keepPartial === true) {
            // This device keeps what arrived: it writes it to disk instead of discarding it.
            if (copy.status === 'memory') d.writes.push({ dueTick: this.#tick + d.spec.writeDelayTicks, key, agentKey: e.key, conn, notify: false });
            break;
          }
          d.copies.delete(key);
          if (copy.status !== 'partial') this.#completeCopies--;
          this.#emit({ kind: 'copy', device: d.name, uid: copy.uid, key, change: 'discarded' }, 'copy.discarded', conn.session);
          break;
        }
        case 'uid-remembered': {
          d.uidMemory.set(e.uid, Math.floor(this.#tick / TICKS_PER_DAY));
          // Keep mode "commits" by remembering the UID (RFC 1939 §7); the unsafe order does it before the copy is durable.
          const early = d.spec.policy.commitOrder !== 'safe' && !d.durableUids.has(e.uid);
          this.#emit({ kind: 'uid-memory', device: d.name, uid: e.uid, change: 'remembered' }, early ? 'uid.remembered.unsafe' : 'uid.remembered', conn.session, 'RFC 1939 §7');
          break;
        }
        case 'uid-forgotten':
          d.uidMemory.delete(e.uid);
          this.#emit({ kind: 'uid-memory', device: d.name, uid: e.uid, change: 'forgotten' }, 'uid.forgotten', conn.session, 'RFC 1939 §7');
          break;
        case 'finished':
          conn.clientDone = true;
          conn.finished = { ok: e.ok, reason: e.reason };
          break;
      }
    }
    this.#sendC2s(conn, out.send);
  }

  #lastKeySession = -1;
  #lastAgentKey = '';
  #lastCopyKey = '';

  /** A device copy's key "<session>:<agent key>"; the message and save effects of one copy share one string. */
  #copyKey(session: number, agentKey: string): string {
    if (session !== this.#lastKeySession || agentKey !== this.#lastAgentKey) {
      this.#lastKeySession = session;
      this.#lastAgentKey = agentKey;
      this.#lastCopyKey = `${session}:${agentKey}`;
    }
    return this.#lastCopyKey;
  }

  /** Matches a device copy to its server message by content (octets equality). */
  #matchUid(octets: Octets, claimed: string | null, complete: boolean): string {
    // Fast path: the claimed UID names exactly these octets (contents are unique, so the
    // content lookup below would answer the same; a string compare is cheaper than hashing).
    if (claimed !== null && this.#octetsByUid.get(claimed) === octets) return claimed;
    const byContent = this.#uidByOctets.get(octets);
    if (byContent !== undefined) return byContent;
    if (claimed !== null && this.ledger.hasMessage(claimed)) return claimed;
    if (!complete) {
      // A cut transfer: name it by the unique message it is a prefix of, if any.
      let found: string | null = null;
      for (const [full, uid] of this.#uidByOctets) {
        if (full.startsWith(octets)) {
          if (found !== null) return '?';
          found = uid;
        }
      }
      if (found !== null) return found;
    }
    return '?';
  }

  #clientLost(conn: Connection): void {
    const agent = conn.agent;
    if (agent === null) return;
    if (!agent.finished) this.#clientOutput(conn, agent.connectionLost());
    conn.clientDone = true;
  }

  /** Closes the connection once both sides are done and the channels are drained. */
  #settle(conn: Connection): void {
    if (conn.status !== 'open') return;
    // Half-open: no FIN gets through, so neither end learns the other is done;
    // the client's timeout and the server's autologout end the two halves.
    if (conn.silent) return;
    if (conn.serverDone && conn.s2c.empty) {
      this.#clientLost(conn);
      for (const seg of conn.c2s.discardAll()) this.#segmentLost(conn, seg);
      conn.status = 'closed';
      this.#emit({ kind: 'connection', device: conn.device.name, change: 'closed' }, 'connection.closed', conn.session);
      this.#endSession(conn);
      this.#forget(conn);
    } else if (conn.clientDone && conn.c2s.empty && !conn.serverDone) {
      // The client closed its side; the server sees the FIN at once.
      conn.serverDone = true;
      this.#serverOutput(conn, conn.server.abort('connection-lost'));
      for (const seg of conn.s2c.discardAll()) this.#segmentLost(conn, seg);
      conn.status = 'closed';
      this.#emit({ kind: 'connection', device: conn.device.name, change: 'closed' }, 'connection.closed', conn.session);
      this.#endSession(conn);
      this.#forget(conn);
    }
  }

  #endSession(conn: Connection): void {
    if (conn.sessionEnded) return;
    conn.sessionEnded = true;
    const f: { ok: boolean; reason: EndReason } = conn.finished ?? { ok: false, reason: { code: conn.status === 'dropped' ? 'connection-lost' : 'connection-closed' } };
    this.#emit({ kind: 'session-end', device: conn.device.name, ok: f.ok, reason: f.reason }, f.ok ? 'session.end.ok' : 'session.end.failed', conn.session);
    if (conn.device.current === conn) conn.device.current = null;
  }

  /** Drops a connection from the schedule once neither side can act. */
  #forget(conn: Connection): void {
    if (conn.status === 'open' || !conn.serverDone) return;
    this.#connections = this.#connections.filter((c) => c !== conn);
  }

  // -------------------------------------------------------------------------
  // Fault placement

  #faultEvent(kind: FaultKind, device: string | undefined, detail: FaultDetail): void {
    const body: TraceBody = device === undefined ? { kind: 'fault', fault: kind, detail } : { kind: 'fault', fault: kind, device, detail };
    this.#emit(body, `fault.${kind}`, this.#byNameOrNull(device)?.current?.session);
  }

  #fire(f: ArmedFault, device: string | undefined): void {
    if (f.fired) return;
    f.fired = true;
    if (this.#firing) throw this.#bug('a fault fired while another was firing');
    this.#firing = true;
    try {
      this.applyFault(f.spec.kind, f.spec.device ?? device, f.spec.direction, f.spec.downtimeTicks);
    } finally {
      this.#firing = false;
    }
  }

  /** An action boundary: fire atStep faults that are due and faults queued by a trigger. */
  #boundary(): void {
    if (this.#firing) return;
    for (const f of this.#faults) {
      if (!f.fired && 'atStep' in f.spec.placement && this.nextStep >= f.spec.placement.atStep) this.#fire(f, f.spec.device);
    }
    this.#firePending();
  }

  /** Fires the faults queued by a trigger (onCommand), in the order they were queued. */
  #firePending(): void {
    if (this.#firing) return;
    for (let guard = 0; this.#pendingFaults.length > 0; guard++) {
      if (guard > this.#faults.length) throw this.#bug('fault queue did not drain');
      const next = this.#pendingFaults.shift()!;
      this.#fire(next.fault, next.device);
    }
  }

  #matchCommand(conn: Connection, keyword: string, when: 'sent' | 'delivered' | 'replied'): void {
    for (const f of this.#faults) {
      const p = f.spec.placement;
      if (f.fired || !('onCommand' in p) || p.when !== when || p.onCommand.toUpperCase() !== keyword) continue;
      // The trigger is the named device's own command, except for faults aimed
      // elsewhere (a second device logging in, the server crashing), which any
      // device's command can trigger.
      const aimedElsewhere = f.spec.kind === 'second-device-login' || f.spec.kind === 'crash-server';
      if (!aimedElsewhere && f.spec.device !== undefined && f.spec.device !== conn.device.name) continue;
      f.occurrences++;
      if (f.occurrences === (p.occurrence ?? 1) && !this.#pendingFaults.some((q) => q.fault === f)) this.#pendingFaults.push({ fault: f, device: conn.device.name });
    }
  }

  /** Octets of `seg` that may be delivered before an atOctet fault cuts it, or null if none applies. */
  #octetLimit(conn: Connection, seg: Segment): number | null {
    for (const f of this.#faults) {
      const p = f.spec.placement;
      if (f.fired || !('atOctet' in p) || p.direction !== seg.direction) continue;
      if (f.spec.device !== undefined && f.spec.device !== conn.device.name) continue;
      if (f.boundSegment === null) {
        if (p.during !== undefined && !seg.keywords.includes(p.during.toUpperCase())) continue;
        if (seg.octets.length <= p.atOctet) continue; // too short to be cut there
        if (f.countedSegment !== seg.id) {
          f.countedSegment = seg.id;
          f.occurrences++;
        }
        if (f.occurrences < (p.occurrence ?? 1)) continue;
        f.boundSegment = seg.id;
      }
      if (f.boundSegment !== seg.id) continue;
      return Math.max(0, p.atOctet - seg.delivered);
    }
    return null;
  }

  #fireOctetFault(conn: Connection, seg: Segment): void {
    for (const f of this.#faults) {
      if (!f.fired && f.boundSegment === seg.id) this.#fire(f, conn.device.name);
    }
  }

  // -------------------------------------------------------------------------
  // Trace

  /**
   * Appends a complete event (the hot paths build it as one literal, with the
   * keys in #emit's order: body, step, tick, explain, rfc, session, so the
   * object is allocated once with its final shape).
   */
  #push(event: TraceEvent): void {
    if (this.trace.length >= this.maxEvents) throw this.#bug(`trace exceeded maxEvents (${this.maxEvents})`);
    this.trace.push(event);
    this.ledger.apply(event);
    this.#checker?.afterEvent(event, this.ledger);
  }

  #emit(body: TraceBody, explain: string, session?: number, rfc?: string): void {
    if (this.trace.length >= this.maxEvents) throw this.#bug(`trace exceeded maxEvents (${this.maxEvents})`);
    // Every body is a fresh literal made by the caller, so it becomes the event itself
    // (no copy: this is the hottest path of a 10,000-message session).
    const event = body as TraceBody & { step: number; tick: number; explain: string; rfc?: string; session?: number };
    event.step = this.nextStep;
    event.tick = this.#tick;
    event.explain = explain;
    if (rfc !== undefined) event.rfc = rfc;
    if (session !== undefined) event.session = session;
    this.trace.push(event);
    this.ledger.apply(event);
    this.#checker?.afterEvent(event, this.ledger);
  }

  /**
   * Events dropped from the front of `trace` (LiveWorld.forgetTrace: a
   * long-lived world such as the terminal's keeps its history elsewhere,
   * bounded): trace[i] is step forgottenSteps + i. The ledger and the
   * invariant checker already hold what those events did; maxEvents bounds
   * the events kept, not the ones forgotten.
   */
  forgottenSteps = 0;

  /** The step number of the next event (steps keep counting after events are forgotten). */
  get nextStep(): number {
    return this.forgottenSteps + this.trace.length;
  }

  /** A final full check (UID stability over the whole maildrop). */
  finish(): void {
    this.#checker?.atEnd(this.ledger, this.nextStep);
  }

  #device(name: string): DeviceState {
    const d = this.#byName.get(name);
    if (!d) throw new SimulationError(`unknown device ${JSON.stringify(name)} (devices: ${this.deviceNames.join(', ')})`);
    return d;
  }

  #byNameOrNull(name: string | undefined): DeviceState | null {
    return name === undefined ? null : (this.#byName.get(name) ?? null);
  }

  #bug(message: string): SimulationError {
    return new SimulationError(`simulator bug (seed ${this.seed}, step ${this.nextStep}, tick ${this.#tick}): ${message}`);
  }
}
