/**
 * The contracts every protocol engine keeps, server and client, so that the
 * simulator, the TCP bridge and the terminal drive POP1, POP2 and POP3 alike.
 *
 * Sans-I/O: engines get octets and report octets to send plus events. They
 * never see sockets, timers, randomness or the DOM. Time is passed in as an
 * integer tick (1 tick = 1 simulated millisecond) where a rule needs it
 * (autologout, RFC 1939 §3).
 *
 * Blame: a peer's bad input is an outcome (`-ERR`, a `peer-error` event);
 * a caller's misuse of an engine (e.g. receive after close) is a bug and throws.
 */
import type { Digests } from './digests.ts';
import type { Octets } from './octets.ts';
import type { RemovalReason } from './maildrop.ts';

export type Protocol = 'pop1' | 'pop2' | 'pop3';

export const TICKS_PER_SECOND = 1000;
export const TICKS_PER_DAY = 86_400 * TICKS_PER_SECOND;
/** RFC 1939 §3: an autologout timer, if any, is at least 10 minutes. */
export const MIN_AUTOLOGOUT_TICKS = 10 * 60 * TICKS_PER_SECOND;

/** Server personalities: how this server treats the maildrop (design.md "Modes and knobs"). */
export type Personality =
  | { readonly kind: 'rfc' }
  /** Non-conformant: DELE removes the message at once, not in UPDATE. */
  | { readonly kind: 'expunge-on-dele' }
  /** RFC 2449 §6.7 EXPIRE 0 / RFC 1939 §8: RETRieved messages are removed at a clean QUIT. */
  | { readonly kind: 'download-once' }
  /** A server without UIDL (RFC 1939 §7 makes it optional). */
  | { readonly kind: 'no-uidl' }
  /** RFC 1939 §8 site retention: messages older than `days` are removed (announced as EXPIRE). */
  | { readonly kind: 'retention-days'; readonly days: number }
  /** Non-conformant: RETR/TOP data is sent without byte-stuffing (RFC 1939 §3), so a body line "." ends it early. */
  | { readonly kind: 'no-dot-stuffing' }
  /** RFC 2449 §6.5, §8.1.1: a login sooner than `seconds` after the user's previous login gets -ERR [LOGIN-DELAY]. */
  | { readonly kind: 'login-delay'; readonly seconds: number }
  /** UPDATE partly fails: only the first half (rounded down) of the marked messages is removed, then -ERR (RFC 1939 §6). */
  | { readonly kind: 'update-fails' }
  /**
   * The user has no write access to the maildrop (POP2 and POP1 only; a POP3
   * server treats it as rfc). POP2: ACKD is answered as usual but deletes
   * nothing (RFC 937 "ACKD"). POP1: RCVD after RDEL is answered -ERR and
   * deletes nothing (RFC 918 "RCVD"). Catalogue F21.
   */
  | { readonly kind: 'read-only' }
  /**
   * Non-conformant: UIDL shows fresh unique-ids in every session (as after a
   * migration or index rebuild), breaking RFC 1939 §7's persistence. Catalogue F16.
   */
  | { readonly kind: 'uids-reassigned' };

export type PersonalityKind = Personality['kind'];

/**
 * Parses `rfc`, `expunge-on-dele`, `download-once`, `no-uidl`, `no-dot-stuffing`, `update-fails`, `read-only`, `uids-reassigned`,
 * `retention-days N` and `login-delay N` (or `retention-days:N`, `login-delay:N`).
 */
export function parsePersonality(text: string): Personality | { readonly error: string } {
  const trimmed = text.trim();
  const retention = /^retention-days[\s:=]+(\d{1,5})$/.exec(trimmed);
  if (retention) return { kind: 'retention-days', days: Number(retention[1]) };
  const delay = /^login-delay[\s:=]+(\d{1,5})$/.exec(trimmed);
  if (delay) return { kind: 'login-delay', seconds: Number(delay[1]) };
  switch (trimmed) {
    case 'rfc':
    case 'expunge-on-dele':
    case 'download-once':
    case 'no-uidl':
    case 'no-dot-stuffing':
    case 'update-fails':
    case 'read-only':
    case 'uids-reassigned':
      return { kind: trimmed };
    default:
      return { error: `unknown personality "${trimmed}" (try rfc, expunge-on-dele, download-once, no-uidl, no-dot-stuffing, update-fails, read-only, uids-reassigned, retention-days N, login-delay N)` };
  }
}

