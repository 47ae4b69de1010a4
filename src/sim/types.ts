/**
 * The simulator's public shapes: its input (a world to run), its output (an
 * append-only trace) and the read-only views the UI renders at a cursor.
 *
 * The UI reads only these types. It never runs a protocol rule itself: every
 * fact it shows (a message is marked, a copy is durable, a verdict) comes from
 * the simulator through them.
 */
import type { ClientPolicy, EndReason, Personality, Protocol } from '../protocol/engine.ts';
import type { Octets } from '../protocol/octets.ts';
import type { RemovalReason } from '../protocol/maildrop.ts';

// ---------------------------------------------------------------------------
// Input

export interface MessageSpec {
  /** RFC 5322 text, LF or CRLF; should carry a unique Message-ID. */
  readonly text: string;
  /** Optional fixed UID (RFC 1939 §7), else assigned. */
  readonly uid?: string;
  /** Simulated day of arrival (default 0). */
  readonly arrivedDay?: number;
  /**
   * Tick at which the message arrives in the maildrop during the run (SMTP
   * delivery while a device may be mid-session); absent = there from the start.
   * A POP3 session sees only what was there at login (RFC 1939 §8: the
   * maildrop is fixed for the session), so later mail waits for the next one.
   */
  readonly arrivesAtTick?: number;
}

export interface DeviceSpec {
  /** Display and lock-holder name, e.g. "Laptop". Unique in a world. */
  readonly name: string;
  readonly policy: ClientPolicy;
  /** Ticks from a save request until the copy is durable (fsync delay). */
  readonly writeDelayTicks: number;
  /** Ticks at which this device starts a session (each poll is one session). */
  readonly pollAtTicks: readonly number[];
  /** UIDs remembered from before the run, with the day first seen. */
  readonly knownUids?: Readonly<Record<string, number>>;
  /**
   * How long the client waits with no octet from the server before it gives
   * up on a connection (its read timeout); default DEFAULT_CLIENT_TIMEOUT_TICKS.
   * Only a half-open connection ('connection-silent') ever runs into it.
   */
  readonly clientTimeoutTicks?: number;
  /**
   * Keep the partial data of a cut transfer as if it were the message (a
   * careless client; reference §8 F1: "DUP or a corrupt copy if it keeps the
   * partial"). Default false: a partial copy is discarded.
   */
  readonly keepPartial?: boolean;
  /**
   * The user deletes a message (its 1-based position in `messages`) in the
   * mail program at a tick, in ascending tick order (Thunderbird: the Delete key). If the device holds a copy on
   * disk it is gone from the device; the message still counts as delivered to it
   * (the user read it and chose to delete it). With the policy's
   * deleteWhenDeletedLocally the client sends DELE for it at its next
   * session (Thunderbird popstate.dat status `d`, reference §7.2): a device
   * that had not fetched it yet never will.
   */
  readonly localDeletions?: ReadonlyArray<{ readonly message: number; readonly atTick: number }>;
}

export interface ChannelSpec {
  /** One-way latency in ticks. */
  readonly latencyTicks: number;
  /** Octets delivered per tick; a long reply streams in chunks of this size. */
  readonly octetsPerTick: number;
}

/**
 * The faults, as a learner meets them (src/sim/world.ts has the model):
 * - 'drop-connection': connection reset; both ends notice at once.
 * - 'connection-silent': the path goes silent (Wi-Fi hand-over, NAT
 *   timeout): half-open. The client gives up after its timeout; the server
 *   keeps the session and its lock until autologout (RFC 1939 §3).
 * - 'crash-client': the client app crashes; its OS closes the socket, so
 *   the server notices; the app's memory is lost.
 * - 'device-power-loss': the client device loses power: half-open as
 *   'connection-silent', and the memory is lost.
 * - 'crash-server': the server crashes and restarts after a downtime;
 *   connections are refused meanwhile.
 * - 'lose-segment': one segment is lost and TCP retransmits it after a
 *   retransmission timeout: a delay, never missing octets.
 */
export type FaultKind =
  | 'drop-connection'
  | 'connection-silent'
  | 'lose-segment'
  | 'crash-client'
  | 'device-power-loss'
  | 'crash-server'
  | 'idle-past-autologout'
  | 'second-device-login';

