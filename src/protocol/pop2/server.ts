/**
 * POP2 server engine (RFC 937, February 1985), sans-I/O.
 *
 * Rules of this module:
 * - Every transition rule is in POP2_SERVER_TRANSITIONS, drawn from RFC 937
 *   "Server State Diagram": LSTN -(open/greeting)-> AUTH -HELO-> MBOX
 *   -READ-> ITEM -RETR-> NEXT -ACKS|ACKD|NACK-> ITEM; FOLD from MBOX or ITEM
 *   goes to MBOX; QUIT from AUTH, MBOX or ITEM goes to DONE. There is no QUIT
 *   in NEXT: the client must acknowledge the message first.
 * - A command that has no entry for the current state, an unknown keyword, a
 *   malformed argument, an over-long line (RFC 937 "Sizes": 512 characters
 *   including CRLF), a failed HELO, a refused lock, or a RETR of a 0-length
 *   message is answered `-` and the server closes. RFC 937 "System Model and
 *   Philosophy": "if anything goes wrong close the connection"; UW ipop2d
 *   does the same.
 * - Framing is by count (RFC 937 "Message Length"): `=ccc` gives the length in
 *   characters, CRLF counted as two, then RETR sends exactly those octets, with
 *   no dot-stuffing and no terminator.
 * - ACKD only marks (RFC 937 "ACKD"). Marks are committed, as removals with
 *   reason 'release', when the mailbox is released: at QUIT, and when FOLD
 *   selects a mailbox (our post office has one maildrop per user, so FOLD of
 *   it re-selects it after committing). Messages are not renumbered before
 *   that, and READ of a marked message answers `=0`.
 * - RFC 937 does not say what happens to marks when the session ends without
 *   QUIT (a drop, a server crash, the T2 timer, or our close after a peer
 *   error); implementations differ. ServerOptions.pop2Abort chooses:
 *   'commit-nothing' (default): nothing is committed, the lock is released,
 *   and the marked messages stay in the maildrop (a duplicate next time,
 *   never a loss). 'commit-on-release': the mailbox is released after a lost
 *   connection or the T2 timeout as after QUIT, so the marks take effect, as
 *   with UW ipop2d (which flags a message deleted at ACKD; the flag outlives
 *   the connection). A server crash commits nothing under either model: the
 *   process that held the marks is gone.
 * - The exclusive lock is held from a successful HELO until the session ends.
 * - Server personalities (ServerOptions.personality) are mostly a POP3 notion
 *   and are not applied here, except `read-only` (catalogue F21): RFC 937
 *   "ACKD" says a message is deleted only if the user has write access, and
 *   the reply does not say whether it was, so ACKD is answered as usual and
 *   marks nothing. Otherwise this server behaves as RFC 937 says.
 */
import type { Octets } from '../octets.ts';
import { LineDecoder, POP2_LIMITS } from '../wire.ts';
import { MIN_AUTOLOGOUT_TICKS, type ServerOptions, type ServerOutput, type ServerSession } from '../engine.ts';
import type { Maildrop, PostOffice, StoredMessage } from '../maildrop.ts';
import { LineServer } from '../pop12-server.ts';
import { isOneOf, nextState, sameRfc, type ServerMachine } from '../machine.ts';
import { EMPTY_SERVER_OUTPUT as EMPTY, OutputCollector, isOwnMailbox, parseDecimal, shown, splitKeyword, splitQuotedArgs } from '../pop12-common.ts';

export const POP2_SERVER_STATES = ['LSTN', 'AUTH', 'MBOX', 'ITEM', 'NEXT', 'DONE'] as const;
export type Pop2ServerState = (typeof POP2_SERVER_STATES)[number];

export const POP2_COMMANDS = ['HELO', 'FOLD', 'READ', 'RETR', 'ACKS', 'ACKD', 'NACK', 'QUIT'] as const;
export type Pop2Command = (typeof POP2_COMMANDS)[number];

/**
 * RFC 937 "Server State Diagram". The LSTN -> AUTH edge is the connection
 * opening (the greeting), not a command: see POP2_OPEN_TRANSITION.
 */
