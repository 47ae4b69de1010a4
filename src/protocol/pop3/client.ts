/**
 * The POP3 client agent (RFC 1939, RFC 2449 PIPELINING and response codes,
 * RFC 5034 AUTH PLAIN, RFC 2195 CRAM-MD5). It plays a mail client such as
 * Thunderbird or fetchmail (reference §7.2, §7.3): log in, STAT, UIDL (or
 * LIST), then RETR, save, DELE per the policy, then QUIT. Sans-I/O: octets
 * from the server in; octets to send and effects out.
 *
 * Rules of this module:
 * - Every state rule lives in POP3_CLIENT_TRANSITIONS. The state names what
 *   the client is waiting for: the reply at the head of its queue of sent
 *   commands, or the device's `saved()` (SAVE_WAIT). A transition missing
 *   from the table is our own bug and throws; the UI draws the client's
 *   diagram from the same table.
 * - Replies are matched to commands strictly in order (RFC 2449 §6.6), so
 *   pipelined replies that arrive in one chunk, or split at any octet, are
 *   read the same way. Multi-line data goes through MultilineDecoder
 *   (RFC 1939 §3), a chunk at a time: status lines are read one by one, and
 *   the octets after a multi-line +OK go to the data decoder whole.
 * - The commit order is the lesson: `safe` sends DELE (or remembers a UID)
 *   only after the device reports the copy durable; `unsafe` does so as soon
 *   as the message has fully arrived; `pipelined` sends DELE with the RETR,
 *   before any data has arrived (catalogue F7, F8).
 * - Blame: the server's nonsense (garbage instead of +OK/-ERR, a malformed
 *   STAT/UIDL/LIST line, data nobody asked for) is a peer violation: the
 *   agent finishes ok:false with the reason and never throws; it does not
 *   send QUIT, because QUIT would commit a session it no longer trusts
 *   (RFC 1939 §6: no UPDATE, so nothing is removed). Our caller's misuse
 *   (receive after finished, saved() for a key it never got) throws.
 * - In keep mode there is no DELE to hurry, so `pipelined` behaves as
 *   `unsafe`: the UID is remembered as soon as the message has arrived.
 *   The agent pipelines without asking CAPA first (RFC 2449 §6.6 wants the
 *   PIPELINING capability); our server, like any RFC 1939 server, answers
 *   commands in order anyway. That shortcut is part of the unsafe lesson.
 * - Effects come in the order things happen: the reply line, the commands
 *   the agent sends in answer, then the state it now waits in.
 * - A failed login (any -ERR, including [IN-USE] and [LOGIN-DELAY],
 *   RFC 2449 §8) sends QUIT and finishes ok:false with the reason.
 * - UIDs of messages this session DELEs in keep mode are forgotten only
 *   after QUIT's +OK: before UPDATE they are still on the server (§6).
 * - After `finished`, `saved(key)` for a copy it asked to save is still
 *   accepted: in keep mode with the safe order it then remembers the UID,
 *   because the copy is durable even though the connection is gone.
 *   `connectionLost()` after `finished` does nothing (the server closes
 *   after QUIT).
 */
import { CRLF, type Octets } from '../octets.ts';
import { LineDecoder, MultilineDecoder, POP3_LIMITS } from '../wire.ts';
import { COMMIT_PLAN, type ClientAgent, type ClientContext, type ClientEffect, type ClientOutput, type ClientPolicy, type EndReason } from '../engine.ts';
import { isValidUid } from '../maildrop.ts';
import { apopDigest, buildCramResponse, buildPlain, decodeBase64, encodeBase64 } from '../sasl.ts';
import { nextState, type ClientMachine } from '../machine.ts';

// ---------------------------------------------------------------------------
// The table

export const POP3_CLIENT_STATES = [
  'GREETING',
  'AUTHORIZATION',
  'STALE_DELE',
  'STAT',
  'UIDL',
  'LIST',
  'RETR',
  'SAVE_WAIT',
  'DELE',
  'QUIT',
  'DONE',
] as const;
export type Pop3ClientState = (typeof POP3_CLIENT_STATES)[number];