/** Where a fault fires. Exactly one placement. */
export type FaultPlacement =
  /** Before trace step N is produced (a step index of the unfaulted run). */
  | { readonly atStep: number }
  /** At simulated tick N. */
  | { readonly atTick: number }
  /**
   * After `atOctet` octets of a transfer matching `direction` (and, if given,
   * a command keyword): the `occurrence`-th such transfer long enough to be
   * cut there (default 1).
   */
  | { readonly atOctet: number; readonly direction: Direction; readonly during?: string; readonly occurrence?: number }
  /** When a command with this keyword is sent (`when: 'sent'`), read by the server (`'delivered'`), or its reply has fully arrived, before the client reads it (`'replied'`). */
  | { readonly onCommand: string; readonly when: 'sent' | 'delivered' | 'replied'; readonly occurrence?: number }
  /** Each step, with probability numerator/denominator, drawn from the seeded PRNG. */
  | { readonly probability: { readonly numerator: number; readonly denominator: number } };

export interface FaultSpec {
  readonly kind: FaultKind;
  readonly device?: string;
  /** lose-segment: which direction loses its next segment. */
  readonly direction?: Direction;
  /** crash-server: ticks the server stays down before it restarts (default DEFAULT_SERVER_DOWNTIME_TICKS). */
  readonly downtimeTicks?: number;
  readonly placement: FaultPlacement;
}

/**
 * What a POP2 server does with ACKD marks when the session ends without QUIT
 * (RFC 937 "ACKD" leaves it open): 'commit-nothing' forgets them (the marked
 * messages come again: duplicates); 'commit-on-release' applies them when the
 * mailbox is released however the session ended (UW ipop2d kept them).
 * A server crash commits nothing under either model.
 */
export type Pop2AbortModel = 'commit-nothing' | 'commit-on-release';

export interface WorldConfig {
  readonly protocol: Protocol;
  readonly personality: Personality;
  readonly hostname: string;
  readonly user: string;
  readonly secret: string;
  readonly messages: readonly MessageSpec[];
  readonly devices: readonly DeviceSpec[];
  readonly channel: ChannelSpec;
  readonly faults: readonly FaultSpec[];
  readonly seed: number;
  readonly autologoutTicks?: number;
  /** POP2 only: see Pop2AbortModel (default 'commit-nothing'). */
  readonly pop2Abort?: Pop2AbortModel;
  /** Hard bound on trace length; exceeding it is a simulator bug (asserted). */
  readonly maxEvents?: number;
}

// ---------------------------------------------------------------------------
// Output: the trace

export type Direction = 'c2s' | 's2c';

/**
 * What a fault found and did, as a code and its values: the simulator says
 * no words (issue 11); src/i18n/trace-words.ts does. 'no-connection' and
 * 'no-session': the fault fired with nothing to act on.
 */
export type FaultDetail =
  | { readonly code: 'no-connection' | 'no-session' }
  | { readonly code: 'connection-reset' | 'half-open' | 'app-crashed' | 'power-lost' | 'client-goes-silent' | 'already-in-session' | 'logs-in-now' }
  /** RFC 6298 §5: TCP resends the lost segment after its retransmission timeout. */
  | { readonly code: 'segment-lost'; readonly direction: Direction; readonly resendSeconds: number }
  | { readonly code: 'server-down'; readonly seconds: number }
  /** Not a fault: the invariant checker's end-of-run sentinel (src/sim/invariants.ts). */
  | { readonly code: 'end-of-run' };

export type CopyStatus = 'partial' | 'memory' | 'durable';

