/**
 * The POP3 server engine (RFC 1939, with RFC 2449 CAPA and response codes,
 * RFC 5034 AUTH, RFC 2195 CRAM-MD5, RFC 2595 STLS, RFC 3206 [AUTH], and the
 * historic RFC 1081 LAST). Sans-I/O: octets in, octets and events out.
 *
 * Rules of this module:
 * - Every state rule lives here, in POP3_TRANSITIONS. A command is accepted
 *   only if the table has an entry for (state, command); a missing entry is
 *   the error path, answered `-ERR <CMD> is not allowed in state <STATE>`,
 *   never a silent default. The UI draws the state diagram from this table.
 *   Handlers may still refuse a command the table allows (a guard: bad
 *   argument, wrong password, lock held); they then stay in the same state.
 *   Two guards live inside AUTHORIZATION rather than as states: PASS is
 *   valid only on the line right after a successful USER (RFC 1939 §7), and
 *   during an AUTH exchange each line is a SASL response, not a command
 *   (RFC 5034 §4).
 * - Nothing leaves the maildrop except: UPDATE after QUIT from TRANSACTION
 *   (RFC 1939 §6), and the personalities that say otherwise
 *   (expunge-on-dele, download-once at UPDATE, retention-days at lock time).
 *   Drops, crashes and autologout release the lock and remove nothing.
 * - Blame: the peer's bad input is answered `-ERR` and recorded as a
 *   `peer-error` event; it never throws. Our caller's misuse (receive
 *   before greet or after close) is a bug and throws.
 * - Message numbers and sizes are fixed when the maildrop is locked
 *   (RFC 1939 §4); sizes are the octets of the CRLF form (§11).
 * - Every status line we send is at most 512 octets with its CRLF (§3); the
 *   engine asserts this, and truncates anything of the peer's it echoes.
 * - Events and outputs are frozen plain objects.
 */
import { isOneOf, nextState, type ServerMachine } from '../machine.ts';
import { CRLF, type Octets } from '../octets.ts';
import { LineDecoder, POP3_LIMITS, stuffMultiline } from '../wire.ts';
import type { Account, PostOffice, StoredMessage } from '../maildrop.ts';
import type { RemovalReason } from '../maildrop.ts';
import {
  MIN_AUTOLOGOUT_TICKS,
  TICKS_PER_SECOND,
  type Personality,
  type ProtocolEvent,
  type ServerOptions,
  type ServerOutput,
  type ServerSession,
} from '../engine.ts';
import { apopDigest, cramMd5Digest, decodeBase64, encodeBase64, isDigestHex, parseCramResponse, parsePlain, sameSecret } from '../sasl.ts';

// ---------------------------------------------------------------------------
// The table

export const POP3_STATES = ['AUTHORIZATION', 'TRANSACTION', 'UPDATE'] as const;
export type Pop3State = (typeof POP3_STATES)[number];

export const POP3_COMMANDS = [
  'USER', 'PASS', 'APOP', 'AUTH', 'CAPA', 'STLS', 'QUIT',
  'STAT', 'LIST', 'RETR', 'DELE', 'NOOP', 'RSET', 'TOP', 'UIDL', 'LAST',
] as const;
export type Pop3Command = (typeof POP3_COMMANDS)[number];

/**
 * State after a command *succeeds*, per state. A guard may still refuse a
 * listed command (then the state does not change). QUIT in AUTHORIZATION
 * stays in AUTHORIZATION and closes (no UPDATE, RFC 1939 §6); QUIT in
 * TRANSACTION enters UPDATE, which removes the marked messages and closes.
 * UPDATE accepts nothing: the server is finishing (RFC 1939 §6).
 */
export const POP3_TRANSITIONS: Readonly<Record<Pop3State, Readonly<Partial<Record<Pop3Command, Pop3State>>>>> = Object.freeze({
  AUTHORIZATION: Object.freeze({
    USER: 'AUTHORIZATION',
    PASS: 'TRANSACTION',
    APOP: 'TRANSACTION',
    AUTH: 'TRANSACTION',
    CAPA: 'AUTHORIZATION',
    STLS: 'AUTHORIZATION',
    QUIT: 'AUTHORIZATION',
  }),
  TRANSACTION: Object.freeze({
    STAT: 'TRANSACTION',
    LIST: 'TRANSACTION',
    RETR: 'TRANSACTION',
    DELE: 'TRANSACTION',
    NOOP: 'TRANSACTION',
    RSET: 'TRANSACTION',
    TOP: 'TRANSACTION',
    UIDL: 'TRANSACTION',
    LAST: 'TRANSACTION',
    CAPA: 'TRANSACTION',
    QUIT: 'UPDATE',
  }),
  UPDATE: Object.freeze({}),
});

/** What each state means, for the diagram and the explanation panel. */
export const POP3_STATE_INFO: Readonly<Record<Pop3State, { readonly rfc: string; readonly summary: string }>> = Object.freeze({
  AUTHORIZATION: { rfc: 'RFC 1939 §4', summary: 'Greeting sent; the client must identify itself. QUIT here ends the session without UPDATE.' },
  TRANSACTION: { rfc: 'RFC 1939 §5', summary: 'The maildrop is locked and numbered; DELE only marks. A drop or timeout here removes nothing.' },
  UPDATE: { rfc: 'RFC 1939 §6', summary: 'Entered only by QUIT from TRANSACTION: marked messages are removed, the lock released, the connection closed.' },
});

/** The POP3 server's machine (protocol/machine.ts): the engine and the state diagram both run on it. */
export const POP3_SERVER_MACHINE: ServerMachine<Pop3State, Pop3Command> = Object.freeze({
  protocol: 'pop3',
  role: 'server',
  states: POP3_STATES,
  transitions: POP3_TRANSITIONS,
  stateRfc: Object.freeze({ AUTHORIZATION: POP3_STATE_INFO.AUTHORIZATION.rfc, TRANSACTION: POP3_STATE_INFO.TRANSACTION.rfc, UPDATE: POP3_STATE_INFO.UPDATE.rfc }),
});