/**
 * What moves the client: the keyword of the reply it now waits for (the
 * head of its queue), or one of three pseudo-steps: the SASL response line
 * it sent, waiting for the device's save, and the end of the session.
 */
const POP3_CLIENT_STEPS = [
  'USER', 'PASS', 'APOP', 'AUTH', '(sasl-response)',
  'DELE', 'STAT', 'UIDL', 'LIST', 'RETR', 'QUIT',
  '(await-save)', '(end)',
] as const;
export type Pop3ClientStep = (typeof POP3_CLIENT_STEPS)[number];

const END = { '(end)': 'DONE' } as const;

/**
 * State after each step, per state. DELE right after login is the stale
 * number of catalogue F18 (STALE_DELE); a DELE after the listing is the
 * policy's DELE. A QUIT from AUTHORIZATION ends a failed login (no UPDATE);
 * from the transfer states it asks for UPDATE (RFC 1939 §6).
 */
export const POP3_CLIENT_TRANSITIONS: Readonly<
  Record<Pop3ClientState, Readonly<Partial<Record<Pop3ClientStep, Pop3ClientState>>>>
> = Object.freeze({
  GREETING: Object.freeze({ USER: 'AUTHORIZATION', APOP: 'AUTHORIZATION', AUTH: 'AUTHORIZATION', QUIT: 'QUIT', ...END }),
  AUTHORIZATION: Object.freeze({
    USER: 'AUTHORIZATION',
    PASS: 'AUTHORIZATION',
    '(sasl-response)': 'AUTHORIZATION',
    DELE: 'STALE_DELE',
    STAT: 'STAT',
    QUIT: 'QUIT',
    ...END,
  }),
  STALE_DELE: Object.freeze({ DELE: 'STALE_DELE', STAT: 'STAT', ...END }),
  STAT: Object.freeze({ UIDL: 'UIDL', LIST: 'LIST', QUIT: 'QUIT', ...END }),
  UIDL: Object.freeze({ LIST: 'LIST', RETR: 'RETR', DELE: 'DELE', QUIT: 'QUIT', ...END }),
  LIST: Object.freeze({ RETR: 'RETR', DELE: 'DELE', QUIT: 'QUIT', ...END }),
  RETR: Object.freeze({ RETR: 'RETR', DELE: 'DELE', QUIT: 'QUIT', '(await-save)': 'SAVE_WAIT', ...END }),
  SAVE_WAIT: Object.freeze({ RETR: 'RETR', DELE: 'DELE', QUIT: 'QUIT', ...END }),
  DELE: Object.freeze({ RETR: 'RETR', DELE: 'DELE', QUIT: 'QUIT', ...END }),
  QUIT: Object.freeze({ ...END }),
  DONE: Object.freeze({}),
});

/** The RFC section behind each state, for the explanation panel. */
const POP3_CLIENT_STATE_RFC: Readonly<Record<Pop3ClientState, string>> = Object.freeze({
  GREETING: 'RFC 1939 §4',
  AUTHORIZATION: 'RFC 1939 §7, RFC 5034 §4, RFC 2195',
  STALE_DELE: 'RFC 1939 §4 (numbers last one session; catalogue F18)',
  STAT: 'RFC 1939 §5',
  UIDL: 'RFC 1939 §7',
  LIST: 'RFC 1939 §5',
  RETR: 'RFC 1939 §5, §3',
  SAVE_WAIT: 'RFC 1939 §8 (commit only after the copy is durable)',
  DELE: 'RFC 1939 §5',
  QUIT: 'RFC 1939 §6',
  DONE: 'RFC 1939 §6',
});

/** The POP3 client's machine (protocol/machine.ts): the agent and the state diagram both run on it. */
export const POP3_CLIENT_MACHINE: ClientMachine<Pop3ClientState, Pop3ClientStep> = Object.freeze({
  protocol: 'pop3',
  role: 'client',
  states: POP3_CLIENT_STATES,
  transitions: POP3_CLIENT_TRANSITIONS,
  stateRfc: POP3_CLIENT_STATE_RFC,
});

