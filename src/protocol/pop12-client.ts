/**
 * What the POP1 (RFC 918) and POP2 (RFC 937) client agents share: replies
 * are single lines, message data is count-framed (the server announces
 * `#xxx` or `=ccc` octets and sends exactly that many, with no terminator),
 * and every command the agent sends moves it along its ClientMachine
 * (machine.ts). A subclass says what a reply means and what a completed
 * count-framed transfer yields; this class reads the octets, sends the
 * commands and keeps the state.
 */
import { CRLF, type Octets } from './octets.ts';
import type { ClientAgent, ClientContext, ClientEffect, ClientOutput, ClientPolicy, EndReason, Protocol } from './engine.ts';
import { nextState, type ClientMachine } from './machine.ts';
import { takeReplyLine } from './pop12-common.ts';

export class ClientOutputBuilder {
  send = '';
  readonly effects: ClientEffect[] = [];
  finish(): ClientOutput {
    return Object.freeze({ send: this.send, effects: Object.freeze([...this.effects]) });
  }
}

export const EMPTY_CLIENT_OUTPUT: ClientOutput = Object.freeze({ send: '', effects: Object.freeze([]) });

/** A count-framed transfer while it arrives. */
export interface Framed {
  readonly expectedOctets: number;
  data: Octets;
}

export abstract class CountFramedClient<S extends string, C extends string, F extends Framed> implements ClientAgent {
  abstract readonly protocol: Protocol;
  protected at: S;
  protected ended = false;
  protected buffer = '';
  /** The transfer the server announced, while its octets arrive. */
  protected framed: F | null = null;

  constructor(
    readonly policy: ClientPolicy,
    readonly context: ClientContext,
    private readonly machine: ClientMachine<S, C>,
    /** The longest reply line, and the rule that sets it (a longer one ends the session). */
    private readonly maxReply: { readonly octets: number; readonly rfc?: string },
  ) {
    this.at = machine.states[0] as S;
  }

  get state(): S {
    return this.at;
  }

  get finished(): boolean {
    return this.ended;
  }

  receive(octets: Octets): ClientOutput {
    if (this.ended) return EMPTY_CLIENT_OUTPUT;
    const out = new ClientOutputBuilder();
    this.buffer += octets;
    while (!this.ended && this.buffer.length > 0) {
      if (this.framed !== null) {
        if (!this.#takeData(out, this.framed)) break;
        continue;
      }
      const taken = takeReplyLine(this.buffer, this.maxReply.octets);
      if (taken === 'overlong') this.end(out, false, { code: 'line-too-long', limit: this.maxReply.octets, ...(this.maxReply.rfc ? { rfc: this.maxReply.rfc } : {}) });
      if (typeof taken === 'string') break;
      this.buffer = taken.rest;
      this.reply(out, taken.line);
    }
    return out.finish();
  }

  abstract saved(key: string): ClientOutput;
  abstract connectionLost(): ClientOutput;

  /** One reply line, in the state the agent is in. */
  protected abstract reply(out: ClientOutputBuilder, line: Octets): void;
  /** All the announced octets have arrived (`framed` is already cleared). */
  protected abstract framedComplete(out: ClientOutputBuilder, framed: F): void;

  /** Moves count-framed data from the buffer into the transfer; true when it is complete. */
  #takeData(out: ClientOutputBuilder, framed: F): boolean {
    const take = Math.min(framed.expectedOctets - framed.data.length, this.buffer.length);
    framed.data += this.buffer.slice(0, take);
    this.buffer = this.buffer.slice(take);
    if (framed.data.length < framed.expectedOctets) return false;
    this.framed = null;
    this.framedComplete(out, framed);
    return true;
  }

  /** Sends a command and takes the machine's edge for it; a command with no edge is this agent's bug. */
  protected send(out: ClientOutputBuilder, command: C, line: string): void {
    const next = nextState(this.machine, this.at, command);
    if (next === undefined) throw new Error(`${this.protocol.toUpperCase()} client: ${command} has no edge from ${this.at} (agent bug)`);
    out.send += line + CRLF;
    out.effects.push({ type: 'command', line });
    if (next !== this.at) {
      out.effects.push({ type: 'state', from: this.at, to: next });
      this.at = next;
    }
  }

  protected end(out: ClientOutputBuilder, ok: boolean, reason: EndReason): void {
    this.ended = true;
    out.effects.push({ type: 'finished', ok, reason });
  }
}