/** Where each command is defined, for replies, explanations and the diagram's labels. */
export const POP3_COMMAND_RFC: Readonly<Record<Pop3Command, string>> = Object.freeze({
  USER: 'RFC 1939 §7',
  PASS: 'RFC 1939 §7',
  APOP: 'RFC 1939 §7',
  AUTH: 'RFC 5034 §4',
  CAPA: 'RFC 2449 §5',
  STLS: 'RFC 2595 §4',
  QUIT: 'RFC 1939 §6',
  STAT: 'RFC 1939 §5',
  LIST: 'RFC 1939 §5',
  RETR: 'RFC 1939 §5',
  DELE: 'RFC 1939 §5',
  NOOP: 'RFC 1939 §5',
  RSET: 'RFC 1939 §5',
  TOP: 'RFC 1939 §7',
  UIDL: 'RFC 1939 §7',
  LAST: 'RFC 1081 "LAST"',
});


/** Looks a command up in the table: the next state, or the reason it is refused. */
export function pop3Transition(
  state: Pop3State,
  command: Pop3Command,
): { readonly ok: true; readonly next: Pop3State } | { readonly ok: false; readonly reason: string } {
  const next = nextState(POP3_SERVER_MACHINE, state, command);
  if (next === undefined) return { ok: false, reason: `${command} is not allowed in state ${state}` };
  return { ok: true, next };
}

// ---------------------------------------------------------------------------
// Options

export interface Pop3ServerOptions extends ServerOptions {
  /**
   * The CRAM-MD5 challenge (RFC 2195 §2), a msg-id such as
   * `<1896.697170952@postoffice.reston.mci.net>`. Default: the APOP timestamp,
   * which the simulator already makes unique per session.
   */
  readonly cramChallenge?: string;
}

const MSG_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]{1,200}>$/;

/**
 * RFC 1939 §7: the default timestamp has the `<process-ID.clock@hostname>`
 * shape of the RFC's example, and is that example, so tests can check the
 * RFC's digest. It is a constant: a real server must pass a fresh
 * `apopTimestamp` for every greeting (the timestamp MUST differ each time);
 * the simulator (World) and the Node bridge always do.
 */
export function defaultApopTimestamp(hostname: string): string {
  return `<1896.697170952@${hostname}>`;
}

// ---------------------------------------------------------------------------
// The engine

interface SessionMessage {
  readonly number: number;
  /** The maildrop's UID: what events report, so the simulator can follow the message. */
  readonly uid: string;
  /** The unique-id UIDL shows (RFC 1939 §7); differs from `uid` only with uids-reassigned. */
  readonly shownUid: string;
  readonly octets: Octets;
}

type SaslExchange =
  | { readonly mechanism: 'PLAIN' }
  | { readonly mechanism: 'CRAM-MD5'; readonly challenge: string };

const RFC = {
  greeting: 'RFC 1939 §4',
  auth: 'RFC 1939 §4',
  update: 'RFC 1939 §6',
  syntax: 'RFC 1939 §3',
  commandLength: 'RFC 2449 §4',
  inUse: 'RFC 2449 §8.1.2',
  lock: 'RFC 1939 §4',
  authCode: 'RFC 3206 §5',
  autologout: 'RFC 1939 §3',
  abort: 'RFC 1939 §6',
  marked: 'RFC 1939 §5',
  expunge: 'non-conformant: RFC 1939 §6 allows removal only in UPDATE',
  downloadOnce: 'RFC 1939 §8; RFC 2449 §6.7',
  retention: 'RFC 1939 §8',
  noDotStuffing: 'non-conformant: RFC 1939 §3 requires byte-stuffing lines that begin with "."',
  loginDelay: 'RFC 2449 §8.1.1',
} as const;

/**
 * RFC 2449 §6.5 LOGIN-DELAY: the tick of each user's last successful login,
 * per maildrop, shared by every session of a login-delay server. Keyed by the
 * maildrop object, so each simulated world has its own; nothing global leaks.
 */
const lastLoginTick = new WeakMap<object, number>();

/** uids-reassigned: how many sessions have opened each maildrop, so every session's UIDs are fresh. */
const reassignments = new WeakMap<object, number>();

/** Printable ASCII only, i.e. /^[\x20-\x7e]*$/.test(text), by a loop over char codes: it runs on every command line. */
function isPrintable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** Same as /^[0-9]+$/.test, without a regex on the hot path of RETR and DELE. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Shows at most a few characters of the peer's text inside our replies, so a status line stays short. */
function echo(text: string): string {
  const clean = isPrintable(text) ? text : text.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > POP3_LIMITS.argumentChars ? `${clean.slice(0, POP3_LIMITS.argumentChars)}...` : clean;
}

function freeze<T extends object>(value: T): T {
  return Object.freeze(value);
}

/**
 * The no-dot-stuffing personality's framing: the data and the `.` CRLF
 * terminator, but no `.` added before lines that begin with `.`. Non-conformant
 * (RFC 1939 §3): a body line that is exactly "." ends the data early, and the
 * rest reaches the client as if it were replies (catalogue F19).
 */
function unstuffedMultiline(body: Octets): Octets {
  if (body.length === 0) return `.${CRLF}`;
  return (body.endsWith(CRLF) ? body : body + CRLF) + `.${CRLF}`;
}