function pop3ClientTransition(from: Pop3ClientState, step: Pop3ClientStep): Pop3ClientState {
  const to = nextState(POP3_CLIENT_MACHINE, from, step);
  if (to === undefined) throw new Error(`POP3 client: step ${step} is not allowed in state ${from} (engine bug)`);
  return to;
}

// ---------------------------------------------------------------------------
// Helpers

/** Longest line the client buffers; message lines have no RFC limit (RFC 1939 §5.3 of our notes). */
const MAX_LINE_OCTETS = 1_000_000;

type Status = { readonly kind: 'ok' | 'err' | 'continue'; readonly text: string };

/**
 * RFC 1939 §3: the status indicators are `+OK` and `-ERR` in upper case,
 * followed by a space and text or by the end of the line; RFC 5034 §4 adds
 * `+ ` for challenges. So `+OKAY` or `-ERRx` is no status line. RFC 1957
 * notes that servers send a bare `+OK`, so a client must not require the space.
 */
function parseStatus(line: Octets, continuationAllowed: boolean): Status | null {
  if (line.startsWith('+OK') && (line.length === 3 || line[3] === ' ')) return { kind: 'ok', text: line.slice(3).trimStart() };
  if (line.startsWith('-ERR') && (line.length === 4 || line[4] === ' ')) return { kind: 'err', text: line.slice(4).trimStart() };
  if (continuationAllowed && (line === '+' || line.startsWith('+ '))) return { kind: 'continue', text: line.slice(2) };
  return null;
}

/** RFC 2449 §8: an optional bracketed response code at the start of the text; only the first level matters here. */
function responseCode(text: string): string | null {
  const match = /^\[([^\]\s]+)\]/.exec(text);
  if (!match || match[1] === undefined) return null;
  return (match[1].split('/')[0] ?? '').toUpperCase();
}

/** RFC 1939 §7: the APOP timestamp is the msg-id `<...>` in the greeting. */
function greetingTimestamp(greeting: Octets): Octets | null {
  const match = /<[^<>\s]*@[^<>\s]*>/.exec(greeting);
  return match ? match[0] : null;
}

const NUMBER = /^[1-9][0-9]{0,8}$/;

/** The lines of multi-line data (each ended by CRLF), without their CRLF. */
function dataLines(data: Octets): Octets[] {
  if (data.length === 0) return [];
  const lines = data.split(CRLF);
  lines.pop(); // the empty string after the last CRLF
  return lines;
}

interface Listing {
  readonly number: number;
  readonly uid: string | null;
}

type Job =
  /** RETR this message (and DELE it if the retention says so). */
  | { readonly kind: 'fetch'; readonly number: number; readonly uid: string | null }
  /** keep mode: DELE a message this device already has (age or local delete). */
  | { readonly kind: 'delete-known'; readonly number: number; readonly uid: string };

/** A command sent whose reply has not been read yet. */
interface Pending {
  readonly step: Pop3ClientStep | 'greeting';
  /** The reply to +OK is multi-line (RFC 1939 §3). */
  readonly multiline: boolean;
  /** A `+ ` challenge is a valid answer (RFC 5034 §4). */
  readonly continuation: boolean;
  readonly onReply: (status: Status, line: Octets) => void;
  /** For multi-line replies: called with the data (un-stuffed lines, each with its CRLF) when the `.` line arrives. */
  readonly onData?: (data: Octets) => void;
  /** For RETR: what to report if the transfer is cut. */
  readonly retr?: { readonly number: number; readonly uid: string | null; readonly key: string };
}

interface SaveRequest {
  readonly key: string;
  readonly number: number;
  readonly uid: string | null;
  saved: boolean;
}

/** Ends the session from inside a reply handler. */
class Finish {
  constructor(
    readonly ok: boolean,
    readonly reason: EndReason,
  ) {}
}

