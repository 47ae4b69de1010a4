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
import { Ledger } from '../../sim/ledger.ts';
import { toTranscript } from '../../sim/transcript.ts';
import type { RunLike } from '../run.ts';
import type { Protocol } from '../../protocol/engine.ts';
import { helpLines, parseMeta, PROTOCOL_NAMES } from './commands.ts';
import { TEXT } from './catalogue.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';

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

const TERMINAL_DEVICE = 'Terminal';

/**
 * Trace events a session keeps (for the stage, the sequence diagram, the
 * transcript and lesson grading): about 1,500 typed commands. A longer
 * session forgets its oldest events, so memory stays bounded however long
 * the learner types (issue 10: it used to grow ~0.6 kB per command, and hit
 * the simulator's event bound after ~33,000 commands).
 */
export const HISTORY_EVENTS = 12_288;
/** The history is trimmed back to HISTORY_EVENTS once it is this long (so trimming is rare). */
const TRIM_AT = HISTORY_EVENTS + HISTORY_EVENTS / 2;
/** Ledger snapshots for seeking in the session's run, one per this many events. */
const SNAPSHOT_EVERY = 256;

/** A scenario's world with the learner as its only client: no automatic devices, no scripted faults. */
export function terminalConfig(base: WorldConfig): WorldConfig {
  return { ...base, devices: [], faults: [] };
}

/**
 * The session's history as a run the player can show (RunLike): the stage,
 * stores, sequence, transcript and Outcome read it like a scenario's run.
 * Steps are positions in the kept history. It is a snapshot: each command
 * makes a new one.
 */
export class TerminalRun implements RunLike {
  readonly config: WorldConfig;
  readonly trace: readonly TraceEvent[];
  readonly #snapshots: readonly Ledger[];
  readonly #outcome: Outcome;

  constructor(config: WorldConfig, trace: readonly TraceEvent[], snapshots: readonly Ledger[], outcome: Outcome) {
    this.config = config;
    this.trace = trace;
    this.#snapshots = snapshots;
    this.#outcome = outcome;
  }

  viewAt(step: number): WorldView {
    const target = Math.max(-1, Math.min(Math.round(step), this.trace.length - 1));
    // snapshots[k] is the ledger before step k * SNAPSHOT_EVERY.
    const k = Math.min(this.#snapshots.length - 1, Math.floor((target + 1) / SNAPSHOT_EVERY));
    const ledger = this.#snapshots[k]!.clone();
    for (let s = ledger.step + 1; s <= target; s++) ledger.apply(this.trace[s]!);
    return ledger.view();
  }

  outcome(): Outcome {
    return this.#outcome;
  }

  fork(): RunLike {
    // A typed session has no scripted future to fork: its faults happen as the learner acts.
    throw new Error(TEXT.noFork);
  }
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
  /** Lines the learner has submitted to this session (meta-commands included); 0 until they type. */
  typed = 0;
  #nextId = 0;
  /**
   * The session's trace, bounded (HISTORY_EVENTS): the world hands its events
   * over after each command and forgets them (LiveWorld.forgetTrace). Steps are
   * positions in this array; `forgotten` events came before it.
   */
  #history: TraceEvent[] = [];
  /** Events forgotten from the front of the history over the session's life. */
  forgotten = 0;
  /** The ledger after the last event of the history, and snapshots of it for seeking. */
  #tip!: Ledger;
  #snapshots: Ledger[] = [];
  readonly #onChange: () => void;

  constructor(makeConfig: () => WorldConfig, options: SessionCoreOptions = {}) {
    this.makeConfig = makeConfig;
    this.manualDevice = options.manualDevice ?? TERMINAL_DEVICE;
    this.#onChange = options.onChange ?? (() => {});
    const config = makeConfig();
    this.protocol = config.protocol;
    this.live = this.#newWorld(config);
    this.#start(config);
  }

  #newWorld(config: WorldConfig): LiveWorld {
    const live = new LiveWorld(config, { engines: ALL_ENGINES, manualDevice: this.manualDevice });
    this.#history = [];
    this.forgotten = 0;
    this.#tip = new Ledger(live.world.ledgerInit);
    this.#snapshots = [this.#tip.clone()];
    return live;
  }

  get connected(): boolean {
    return this.live.connected;
  }
  /** The session's kept history (bounded): what the stage, the diagram and the lessons read. */
  get trace(): readonly TraceEvent[] {
    return this.#history;
  }
  /** The history as a run for the player (a new snapshot each call). */
  run(): TerminalRun {
    return new TerminalRun(this.live.world.config, this.#history.slice(), this.#snapshots.slice(), this.#tip.outcome());
  }
  view(): WorldView {
    return this.live.view();
  }
  outcome(): Outcome {
    return this.live.outcome();
  }
  transcript(): string {
    return toTranscript(this.#history);
  }
  /** Sizes of what the session keeps, for the bounded-memory test (issue 10). */
  retained(): { readonly history: number; readonly worldTrace: number; readonly snapshots: number; readonly lines: number } {
    return { history: this.#history.length, worldTrace: this.live.world.trace.length, snapshots: this.#snapshots.length, lines: this.lines.length };
  }

  /** Handles one line the learner typed or picked. */
  submit(typed: string): void {
    const line = typed.replace(/[\r\n]/g, '');
    const meta = parseMeta(line);
    if (line.trim() !== '') this.typed += 1;
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
    this.live = this.#newWorld(config);
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
    const world = this.live.world;
    let closed = false;
    for (const e of world.trace) {
      if (e.kind === 'reply' && e.device === this.manualDevice) {
        replies.push(e.line);
        okByLine.push(e.ok);
      }
      if (e.kind === 'connection' && e.device === this.manualDevice && e.change !== 'opened') closed = true;
      this.#record(e);
    }
    // The history has them now: the world keeps only what comes next.
    this.live.forgetTrace(world.trace.length);
    this.#trim();
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

  /** Appends one of the world's events to the history (renumbered to its position there) and to the tip ledger. */
  #record(e: TraceEvent): void {
    const step = this.#history.length;
    const event = e.step === step ? e : { ...e, step };
    this.#history.push(event);
    this.#tip.apply(event);
    if ((step + 1) % SNAPSHOT_EVERY === 0) this.#snapshots.push(this.#tip.clone());
  }

  /**
   * Forgets the oldest events once the history is long (at a snapshot
   * boundary, so the snapshot there becomes the start), renumbering what is
   * kept. A verdict's decisive step recorded before the trim keeps its old
   * number (the ledger stores steps); only sessions of thousands of commands see that.
   */
  #trim(): void {
    if (this.#history.length <= TRIM_AT) return;
    const k = Math.floor((this.#history.length - HISTORY_EVENTS) / SNAPSHOT_EVERY);
    const drop = k * SNAPSHOT_EVERY;
    this.#history = this.#history.slice(drop).map((e) => ({ ...e, step: e.step - drop }));
    this.#snapshots = this.#snapshots.slice(k).map((l) => {
      const c = l.clone();
      c.step -= drop;
      return c;
    });
    this.#tip.step -= drop;
    this.forgotten += drop;
  }

  #push(kind: LineKind, text: string): void {
    this.lines.push({ id: this.#nextId++, kind, text });
    if (this.lines.length > MAX_LINES) this.lines.splice(0, this.lines.length - MAX_LINES);
  }
}
