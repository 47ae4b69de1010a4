/**
 * POP1 server engine (RFC 918, October 1984), sans-I/O.
 *
 * Rules of this module:
 * - Every success transition is in POP1_SERVER_TRANSITIONS, drawn from
 *   RFC 918 "The Protocol" and its flow diagram: greeting, USER, PASS, then
 *   reading transactions: RETR or RDEL opens and locks the mailbox and answers
 *   `#xxx`; RCEV sends the data; RCVD ends the transaction (and, after RDEL,
 *   deletes the mailbox contents); RSET aborts it. Several transactions may
 *   run on one connection. NOOP is allowed anywhere after the greeting; QUIT
 *   ends the session from any state.
 * - A command with no entry in the table is answered `-ERR` and the state
 *   does not change (RFC 918 does not ask the server to close). The one
 *   failure that moves is a refused PASS, which returns to USER
 *   (POP1_FAILURE_TRANSITIONS). A refused RETR/RDEL (unknown mailbox, lock
 *   held elsewhere) stays in READY.
 * - Framing is by count: `#xxx` is the number of characters in the whole
 *   block (CRLF counted as two), then RCEV sends exactly that block, with no
 *   stuffing and no terminator. The block is the mailbox in mbox form (see
 *   mailbox-block.ts), so the client can split it back into messages.
 *   RCEV sends the data and nothing else: RFC 918's reply summary lists
 *   "+OK or (connection aborted)" for RCEV, but its normal scenario has the
 *   server just send the mail, and a status line after count-framed data
 *   would have no use; the client's RCVD is the next exchange.
 * - The commit point is RCVD (RFC 918 "RCVD"): only an RCVD after RDEL
 *   removes messages (reason 'rcvd'). RSET, QUIT in the middle of a
 *   transaction, a drop, a server crash or the inactivity timer remove
 *   nothing and unlock the mailbox. RDEL emits a `marked` event for every
 *   message so the learner sees the whole mailbox pending deletion.
 * - RFC 918 states no line limit; we bound command lines at 512 octets
 *   (the RFC 937 figure) and answer longer ones `-ERR`.
 * - Server personalities (ServerOptions.personality) are mostly a POP3
 *   notion and are not applied here, except `read-only` (catalogue F21):
 *   RCVD after RDEL is answered -ERR and deletes nothing (RFC 918 "RCVD"
 *   allows -ERR); the transaction still ends and the mailbox is unlocked.
 */
import type { Octets } from '../octets.ts';
import { LineDecoder } from '../wire.ts';
import { MIN_AUTOLOGOUT_TICKS, type ServerOptions, type ServerOutput, type ServerSession } from '../engine.ts';
import type { Maildrop, PostOffice, StoredMessage } from '../maildrop.ts';
import { LineServer } from '../pop12-server.ts';
import { EMPTY_SERVER_OUTPUT as EMPTY, OutputCollector, isOwnMailbox, shown, splitKeyword } from '../pop12-common.ts';
import { joinMailbox } from './mailbox-block.ts';
import { isOneOf, nextState, sameRfc, type ServerMachine } from '../machine.ts';

export const POP1_SERVER_STATES = ['START', 'USER', 'PASS', 'READY', 'OPEN', 'SENT', 'DONE'] as const;
export type Pop1ServerState = (typeof POP1_SERVER_STATES)[number];

export const POP1_COMMANDS = ['USER', 'PASS', 'RETR', 'RDEL', 'RCEV', 'RCVD', 'RSET', 'NOOP', 'QUIT'] as const;
export type Pop1Command = (typeof POP1_COMMANDS)[number];

/** RFC 918 "The Protocol" and flow diagram. START -> USER is the greeting: see POP1_OPEN_TRANSITION. */
export const POP1_SERVER_TRANSITIONS: Readonly<Record<Pop1ServerState, Partial<Record<Pop1Command, Pop1ServerState>>>> = {
  START: {},
  USER: { USER: 'PASS', NOOP: 'USER', QUIT: 'DONE' },
  PASS: { PASS: 'READY', USER: 'PASS', NOOP: 'PASS', QUIT: 'DONE' },
  READY: { RETR: 'OPEN', RDEL: 'OPEN', NOOP: 'READY', QUIT: 'DONE' },
  OPEN: { RCEV: 'SENT', RSET: 'READY', NOOP: 'OPEN', QUIT: 'DONE' },
  SENT: { RCVD: 'READY', RSET: 'READY', NOOP: 'SENT', QUIT: 'DONE' },
  DONE: {},
};

/** Failed commands that change state; every other failure leaves the state as it was. */
const POP1_FAILURE_TRANSITIONS: Readonly<Partial<Record<Pop1ServerState, Partial<Record<Pop1Command, Pop1ServerState>>>>> = {
  PASS: { PASS: 'USER' },
};

const POP1_OPEN_TRANSITION = { from: 'START', to: 'USER', label: 'open / greeting' } as const;

