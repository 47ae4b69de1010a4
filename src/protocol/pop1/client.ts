/**
 * POP1 client agent (RFC 918), sans-I/O: reads the server's replies (from the
 * greeting on) and emits the next command.
 *
 * Rules of this module:
 * - Every transition rule is in POP1_CLIENT_TRANSITIONS, following RFC 918
 *   "The Normal Scenario". A state names the reply the client is waiting for;
 *   edges are labelled by the command it sends. Sending a command with no
 *   entry is a bug in this agent and throws.
 * - One reading transaction per session on the user's own mailbox (named by
 *   the user name): retention 'delete' opens it with RDEL, 'keep' with RETR.
 *   Either way RCEV fetches the block and RCVD ends the transaction; only
 *   after RDEL does RCVD delete (RFC 918 "RCVD"). POP1 has no message
 *   identity, so keep mode downloads the whole mailbox again in every session
 *   (reference §7.1, catalogue F15). `uid` is always null.
 * - The block is split back into messages at its mbox separators
 *   (mailbox-block.ts); each message gets a `message` and a `save` effect.
 * - commitOrder 'safe' sends RCVD only after every copy is reported saved;
 *   'unsafe' and 'pipelined' send RCVD as soon as the block has arrived
 *   (catalogue F7: a crash then loses the whole mailbox).
 * - A cut block is one failed transfer: every message split from it is
 *   reported with complete:false and discarded (the server resends the whole
 *   mailbox next time, catalogue F1).
 * - An -ERR ends the session: the client sends QUIT and finishes (ok:false).
 * - Message keys are `pop1-1`, `pop1-2`, ... unique within one agent; the
 *   simulator qualifies them by session.
 */
import type { Octets } from '../octets.ts';
import { ClientOutputBuilder, CountFramedClient, EMPTY_CLIENT_OUTPUT, type Framed } from '../pop12-client.ts';
import { COMMIT_PLAN, type ClientAgent, type ClientContext, type ClientOutput, type ClientPolicy, type EndReason } from '../engine.ts';
import type { Pop1Command } from './server.ts';
import { splitMailbox } from './mailbox-block.ts';
import { sameRfc, type ClientMachine } from '../machine.ts';

const POP1_CLIENT_STATES = ['GREETING', 'USER', 'PASS', 'OPEN', 'DATA', 'RCVD', 'QUIT'] as const;
export type Pop1ClientState = (typeof POP1_CLIENT_STATES)[number];

/** RFC 918 "The Normal Scenario" from the client's side; states name the awaited reply. */
export const POP1_CLIENT_TRANSITIONS: Readonly<Record<Pop1ClientState, Partial<Record<Pop1Command, Pop1ClientState>>>> = {
  GREETING: { USER: 'USER', QUIT: 'QUIT' },
  USER: { PASS: 'PASS', QUIT: 'QUIT' },
  PASS: { RETR: 'OPEN', RDEL: 'OPEN', QUIT: 'QUIT' },
  OPEN: { RCEV: 'DATA', QUIT: 'QUIT' },
  DATA: { RCVD: 'RCVD' },
  RCVD: { QUIT: 'QUIT' },
  QUIT: {},
};

/** The POP1 client's machine (protocol/machine.ts): the agent and the state diagram both run on it. */
export const POP1_CLIENT_MACHINE: ClientMachine<Pop1ClientState, Pop1Command> = {
  protocol: 'pop1',
  role: 'client',
  states: POP1_CLIENT_STATES,
  transitions: POP1_CLIENT_TRANSITIONS,
  stateRfc: sameRfc(POP1_CLIENT_STATES, 'RFC 918 "The Normal Scenario"'),
  ownNames: true,
};

/** Longest reply line the client buffers while waiting for its end. */
const MAX_REPLY_OCTETS = 512;

/** The mailbox block announced by `#xxx` (CountFramedClient.framed), while it arrives. */
class Pop1Client extends CountFramedClient<Pop1ClientState, Pop1Command, Framed> {
  readonly protocol = 'pop1' as const;
  /** safe commit order: keys still waiting for saved() before RCVD. */
  readonly #unsaved = new Set<string>();
  #waitingForSaves = false;
  #copies = 0;

  constructor(policy: ClientPolicy, context: ClientContext) {
    super(policy, context, POP1_CLIENT_MACHINE, { octets: MAX_REPLY_OCTETS });
  }