export const POP2_SERVER_TRANSITIONS: Readonly<Record<Pop2ServerState, Partial<Record<Pop2Command, Pop2ServerState>>>> = {
  LSTN: {},
  AUTH: { HELO: 'MBOX', QUIT: 'DONE' },
  MBOX: { FOLD: 'MBOX', READ: 'ITEM', QUIT: 'DONE' },
  ITEM: { FOLD: 'MBOX', READ: 'ITEM', RETR: 'NEXT', QUIT: 'DONE' },
  NEXT: { ACKS: 'ITEM', ACKD: 'ITEM', NACK: 'ITEM' },
  DONE: {},
};

/** RFC 937 "Server State Diagram": the connection opens, the server greets. */
const POP2_OPEN_TRANSITION = { from: 'LSTN', to: 'AUTH', label: 'open / greeting' } as const;

/** The POP2 server's machine (protocol/machine.ts): the engine and the state diagram both run on it. */
export const POP2_SERVER_MACHINE: ServerMachine<Pop2ServerState, Pop2Command> = {
  protocol: 'pop2',
  role: 'server',
  states: POP2_SERVER_STATES,
  transitions: POP2_SERVER_TRANSITIONS,
  open: POP2_OPEN_TRANSITION,
  stateRfc: sameRfc(POP2_SERVER_STATES, 'RFC 937 "Server State Diagram"'),
};

/** Where each rule comes from, for the explanation panel. */
const RFC: Readonly<Record<Pop2Command | 'greeting' | 'sizes' | 'syntax', string>> = {
  HELO: 'RFC 937 "HELO"',
  FOLD: 'RFC 937 "FOLD"',
  READ: 'RFC 937 "READ"',
  RETR: 'RFC 937 "RETR"',
  ACKS: 'RFC 937 "ACKS"',
  ACKD: 'RFC 937 "ACKD"',
  NACK: 'RFC 937 "NACK"',
  QUIT: 'RFC 937 "QUIT"',
  greeting: 'RFC 937 "Server State Diagram"',
  sizes: 'RFC 937 "Sizes"',
  syntax: 'RFC 937 "Formal Syntax"',
};



class Pop2Server extends LineServer<Pop2ServerState> {
  readonly protocol = 'pop2' as const;
  #user: string | null = null;
  #maildrop: Maildrop | null = null;
  /** The selected mailbox, numbered once at selection (RFC 937 "Message Numbers"); empty for an unknown mailbox. */
  #selection: readonly StoredMessage[] = [];
  /** UIDs marked by ACKD since the mailbox was selected (RFC 937 "ACKD"). */
  readonly #marked = new Set<string>();
  /** The current message indicator (RFC 937 "The Protocol"). */
  #current = 1;

  constructor(office: PostOffice, options: ServerOptions) {
    super(office, options, { open: POP2_OPEN_TRANSITION, greeting: (host) => `+ POP2 ${host} server ready`, greetingRfc: RFC.greeting, maxCommandOctets: POP2_LIMITS.commandOctets });
  }

  protected overlong(out: OutputCollector, octets: number): void {
    this.#fail(out, `- command longer than ${POP2_LIMITS.commandOctets} characters`, `a ${octets}-octet command line`, RFC.sizes);
  }