/** RFC 1939 §7 TOP: the header, the blank line, and the first `lines` body lines. */
function topOf(octets: Octets, lines: number): { readonly part: Octets; readonly whole: boolean } {
  let headerEnd: number;
  if (octets.startsWith(CRLF)) headerEnd = 2;
  else {
    const blank = octets.indexOf('\r\n\r\n');
    if (blank < 0) return { part: octets, whole: true };
    headerEnd = blank + 4;
  }
  let end = headerEnd;
  for (let i = 0; i < lines; i++) {
    if (end >= octets.length) return { part: octets, whole: true };
    const next = octets.indexOf(CRLF, end);
    if (next < 0) return { part: octets, whole: true };
    end = next + 2;
  }
  if (end >= octets.length) return { part: octets, whole: true };
  return { part: octets.slice(0, end), whole: false };
}

class Pop3Server implements ServerSession {
  readonly protocol = 'pop3' as const;
  readonly #office: PostOffice;
  readonly #options: Pop3ServerOptions;
  readonly #personality: Personality;
  readonly #autologoutTicks: number;
  readonly #timestamp: string;
  #decoder = Pop3Server.#newDecoder();

  static #newDecoder(): LineDecoder {
    // RFC 2449 §4: commands up to 255 octets; bare LF accepted for hand-typed sessions (popa3d does too).
    return new LineDecoder({ maxLineOctets: POP3_LIMITS.commandOctets, acceptBareLf: true });
  }

  #state: Pop3State = 'AUTHORIZATION';
  #greeted = false;
  #closed = false;
  #lastActivityTick = 0;
  #tlsActive = false;
  /** RFC 1939 §7: PASS is valid only right after a successful USER. */
  #pendingUser: string | null = null;
  #sasl: SaslExchange | null = null;

  #account: Account | null = null;
  #messages: readonly SessionMessage[] = [];
  /** RFC 1939 §5 DELE marks; RSET unmarks. */
  readonly #marked = new Set<number>();
  /** Gone from the maildrop already (expunge-on-dele personality); RSET cannot bring them back. */
  readonly #expunged = new Set<number>();
  /** RETRieved in this session (download-once personality). */
  readonly #retrieved = new Set<number>();
  #lastAtStart = 0;
  /** The tick of the command being handled (LOGIN-DELAY, RFC 2449 §6.5). */
  #now = 0;

  // Output being built for the current call.
  #send = '';
  #events: ProtocolEvent[] = [];
  #closeNow = false;

  constructor(office: PostOffice, options: Pop3ServerOptions) {
    if (options.sessionId.length === 0) throw new RangeError('sessionId must not be empty');
    this.#office = office;
    this.#options = options;
    this.#personality = options.personality ?? { kind: 'rfc' };
    this.#autologoutTicks = options.autologoutTicks ?? MIN_AUTOLOGOUT_TICKS;
    if (!Number.isSafeInteger(this.#autologoutTicks) || this.#autologoutTicks <= 0) {
      throw new RangeError('autologoutTicks must be a positive integer');
    }
    this.#timestamp = options.apopTimestamp ?? defaultApopTimestamp(office.hostname);
    if (!MSG_ID.test(this.#timestamp)) throw new RangeError(`apopTimestamp ${JSON.stringify(this.#timestamp)} is not a msg-id (RFC 1939 §7)`);
    if (options.cramChallenge !== undefined && !MSG_ID.test(options.cramChallenge)) {
      throw new RangeError(`cramChallenge ${JSON.stringify(options.cramChallenge)} is not a msg-id (RFC 2195 §2)`);
    }
    // Our own configuration goes into status lines unshortened, so it must keep them under 512 octets (§3).
    if (!/^[\x21-\x7e]{1,255}$/.test(office.hostname)) throw new RangeError('hostname must be 1-255 printable characters');
    if (options.implementation !== undefined && !/^[\x20-\x7e]{1,200}$/.test(options.implementation)) {
      throw new RangeError('implementation must be 1-200 printable characters');
    }
    if (this.#personality.kind === 'retention-days' && (!Number.isSafeInteger(this.#personality.days) || this.#personality.days < 0)) {
      throw new RangeError('retention days must be a non-negative integer');
    }
    if (this.#personality.kind === 'login-delay' && (!Number.isSafeInteger(this.#personality.seconds) || this.#personality.seconds < 0)) {
      throw new RangeError('login-delay seconds must be a non-negative integer');
    }
  }

  get state(): Pop3State {
    return this.#state;
  }

  get closed(): boolean {
    return this.#closed;
  }

  greet(nowTick: number): ServerOutput {
    if (this.#greeted) throw new Error('POP3 server: greet called twice (caller bug)');
    if (this.#closed) throw new Error('POP3 server: greet after close (caller bug)');
    this.#greeted = true;
    this.#lastActivityTick = nowTick;
    // RFC 1939 §4: the greeting is positive; §7: it carries the APOP timestamp.
    this.#reply(true, `POP3 server ready ${this.#timestamp}`, RFC.greeting);
    return this.#flush();
  }

  receive(octets: Octets, nowTick: number): ServerOutput {
    if (!this.#greeted) throw new Error('POP3 server: receive before greet (caller bug)');
    if (this.#closed) throw new Error('POP3 server: receive after close (caller bug)');
    this.#now = nowTick;
    if (this.#expired(nowTick)) {
      // The timer ran out before these octets arrived: RFC 1939 §3 autologout wins.
      this.#autologout();
      return this.#flush();
    }
    for (const item of this.#decoder.push(octets)) {
      if (this.#closeNow) break; // RFC 1939 §6: nothing is read after the closing QUIT.
      this.#lastActivityTick = nowTick; // RFC 1939 §3: any command resets the autologout timer.
      if (item.type === 'overlong') {
        this.#sasl = null;
        this.#pendingUser = null;
        this.#fail(`command too long (${item.octets} octets; at most ${POP3_LIMITS.commandOctets} with CRLF)`, RFC.commandLength);
        continue;
      }
      if (this.#handleLine(item.line)) {
        // RFC 2595 §4: the TLS handshake starts right after our +OK; octets the
        // client pipelined after STLS were sent in the clear and must not be
        // trusted as if they came through TLS (the "STARTTLS injection" flaw).
        this.#decoder = Pop3Server.#newDecoder();
        break;
      }
    }
    if (this.#closeNow) this.#closed = true;
    return this.#flush();
  }

  poll(nowTick: number): ServerOutput {
    if (this.#closed || !this.#greeted) return this.#flush();
    if (this.#expired(nowTick)) this.#autologout();
    return this.#flush();
  }

  abort(reason: 'connection-lost' | 'server-crash'): ServerOutput {
    // A drop after we already closed is physical reality, not a bug: nothing to do.
    if (this.#closed) return this.#flush();
    this.#releaseLock();
    this.#event({ type: 'aborted', reason, rfc: RFC.abort });
    this.#closed = true;
    this.#closeNow = true;
    return this.#flush();
  }

  // -------------------------------------------------------------------------
  // Output

  #event(event: ProtocolEvent): void {
    this.#events.push(freeze(event));
  }

  #statusLine(ok: boolean, text: string): Octets {
    const line = text.length > 0 ? `${ok ? '+OK' : '-ERR'} ${text}` : ok ? '+OK' : '-ERR';
    if (line.length + 2 > POP3_LIMITS.statusLineOctets) {
      throw new Error(`POP3 server: status line of ${line.length + 2} octets exceeds 512 (RFC 1939 §3; engine bug)`);
    }
    return line;
  }

  #reply(ok: boolean, text: string, rfc: string, body?: Octets, stuff = true): void {
    const line = this.#statusLine(ok, text);
    this.#send += line + CRLF;
    if (body !== undefined) this.#send += stuff ? stuffMultiline(body) : unstuffedMultiline(body);
    this.#event({ type: 'reply', ok, line, multiline: body !== undefined, rfc });
  }

  /** An -ERR the peer caused. */
  #fail(text: string, rfc: string): void {
    this.#reply(false, text, rfc);
    this.#event({ type: 'peer-error', message: text, rfc });
  }

  /** A SASL continuation (RFC 5034 §4): `+ ` and base64, not a status reply. */
  #continuation(base64: string, rfc: string): void {
    const line = `+ ${base64}`;
    this.#send += line + CRLF;
    this.#event({ type: 'reply', ok: true, line, multiline: false, rfc });
  }

  #flush(): ServerOutput {
    const out: ServerOutput = freeze({ send: this.#send, events: freeze(this.#events), close: this.#closeNow });
    this.#send = '';
    this.#events = [];
    this.#closeNow = false;
    return out;
  }

  /** A command succeeded: the machine's next state for it (a handler never names a state). */
  #succeeded(command: Pop3Command, rfc: string): void {
    const next = nextState(POP3_SERVER_MACHINE, this.#state, command);
    if (next === undefined) throw new Error(`POP3 server: ${command} succeeded in ${this.#state}, which has no edge for it (engine bug)`);
    this.#setState(next, rfc);
  }

  #setState(to: Pop3State, rfc: string): void {
    if (to === this.#state) return;
    this.#event({ type: 'state', from: this.#state, to, rfc });
    this.#state = to;
  }

  // -------------------------------------------------------------------------
  // Time and endings

  #expired(nowTick: number): boolean {
    return nowTick - this.#lastActivityTick >= this.#autologoutTicks;
  }

  /** RFC 1939 §3: close with no reply and no UPDATE; the lock is released, nothing removed. */
  #autologout(): void {
    this.#releaseLock();
    this.#event({ type: 'autologout', rfc: RFC.autologout });
    this.#event({ type: 'aborted', reason: 'autologout', rfc: RFC.abort });
    this.#closed = true;
    this.#closeNow = true;
  }

  #releaseLock(): void {
    if (this.#account === null) return;
    this.#account.maildrop.unlock(this.#options.sessionId);
    this.#event({ type: 'unlocked', user: this.#account.user, rfc: RFC.lock });
    this.#account = null;
  }

  // -------------------------------------------------------------------------
  // Commands

  /** Handles one line; returns true when the rest of the input must be dropped (STLS). */
  #handleLine(line: Octets): boolean {
    if (this.#sasl !== null) {
      this.#event({ type: 'command', keyword: 'SASL-RESPONSE', line });
      this.#saslResponse(line);
      return false;
    }
    const space = line.indexOf(' ');
    const keyword = (space < 0 ? line : line.slice(0, space)).toUpperCase();
    const rest = space < 0 ? null : line.slice(space + 1);
    this.#event({ type: 'command', keyword: keyword.length <= 8 && isPrintable(keyword) ? keyword : '', line });
    // RFC 1939 §7: PASS must come immediately after a successful USER, so any
    // other line, even a refused one, forgets the pending USER.
    const pendingUser = this.#pendingUser;
    this.#pendingUser = null;

    if (!isPrintable(line)) return this.#refuse('command contains octets that are not printable ASCII', RFC.syntax);
    if (line.length === 0) return this.#refuse('empty command', RFC.syntax);
    if (!isOneOf(POP3_COMMANDS, keyword)) return this.#refuse(`unknown command "${echo(keyword)}"`, RFC.syntax);

    const verdict = pop3Transition(this.#state, keyword);
    if (!verdict.ok) return this.#refuse(verdict.reason, POP3_COMMAND_RFC[keyword]);

    // PASS takes the rest of the line as one argument (spaces allowed, §7);
    // AUTH's initial response may be longer than 40 characters (RFC 5034 §4).
    if (keyword === 'PASS') {
      if (rest === null || rest.length === 0) return this.#refuse('PASS needs a password', RFC.syntax);
      if (rest.length > POP3_LIMITS.argumentChars) return this.#refuse(`argument longer than ${POP3_LIMITS.argumentChars} characters`, RFC.syntax);
      this.#pass(pendingUser, rest);
      return false;
    }
    const args = rest === null ? [] : rest.split(' ');
    let tooLong = false;
    for (let i = 0; i < args.length; i++) {
      const length = (args[i] as string).length;
      if (length === 0) return this.#refuse('arguments are separated by single spaces', RFC.syntax);
      if (length > POP3_LIMITS.argumentChars && (i === 0 || keyword !== 'AUTH')) tooLong = true;
    }
    if (tooLong) return this.#refuse(`argument longer than ${POP3_LIMITS.argumentChars} characters`, RFC.syntax);
    return this.#dispatch(keyword, args, verdict.next);
  }

  #refuse(text: string, rfc: string): false {
    this.#fail(text, rfc);
    return false;
  }

  #arity(keyword: Pop3Command, args: readonly string[], min: number, max: number): boolean {
    if (args.length >= min && args.length <= max) return true;
    const wanted = min === max ? `${min}` : `${min} to ${max}`;
    this.#fail(`${keyword} takes ${wanted} argument${max === 1 && min === max ? '' : 's'}, got ${args.length}`, POP3_COMMAND_RFC[keyword]);
    return false;
  }

  #dispatch(keyword: Pop3Command, args: readonly string[], next: Pop3State): boolean {
    const rfc = POP3_COMMAND_RFC[keyword];
    switch (keyword) {
      case 'USER':
        if (!this.#arity(keyword, args, 1, 1)) return false;
        // RFC 1939 §13: answering -ERR for unknown names tells an attacker which
        // mailboxes exist, so every name gets +OK and PASS decides.
        this.#pendingUser = args[0] ?? '';
        this.#reply(true, `send PASS for ${echo(this.#pendingUser)}`, rfc);
        return false;
      case 'PASS':
        throw new Error('POP3 server: PASS reached dispatch (engine bug; it is handled with its pending USER)');
      case 'APOP':
        if (this.#arity(keyword, args, 2, 2)) this.#apop(args[0] ?? '', args[1] ?? '');
        return false;
      case 'AUTH':
        if (this.#arity(keyword, args, 1, 2)) this.#auth(args[0] ?? '', args[1]);
        return false;
      case 'CAPA':
        if (this.#arity(keyword, args, 0, 0)) this.#reply(true, 'Capability list follows', rfc, this.#capabilities());
        return false;
      case 'STLS':
        return this.#arity(keyword, args, 0, 0) && this.#stls();
      case 'QUIT':
        if (this.#arity(keyword, args, 0, 0)) this.#quit(next);
        return false;
      default:
        if (this.#account === null) throw new Error(`POP3 server: ${keyword} in TRANSACTION without a maildrop (engine bug)`);
        this.#transaction(keyword, args, this.#account);
        return false;
    }
  }

  // --- AUTHORIZATION ---------------------------------------------------------

  #authFailed(user: string | null, mechanism: string, text: string, rfc: string): void {
    this.#event({ type: 'auth-failed', user, mechanism });
    // RFC 3206 §5: [AUTH] marks a credential problem.
    this.#fail(`[AUTH] ${text}`, rfc);
  }

  #pass(pendingUser: string | null, password: string): void {
    if (pendingUser === null) {
      this.#fail('PASS must follow a successful USER', POP3_COMMAND_RFC.PASS);
      return;
    }
    const account = this.#office.account(pendingUser);
    if (account === undefined || !sameSecret(account.secret, password)) {
      this.#authFailed(pendingUser, 'USER/PASS', 'invalid user name or password', POP3_COMMAND_RFC.PASS);
      return;
    }
    this.#openMaildrop(account, 'PASS', 'USER/PASS', POP3_COMMAND_RFC.PASS);
  }

  #apop(user: string, digest: string): void {
    const rfc = POP3_COMMAND_RFC.APOP;
    if (!isDigestHex(digest)) {
      this.#authFailed(user, 'APOP', 'the digest must be 32 lowercase hex digits', rfc);
      return;
    }
    const account = this.#office.account(user);
    if (account === undefined || !sameSecret(apopDigest(this.#options.digests, this.#timestamp, account.secret), digest)) {
      this.#authFailed(user, 'APOP', 'permission denied', rfc);
      return;
    }
    this.#openMaildrop(account, 'APOP', 'APOP', rfc);
  }

  #auth(mechanismArg: string, initial: string | undefined): void {
    const rfc = POP3_COMMAND_RFC.AUTH;
    const mechanism = mechanismArg.toUpperCase();
    if (mechanism === 'PLAIN') {
      if (!this.#plaintextSaslAllowed()) {
        this.#fail('AUTH PLAIN needs TLS first: send STLS, then AUTH PLAIN (RFC 2595 §6, RFC 5034 §4)', 'RFC 2595 §6');
        return;
      }
      if (initial === undefined) {
        // RFC 5034 §4: an empty challenge is "+ " with nothing after it.
        this.#sasl = { mechanism: 'PLAIN' };
        this.#continuation('', rfc);
        return;
      }
      this.#plain(initial);
      return;
    }
    if (mechanism === 'CRAM-MD5') {
      if (initial !== undefined) {
        this.#fail('CRAM-MD5 takes no initial response: the server speaks first (RFC 2195 §2)', rfc);
        return;
      }
      const challenge = this.#options.cramChallenge ?? this.#timestamp;
      this.#sasl = { mechanism: 'CRAM-MD5', challenge };
      this.#continuation(encodeBase64(challenge), 'RFC 2195 §2');
      return;
    }
    this.#fail(`unsupported SASL mechanism "${echo(mechanismArg)}" (try PLAIN or CRAM-MD5)`, rfc);
  }

  /** RFC 5034 §4: the client's answer to a challenge; `*` cancels. */
  #saslResponse(line: Octets): void {
    const exchange = this.#sasl;
    this.#sasl = null;
    if (exchange === null) return;
    if (line === '*') {
      this.#fail('AUTH cancelled by the client', POP3_COMMAND_RFC.AUTH);
      return;
    }
    if (exchange.mechanism === 'PLAIN') {
      this.#plain(line);
      return;
    }
    const decoded = decodeBase64(line);
    if (decoded === null) {
      this.#fail('invalid base64 in the SASL response', POP3_COMMAND_RFC.AUTH);
      return;
    }
    const answer = parseCramResponse(decoded);
    if (answer === null) {
      this.#authFailed(null, 'SASL CRAM-MD5', 'malformed CRAM-MD5 response (want "user digest")', 'RFC 2195 §2');
      return;
    }
    const account = this.#office.account(answer.user);
    if (account === undefined || !sameSecret(cramMd5Digest(this.#options.digests, account.secret, exchange.challenge), answer.digest)) {
      this.#authFailed(answer.user, 'SASL CRAM-MD5', 'authentication failed', 'RFC 2195 §2');
      return;
    }
    this.#openMaildrop(account, 'AUTH', 'SASL CRAM-MD5', 'RFC 2195 §2');
  }

  /** RFC 4616 §2 message, base64 as in RFC 5034 §4 (`=` is an empty response). */
  #plain(response: string): void {
    const rfc = POP3_COMMAND_RFC.AUTH;
    const decoded = response === '=' ? '' : decodeBase64(response);
    if (decoded === null) {
      this.#fail('invalid base64 in the SASL response', rfc);
      return;
    }
    const credentials = parsePlain(decoded);
    if (credentials === null) {
      this.#authFailed(null, 'SASL PLAIN', 'malformed PLAIN message (want authzid NUL authcid NUL password)', 'RFC 4616 §2');
      return;
    }
    const { authzid, authcid, password } = credentials;
    const account = this.#office.account(authcid);
    // We do not let one user act for another: the authzid must be empty or the same user.
    if (account === undefined || (authzid !== '' && authzid !== authcid) || !sameSecret(account.secret, password)) {
      this.#authFailed(authcid, 'SASL PLAIN', 'authentication failed', 'RFC 4616 §2');
      return;
    }
    this.#openMaildrop(account, 'AUTH', 'SASL PLAIN', rfc);
  }

  /**
   * RFC 1939 §4: after authentication take the exclusive lock, then number
   * the messages for this session. With retention-days, old mail is expired
   * on opening, before numbering (RFC 1939 §8 site policy).
   */
  #openMaildrop(account: Account, command: 'PASS' | 'APOP' | 'AUTH', mechanism: string, rfc: string): void {
    this.#event({ type: 'authenticated', user: account.user, mechanism });
    const maildrop = account.maildrop;
    if (this.#personality.kind === 'login-delay') {
      // RFC 2449 §6.5, §8.1.1: the credentials were right, but this user logged in
      // less than LOGIN-DELAY seconds ago; refuse without locking, so the mail waits.
      const previous = lastLoginTick.get(maildrop);
      const delayTicks = this.#personality.seconds * TICKS_PER_SECOND;
      if (previous !== undefined && this.#now - previous < delayTicks) {
        const wait = Math.ceil((delayTicks - (this.#now - previous)) / TICKS_PER_SECOND);
        this.#reply(false, `[LOGIN-DELAY] wait ${wait} more second${wait === 1 ? '' : 's'} between logins (LOGIN-DELAY ${this.#personality.seconds})`, RFC.loginDelay);
        return;
      }
    }
    if (!maildrop.tryLock(this.#options.sessionId)) {
      this.#event({ type: 'lock-refused', user: account.user, rfc: RFC.inUse });
      // RFC 2449 §8.1.2: the credentials were right, the maildrop is busy. Not the peer's fault.
      this.#reply(false, '[IN-USE] maildrop already locked: is another POP session running?', RFC.inUse);
      return;
    }
    this.#account = account;
    if (this.#personality.kind === 'login-delay') lastLoginTick.set(maildrop, this.#now);
    this.#event({ type: 'locked', user: account.user, rfc: RFC.lock });
    if (this.#personality.kind === 'retention-days') {
      for (const removal of maildrop.expire(this.#options.today ?? 0, this.#personality.days)) {
        this.#removed(removal.uid, removal.reason);
      }
    }
    // RFC 1939 §3, §11: a message goes out as CRLF-ended lines, so one stored
    // without a final line end is sent with one, and its size counts it, so that
    // LIST and RETR announce exactly the octets the client will un-stuff.
    // uids-reassigned: non-conformant on purpose (RFC 1939 §7 wants unique-ids to persist
    // across sessions); each session shows new ones, as after a migration (catalogue F16).
    const generation = this.#personality.kind === 'uids-reassigned' ? (reassignments.get(maildrop) ?? 0) + 1 : 0;
    if (generation > 0) reassignments.set(maildrop, generation);
    this.#messages = maildrop.messages.map((m: StoredMessage, i): SessionMessage => {
      const octets = m.octets.length === 0 || m.octets.endsWith(CRLF) ? m.octets : m.octets + CRLF;
      const shownUid = generation > 0 ? `rebuilt${generation}-${i + 1}` : m.uid;
      return freeze({ number: i + 1, uid: m.uid, shownUid, octets });
    });
    this.#marked.clear();
    this.#expunged.clear();
    this.#retrieved.clear();
    this.#lastAtStart = maildrop.lastAccessed;
    this.#succeeded(command, RFC.auth);
    const { count, octets } = this.#totals();
    this.#reply(true, `${echo(account.user)}'s maildrop has ${count} message${count === 1 ? '' : 's'} (${octets} octets)`, rfc);
  }

  #stls(): boolean {
    const rfc = POP3_COMMAND_RFC.STLS;
    if (this.#options.enableStls !== true) {
      this.#fail('STLS is not offered by this server', rfc);
      return false;
    }
    if (this.#tlsActive) {
      this.#fail('TLS is already active', rfc);
      return false;
    }
    this.#tlsActive = true;
    this.#reply(true, 'Begin TLS negotiation', rfc);
    this.#event({ type: 'tls-started' });
    return true;
  }

  /**
   * RFC 2595 §6 and RFC 5034 §4: a server that can offer TLS hides plaintext
   * SASL mechanisms (PLAIN sends the password in the clear) until TLS is
   * active, so a client never sends them over an unprotected link. When
   * STLS is not enabled (the default, and every simulated world) there is no
   * TLS to wait for, and PLAIN stays offered and accepted as before, so the
   * lessons can show PLAIN on the wire. USER/PASS is not hidden: RFC 1939 §7
   * allows it, and this rule is about SASL mechanisms only.
   */
  #plaintextSaslAllowed(): boolean {
    return this.#options.enableStls !== true || this.#tlsActive;
  }

  #capabilities(): Octets {
    const p = this.#personality;
    const lines = ['TOP', 'USER'];
    if (p.kind !== 'no-uidl') lines.push('UIDL');
    lines.push(this.#plaintextSaslAllowed() ? 'SASL PLAIN CRAM-MD5' : 'SASL CRAM-MD5', 'RESP-CODES', 'AUTH-RESP-CODE', 'PIPELINING');
    // RFC 2449 §6.7: the least number of days mail is kept.
    lines.push(`EXPIRE ${p.kind === 'download-once' ? '0' : p.kind === 'retention-days' ? String(p.days) : 'NEVER'}`);
    // RFC 2449 §6.5: the least number of seconds between logins.
    lines.push(`LOGIN-DELAY ${p.kind === 'login-delay' ? String(p.seconds) : '0'}`);
    lines.push(`IMPLEMENTATION ${this.#options.implementation ?? 'POP-Lab'}`);
    // RFC 2595 §4: STLS only makes sense before login and before TLS.
    if (this.#options.enableStls === true && !this.#tlsActive && this.#state === 'AUTHORIZATION') lines.push('STLS');
    return lines.join(CRLF) + CRLF;
  }

  #quit(next: Pop3State): void {
    const host = this.#office.hostname;
    this.#closeNow = true;
    if (next !== 'UPDATE') {
      // RFC 1939 §6: QUIT in AUTHORIZATION closes without UPDATE.
      this.#reply(true, `${host} POP3 server signing off`, RFC.update);
      return;
    }
    const account = this.#account;
    if (account === null) throw new Error('POP3 server: QUIT from TRANSACTION without a maildrop (engine bug)');
    this.#succeeded('QUIT', RFC.update);
    const maildrop = account.maildrop;
    const allMarked = [...this.#marked].sort((a, b) => a - b);
    // update-fails: RFC 1939 §6 lets UPDATE fail part-way ("-ERR some deleted messages
    // not removed"); this server removes only the first half (rounded down) of the marks.
    const partial = this.#personality.kind === 'update-fails' && allMarked.length > 0;
    const marked = partial ? allMarked.slice(0, Math.floor(allMarked.length / 2)) : allMarked;
    const removedNumbers: number[] = [...marked];
    for (const removal of maildrop.remove(marked.map((n) => this.#message(n).uid), 'update')) {
      this.#removed(removal.uid, removal.reason);
    }
    if (this.#personality.kind === 'download-once') {
      // RFC 1939 §8 / RFC 2449 §6.7 EXPIRE 0: at a clean QUIT, RETRieved mail goes too.
      const fetched = [...this.#retrieved].filter((n) => !this.#marked.has(n) && !this.#expunged.has(n)).sort((a, b) => a - b);
      removedNumbers.push(...fetched);
      for (const removal of maildrop.remove(fetched.map((n) => this.#message(n).uid), 'download-once')) {
        this.#removed(removal.uid, removal.reason);
      }
    }
    if (this.#options.enableLast === true) {
      // Keep LAST pointing at the same message after the ones before it were removed.
      const last = maildrop.lastAccessed;
      const gone = removedNumbers.concat([...this.#expunged]).filter((n) => n <= last).length;
      maildrop.lastAccessed = Math.max(0, last - gone);
    }
    this.#releaseLock();
    const left = maildrop.messages.length;
    if (partial) {
      // RFC 1939 §6: the lock is released and the connection closed either way.
      const kept = allMarked.length - marked.length;
      this.#reply(false, `some deleted messages not removed (${kept} of ${allMarked.length} still in the maildrop)`, RFC.update);
      return;
    }
    this.#reply(true, `${host} POP3 server signing off (${left === 0 ? 'maildrop empty' : `${left} message${left === 1 ? '' : 's'} left`})`, RFC.update);
  }

  #removed(uid: string, reason: RemovalReason): void {
    const rfc = reason === 'update' ? RFC.update : reason === 'download-once' ? RFC.downloadOnce : reason === 'retention' ? RFC.retention : RFC.expunge;
    this.#event({ type: 'removed', uid, reason, rfc });
  }

  // --- TRANSACTION -----------------------------------------------------------

  #message(n: number): SessionMessage {
    const m = this.#messages[n - 1];
    if (m === undefined) throw new Error(`POP3 server: no message ${n} (engine bug)`);
    return m;
  }

  #visible(): SessionMessage[] {
    return this.#messages.filter((m) => !this.#marked.has(m.number) && !this.#expunged.has(m.number));
  }

  #totals(): { readonly count: number; readonly octets: number } {
    const visible = this.#visible();
    return { count: visible.length, octets: visible.reduce((sum, m) => sum + m.octets.length, 0) };
  }

  /** RFC 1939 §5: a message number must name a message that exists and is not marked. */
  #lookup(arg: string, rfc: string): SessionMessage | null {
    if (!isDigits(arg)) {
      this.#fail(`"${echo(arg)}" is not a message number`, rfc);
      return null;
    }
    const n = Number(arg);
    const m = n >= 1 && n <= this.#messages.length ? this.#messages[n - 1] : undefined;
    if (m === undefined) {
      this.#fail(`no such message ${echo(arg)}`, rfc);
      return null;
    }
    if (this.#marked.has(m.number) || this.#expunged.has(m.number)) {
      this.#fail(`message ${m.number} already deleted`, rfc);
      return null;
    }
    return m;
  }

  #touchLast(n: number): void {
    if (this.#options.enableLast === true && this.#account !== null) {
      this.#account.maildrop.lastAccessed = Math.max(this.#account.maildrop.lastAccessed, n);
    }
  }

  #transaction(keyword: Pop3Command, args: readonly string[], account: Account): void {
    const rfc = POP3_COMMAND_RFC[keyword];
    switch (keyword) {
      case 'STAT': {
        if (!this.#arity(keyword, args, 0, 0)) return;
        const { count, octets } = this.#totals();
        this.#reply(true, `${count} ${octets}`, rfc);
        return;
      }
      case 'LIST':
      case 'UIDL': {
        if (!this.#arity(keyword, args, 0, 1)) return;
        if (keyword === 'UIDL' && this.#personality.kind === 'no-uidl') {
          this.#fail('UIDL is not supported by this server', rfc);
          return;
        }
        const column = (m: SessionMessage): string => (keyword === 'LIST' ? String(m.octets.length) : m.shownUid);
        const arg = args[0];
        if (arg !== undefined) {
          const m = this.#lookup(arg, rfc);
          if (m !== null) this.#reply(true, `${m.number} ${column(m)}`, rfc);
          return;
        }
        const visible = this.#visible();
        const body = visible.map((m) => `${m.number} ${column(m)}${CRLF}`).join('');
        const { count, octets } = this.#totals();
        this.#reply(true, keyword === 'LIST' ? `${count} message${count === 1 ? '' : 's'} (${octets} octets)` : 'unique-id listing follows', rfc, body);
        return;
      }
      case 'RETR': {
        if (!this.#arity(keyword, args, 1, 1)) return;
        const m = this.#lookup(args[0] ?? '', rfc);
        if (m === null) return;
        this.#retrieved.add(m.number);
        this.#touchLast(m.number);
        // no-dot-stuffing: non-conformant on purpose (RFC 1939 §3), catalogue F19.
        this.#reply(true, `${m.octets.length} octets`, rfc, m.octets, this.#personality.kind !== 'no-dot-stuffing');
        this.#event({ type: 'sent-message', uid: m.uid, number: m.number, octets: m.octets.length });
        return;
      }
      case 'TOP': {
        if (!this.#arity(keyword, args, 2, 2)) return;
        const m = this.#lookup(args[0] ?? '', rfc);
        if (m === null) return;
        const linesArg = args[1] ?? '';
        // RFC 1939 §7: n must be a non-negative number of lines.
        if (!isDigits(linesArg)) {
          this.#fail(`"${echo(linesArg)}" is not a non-negative number of lines`, rfc);
          return;
        }
        const top = topOf(m.octets, Number(linesArg));
        this.#reply(true, top.whole ? 'top of message follows (whole message)' : 'top of message follows', rfc, top.part, this.#personality.kind !== 'no-dot-stuffing');
        if (top.whole) this.#event({ type: 'sent-message', uid: m.uid, number: m.number, octets: m.octets.length });
        return;
      }
      case 'DELE': {
        if (!this.#arity(keyword, args, 1, 1)) return;
        const m = this.#lookup(args[0] ?? '', rfc);
        if (m === null) return;
        this.#touchLast(m.number);
        if (this.#personality.kind === 'expunge-on-dele') {
          // Non-conformant on purpose: RFC 1939 §6 allows removal only in UPDATE.
          this.#expunged.add(m.number);
          for (const removal of account.maildrop.remove([m.uid], 'expunge-on-dele')) this.#removed(removal.uid, removal.reason);
          this.#reply(true, `message ${m.number} deleted`, rfc);
          return;
        }
        this.#marked.add(m.number);
        this.#event({ type: 'marked', uid: m.uid, number: m.number, rfc: RFC.marked });
        this.#reply(true, `message ${m.number} deleted`, rfc);
        return;
      }
      case 'NOOP':
        if (this.#arity(keyword, args, 0, 0)) this.#reply(true, '', rfc);
        return;
      case 'RSET': {
        if (!this.#arity(keyword, args, 0, 0)) return;
        for (const n of [...this.#marked].sort((a, b) => a - b)) {
          this.#event({ type: 'unmarked', uid: this.#message(n).uid, number: n, rfc: RFC.marked });
        }
        this.#marked.clear();
        // RFC 1081 "LAST": RSET puts the highest-accessed number back to its value at session start.
        if (this.#options.enableLast === true) account.maildrop.lastAccessed = this.#lastAtStart;
        const { count, octets } = this.#totals();
        this.#reply(true, `maildrop has ${count} message${count === 1 ? '' : 's'} (${octets} octets)`, rfc);
        return;
      }
      case 'LAST':
        if (!this.#arity(keyword, args, 0, 0)) return;
        if (this.#options.enableLast !== true) {
          this.#fail('LAST is historic (RFC 1081) and not offered by this server', rfc);
          return;
        }
        this.#reply(true, String(account.maildrop.lastAccessed), rfc);
        return;
      default:
        throw new Error(`POP3 server: ${keyword} reached the TRANSACTION handler (engine bug)`);
    }
  }
}

/** Opens one POP3 server session on one connection. Call `greet` first. */
export function createPop3Server(office: PostOffice, options: Pop3ServerOptions): ServerSession {
  return new Pop3Server(office, options);
}