  saved(key: string): ClientOutput {
    if (this.ended || !this.#unsaved.delete(key)) return EMPTY_CLIENT_OUTPUT;
    if (!this.#waitingForSaves || this.#unsaved.size > 0) return EMPTY_CLIENT_OUTPUT;
    const out = new ClientOutputBuilder();
    this.#waitingForSaves = false;
    this.send(out, 'RCVD', 'RCVD');
    return out.finish();
  }

  connectionLost(): ClientOutput {
    if (this.ended) return EMPTY_CLIENT_OUTPUT;
    const out = new ClientOutputBuilder();
    const block = this.framed;
    if (block !== null) {
      // The block was cut: the whole transfer failed, so every piece of it is discarded.
      for (const [index, octets] of splitMailbox(block.data).entries()) {
        const key = this.#nextKey();
        out.effects.push({ type: 'message', key, uid: null, number: index + 1, octets, complete: false });
        out.effects.push({ type: 'discard', key });
      }
      this.framed = null;
    }
    this.end(out, false, { code: this.at === 'QUIT' ? 'lost-before-quit-reply' : 'connection-lost' });
    return out.finish();
  }

  #nextKey(): string {
    this.#copies++;
    return `pop1-${this.#copies}`;
  }

  protected framedComplete(out: ClientOutputBuilder, block: Framed): void {
    this.#completeBlock(out, block.data);
  }

  #completeBlock(out: ClientOutputBuilder, data: Octets): void {
    this.framed = null;
    const messages = splitMailbox(data);
    messages.forEach((octets, index) => {
      const key = this.#nextKey();
      out.effects.push({ type: 'message', key, uid: null, number: index + 1, octets, complete: true });
      out.effects.push({ type: 'save', key });
      this.#unsaved.add(key);
    });
    if (COMMIT_PLAN.order[this.policy.commitOrder].afterSave && this.#unsaved.size > 0) {
      this.#waitingForSaves = true; // RCVD waits until every copy is durable.
    } else {
      this.send(out, 'RCVD', 'RCVD'); // Unsafe: RCVD before the copies are durable (catalogue F7).
    }
  }

  protected reply(out: ClientOutputBuilder, line: Octets): void {
    const positive = line.startsWith('+OK');
    const count = /^#([0-9]{1,15})(?![0-9])/.exec(line);
    out.effects.push({ type: 'reply', ok: positive || count !== null, line });
    switch (this.at) {
      case 'GREETING':
        if (!positive) return this.end(out, false, { code: 'greeting-refused', line });
        return this.send(out, 'USER', `USER ${this.context.user}`);
      case 'USER':
        if (!positive) return this.#giveUp(out, { code: 'refused', command: 'USER', line });
        return this.send(out, 'PASS', `PASS ${this.context.secret}`);
      case 'PASS': {
        if (!positive) return this.#giveUp(out, { code: 'refused', command: 'PASS', line });
        const open = COMMIT_PLAN.command.pop1[this.policy.retention];
        return this.send(out, open, `${open} ${this.context.user}`);
      }
      case 'OPEN': {
        if (count === null) return this.#giveUp(out, { code: 'refused', command: COMMIT_PLAN.command.pop1[this.policy.retention], line });
        const expectedOctets = Number(count[1]);
        this.framed = { expectedOctets, data: '' };
        this.send(out, 'RCEV', 'RCEV');
        // An empty mailbox (#0) is complete at once: no octets will follow.
        if (expectedOctets === 0) this.#completeBlock(out, '');
        return;
      }
      case 'RCVD':
        if (!positive) {
          // RFC 918 "RCVD": -ERR means the deletion may not have happened (catalogue F21).
          return this.#giveUp(out, { code: 'refused', command: 'RCVD', line, rfc: 'RFC 918 "RCVD"' });
        }
        return this.send(out, 'QUIT', 'QUIT');
      case 'QUIT':
        return this.end(out, positive, positive ? { code: 'quit' } : { code: 'unexpected-reply', command: 'QUIT', line });
      case 'DATA':
        return this.end(out, false, { code: 'reply-not-due', line });
    }
  }

  /** After -ERR: say goodbye and stop. */
  #giveUp(out: ClientOutputBuilder, reason: EndReason): void {
    this.send(out, 'QUIT', 'QUIT');
    this.end(out, false, reason);
  }
}

export function createPop1Client(policy: ClientPolicy, context: ClientContext): ClientAgent {
  return new Pop1Client(policy, context);
}
