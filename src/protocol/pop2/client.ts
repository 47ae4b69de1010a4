/**
 * POP2 client agent (RFC 937), sans-I/O: reads the server's replies (from the
 * greeting on) and emits the next command.
 *
 * Rules of this module:
 * - Every transition rule is in POP2_CLIENT_TRANSITIONS, drawn from RFC 937
 *   "Client State Diagram": CALL -HELO-> NMBR -READ-> SIZE -RETR-> XFER
 *   -ACKS|ACKD|NACK-> SIZE; QUIT from CALL, NMBR or SIZE leads to EXIT. The
 *   edges are labelled by the command the client sends; sending a command
 *   with no entry is a bug in this agent and throws.
 * - The agent reads the whole maildrop once: HELO, READ, then for each message
 *   RETR and an acknowledgment, until `=0`, then QUIT. POP2 has no unique-ids
 *   and the server remembers nothing between sessions (RFC 937 "Extensions
 *   Not Supported"), so keep mode (ACKS) downloads everything again in every
 *   session (reference §7.1, catalogue F15). `uid` is always null.
 * - retention 'delete' acknowledges with ACKD, 'keep' with ACKS.
 * - commitOrder 'safe' emits `message` and `save` and sends the acknowledgment
 *   only after `saved(key)`; 'unsafe' and 'pipelined' send it as soon as the
 *   data has arrived, before the copy is durable (catalogue F7).
 * - Anything unexpected from the server ends the session (finished ok:false);
 *   RFC 937 "System Model and Philosophy": if anything goes wrong, close.
 * - Message keys are `pop2-1`, `pop2-2`, ... unique within one agent; the
 *   simulator qualifies them by session.
 */
import type { Octets } from '../octets.ts';
import { ClientOutputBuilder, CountFramedClient, EMPTY_CLIENT_OUTPUT, type Framed } from '../pop12-client.ts';
import { POP2_LIMITS } from '../wire.ts';
import { COMMIT_PLAN, type ClientAgent, type ClientContext, type ClientOutput, type ClientPolicy } from '../engine.ts';
import { quoteArg } from '../pop12-common.ts';
import type { Pop2Command } from './server.ts';
import { sameRfc, type ClientMachine } from '../machine.ts';

const POP2_CLIENT_STATES = ['CALL', 'NMBR', 'SIZE', 'XFER', 'EXIT'] as const;
export type Pop2ClientState = (typeof POP2_CLIENT_STATES)[number];

/** RFC 937 "Client State Diagram", edges labelled by the command the client sends. */
export const POP2_CLIENT_TRANSITIONS: Readonly<Record<Pop2ClientState, Partial<Record<Pop2Command, Pop2ClientState>>>> = {
  CALL: { HELO: 'NMBR', QUIT: 'EXIT' },
  NMBR: { READ: 'SIZE', FOLD: 'NMBR', QUIT: 'EXIT' },
  SIZE: { RETR: 'XFER', READ: 'SIZE', FOLD: 'NMBR', QUIT: 'EXIT' },
  XFER: { ACKS: 'SIZE', ACKD: 'SIZE', NACK: 'SIZE' },
  EXIT: {},
};

/** The POP2 client's machine (protocol/machine.ts): the agent and the state diagram both run on it. */
export const POP2_CLIENT_MACHINE: ClientMachine<Pop2ClientState, Pop2Command> = {
  protocol: 'pop2',
  role: 'client',
  states: POP2_CLIENT_STATES,
  transitions: POP2_CLIENT_TRANSITIONS,
  stateRfc: sameRfc(POP2_CLIENT_STATES, 'RFC 937 "Client State Diagram"'),
};

/** One message's `=ccc` octets (CountFramedClient.framed), while they arrive. */
interface Transfer extends Framed {
  readonly key: string;
  readonly number: number;
}

class Pop2Client extends CountFramedClient<Pop2ClientState, Pop2Command, Transfer> {
  readonly protocol = 'pop2' as const;
  /** True until the greeting has been read (the CALL state waits for it). */
  #greeted = false;
  /** The message number the next `=ccc` reply is about (RFC 937 "The Protocol"). */
  #current = 1;
  /** safe commit order: the key whose `saved()` releases the acknowledgment. */
  #awaitingSave: string | null = null;
  #copies = 0;

