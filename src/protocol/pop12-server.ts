/**
 * What the POP1 (RFC 918) and POP2 (RFC 937) server engines share: a
 * greeting that takes the ServerMachine's opening edge, command lines read
 * one at a time (bare LF accepted, a bounded length), an inactivity timer
 * that wins over a late command (as RFC 1939 §3 has it for POP3; neither
 * older RFC names one), and state changes along the machine. A subclass
 * answers the commands and says what a timeout or an abort does.
 */
import type { Octets } from './octets.ts';
import { LineDecoder } from './wire.ts';
import { MIN_AUTOLOGOUT_TICKS, type Protocol, type ServerOptions, type ServerOutput, type ServerSession } from './engine.ts';
import type { PostOffice } from './maildrop.ts';
import { EMPTY_SERVER_OUTPUT, OutputCollector } from './pop12-common.ts';

export interface LineServerShape<S extends string> {
  /** The machine's opening edge (ServerMachine.open): the state before the greeting and after it. */
  readonly open: { readonly from: S; readonly to: S };
  /** The greeting line and the RFC that defines it. */
  readonly greeting: (hostname: string) => string;
  readonly greetingRfc: string;
  readonly maxCommandOctets: number;
}

export abstract class LineServer<S extends string> implements ServerSession {
  abstract readonly protocol: Protocol;
  protected at: S;
  protected isClosed = false;
  readonly #lines: LineDecoder;
  readonly #autologoutTicks: number;
  #lastActivityTick = 0;

  constructor(
    readonly office: PostOffice,
    readonly options: ServerOptions,
    private readonly shape: LineServerShape<S>,
  ) {
    this.at = shape.open.from;
    this.#lines = new LineDecoder({ maxLineOctets: shape.maxCommandOctets, acceptBareLf: true });
    this.#autologoutTicks = options.autologoutTicks ?? MIN_AUTOLOGOUT_TICKS;
  }

  get state(): S {
    return this.at;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  greet(nowTick: number): ServerOutput {
    const name = this.protocol.toUpperCase();
    if (this.at !== this.shape.open.from || this.isClosed) throw new Error(`${name} server: greet called twice (caller bug)`);
    this.#lastActivityTick = nowTick;
    const out = new OutputCollector();
    this.reply(out, this.shape.greeting(this.office.hostname), this.shape.greetingRfc);
    this.moveTo(out, this.shape.open.to, this.shape.greetingRfc);
    return out.finish();
  }

  receive(octets: Octets, nowTick: number): ServerOutput {
    const name = this.protocol.toUpperCase();
    if (this.isClosed) throw new Error(`${name} server: receive after close (caller bug)`);
    if (this.at === this.shape.open.from) throw new Error(`${name} server: receive before greet (caller bug)`);
    // The timer ran out before these octets arrived: the autologout wins and
    // the late command is never read (as RFC 1939 §3 has it for POP3).
    if (nowTick - this.#lastActivityTick >= this.#autologoutTicks) return this.poll(nowTick);
    this.#lastActivityTick = nowTick;
    const out = new OutputCollector();
    for (const item of this.#lines.push(octets)) {
      if (this.isClosed) break; // After we close, the rest of the input is never read.
      if (item.type === 'overlong') this.overlong(out, item.octets);
      else this.command(out, item.line);
    }
    return out.finish();
  }

  poll(nowTick: number): ServerOutput {
    if (this.isClosed || this.at === this.shape.open.from) return EMPTY_SERVER_OUTPUT;
    if (nowTick - this.#lastActivityTick < this.#autologoutTicks) return EMPTY_SERVER_OUTPUT;
    const out = new OutputCollector();
    this.autologout(out);
    return out.finish();
  }

  abstract abort(reason: 'connection-lost' | 'server-crash'): ServerOutput;
  /** One command line. */
  protected abstract command(out: OutputCollector, line: Octets): void;
  /** A command line longer than maxCommandOctets. */
  protected abstract overlong(out: OutputCollector, octets: number): void;
  /** The inactivity timer ran out. */
  protected abstract autologout(out: OutputCollector): void;

  protected reply(out: OutputCollector, line: string, rfc: string, ok = true): void {
    out.line(line);
    out.event({ type: 'reply', ok, line, multiline: false, rfc });
  }

  protected moveTo(out: OutputCollector, to: S, rfc: string): void {
    if (to === this.at) return;
    out.event({ type: 'state', from: this.at, to, rfc });
    this.at = to;
  }
}