export type TraceBody =
  | { readonly kind: 'session-start'; readonly device: string; readonly session: number }
  /**
   * 'dropped': the connection broke (reset, crash, or the client gave up on a
   * silent one: `timedOut`); 'refused': the server was down, so no connection.
   */
  | { readonly kind: 'connection'; readonly device: string; readonly change: 'opened' | 'closed' | 'dropped' | 'refused'; readonly timedOut?: boolean }
  /** Octets put on the channel; one command or one reply is one segment. */
  | { readonly kind: 'send'; readonly device: string; readonly direction: Direction; readonly segment: number; readonly octets: Octets; readonly label: string }
  /** Part or all of a segment arrives; `offset` is where this chunk starts in the segment. */
  | { readonly kind: 'deliver'; readonly device: string; readonly direction: Direction; readonly segment: number; readonly offset: number; readonly octets: Octets; readonly final: boolean }
  /** The connection ended with this segment (or its rest) undelivered: those octets never arrive. */
  | { readonly kind: 'segment-lost'; readonly device: string; readonly direction: Direction; readonly segment: number; readonly undeliveredOctets: number }
  /** TCP resent a lost segment after its retransmission timeout (RFC 6298): it arrives late, complete. */
  | { readonly kind: 'retransmitted'; readonly device: string; readonly direction: Direction; readonly segment: number; readonly delayTicks: number }
  /** The crashed server is back and accepts connections again. */
  | { readonly kind: 'server-restarted' }
  /** New mail is delivered to the maildrop during the run (MessageSpec.arrivesAtTick). */
  | { readonly kind: 'arrived'; readonly uid: string }
  | { readonly kind: 'command'; readonly device: string; readonly keyword: string; readonly line: Octets }
  | { readonly kind: 'reply'; readonly device: string; readonly ok: boolean; readonly line: Octets; readonly multiline: boolean }
  | { readonly kind: 'server-state'; readonly device: string; readonly from: string; readonly to: string }
  | { readonly kind: 'client-state'; readonly device: string; readonly from: string; readonly to: string }
  | { readonly kind: 'marked' | 'unmarked'; readonly device: string; readonly uid: string; readonly number: number }
  /** `device` (added by the simulator) names the session whose commit or DELE removed it. */
  | { readonly kind: 'removed'; readonly uid: string; readonly reason: RemovalReason; readonly device?: string }
  | { readonly kind: 'lock'; readonly device: string; readonly change: 'locked' | 'refused' | 'released' }
  /** A device's copy of a message changed. `uid` is the server message it is a copy of (matched by content). */
  | { readonly kind: 'copy'; readonly device: string; readonly uid: string; readonly key: string; readonly change: CopyStatus | 'discarded' | 'lost' | 'deleted' }
  | { readonly kind: 'uid-memory'; readonly device: string; readonly uid: string; readonly change: 'remembered' | 'forgotten' }
  | { readonly kind: 'fault'; readonly fault: FaultKind; readonly device?: string; readonly detail: FaultDetail }
  | { readonly kind: 'session-end'; readonly device: string; readonly ok: boolean; readonly reason: EndReason };

export type TraceEvent = TraceBody & {
  /** Index in the trace (0-based). */
  readonly step: number;
  readonly tick: number;
  /** Key into the explanation catalogue (src/sim/explain.ts). */
  readonly explain: string;
  /** RFC citation, e.g. "RFC 1939 §6". */
  readonly rfc?: string;
  /**
   * The device's session number this event belongs to (added by the
   * simulator): a crashed client's stale server session can still act
   * (autologout, lock release) while the same device runs a newer session.
   */
  readonly session?: number;
};

// ---------------------------------------------------------------------------
// Views at a cursor

export type ServerMessageStatus = 'present' | 'marked' | 'removed';

export interface ServerMessageView {
  readonly uid: string;
  /** Subject or a short label for the message. */
  readonly label: string;
  readonly sizeOctets: number;
  readonly status: ServerMessageStatus;
  readonly markedBy?: string;
  readonly removedReason?: RemovalReason;
}

/**
 * The one fact the stage shows about a device's link. 'dropped' from a
 * reset's own fault step (before its connection event); 'crashed' (the
 * device is down: crash-client or device-power-loss) from the fault's step
 * until its next session-start, whatever the old connection's events say.
 */
export type ConnectionStatus = 'offline' | 'connected' | 'closed' | 'dropped' | 'crashed';

export interface CopyView {
  readonly uid: string;
  readonly label: string;
  readonly status: CopyStatus;
  /** How many complete copies this device holds (2+ is a duplicate). */
  readonly count: number;
}

export interface DeviceView {
  readonly name: string;
  readonly connection: ConnectionStatus;
  readonly clientState: string;
  readonly serverState: string;
  readonly copies: readonly CopyView[];
  readonly uidMemory: readonly string[];
}

export interface InFlightView {
  readonly device: string;
  readonly direction: Direction;
  readonly segment: number;
  readonly label: string;
  readonly totalOctets: number;
  readonly deliveredOctets: number;
}

export type Verdict = 'delivered' | 'duplicated' | 'lost' | 'gap' | 'pending';

export interface CustodyView {
  readonly uid: string;
  readonly label: string;
  readonly verdict: Verdict;
  /** Complete copies per device. */
  readonly copiesByDevice: Readonly<Record<string, number>>;
  readonly onServer: boolean;
  /** Devices whose user read this message and then deleted it locally: served, though they hold no copy now. */
  readonly deletedBy?: readonly string[];
  /** The step where the last copy vanished (lost) or the extra copy appeared (duplicated). */
  readonly decisiveStep?: number;
}

export interface WorldView {
  readonly step: number;
  readonly tick: number;
  readonly protocol: Protocol;
  readonly serverUp: boolean;
  readonly lockHolder: string | null;
  readonly maildrop: readonly ServerMessageView[];
  readonly devices: readonly DeviceView[];
  readonly inFlight: readonly InFlightView[];
  readonly custody: readonly CustodyView[];
}

export interface Outcome {
  readonly delivered: number;
  readonly duplicated: number;
  readonly lost: number;
  readonly gap: number;
  readonly messages: readonly CustodyView[];
}
