/**
 * The maildrop: the server's durable store of one user's messages, shared by
 * the POP1, POP2 and POP3 servers and by every session that opens it.
 *
 * Rules of this module:
 * - Messages are kept in CRLF form, so a message's size is exactly the octet
 *   count RFC 1939 §11 asks LIST and STAT to report.
 * - A message's UID is assigned once on delivery and never reused in this
 *   maildrop (RFC 1939 §7), even after the message is removed.
 * - Marks belong to sessions, not to the maildrop: a session marks, and only
 *   its commit (POP3 UPDATE, POP2 release, POP1 RCVD) calls `remove`.
 *   The maildrop itself never decides to delete; personalities and
 *   retention policies call `remove` with a reason, which is recorded.
 * - The exclusive lock (RFC 1939 §4) is held by a session id.
 */
import { toCrlf, type Octets } from './octets.ts';

export interface StoredMessage {
  /** Persistent unique-id: 1..70 chars in 0x21..0x7E (RFC 1939 §7). */
  readonly uid: string;
  /** The RFC 5322 message in CRLF form. */
  readonly octets: Octets;
  /** The simulated day the message arrived, for retention policies (RFC 1939 §8). */
  readonly arrivedDay: number;
}

export type RemovalReason =
  /** RFC 1939 §6: removed in UPDATE after QUIT from TRANSACTION. */
  | 'update'
  /** RFC 937 "ACKD": POP2 commits marks when the mailbox is released or on FOLD. */
  | 'release'
  /** RFC 918 "RCVD": POP1 deletes the mailbox contents after RDEL ... RCVD. */
  | 'rcvd'
  /** Non-conformant personality: DELE removes at once. */
  | 'expunge-on-dele'
  /** RFC 2449 §6.7 EXPIRE 0 / RFC 1939 §8 download-once site policy. */
  | 'download-once'
  /** RFC 1939 §8 site retention policy: removed for age. */
  | 'retention';

export interface Removal {
  readonly uid: string;
  readonly reason: RemovalReason;
}

/** Any char that is not one octet (code above 0xFF). */
const NOT_AN_OCTET = /[^\x00-\xff]/;

const UID_PATTERN = /^[\x21-\x7e]{1,70}$/;

export function isValidUid(uid: string): boolean {
  return UID_PATTERN.test(uid);
}

export class Maildrop {
  // Appended in place (delivery of a large maildrop stays linear); readers get
  // an immutable snapshot, so a session's numbering never sees later changes.
  #messages: StoredMessage[] = [];
  #snapshot: readonly StoredMessage[] | undefined;
  #lockHolder: string | null = null;
  readonly #usedUids = new Set<string>();
  #nextSerial = 1;
  /**
   * RFC 1081 "LAST": the highest message number accessed, kept across
   * sessions. Only used when a server enables the historic LAST command.
   */
  lastAccessed = 0;

  constructor(
    readonly user: string,
    readonly uidValidity = 'a1b2c3d4',
  ) {}

  /** Present messages in arrival order; the order sessions number them in (RFC 1939 §4). */
  get messages(): readonly StoredMessage[] {
    this.#snapshot ??= Object.freeze(this.#messages.slice());
    return this.#snapshot;
  }

  get lockHolder(): string | null {
    return this.#lockHolder;
  }

  /**
   * Delivers a message. The UID follows Dovecot's default shape (an
   * 8-hex-digit serial and an 8-hex-digit UIDVALIDITY) unless one is given.
   */
  deliver(text: Octets, options: { uid?: string; arrivedDay?: number } = {}): StoredMessage {
    // RFC 1939 §11: sizes are octet counts, so the text must already be octets
    // (e.g. utf8ToOctets). A char above 0xFF is the caller's bug, not mail.
    const wide = NOT_AN_OCTET.exec(text);
    if (wide) {
      throw new RangeError(`deliver: char code 0x${text.charCodeAt(wide.index).toString(16)} at index ${wide.index} is not an octet; encode the message first (utf8ToOctets)`);
    }
    const uid = options.uid ?? this.#freshUid();
    if (!isValidUid(uid)) throw new RangeError(`invalid UID ${JSON.stringify(uid)} (RFC 1939 §7: 1-70 chars 0x21-0x7E)`);
    if (this.#usedUids.has(uid)) throw new RangeError(`UID ${uid} was already used in this maildrop (RFC 1939 §7)`);
    this.#usedUids.add(uid);
    const message: StoredMessage = { uid, octets: toCrlf(text), arrivedDay: options.arrivedDay ?? 0 };
    this.#messages.push(message);
    this.#snapshot = undefined;
    return message;
  }

  /**
   * The UID the next delivery without one would get, taken now: for mail the
   * simulator will deliver later in the run but must name from the start.
   * A reserved UID is never handed out again (RFC 1939 §7).
   */
  reserveUid(): string {
    return this.#freshUid();
  }

  find(uid: string): StoredMessage | undefined {
    return this.#messages.find((m) => m.uid === uid);
  }

  /** Takes the exclusive lock (RFC 1939 §4). Returns false when another session holds it. */
  tryLock(sessionId: string): boolean {
    if (this.#lockHolder !== null && this.#lockHolder !== sessionId) return false;
    this.#lockHolder = sessionId;
    return true;
  }

  unlock(sessionId: string): void {
    if (this.#lockHolder === sessionId) this.#lockHolder = null;
  }

  /** Forcibly clears the lock, e.g. when the whole server restarts. */
  clearLock(): void {
    this.#lockHolder = null;
  }

  /** Removes messages for the given reason and returns what was removed, in order. */
  remove(uids: Iterable<string>, reason: RemovalReason): Removal[] {
    const doomed = new Set(uids);
    const removed: Removal[] = [];
    const kept: StoredMessage[] = [];
    for (const message of this.#messages) {
      if (doomed.has(message.uid)) removed.push({ uid: message.uid, reason });
      else kept.push(message);
    }
    this.#messages = kept;
    if (removed.length > 0) this.#snapshot = undefined;
    return removed;
  }

  /** RFC 1939 §8 site retention: removes messages older than `days` on `today`. */
  expire(today: number, days: number): Removal[] {
    const old = this.#messages.filter((m) => today - m.arrivedDay >= days).map((m) => m.uid);
    return this.remove(old, 'retention');
  }

  #freshUid(): string {
    for (;;) {
      const uid = this.#nextSerial.toString(16).padStart(8, '0') + this.uidValidity;
      this.#nextSerial++;
      if (!this.#usedUids.has(uid)) return uid;
    }
  }
}

/** One server's accounts: user name, secret and maildrop. */
export interface Account {
  readonly user: string;
  /** Shared secret: the PASS password, the APOP and CRAM-MD5 secret. */
  readonly secret: string;
  readonly maildrop: Maildrop;
}

export class PostOffice {
  readonly #accounts = new Map<string, Account>();

  constructor(readonly hostname = 'pop.example.org') {}

  addAccount(user: string, secret: string): Account {
    const account: Account = { user, secret, maildrop: new Maildrop(user) };
    this.#accounts.set(user, account);
    return account;
  }

  account(user: string): Account | undefined {
    return this.#accounts.get(user);
  }

  get accounts(): readonly Account[] {
    return [...this.#accounts.values()];
  }
}