  constructor(policy: ClientPolicy, context: ClientContext) {
    super(policy, context, POP2_CLIENT_MACHINE, { octets: POP2_LIMITS.replyOctets, rfc: 'RFC 937 "Sizes"' });
  }

  saved(key: string): ClientOutput {
    if (this.ended || key !== this.#awaitingSave) return EMPTY_CLIENT_OUTPUT;
    const out = new ClientOutputBuilder();
    this.#awaitingSave = null;
    this.#acknowledge(out);
    return out.finish();
  }

  connectionLost(): ClientOutput {
    if (this.ended) return EMPTY_CLIENT_OUTPUT;
    const out = new ClientOutputBuilder();
    const transfer = this.framed;
    if (transfer !== null) {
      // Fewer octets than `=ccc` announced: the copy is partial and must be discarded.
      out.effects.push({ type: 'message', key: transfer.key, uid: null, number: transfer.number, octets: transfer.data, complete: false });
      out.effects.push({ type: 'discard', key: transfer.key });
      this.framed = null;
    }
    this.end(out, false, { code: this.at === 'EXIT' ? 'lost-before-quit-reply' : 'connection-lost' });
    return out.finish();
  }

  protected framedComplete(out: ClientOutputBuilder, transfer: Transfer): void {
    out.effects.push({ type: 'message', key: transfer.key, uid: null, number: transfer.number, octets: transfer.data, complete: true });
    out.effects.push({ type: 'save', key: transfer.key });
    if (COMMIT_PLAN.order[this.policy.commitOrder].afterSave) {
      this.#awaitingSave = transfer.key; // The acknowledgment waits for saved(key).
    } else {
      this.#acknowledge(out); // Unsafe: ACKD goes out before the copy is durable (catalogue F7).
    }
  }

  protected reply(out: ClientOutputBuilder, line: Octets): void {
    const indicator = line[0] ?? '';
    out.effects.push({ type: 'reply', ok: indicator !== '-' && indicator !== '', line });
    if (!this.#greeted) {
      this.#greeted = true;
      // RFC 937 "Replies": the greeting is `+ POP2 host ...`.
      if (indicator !== '+') return this.end(out, false, { code: 'greeting-refused', line });
      return this.send(out, 'HELO', `HELO ${quoteArg(this.context.user)} ${quoteArg(this.context.secret)}`);
    }
    switch (this.at) {
      case 'NMBR': {
        const count = this.#number(line, '#');
        if (count === null) return this.end(out, false, indicator === '-' ? { code: 'refused', command: 'HELO', line } : { code: 'unexpected-reply', command: 'HELO', line });
        if (count === 0) return this.send(out, 'QUIT', 'QUIT');
        this.#current = 1;
        return this.send(out, 'READ', 'READ');
      }
      case 'SIZE': {
        const size = this.#number(line, '=');
        if (size === null) return this.end(out, false, { code: 'malformed-reply', command: 'READ', expected: '=ccc', line, rfc: 'RFC 937 "READ"' });
        // RFC 937 "READ": `=0` means no more messages (none left, or already ACKD-marked).
        if (size === 0) return this.send(out, 'QUIT', 'QUIT');
        this.#copies++;
        this.framed = { key: `pop2-${this.#copies}`, number: this.#current, expectedOctets: size, data: '' };
        return this.send(out, 'RETR', 'RETR');
      }
      case 'EXIT':
        return this.end(out, indicator === '+', indicator === '+' ? { code: 'quit' } : { code: 'unexpected-reply', command: 'QUIT', line });
      case 'CALL':
      case 'XFER':
        // XFER with no transfer: a reply arrived while we wait to acknowledge; the server broke the order.
        return this.end(out, false, { code: 'reply-not-due', line });
    }
  }

  #acknowledge(out: ClientOutputBuilder): void {
    const ack = COMMIT_PLAN.command.pop2[this.policy.retention];
    this.#current++; // RFC 937 "ACKS"/"ACKD": the server's indicator moves on too.
    this.send(out, ack, ack);
  }

  #number(line: Octets, indicator: '#' | '='): number | null {
    const match = /^[#=]([0-9]{1,15})(?![0-9])/.exec(line);
    return match !== null && line[0] === indicator ? Number(match[1]) : null;
  }
}

export function createPop2Client(policy: ClientPolicy, context: ClientContext): ClientAgent {
  return new Pop2Client(policy, context);
}