export function personalityName(p: Personality): string {
  if (p.kind === 'retention-days') return `retention-days ${p.days}`;
  if (p.kind === 'login-delay') return `login-delay ${p.seconds}`;
  return p.kind;
}

/** What an engine observed or did, in order. The simulator turns these into trace events. */
export type ProtocolEvent =
  /** A command line the server parsed (before it answered). */
  | { readonly type: 'command'; readonly keyword: string; readonly line: Octets }
  /** The first line of a reply the server sent; `multiline` when data lines follow. */
  | { readonly type: 'reply'; readonly ok: boolean; readonly line: Octets; readonly multiline: boolean; readonly rfc: string }
  | { readonly type: 'state'; readonly from: string; readonly to: string; readonly rfc: string }
  | { readonly type: 'locked'; readonly user: string; readonly rfc?: string }
  | { readonly type: 'lock-refused'; readonly user: string; readonly rfc: string }
  | { readonly type: 'unlocked'; readonly user: string; readonly rfc?: string }
  | { readonly type: 'authenticated'; readonly user: string; readonly mechanism: string }
  | { readonly type: 'auth-failed'; readonly user: string | null; readonly mechanism: string }
  /** A session mark: POP3 DELE, POP2 ACKD, POP1 RDEL (whole mailbox). Nothing is removed yet. */
  | { readonly type: 'marked'; readonly uid: string; readonly number: number; readonly rfc: string }
  | { readonly type: 'unmarked'; readonly uid: string; readonly number: number; readonly rfc: string }
  | { readonly type: 'removed'; readonly uid: string; readonly reason: RemovalReason; readonly rfc: string }
  /** The server sent a complete message (RETR, TOP with the whole body, POP2 RETR, POP1 RCEV). */
  | { readonly type: 'sent-message'; readonly uid: string; readonly number: number; readonly octets: number }
  | { readonly type: 'tls-started' }
  | { readonly type: 'autologout'; readonly rfc: string }
  /** A session that ended without its commit point: nothing removed (RFC 1939 §6). */
  | { readonly type: 'aborted'; readonly reason: 'connection-lost' | 'autologout' | 'server-crash'; readonly rfc: string }
  /** The peer broke a rule; the reply was -ERR (or the POP2 `-`). Kept for the explanation panel. */
  | { readonly type: 'peer-error'; readonly message: string; readonly rfc: string };

export interface ServerOutput {
  /** Octets to send, in order (may be empty). */
  readonly send: Octets;
  readonly events: readonly ProtocolEvent[];
  /** The server closes the connection after sending `send`. */
  readonly close: boolean;
}

/** One server-side session on one connection. */
export interface ServerSession {
  readonly protocol: Protocol;
  /** Current state name from the protocol's transition table. */
  readonly state: string;
  readonly closed: boolean;
  /** The greeting, sent when the connection opens. */
  greet(nowTick: number): ServerOutput;
  /** Octets from the client, split anywhere. */
  receive(octets: Octets, nowTick: number): ServerOutput;
  /** Called as time passes; closes the session on autologout (RFC 1939 §3: no UPDATE, no reply). */
  poll(nowTick: number): ServerOutput;
  /** The connection was lost or the server crashed: release the lock, remove nothing (RFC 1939 §6). */
  abort(reason: 'connection-lost' | 'server-crash'): ServerOutput;
}

export interface ServerOptions {
  readonly personality?: Personality;
  /** Ticks of inactivity before autologout; RFC 1939 §3 minimum 10 minutes. Default 10 minutes. */
  readonly autologoutTicks?: number;
  /** A unique id for the lock holder, e.g. "laptop#1". */
  readonly sessionId: string;
  /** The greeting's APOP timestamp (RFC 1939 §7); the simulator makes it from its seed. */
  readonly apopTimestamp?: string;
  /** Offer the historic RFC 1081 LAST command. */
  readonly enableLast?: boolean;
  /** Offer STLS (RFC 2595) as a simulated upgrade. */
  readonly enableStls?: boolean;
  /** The simulated day, for retention-days personalities. */
  readonly today?: number;
  /** RFC 2449 IMPLEMENTATION string. */
  readonly implementation?: string;
  /**
   * POP2 only. What an abort (a lost connection, the T2 timeout) does to ACKD
   * marks, which RFC 937 "ACKD" leaves open: 'commit-nothing' (default)
   * forgets them; 'commit-on-release' applies them as the mailbox is
   * released, as UW ipop2d did. A server crash commits nothing either way.
   */
  readonly pop2Abort?: 'commit-nothing' | 'commit-on-release';
  /** MD5 for APOP and CRAM-MD5 (digests.ts); without them those commands are a caller bug. */
  readonly digests?: Digests;
}