  /** RFC 937 "Timeouts": the server's long timer T2 ran out. No reply; the marks are committed only under the commit-on-release model. */
  protected autologout(out: OutputCollector): void {
    out.event({ type: 'autologout', rfc: 'RFC 937 "Timeouts"' });
    if (this.#commitOnRelease) this.#commitMarks(out);
    out.event({ type: 'aborted', reason: 'autologout', rfc: 'RFC 937 "Timeouts"' });
    this.#end(out, 'RFC 937 "Timeouts"');
  }

  abort(reason: 'connection-lost' | 'server-crash'): ServerOutput {
    if (this.isClosed) return EMPTY;
    const out = new OutputCollector();
    // RFC 937 "ACKD" leaves an abort open: see ServerOptions.pop2Abort. A crash commits nothing.
    if (reason === 'connection-lost' && this.#commitOnRelease) this.#commitMarks(out);
    out.event({ type: 'aborted', reason, rfc: 'RFC 937 "ACKD"' });
    this.#end(out, 'RFC 937 "ACKD"');
    return out.finish();
  }

  get #commitOnRelease(): boolean {
    return this.options.pop2Abort === 'commit-on-release';
  }

  protected command(out: OutputCollector, line: Octets): void {
    const { keyword, rest } = splitKeyword(line);
    out.event({ type: 'command', keyword, line });
    if (!isOneOf(POP2_COMMANDS, keyword)) {
      this.#fail(out, `- unknown command ${shown(keyword)}`, `unknown command "${shown(keyword)}"`, RFC.syntax);
      return;
    }
    const next = nextState(POP2_SERVER_MACHINE, this.at, keyword);
    if (next === undefined) {
      this.#fail(out, `- ${keyword} is not allowed in state ${this.at}`, `${keyword} is not allowed in state ${this.at}`, 'RFC 937 "Server State Diagram"');
      return;
    }
    const args = splitQuotedArgs(rest);
    if (args === null) {
      this.#fail(out, '- dangling backslash', 'a backslash at the end of the line quotes nothing', 'RFC 937 "Quoting"');
      return;
    }
    switch (keyword) {
      case 'HELO':
        return this.#succeeded(out, keyword, next, this.#helo(out, args));
      case 'FOLD':
        return this.#succeeded(out, keyword, next, this.#fold(out, args));
      case 'READ':
        return this.#succeeded(out, keyword, next, this.#read(out, args));
      case 'RETR':
        return this.#succeeded(out, keyword, next, this.#retr(out, args));
      case 'ACKS':
      case 'ACKD':
      case 'NACK':
        return this.#succeeded(out, keyword, next, this.#ack(out, keyword, args));
      case 'QUIT':
        return this.#succeeded(out, keyword, next, this.#quit(out, args));
    }
  }

  #helo(out: OutputCollector, args: readonly string[]): boolean {
    if (args.length !== 2) {
      this.#fail(out, '- usage: HELO user password', 'HELO needs a user and a password', RFC.HELO);
      return false;
    }
    const [user, password] = args as [string, string];
    const account = this.office.account(user);
    if (account === undefined || account.secret !== password) {
      out.event({ type: 'auth-failed', user, mechanism: 'HELO' });
      this.#fail(out, '- bad user or password', 'HELO with a wrong user or password', RFC.HELO);
      return false;
    }
    out.event({ type: 'authenticated', user, mechanism: 'HELO' });
    if (!account.maildrop.tryLock(this.options.sessionId)) {
      out.event({ type: 'lock-refused', user, rfc: RFC.HELO });
      this.#fail(out, '- mailbox in use', 'the mailbox is locked by another session', RFC.HELO);
      return false;
    }
    this.#user = user;
    this.#maildrop = account.maildrop;
    out.event({ type: 'locked', user, rfc: RFC.HELO });
    // RFC 937 "HELO": logging in selects the user's default mailbox.
    this.#select(account.maildrop.messages);
    this.reply(out, `#${this.#selection.length}`, RFC.HELO);
    return true;
  }

  #fold(out: OutputCollector, args: readonly string[]): boolean {
    if (args.length !== 1) {
      this.#fail(out, '- usage: FOLD mailbox', 'FOLD needs exactly one mailbox name', RFC.FOLD);
      return false;
    }
    // RFC 937 "ACKD": switching mailboxes releases the current one, which commits its marks.
    this.#commitMarks(out);
    const maildrop = this.#maildrop as Maildrop;
    const own = isOwnMailbox(args[0] as string, this.#user as string);
    // RFC 937 "FOLD": a mailbox that does not exist (or cannot be read) counts as empty.
    this.#select(own ? maildrop.messages : []);
    this.reply(out, `#${this.#selection.length}`, RFC.FOLD);
    return true;
  }

