/**
 * The simulator's public shapes: its input (a world to run), its output (an
 * append-only trace) and the read-only views the UI renders at a cursor.
 *
 * The UI reads only these types. It never runs a protocol rule itself: every
 * fact it shows (a message is marked, a copy is durable, a verdict) comes from
 * the simulator through them.
 */
import type { ClientPolicy, Personality, Protocol } from '../protocol/engine.ts';
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
}

export interface ChannelSpec {
  /** One-way latency in ticks. */
  readonly latencyTicks: number;
  /** Octets delivered per tick; a long reply streams in chunks of this size. */
  readonly octetsPerTick: number;
}

export type FaultKind =
  | 'drop-connection'
  | 'lose-segment'
  | 'crash-client'
  | 'crash-server'
  | 'idle-past-autologout'
  | 'second-device-login';

/** Where a fault fires. Exactly one placement. */
export type FaultPlacement =
  /** Before trace step N is produced (a step index of the unfaulted run). */
  | { readonly atStep: number }
  /** At simulated tick N. */
  | { readonly atTick: number }
  /** After `octet` octets of the next transfer matching `direction` (and, if given, a command keyword). */
  | { readonly atOctet: number; readonly direction: Direction; readonly during?: string }
  /** When a command with this keyword is sent (`when: 'sent'`), read by the server (`'delivered'`), or its reply has fully arrived, before the client reads it (`'replied'`). */
  | { readonly onCommand: string; readonly when: 'sent' | 'delivered' | 'replied'; readonly occurrence?: number }
  /** Each step, with probability numerator/denominator, drawn from the seeded PRNG. */
  | { readonly probability: { readonly numerator: number; readonly denominator: number } };

export interface FaultSpec {
  readonly kind: FaultKind;
  readonly device?: string;
  /** lose-segment: which direction loses its next segment. */
  readonly direction?: Direction;
  readonly placement: FaultPlacement;
}

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
  /** Hard bound on trace length; exceeding it is a simulator bug (asserted). */
  readonly maxEvents?: number;
}

// ---------------------------------------------------------------------------
// Output: the trace

export type Direction = 'c2s' | 's2c';

export type CopyStatus = 'partial' | 'memory' | 'durable';

export type TraceBody =
  | { readonly kind: 'session-start'; readonly device: string; readonly session: number }
  | { readonly kind: 'connection'; readonly device: string; readonly change: 'opened' | 'closed' | 'dropped' }
  /** Octets put on the channel; one command or one reply is one segment. */
  | { readonly kind: 'send'; readonly device: string; readonly direction: Direction; readonly segment: number; readonly octets: Octets; readonly label: string }
  /** Part or all of a segment arrives; `offset` is where this chunk starts in the segment. */
  | { readonly kind: 'deliver'; readonly device: string; readonly direction: Direction; readonly segment: number; readonly offset: number; readonly octets: Octets; readonly final: boolean }
  | { readonly kind: 'segment-lost'; readonly device: string; readonly direction: Direction; readonly segment: number; readonly undeliveredOctets: number }
  | { readonly kind: 'command'; readonly device: string; readonly keyword: string; readonly line: Octets }
  | { readonly kind: 'reply'; readonly device: string; readonly ok: boolean; readonly line: Octets; readonly multiline: boolean }
  | { readonly kind: 'server-state'; readonly device: string; readonly from: string; readonly to: string }
  | { readonly kind: 'client-state'; readonly device: string; readonly from: string; readonly to: string }
  | { readonly kind: 'marked' | 'unmarked'; readonly device: string; readonly uid: string; readonly number: number }
  /** `device` (added by the simulator) names the session whose commit or DELE removed it. */
  | { readonly kind: 'removed'; readonly uid: string; readonly reason: RemovalReason; readonly device?: string }
  | { readonly kind: 'lock'; readonly device: string; readonly change: 'locked' | 'refused' | 'released' }
  /** A device's copy of a message changed. `uid` is the server message it is a copy of (matched by content). */
  | { readonly kind: 'copy'; readonly device: string; readonly uid: string; readonly key: string; readonly change: CopyStatus | 'discarded' | 'lost' }
  | { readonly kind: 'uid-memory'; readonly device: string; readonly uid: string; readonly change: 'remembered' | 'forgotten' }
  | { readonly kind: 'fault'; readonly fault: FaultKind; readonly device?: string; readonly detail: string }
  | { readonly kind: 'session-end'; readonly device: string; readonly ok: boolean; readonly reason: string };

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
  /**
   * True from the device's crash-client fault until its next session-start:
   * the device is down because it crashed (not merely offline).
   */
  readonly crashed: boolean;
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