// ---------------------------------------------------------------------------
// The agent

class Pop3Client implements ClientAgent {
  readonly protocol = 'pop3' as const;
  #state: Pop3ClientState = 'GREETING';
  #finished = false;

  readonly #policy: ClientPolicy;
  readonly #context: ClientContext;
  readonly #lines = new LineDecoder({ maxLineOctets: MAX_LINE_OCTETS });

  readonly #queue: Pending[] = [];
  /** Data of the multi-line reply at the head of the queue, once its +OK was read. */
  #data: { readonly decoder: MultilineDecoder; octets: Octets } | null = null;

  #jobs: readonly Job[] = [];
  /** Index of the next job: a cursor, not shift(), so a 10,000-message plan stays linear. */
  #nextJob = 0;
  #staleNumbers: number[] = [];
  #usingUidl = false;
  /** The fetch waiting for `saved()` in safe order. */
  #awaiting: SaveRequest | null = null;
  readonly #saves = new Map<string, SaveRequest>();
  /** keep mode: known UIDs DELEd this session, forgotten after QUIT's +OK. */
  readonly #deletedKnown: string[] = [];
  /** Why a QUIT after a failed login was sent; the session then ends ok:false. */
  #failure: EndReason | null = null;
  /** The reply or save the current state stands for, so that each one moves the state once. */
  #waitingFor: Pending | SaveRequest | null = null;

  #send: Octets[] = [];
  #effects: ClientEffect[] = [];