  #read(out: OutputCollector, args: readonly string[]): boolean {
    if (args.length > 1) {
      this.#fail(out, '- usage: READ [n]', 'READ takes at most one message number', RFC.READ);
      return false;
    }
    if (args.length === 1) {
      const n = parseDecimal(args[0] as string);
      if (n === null) {
        this.#fail(out, '- message number must be decimal', `"${shown(args[0] as string)}" is not a decimal number`, 'RFC 937 "Message Numbers"');
        return false;
      }
      // RFC 937 "READ": message n becomes the current message, even when it does not exist.
      this.#current = n;
    }
    this.reply(out, `=${this.#currentSize()}`, RFC.READ);
    return true;
  }

  #retr(out: OutputCollector, args: readonly string[]): boolean {
    if (args.length !== 0) {
      this.#fail(out, '- RETR takes no argument', 'RETR takes no argument', RFC.RETR);
      return false;
    }
    const message = this.#currentMessage();
    if (message === undefined) {
      // RFC 937 "RETR": asked to send a 0-length message, the server closes the connection.
      this.#fail(out, '- no message to send', 'RETR of a 0-length message', RFC.RETR);
      return false;
    }
    // RFC 937 "Message Length": exactly =ccc octets follow, no stuffing, no terminator.
    out.send += message.octets;
    out.event({ type: 'sent-message', uid: message.uid, number: this.#current, octets: message.octets.length });
    return true;
  }

  #ack(out: OutputCollector, keyword: 'ACKS' | 'ACKD' | 'NACK', args: readonly string[]): boolean {
    if (args.length !== 0) {
      this.#fail(out, `- ${keyword} takes no argument`, `${keyword} takes no argument`, RFC[keyword]);
      return false;
    }
    if (keyword === 'ACKD' && this.options.personality?.kind !== 'read-only') {
      const message = this.#currentMessage() as StoredMessage; // RETR succeeded, so it exists.
      this.#marked.add(message.uid);
      out.event({ type: 'marked', uid: message.uid, number: this.#current, rfc: RFC.ACKD });
    }
    // RFC 937 "ACKS", "ACKD": the indicator moves on; "NACK": it stays, so the client may retry.
    if (keyword !== 'NACK') this.#current++;
    this.reply(out, `=${this.#currentSize()}`, RFC[keyword]);
    return true;
  }

  #quit(out: OutputCollector, args: readonly string[]): boolean {
    if (args.length !== 0) {
      this.#fail(out, '- QUIT takes no argument', 'QUIT takes no argument', RFC.QUIT);
      return false;
    }
    // RFC 937 "ACKD": the session ends and the mailbox is released, so the marks take effect.
    this.#commitMarks(out);
    this.reply(out, '+ OK, POP2 server signing off', RFC.QUIT);
    return true;
  }

  /**
   * After a handler: a command that succeeded takes the machine's next state
   * (a handler never names a state); entering DONE (QUIT) releases the
   * mailbox and closes (RFC 937 "QUIT").
   */
  #succeeded(out: OutputCollector, keyword: Pop2Command, next: Pop2ServerState, ok: boolean): void {
    if (!ok) return;
    this.moveTo(out, next, RFC[keyword]);
    if (next === 'DONE') {
      this.#release(out, RFC.QUIT);
      this.isClosed = true;
      out.close = true;
    }
  }

  #select(messages: readonly StoredMessage[]): void {
    this.#selection = messages;
    this.#marked.clear();
    this.#current = 1; // RFC 937 "The Protocol": the indicator starts at 1 on selection.
  }

  /** The current message, or undefined if it does not exist or is marked (READ answers `=0`). */
  #currentMessage(): StoredMessage | undefined {
    const message = this.#selection[this.#current - 1];
    return message === undefined || this.#marked.has(message.uid) ? undefined : message;
  }

  #currentSize(): number {
    return this.#currentMessage()?.octets.length ?? 0;
  }

  #commitMarks(out: OutputCollector): void {
    if (this.#maildrop === null || this.#marked.size === 0) return;
    for (const removal of this.#maildrop.remove(this.#marked, 'release')) {
      out.event({ type: 'removed', uid: removal.uid, reason: removal.reason, rfc: RFC.ACKD });
    }
    this.#marked.clear();
  }

  #release(out: OutputCollector, rfc: string): void {
    if (this.#maildrop !== null && this.#user !== null) {
      this.#maildrop.unlock(this.options.sessionId);
      out.event({ type: 'unlocked', user: this.#user, rfc });
    }
    this.#maildrop = null;
  }

  /** Ends the session without a commit (abort, T2 timeout, or our close after a peer error). */
  #end(out: OutputCollector, rfc: string): void {
    this.#marked.clear();
    this.#release(out, rfc);
    this.moveTo(out, 'DONE', rfc);
    this.isClosed = true;
    out.close = true;
  }

  /** RFC 937 "System Model and Philosophy": if anything goes wrong, close the connection. */
  #fail(out: OutputCollector, reply: string, message: string, rfc: string): void {
    out.event({ type: 'peer-error', message, rfc });
    this.reply(out, reply, rfc, false);
    this.#end(out, rfc);
  }


}


export function createPop2Server(office: PostOffice, options: ServerOptions): ServerSession {
  return new Pop2Server(office, options);
}

