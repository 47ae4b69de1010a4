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
import { CRLF, type Octets } from '../octets.ts';
import { POP2_LIMITS } from '../wire.ts';
import { COMMIT_PLAN, type ClientAgent, type ClientContext, type ClientEffect, type ClientOutput, type ClientPolicy } from '../engine.ts';
import { quoteArg, takeReplyLine } from '../pop12-common.ts';
import type { Pop2Command } from './server.ts';
import { nextState, sameRfc, type ClientMachine } from '../machine.ts';

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

interface Transfer {
  readonly key: string;
  readonly number: number;
  readonly expectedOctets: number;
  data: Octets;
}

class OutputBuilder {
  send = '';
  readonly effects: ClientEffect[] = [];
  finish(): ClientOutput {
    return Object.freeze({ send: this.send, effects: Object.freeze([...this.effects]) });
  }
}

const EMPTY: ClientOutput = Object.freeze({ send: '', effects: Object.freeze([]) });

class Pop2Client implements ClientAgent {
  readonly protocol = 'pop2' as const;
  #state: Pop2ClientState = 'CALL';
  #finished = false;
  #buffer = '';
  /** True until the greeting has been read (the CALL state waits for it). */
  #greeted = false;
  /** The message number the next `=ccc` reply is about (RFC 937 "The Protocol"). */
  #current = 1;
  #transfer: Transfer | null = null;
  /** safe commit order: the key whose `saved()` releases the acknowledgment. */
  #awaitingSave: string | null = null;
  #copies = 0;

  constructor(
    readonly policy: ClientPolicy,
    readonly context: ClientContext,
  ) {}

  get state(): Pop2ClientState {
    return this.#state;
  }

  get finished(): boolean {
    return this.#finished;
  }

  receive(octets: Octets): ClientOutput {
    if (this.#finished) return EMPTY;
    const out = new OutputBuilder();
    this.#buffer += octets;
    while (!this.#finished && this.#buffer.length > 0) {
      if (this.#transfer !== null) {
        if (!this.#takeData(out)) break;
        continue;
      }
      const taken = takeReplyLine(this.#buffer, POP2_LIMITS.replyOctets);
      if (taken === 'overlong') this.#finish(out, false, `reply longer than ${POP2_LIMITS.replyOctets} characters (RFC 937 "Sizes")`);
      if (typeof taken === 'string') break;
      this.#buffer = taken.rest;
      this.#reply(out, taken.line);
    }
    return out.finish();
  }

  saved(key: string): ClientOutput {
    if (this.#finished || key !== this.#awaitingSave) return EMPTY;
    const out = new OutputBuilder();
    this.#awaitingSave = null;
    this.#acknowledge(out);
    return out.finish();
  }

  connectionLost(): ClientOutput {
    if (this.#finished) return EMPTY;
    const out = new OutputBuilder();
    const transfer = this.#transfer;
    if (transfer !== null) {
      // Fewer octets than `=ccc` announced: the copy is partial and must be discarded.
      out.effects.push({ type: 'message', key: transfer.key, uid: null, number: transfer.number, octets: transfer.data, complete: false });
      out.effects.push({ type: 'discard', key: transfer.key });
      this.#transfer = null;
    }
    this.#finish(out, false, this.#state === 'EXIT' ? 'connection lost before the QUIT reply' : 'connection lost');
    return out.finish();
  }

  /** Moves count-framed data from the buffer into the transfer; true when the transfer completed. */
  #takeData(out: OutputBuilder): boolean {
    const transfer = this.#transfer as Transfer;
    const take = Math.min(transfer.expectedOctets - transfer.data.length, this.#buffer.length);
    transfer.data += this.#buffer.slice(0, take);
    this.#buffer = this.#buffer.slice(take);
    if (transfer.data.length < transfer.expectedOctets) return false;
    this.#transfer = null;
    out.effects.push({ type: 'message', key: transfer.key, uid: null, number: transfer.number, octets: transfer.data, complete: true });
    out.effects.push({ type: 'save', key: transfer.key });
    if (COMMIT_PLAN.order[this.policy.commitOrder].afterSave) {
      this.#awaitingSave = transfer.key; // The acknowledgment waits for saved(key).
    } else {
      this.#acknowledge(out); // Unsafe: ACKD goes out before the copy is durable (catalogue F7).
    }
    return true;
  }

  #reply(out: OutputBuilder, line: Octets): void {
    const indicator = line[0] ?? '';
    out.effects.push({ type: 'reply', ok: indicator !== '-' && indicator !== '', line });
    if (!this.#greeted) {
      this.#greeted = true;
      // RFC 937 "Replies": the greeting is `+ POP2 host ...`.
      if (indicator !== '+') return this.#finish(out, false, 'the server did not greet with +');
      return this.#sendCommand(out, 'HELO', `HELO ${quoteArg(this.context.user)} ${quoteArg(this.context.secret)}`);
    }
    switch (this.#state) {
      case 'NMBR': {
        const count = this.#number(line, '#');
        if (count === null) return this.#finish(out, false, indicator === '-' ? 'HELO refused' : `unexpected reply to HELO: ${line}`);
        if (count === 0) return this.#sendCommand(out, 'QUIT', 'QUIT');
        this.#current = 1;
        return this.#sendCommand(out, 'READ', 'READ');
      }
      case 'SIZE': {
        const size = this.#number(line, '=');
        if (size === null) return this.#finish(out, false, `expected =ccc, got: ${line}`);
        // RFC 937 "READ": `=0` means no more messages (none left, or already ACKD-marked).
        if (size === 0) return this.#sendCommand(out, 'QUIT', 'QUIT');
        this.#copies++;
        this.#transfer = { key: `pop2-${this.#copies}`, number: this.#current, expectedOctets: size, data: '' };
        return this.#sendCommand(out, 'RETR', 'RETR');
      }
      case 'EXIT':
        return this.#finish(out, indicator === '+', indicator === '+' ? 'quit' : `unexpected reply to QUIT: ${line}`);
      case 'CALL':
      case 'XFER':
        // XFER with no transfer: a reply arrived while we wait to acknowledge; the server broke the order.
        return this.#finish(out, false, `unexpected reply in state ${this.#state}: ${line}`);
    }
  }

  #acknowledge(out: OutputBuilder): void {
    const ack = COMMIT_PLAN.command.pop2[this.policy.retention];
    this.#current++; // RFC 937 "ACKS"/"ACKD": the server's indicator moves on too.
    this.#sendCommand(out, ack, ack);
  }

  #number(line: Octets, indicator: '#' | '='): number | null {
    const match = /^[#=]([0-9]{1,15})(?![0-9])/.exec(line);
    return match !== null && line[0] === indicator ? Number(match[1]) : null;
  }

  #sendCommand(out: OutputBuilder, command: Pop2Command, line: string): void {
    const next = nextState(POP2_CLIENT_MACHINE, this.#state, command);
    if (next === undefined) throw new Error(`POP2 client: ${command} has no edge from ${this.#state} (agent bug)`);
    out.send += line + CRLF;
    out.effects.push({ type: 'command', line });
    if (next !== this.#state) {
      out.effects.push({ type: 'state', from: this.#state, to: next });
      this.#state = next;
    }
  }

  #finish(out: OutputBuilder, ok: boolean, reason: string): void {
    this.#finished = true;
    out.effects.push({ type: 'finished', ok, reason });
  }
}

export function createPop2Client(policy: ClientPolicy, context: ClientContext): ClientAgent {
  return new Pop2Client(policy, context);
}