  constructor(policy: ClientPolicy, context: ClientContext) {
    for (const n of policy.staleDeleteNumbers ?? []) {
      if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`staleDeleteNumbers: ${n} is not a message number`);
    }
    if (policy.keepDays !== undefined && (!Number.isSafeInteger(policy.keepDays) || policy.keepDays < 0)) {
      throw new RangeError(`keepDays must be a whole number of days, got ${policy.keepDays}`);
    }
    this.#policy = policy;
    this.#context = context;
    this.#queue.push({
      step: 'greeting',
      multiline: false,
      continuation: false,
      onReply: (status, line) => this.#onGreeting(status, line),
    });
  }

  get state(): string {
    return this.#state;
  }

  get finished(): boolean {
    return this.#finished;
  }

  receive(octets: Octets): ClientOutput {
    if (this.#finished) throw new Error('POP3 client: receive() after the session finished (caller bug)');
    this.#run(() => this.#read(octets));
    return this.#flush();
  }

  saved(key: string): ClientOutput {
    const request = this.#saves.get(key);
    if (request === undefined) throw new Error(`POP3 client: saved(${JSON.stringify(key)}) for a copy it never asked to save (caller bug)`);
    if (request.saved) throw new Error(`POP3 client: saved(${JSON.stringify(key)}) reported twice (caller bug)`);
    request.saved = true;
    this.#run(() => {
      if (!COMMIT_PLAN.order[this.#policy.commitOrder].afterSave) return; // unsafe orders committed already
      if (this.#policy.retention === 'keep' && request.uid !== null) {
        this.#emit({ type: 'uid-remembered', uid: request.uid });
      }
      if (this.#awaiting !== request || this.#finished) return;
      this.#awaiting = null;
      if (COMMIT_PLAN.command.pop3[this.#policy.retention] === 'DELE') {
        this.#command('DELE', `DELE ${request.number}`, () => this.#next());
      } else {
        this.#next();
      }
    });
    return this.#flush();
  }

  connectionLost(): ClientOutput {
    if (this.#finished) return this.#flush();
    const head = this.#queue[0];
    if (head?.retr && this.#data) {
      // RFC 1939 §3: no terminator, so the copy is incomplete and must go.
      const { key, number, uid } = head.retr;
      this.#emit({ type: 'message', key, uid, number, octets: this.#data.octets, complete: false });
      this.#emit({ type: 'discard', key });
    }
    this.#queue.length = 0;
    this.#data = null;
    this.#finish(false, this.#failure === null ? { code: 'connection-lost' } : { code: 'lost-before-quit-reply', after: this.#failure });
    return this.#flush();
  }

  // -------------------------------------------------------------------------
  // Reading

  /** Reads status lines one at a time; the data of a multi-line reply goes to its decoder in one piece. */
  #read(octets: Octets): void {
    let input = octets;
    while (!this.#finished) {
      const data = this.#data;
      if (data !== null) {
        data.octets += data.decoder.pushData(input);
        const overlong = data.decoder.overlongOctets;
        if (overlong !== null) throw new Finish(false, { code: 'line-too-long', limit: MAX_LINE_OCTETS, octets: overlong });
        if (!data.decoder.done) return;
        // RFC 2449 §6.6: what follows the terminator is the next pipelined reply.
        input = data.decoder.rest;
        const head = this.#queue.shift();
        this.#data = null;
        head?.onData?.(data.octets);
        this.#sync();
        continue;
      }
      const item = this.#lines.shiftLine(input);
      input = '';
      if (item === null) return;
      if (item.type === 'overlong') {
        throw new Finish(false, { code: 'line-too-long', limit: MAX_LINE_OCTETS, octets: item.octets });
      }
      this.#onLine(item.line);
      // A multi-line +OK: the octets after it are data, not status lines.
      if (this.#data !== null) input = this.#lines.takePending();
    }
    // Once finished, the rest came after the end: nobody reads it.
  }

  #onLine(line: Octets): void {
    const head = this.#queue[0];
    if (head === undefined) {
      throw new Finish(false, { code: 'reply-not-due', line: line.slice(0, 60) });
    }
    if (line.length + 2 > POP3_LIMITS.statusLineOctets) {
      throw new Finish(false, { code: 'line-too-long', limit: POP3_LIMITS.statusLineOctets, octets: line.length + 2, rfc: 'RFC 1939 §3' });
    }
    const status = parseStatus(line, head.continuation);
    if (status === null) {
      throw new Finish(false, { code: 'not-a-status', line: line.slice(0, 60), rfc: 'RFC 1939 §3' });
    }
    this.#emit({ type: 'reply', ok: status.kind !== 'err', line });
    if (status.kind === 'ok' && head.multiline) {
      this.#data = { decoder: new MultilineDecoder(MAX_LINE_OCTETS, { overlong: 'stop' }), octets: '' };
      head.onReply(status, line);
      return;
    }
    this.#queue.shift();
    head.onReply(status, line);
    this.#sync();
  }

  // -------------------------------------------------------------------------
  // Authorization

  #onGreeting(status: Status, line: Octets): void {
    // RFC 1939 §4: the greeting must be positive.
    if (status.kind !== 'ok') throw new Finish(false, { code: 'greeting-refused', line, rfc: 'RFC 1939 §4' });
    const { user, secret } = this.#context;
    switch (this.#policy.auth ?? 'user-pass') {
      case 'user-pass':
        this.#command('USER', `USER ${user}`, (s, l) => {
          if (s.kind !== 'ok') return this.#loginFailed('USER', l);
          this.#command('PASS', `PASS ${secret}`, (s2, l2) => (s2.kind === 'ok' ? this.#loggedIn() : this.#loginFailed('PASS', l2)));
        });
        return;
      case 'apop': {
        const timestamp = greetingTimestamp(line);
        if (timestamp === null) {
          this.#failure = { code: 'no-apop-timestamp', rfc: 'RFC 1939 §7' };
          this.#quit();
          return;
        }
        this.#command('APOP', `APOP ${user} ${apopDigest(this.#context.digests, timestamp, secret)}`, (s, l) =>
          s.kind === 'ok' ? this.#loggedIn() : this.#loginFailed('APOP', l),
        );
        return;
      }
      case 'sasl-plain':
        // RFC 5034 §4: the initial response rides on the AUTH line.
        this.#command('AUTH', `AUTH PLAIN ${encodeBase64(buildPlain(user, secret))}`, (s, l) => {
          if (s.kind === 'continue') throw new Finish(false, { code: 'sasl-challenge-after-initial', rfc: 'RFC 4616 §2' });
          return s.kind === 'ok' ? this.#loggedIn() : this.#loginFailed('AUTH PLAIN', l);
        }, { continuation: true });
        return;
      case 'cram-md5':
        this.#command('AUTH', 'AUTH CRAM-MD5', (s, l) => {
          if (s.kind === 'err') return this.#loginFailed('AUTH CRAM-MD5', l);
          if (s.kind === 'ok') throw new Finish(false, { code: 'sasl-ok-before-response', rfc: 'RFC 2195 §2' });
          const challenge = decodeBase64(s.text);
          if (challenge === null) throw new Finish(false, { code: 'sasl-not-base64', rfc: 'RFC 5034 §4' });
          this.#command('(sasl-response)', encodeBase64(buildCramResponse(this.#context.digests, user, secret, challenge)), (s2, l2) => {
            if (s2.kind === 'continue') throw new Finish(false, { code: 'sasl-second-challenge', rfc: 'RFC 2195 §2' });
            return s2.kind === 'ok' ? this.#loggedIn() : this.#loginFailed('AUTH CRAM-MD5', l2);
          }, { continuation: true });
        }, { continuation: true });
        return;
    }
  }

  #loginFailed(command: string, line: Octets): void {
    const text = parseStatus(line, false)?.text ?? line;
    const code = responseCode(text);
    this.#failure =
      code === 'IN-USE'
        ? { code: 'in-use', line, rfc: 'RFC 2449 §8.1.2' }
        : code === 'LOGIN-DELAY'
          ? { code: 'login-delay', line, rfc: 'RFC 2449 §8.1.1' }
          : { code: 'login-failed', command, line };
    this.#quit();
  }

  #loggedIn(): void {
    this.#staleNumbers = [...(this.#policy.staleDeleteNumbers ?? [])];
    this.#nextStale();
  }

  /** Catalogue F18: a buggy client deletes by numbers from an earlier session (RFC 1939 §4 says they mean nothing now). */
  #nextStale(): void {
    const n = this.#staleNumbers.shift();
    if (n !== undefined) {
      this.#command('DELE', `DELE ${n}`, () => this.#nextStale());
      return;
    }
    this.#command('STAT', 'STAT', (s, l) => this.#onStat(s, l));
  }

  // -------------------------------------------------------------------------
  // Planning

  #onStat(status: Status, line: Octets): void {
    if (status.kind !== 'ok') {
      this.#failure = { code: 'refused', command: 'STAT', line };
      this.#quit();
      return;
    }
    // RFC 1939 §5: "+OK nn mm"; only the two numbers are significant.
    if (!/^\d+ \d+(?: |$)/.test(status.text)) {
      throw new Finish(false, { code: 'malformed-reply', command: 'STAT', expected: '+OK nn mm', line, rfc: 'RFC 1939 §5' });
    }
    if (this.#policy.useUidl) {
      this.#command('UIDL', 'UIDL', (s) => {
        // RFC 1939 §7: UIDL is optional; -ERR means this server has none.
        if (s.kind !== 'ok') this.#list();
      }, { multiline: true, onData: (data) => this.#onUidl(data) });
    } else {
      this.#list();
    }
  }

  #list(): void {
    this.#command('LIST', 'LIST', (s, l) => {
      if (s.kind !== 'ok') {
        this.#failure = { code: 'refused', command: 'LIST', line: l };
        this.#quit();
      }
    }, { multiline: true, onData: (data) => this.#onList(data) });
  }

  #onUidl(data: Octets): void {
    const listing: Listing[] = [];
    for (const line of dataLines(data)) {
      const space = line.indexOf(' ');
      const number = space < 0 ? line : line.slice(0, space);
      const uid = space < 0 ? undefined : line.slice(space + 1);
      // RFC 1939 §7: "n uid", the uid 1-70 characters in 0x21-0x7E (so it holds no space).
      if (!NUMBER.test(number) || uid === undefined || !isValidUid(uid)) {
        throw new Finish(false, { code: 'malformed-reply', command: 'UIDL', expected: 'n unique-id', line, rfc: 'RFC 1939 §7' });
      }
      listing.push({ number: Number(number), uid });
    }
    this.#usingUidl = true;
    this.#plan(listing);
  }

  #onList(data: Octets): void {
    const listing: Listing[] = [];
    for (const line of dataLines(data)) {
      // RFC 1939 §5: "n size"; text after the size is allowed but discouraged.
      const match = /^([1-9][0-9]{0,8}) \d+(?: |$)/.exec(line);
      if (!match) throw new Finish(false, { code: 'malformed-reply', command: 'LIST', expected: 'n size', line, rfc: 'RFC 1939 §5' });
      listing.push({ number: Number(match[1]), uid: null });
    }
    this.#plan(listing);
  }

  #plan(listing: readonly Listing[]): void {
    const { retention } = this.#policy;
    const jobs: Job[] = [];
    if (retention === 'delete' || !this.#usingUidl) {
      // Delete mode fetches everything; keep mode without UIDL has no memory, so it too fetches everything (F15).
      for (const { number, uid } of listing) jobs.push({ kind: 'fetch', number, uid });
    } else {
      const { knownUids, locallyDeleted, today } = this.#context;
      const { keepDays, deleteWhenDeletedLocally } = this.#policy;
      const listed = new Set<string>();
      for (const { number, uid } of listing) {
        if (uid === null) continue;
        // RFC 1939 §7: identical copies may share a UID; the second looks "already have" (catalogue F17).
        if (listed.has(uid)) continue;
        listed.add(uid);
        const firstSeenDay = knownUids.get(uid);
        if (firstSeenDay === undefined) {
          jobs.push({ kind: 'fetch', number, uid });
        } else if (
          (keepDays !== undefined && today - firstSeenDay >= keepDays) ||
          (deleteWhenDeletedLocally === true && locallyDeleted.has(uid))
        ) {
          jobs.push({ kind: 'delete-known', number, uid });
        }
      }
      // Thunderbird drops UIDs that are no longer on the server from popstate.dat (reference §7.2).
      for (const uid of knownUids.keys()) {
        if (!listed.has(uid)) this.#emit({ type: 'uid-forgotten', uid });
      }
    }
    this.#jobs = jobs;
    this.#nextJob = 0;
    this.#next();
  }

  // -------------------------------------------------------------------------
  // Transfer

  #next(): void {
    const job = this.#jobs[this.#nextJob];
    if (job === undefined) {
      this.#quit();
      return;
    }
    this.#nextJob++;
    if (job.kind === 'delete-known') {
      this.#command('DELE', `DELE ${job.number}`, (s) => {
        if (s.kind === 'ok') this.#deletedKnown.push(job.uid);
        this.#next();
      });
      return;
    }
    this.#fetch(job.number, job.uid);
  }

  #fetch(number: number, uid: string | null): void {
    const { retention, commitOrder } = this.#policy;
    const key = uid === null ? `msg-${number}` : `msg-${number}-${uid}`;
    const pipelinedDelete = COMMIT_PLAN.command.pop3[retention] === 'DELE' && COMMIT_PLAN.order[commitOrder].withRetrieve;
    this.#command(
      'RETR',
      `RETR ${number}`,
      (s) => {
        // A refused RETR (say, a message another session removed) is skipped; DELE only follows a full copy.
        if (s.kind !== 'ok' && !pipelinedDelete) this.#next();
      },
      {
        multiline: true,
        retr: { number, uid, key },
        onData: (data) => this.#onMessage(number, uid, key, data),
      },
    );
    if (pipelinedDelete) {
      // RFC 2449 §6.6: both commands go out in one send, before any data arrives (catalogue F8).
      this.#command('DELE', `DELE ${number}`, () => this.#next());
    }
  }

  #onMessage(number: number, uid: string | null, key: string, data: Octets): void {
    const { retention, commitOrder } = this.#policy;
    this.#emit({ type: 'message', key, uid, number, octets: data, complete: true });
    const request: SaveRequest = { key, number, uid, saved: false };
    this.#saves.set(key, request);
    this.#emit({ type: 'save', key });
    const plan = COMMIT_PLAN.order[commitOrder];
    if (plan.afterSave) {
      this.#awaiting = request;
      return;
    }
    if (COMMIT_PLAN.command.pop3[retention] === 'DELE') {
      // unsafe: DELE now, while the copy is only in memory (catalogue F7); pipelined: DELE is already on its way.
      if (!plan.withRetrieve) this.#command('DELE', `DELE ${number}`, () => this.#next());
      return;
    }
    if (this.#usingUidl && uid !== null) this.#emit({ type: 'uid-remembered', uid });
    this.#next();
  }

  #quit(): void {
    this.#command('QUIT', 'QUIT', (s, l) => {
      if (this.#failure !== null) throw new Finish(false, this.#failure);
      if (s.kind !== 'ok') {
        // RFC 1939 §6: some marked messages may not have been removed.
        throw new Finish(false, { code: 'refused', command: 'QUIT', line: l });
      }
      for (const uid of this.#deletedKnown) this.#emit({ type: 'uid-forgotten', uid });
      throw new Finish(true, { code: 'quit' });
    });
  }

  // -------------------------------------------------------------------------
  // Plumbing

  #command(
    step: Pop3ClientStep,
    line: Octets,
    onReply: Pending['onReply'],
    options: { multiline?: boolean; continuation?: boolean; onData?: Pending['onData']; retr?: Pending['retr'] } = {},
  ): void {
    this.#queue.push({
      step,
      multiline: options.multiline ?? false,
      continuation: options.continuation ?? false,
      onReply,
      ...(options.onData ? { onData: options.onData } : {}),
      ...(options.retr ? { retr: options.retr } : {}),
    });
    this.#send.push(line + CRLF);
    this.#emit({ type: 'command', line });
  }

  /** Brings the state in line with what the client now waits for. */
  #sync(): void {
    if (this.#finished) return;
    const head = this.#queue[0];
    const waitingFor = head ?? this.#awaiting;
    if (waitingFor === undefined || waitingFor === null || waitingFor === this.#waitingFor) return;
    this.#waitingFor = waitingFor;
    if (head !== undefined) {
      if (head.step !== 'greeting') this.#moveTo(head.step);
    } else {
      this.#moveTo('(await-save)');
    }
  }

  #moveTo(step: Pop3ClientStep): void {
    const from = this.#state;
    const to = pop3ClientTransition(from, step);
    if (to === from) return;
    this.#state = to;
    this.#emit({ type: 'state', from, to });
  }

  #finish(ok: boolean, reason: EndReason): void {
    this.#moveTo('(end)');
    this.#finished = true;
    this.#queue.length = 0;
    this.#data = null;
    this.#awaiting = null;
    this.#emit({ type: 'finished', ok, reason });
  }

  #run(body: () => void): void {
    try {
      body();
      this.#sync();
    } catch (error) {
      if (!(error instanceof Finish)) throw error;
      this.#finish(error.ok, error.reason);
    }
  }

  #emit(effect: ClientEffect): void {
    // Effects are immutable by type (every field readonly) and never changed here;
    // they are not frozen one by one, which cost a measurable share of a long session.
    this.#effects.push(effect);
  }

  #flush(): ClientOutput {
    const out: ClientOutput = Object.freeze({ send: this.#send.join(''), effects: Object.freeze(this.#effects) });
    this.#send = [];
    this.#effects = [];
    return out;
  }
}

/** A POP3 client session that follows `policy` for the user and memory in `context`. */
export function createPop3Client(policy: ClientPolicy, context: ClientContext): ClientAgent {
  return new Pop3Client(policy, context);
}