// ---------------------------------------------------------------------------
// Client agents

/** What the client does with mail on the server once it has a copy: the learner's "Retention" (design.md "Modes and knobs"). */
export type Retention = 'delete' | 'keep';
export const RETENTIONS: readonly Retention[] = ['delete', 'keep'];

/** When the client lets the server delete a copy, relative to the copy being durable (catalogue F7, F8). */
export type CommitOrder = 'safe' | 'unsafe' | 'pipelined';

/**
 * The commit plan the three clients share: per retention, the command that
 * hands each copy back to the server (POP1 reads with RDEL or RETR and RCVD
 * confirms, RFC 918; POP2 acknowledges with ACKD or ACKS, RFC 937; POP3
 * deletes with DELE or sends nothing, RFC 1939 §5); per commit order, when
 * it goes out: `afterSave` waits for the device's saved(key); otherwise at
 * once when the copy has arrived (catalogue F7), and `withRetrieve` puts it
 * on the wire with the retrieve itself, before any data (RFC 2449 §6.6,
 * catalogue F8; POP1 and POP2 cannot pipeline, so for them it is "on arrival").
 */
export const COMMIT_PLAN = {
  command: {
    pop1: { delete: 'RDEL', keep: 'RETR' },
    pop2: { delete: 'ACKD', keep: 'ACKS' },
    pop3: { delete: 'DELE', keep: null },
  },
  order: {
    safe: { afterSave: true, withRetrieve: false },
    unsafe: { afterSave: false, withRetrieve: false },
    pipelined: { afterSave: false, withRetrieve: true },
  },
} as const satisfies {
  readonly command: Readonly<Record<Protocol, Readonly<Record<Retention, string | null>>>>;
  readonly order: Readonly<Record<CommitOrder, { readonly afterSave: boolean; readonly withRetrieve: boolean }>>;
};

/** How the client treats mail on the server (design.md "Modes and knobs"). */
export interface ClientPolicy {
  /** delete: DELE/ACKD/RDEL+RCVD after retrieval. keep: leave on server (POP3 + UIDL memory). COMMIT_PLAN.command names the command. */
  readonly retention: Retention;
  /** keep mode: delete from the server after this many days (Thunderbird delete_by_age). */
  readonly keepDays?: number;
  /** keep mode: DELE messages the user deleted locally (Thunderbird delete_mail_left_on_server). */
  readonly deleteWhenDeletedLocally?: boolean;
  /** false: a client that never sends UIDL, so keep mode re-downloads everything (catalogue F15). */
  readonly useUidl: boolean;
  /**
   * safe: save durably, then delete. unsafe: send the delete request before
   * the copy is durable. pipelined: RETR n and DELE n sent together (RFC 2449 §6.6).
   */
  readonly commitOrder: CommitOrder;
  readonly auth?: 'user-pass' | 'apop' | 'sasl-plain' | 'cram-md5';
  /**
   * A buggy client that deletes by a message number remembered from an
   * earlier session (catalogue F18). The numbers are sent as `DELE n` after login.
   */
  readonly staleDeleteNumbers?: readonly number[];
}

export interface ClientContext {
  readonly user: string;
  readonly secret: string;
  /** UIDs this device remembers from earlier sessions, with the day each was first seen. */
  readonly knownUids: ReadonlyMap<string, number>;
  /** UIDs the user deleted locally (for deleteWhenDeletedLocally). */
  readonly locallyDeleted: ReadonlySet<string>;
  /** The simulated day, for keepDays. */
  readonly today: number;
  /** MD5 for APOP and CRAM-MD5 (digests.ts); without them those logins are a caller bug. */
  readonly digests?: Digests;
}