/** The POP1 server's machine (protocol/machine.ts): the engine and the state diagram both run on it. RFC 918 names no states. */
export const POP1_SERVER_MACHINE: ServerMachine<Pop1ServerState, Pop1Command> = {
  protocol: 'pop1',
  role: 'server',
  states: POP1_SERVER_STATES,
  transitions: POP1_SERVER_TRANSITIONS,
  failures: POP1_FAILURE_TRANSITIONS,
  open: POP1_OPEN_TRANSITION,
  stateRfc: sameRfc(POP1_SERVER_STATES, 'RFC 918 "The Protocol"'),
  ownNames: true,
};

/** Our bound on a command line (RFC 918 gives none; this is RFC 937's figure). */
const POP1_MAX_COMMAND_OCTETS = 512;

const RFC = {
  USER: 'RFC 918 "USER"',
  PASS: 'RFC 918 "PASS"',
  RETR: 'RFC 918 "RETR"',
  RDEL: 'RFC 918 "RDEL"',
  RCEV: 'RFC 918 "RCEV"',
  RCVD: 'RFC 918 "RCVD"',
  RSET: 'RFC 918 "RSET"',
  NOOP: 'RFC 918 "NOOP"',
  QUIT: 'RFC 918 "QUIT"',
  protocol: 'RFC 918 "The Protocol"',
} as const satisfies Record<Pop1Command | 'protocol', string>;



interface Transaction {
  readonly deleting: boolean;
  readonly maildrop: Maildrop;
  readonly messages: readonly StoredMessage[];
  readonly block: Octets;
}

class Pop1Server extends LineServer<Pop1ServerState> {
  readonly protocol = 'pop1' as const;
  /** The name given by USER, waiting for PASS. */
  #pendingUser: string | null = null;
  #user: string | null = null;
  #transaction: Transaction | null = null;

  constructor(office: PostOffice, options: ServerOptions) {
    super(office, options, { open: POP1_OPEN_TRANSITION, greeting: (host) => `+OK POP1 ${host} server ready`, greetingRfc: RFC.protocol, maxCommandOctets: POP1_MAX_COMMAND_OCTETS });
  }

  protected overlong(out: OutputCollector, octets: number): void {
    this.#error(out, `-ERR command longer than ${POP1_MAX_COMMAND_OCTETS} octets`, `a ${octets}-octet command line`, RFC.protocol);
  }

  /** RFC 918 names no timer; like POP3 (RFC 1939 §3) we close silently and delete nothing. */
  protected autologout(out: OutputCollector): void {
    out.event({ type: 'autologout', rfc: RFC.RCVD });
    out.event({ type: 'aborted', reason: 'autologout', rfc: RFC.RCVD });
    this.#end(out);
  }

  abort(reason: 'connection-lost' | 'server-crash'): ServerOutput {
    if (this.isClosed) return EMPTY;
    const out = new OutputCollector();
    // RFC 918 "The Protocol": deletion happens only on RCVD, so an abort deletes nothing.
    out.event({ type: 'aborted', reason, rfc: RFC.RCVD });
    this.#end(out);
    return out.finish();
  }

