/**
 * The terminal's session logic, without a DOM or runes: a LiveWorld in which
 * the learner is the mail client. A typed line is either a local
 * meta-command (help, clear, connect, reset) or goes to the server as is;
 * the simulator then runs until the reply has arrived (LiveWorld.typeLine
 * settles the channel), and the octets received become transcript lines.
 *
 * Status lines are told apart from data by the simulator's own `reply` trace
 * events, never by guessing from the text: a message body line may well
 * start with "+OK" or "-".
 */
import { octetsToUtf8 } from '../../protocol/octets.ts';
import { LiveWorld, type TraceEvent, type WorldConfig, type WorldView, type Outcome } from '../../sim/index.ts';
import type { Protocol } from '../../protocol/engine.ts';
import { helpLines, parseMeta, PROTOCOL_NAMES } from './commands.ts';
import { TEXT } from './catalogue.ts';

/** command: what the learner sent; ok/err: a status line; data: any other line from the server; info/error: the terminal's own words. */
export type LineKind = 'command' | 'ok' | 'err' | 'data' | 'info' | 'error';

export interface TerminalLine {
  /** Increases by one per line over the terminal's life (clear and reset do not restart it). */
  readonly id: number;
  readonly kind: LineKind;
  readonly text: string;
}

/** Lines kept for the transcript; older ones scroll away (a 500-message RETR must not grow the page without bound). */
export const MAX_LINES = 5000;

export const TERMINAL_DEVICE = 'Terminal';

/** A scenario's world with the learner as its only client: no automatic devices, no scripted faults. */
export function terminalConfig(base: WorldConfig): WorldConfig {
  return { ...base, devices: [], faults: [] };
}

export interface SessionCoreOptions {
  readonly manualDevice?: string;
  /** Called after every change of lines, connection or world. */
  readonly onChange?: () => void;
}

export class TerminalSessionCore {
  readonly makeConfig: () => WorldConfig;
  readonly manualDevice: string;
  live: LiveWorld;
  protocol: Protocol;
  /** The transcript shown (bounded by MAX_LINES). */
  lines: TerminalLine[] = [];
  /** Increases whenever the screen is cleared, so a view knows to clear too. */
  clearCount = 0;
  #nextId = 0;
  /** How much of the trace has been read for reply events. */
  #traceSeen = 0;
  readonly #onChange: () => void;

  constructor(makeConfig: () => WorldConfig, options: SessionCoreOptions = {}) {
    this.makeConfig = makeConfig;
    this.manualDevice = options.manualDevice ?? TERMINAL_DEVICE;
    this.#onChange = options.onChange ?? (() => {});
    const config = makeConfig();
    this.protocol = config.protocol;
    this.live = new LiveWorld(config, { manualDevice: this.manualDevice });
    this.#start(config);
  }

  get connected(): boolean {
    return this.live.connected;
  }
  get trace(): readonly TraceEvent[] {
    return this.live.trace;
  }
  view(): WorldView {
    return this.live.view();
  }
  outcome(): Outcome {
    return this.live.outcome();
  }
  transcript(): string {
    return this.live.transcript();
  }

  /** Handles one line the learner typed or picked. */
  submit(typed: string): void {
    const line = typed.replace(/[\r\n]/g, '');
    const meta = parseMeta(line);
    this.#push('command', line);
    if (meta) {
      switch (meta.type) {
        case 'help':
          for (const text of helpLines(this.protocol, meta.topic)) this.#push('info', text);
          break;
        case 'clear':
          this.lines = [];
          this.clearCount += 1;
          break;
        case 'connect':
          if (this.live.connected) this.#push('info', TEXT.alreadyConnected);
          else this.#connect();
          break;
        case 'reset':
          this.reset();
          return;
      }
      this.#onChange();
      return;
    }
    if (line.trim() === '') {
      this.#onChange();
      return;
    }
    if (!this.live.connected) {
      this.#push('info', TEXT.notConnected);
      this.#onChange();
      return;
    }
    this.#guard(() => this.live.typeLine(line));
    this.#collect(true);
    this.#onChange();
  }

  /** Starts over: a fresh world from the config (the settings may have changed), cleared screen, new connection. */
  reset(): void {
    const config = this.makeConfig();
    this.protocol = config.protocol;
    this.live = new LiveWorld(config, { manualDevice: this.manualDevice });
    this.#traceSeen = 0;
    this.lines = [];
    this.clearCount += 1;
    this.#push('info', TEXT.resetDone);
    this.#start(config);
    this.#onChange();
  }

  #start(config: WorldConfig): void {
    this.#push('info', TEXT.intro(PROTOCOL_NAMES[config.protocol], config.user, config.secret));
    this.#connect();
  }

  #connect(): void {
    this.#push('info', TEXT.connecting(this.live.world.config.hostname));
    this.#guard(() => this.live.connect());
    this.#collect(false);
  }

  /** Runs a simulator call; its errors become a visible line, never a broken page. */
  #guard(run: () => void): void {
    try {
      run();
    } catch (err) {
      this.#push('error', TEXT.error(err instanceof Error ? err.message : String(err)));
    }
  }

  /** Turns the octets received since the last call into lines, marking status lines by the trace's reply events. */
  #collect(expectReply: boolean): void {
    const replies: string[] = [];
    const okByLine: boolean[] = [];
    const trace = this.live.trace;
    let closed = false;
    for (; this.#traceSeen < trace.length; this.#traceSeen++) {
      const e = trace[this.#traceSeen]!;
      if (e.kind === 'reply' && e.device === this.manualDevice) {
        replies.push(e.line);
        okByLine.push(e.ok);
      }
      if (e.kind === 'connection' && e.device === this.manualDevice && e.change !== 'opened') closed = true;
    }
    const received = this.live.takeReceived();
    if (received !== '') {
      const parts = received.split(/\r?\n/);
      if (parts[parts.length - 1] === '') parts.pop();
      let r = 0;
      for (const text of parts) {
        if (r < replies.length && text === replies[r]) {
          this.#push(okByLine[r] ? 'ok' : 'err', text);
          r += 1;
        } else {
          // Data lines are octets; message bodies may be UTF-8 (8bit), so decode for display.
          this.#push('data', octetsToUtf8(text));
        }
      }
    } else if (expectReply && this.live.connected) {
      this.#push('info', TEXT.noReply);
    }
    if (closed) this.#push('info', TEXT.closed);
  }

  #push(kind: LineKind, text: string): void {
    this.lines.push({ id: this.#nextId++, kind, text });
    if (this.lines.length > MAX_LINES) this.lines.splice(0, this.lines.length - MAX_LINES);
  }
}