/**
 * Why a client's session ended, as a code and the values its sentence needs,
 * never words (issue 11: the engines and the simulator emit codes;
 * src/i18n/trace-words.ts says them in the page's language). `line` is the
 * server's line as the client read it, shown verbatim; `rfc` the rule the
 * reason rests on.
 */
export type EndReason = (
  /** As planned: the server answered QUIT. */
  | { readonly code: 'quit' }
  /** The connection broke; `after` is the failure that had made the client send QUIT. */
  | { readonly code: 'connection-lost' }
  | { readonly code: 'lost-before-quit-reply'; readonly after?: EndReason }
  /** The server said no; the client says goodbye (design: a `-ERR` is an outcome, not a bug). */
  | { readonly code: 'greeting-refused'; readonly line: string }
  | { readonly code: 'refused'; readonly command: string; readonly line: string }
  | { readonly code: 'login-failed'; readonly command: string; readonly line: string }
  | { readonly code: 'in-use'; readonly line: string }
  | { readonly code: 'login-delay'; readonly line: string }
  | { readonly code: 'no-apop-timestamp' }
  /** The server broke the protocol: the peer's violation (PEER_VIOLATIONS). */
  | { readonly code: 'unexpected-reply'; readonly command: string; readonly line: string }
  | { readonly code: 'reply-not-due'; readonly line: string }
  | { readonly code: 'malformed-reply'; readonly command: string; readonly expected: string; readonly line: string }
  | { readonly code: 'not-a-status'; readonly line: string }
  /** `octets` is unknown when the reader stopped at its limit. */
  | { readonly code: 'line-too-long'; readonly limit: number; readonly octets?: number }
  | { readonly code: 'sasl-challenge-after-initial' | 'sasl-ok-before-response' | 'sasl-not-base64' | 'sasl-second-challenge' }
  /** The simulator's own: the end came from outside the agent (src/sim/world.ts). */
  | { readonly code: 'connection-closed' | 'connection-refused' | 'timed-out' | 'app-crashed' | 'power-lost' }
) & { readonly rfc?: string };

export type EndCode = EndReason['code'];

/** The reasons that are the server's violation of the protocol, not a refusal. */
export const PEER_VIOLATIONS: ReadonlySet<EndCode> = new Set<EndCode>([
  'unexpected-reply',
  'reply-not-due',
  'malformed-reply',
  'not-a-status',
  'line-too-long',
  'sasl-challenge-after-initial',
  'sasl-ok-before-response',
  'sasl-not-base64',
  'sasl-second-challenge',
]);

export type ClientEffect =
  /** The client put a command on the wire. */
  | { readonly type: 'command'; readonly line: Octets }
  /** A reply's first line as the client read it. */
  | { readonly type: 'reply'; readonly ok: boolean; readonly line: Octets }
  | { readonly type: 'state'; readonly from: string; readonly to: string }
  /**
   * A message arrived. `complete` false means the transfer was cut: the
   * client got no terminator or fewer octets than announced (RFC 1939 §5.3 of
   * our notes) and must discard it. `key` names this copy for `saved()`.
   */
  | { readonly type: 'message'; readonly key: string; readonly uid: string | null; readonly number: number; readonly octets: Octets; readonly complete: boolean }
  /** The client asks its device to write this copy to durable storage. */
  | { readonly type: 'save'; readonly key: string }
  /** The client asks its device to discard a partial copy. */
  | { readonly type: 'discard'; readonly key: string }
  | { readonly type: 'uid-remembered'; readonly uid: string }
  | { readonly type: 'uid-forgotten'; readonly uid: string }
  | { readonly type: 'finished'; readonly ok: boolean; readonly reason: EndReason };

export interface ClientOutput {
  readonly send: Octets;
  readonly effects: readonly ClientEffect[];
}

/** One client-side session: reads replies, emits the next commands. */
export interface ClientAgent {
  readonly protocol: Protocol;
  readonly state: string;
  readonly finished: boolean;
  /** Octets from the server, split anywhere (the greeting comes this way too). */
  receive(octets: Octets): ClientOutput;
  /** The device reports that the copy named `key` is now durable. */
  saved(key: string): ClientOutput;
  /** The connection was lost: report partial copies, finish. */
  connectionLost(): ClientOutput;
}