  protected command(out: OutputCollector, line: Octets): void {
    const { keyword, rest } = splitKeyword(line);
    out.event({ type: 'command', keyword, line });
    if (!isOneOf(POP1_COMMANDS, keyword)) {
      this.#error(out, `-ERR unknown command ${shown(keyword)}`, `unknown command "${shown(keyword)}"`, 'RFC 918 "Summary of Commands and Replies"');
      return;
    }
    const next = nextState(POP1_SERVER_MACHINE, this.at, keyword);
    if (next === undefined) {
      this.#error(out, `-ERR ${keyword} is not allowed in state ${this.at}`, `${keyword} is not allowed in state ${this.at}`, RFC.protocol);
      return;
    }
    const arg = rest.trim();
    const wantsArg = keyword === 'USER' || keyword === 'PASS' || keyword === 'RETR' || keyword === 'RDEL';
    if (wantsArg ? arg === '' : arg !== '') {
      this.#failCommand(out, keyword, wantsArg ? `-ERR ${keyword} needs an argument` : `-ERR ${keyword} takes no argument`, RFC[keyword]);
      return;
    }
    switch (keyword) {
      case 'USER':
        this.#pendingUser = arg;
        this.reply(out, '+OK', RFC.USER);
        break;
      case 'PASS': {
        const user = this.#pendingUser as string;
        const account = this.office.account(user);
        if (account === undefined || account.secret !== arg) {
          out.event({ type: 'auth-failed', user, mechanism: 'USER/PASS' });
          this.#failCommand(out, keyword, '-ERR bad user or password', RFC.PASS);
          return;
        }
        this.#user = user;
        out.event({ type: 'authenticated', user, mechanism: 'USER/PASS' });
        this.reply(out, '+OK', RFC.PASS);
        break;
      }
      case 'RETR':
      case 'RDEL':
        if (!this.#open(out, keyword, arg)) return;
        break;
      case 'RCEV': {
        const t = this.#transaction as Transaction;
        // RFC 918 "RCEV": the data, exactly #xxx characters, no stuffing, no terminator.
        out.send += t.block;
        t.messages.forEach((m, i) => out.event({ type: 'sent-message', uid: m.uid, number: i + 1, octets: m.octets.length }));
        break;
      }
      case 'RCVD': {
        const t = this.#transaction as Transaction;
        if (t.deleting && this.options.personality?.kind === 'read-only') {
          // RFC 918 "RCVD": -ERR, the mail was not deleted (no write access; catalogue F21).
          this.#closeTransaction(out, true);
          this.reply(out, '-ERR mailbox is read-only: nothing deleted', RFC.RCVD, false);
          break;
        }
        if (t.deleting) {
          // RFC 918 "RCVD": the commit point of RDEL. Only now is the mail deleted.
          for (const removal of t.maildrop.remove(t.messages.map((m) => m.uid), 'rcvd')) {
            out.event({ type: 'removed', uid: removal.uid, reason: removal.reason, rfc: RFC.RCVD });
          }
        }
        this.#closeTransaction(out, false);
        this.reply(out, '+OK', RFC.RCVD);
        break;
      }
      case 'RSET':
        // RFC 918 "RSET": abort the transaction; close and unlock the mailbox; delete nothing.
        this.#closeTransaction(out, true);
        this.reply(out, '+OK', RFC.RSET);
        break;
      case 'NOOP':
        this.reply(out, '+OK', RFC.NOOP);
        break;
      case 'QUIT':
        this.#closeTransaction(out, true);
        this.reply(out, '+OK POP1 server signing off', RFC.QUIT);
        this.isClosed = true;
        out.close = true;
        break;
    }
    this.moveTo(out, next, RFC[keyword]);
  }

  /** RETR or RDEL: open and lock the mailbox, answer `#xxx`. Returns false after an -ERR. */
  #open(out: OutputCollector, keyword: 'RETR' | 'RDEL', mailbox: string): boolean {
    const user = this.#user as string;
    const account = this.office.account(user);
    if (account === undefined || !isOwnMailbox(mailbox, user)) {
      this.#failCommand(out, keyword, `-ERR no such mailbox ${shown(mailbox)}`, RFC[keyword]);
      return false;
    }
    if (!account.maildrop.tryLock(this.options.sessionId)) {
      out.event({ type: 'lock-refused', user, rfc: RFC[keyword] });
      this.#failCommand(out, keyword, '-ERR mailbox locked by another session', RFC[keyword]);
      return false;
    }
    // RFC 918: the mailbox is locked from RETR/RDEL until RCVD or RSET.
    out.event({ type: 'locked', user, rfc: RFC[keyword] });
    const messages = account.maildrop.messages;
    const block = joinMailbox(
      messages.map((m) => m.octets),
      this.office.hostname,
    );
    const deleting = keyword === 'RDEL';
    this.#transaction = { deleting, maildrop: account.maildrop, messages, block };
    if (deleting) {
      // RFC 918 "RDEL": the whole mailbox is now pending deletion; RCVD will commit it.
      messages.forEach((m, i) => out.event({ type: 'marked', uid: m.uid, number: i + 1, rfc: RFC.RDEL }));
    }
    this.reply(out, `#${block.length}`, RFC[keyword]);
    return true;
  }

  /** Ends the current transaction, if any: unmark (when aborted) and unlock. */
  #closeTransaction(out: OutputCollector, aborted: boolean): void {
    const t = this.#transaction;
    if (t === null) return;
    if (aborted && t.deleting) {
      t.messages.forEach((m, i) => out.event({ type: 'unmarked', uid: m.uid, number: i + 1, rfc: RFC.RSET }));
    }
    t.maildrop.unlock(this.options.sessionId);
    out.event({ type: 'unlocked', user: this.#user as string, rfc: aborted ? RFC.RSET : RFC.RCVD });
    this.#transaction = null;
  }

  #end(out: OutputCollector): void {
    this.#closeTransaction(out, true);
    this.moveTo(out, 'DONE', RFC.protocol);
    this.isClosed = true;
    out.close = true;
  }

  /** A command from the table that failed: `-ERR`, and the failure transition if there is one. */
  #failCommand(out: OutputCollector, keyword: Pop1Command, reply: string, rfc: string): void {
    this.#error(out, reply, reply.replace(/^-ERR /, ''), rfc);
    const to = POP1_SERVER_MACHINE.failures?.[this.at]?.[keyword];
    if (to !== undefined) this.moveTo(out, to, rfc);
  }

  #error(out: OutputCollector, reply: string, message: string, rfc: string): void {
    out.event({ type: 'peer-error', message, rfc });
    this.reply(out, reply, rfc, false);
  }


}


export function createPop1Server(office: PostOffice, options: ServerOptions): ServerSession {
  return new Pop1Server(office, options);
}
