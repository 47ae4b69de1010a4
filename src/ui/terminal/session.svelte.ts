/**
 * The terminal session as Svelte state: a TerminalSessionCore (session.ts,
 * plain TypeScript, tested in Node) mirrored into rune fields that views
 * read. The trace and the view are $state.raw: they are replaced after each
 * command, never mutated.
 *
 * The host app may read `trace`, `view` and `outcome` to animate the same
 * events and update the ledger, or pass `onChange` to be told after every
 * command.
 */
import type { Outcome, TraceEvent, WorldConfig, WorldView } from '../../sim/index.ts';
import type { Protocol } from '../../protocol/engine.ts';
import { TerminalSessionCore, type TerminalLine, type TerminalRun } from './session.ts';
import { History } from './line-editor.ts';

export interface TerminalSessionOptions {
  readonly manualDevice?: string;
  /** Called after each change, with the session (e.g. for the host to animate its trace). */
  readonly onChange?: (session: TerminalSession) => void;
  /** Command history to share across sessions (a reset keeps ↑/↓). */
  readonly history?: History;
}

export class TerminalSession {
  readonly core: TerminalSessionCore;
  /** Shared by the xterm line editor and the text box, so ↑/↓ recall lines from either. */
  readonly history: History;
  lines = $state.raw<readonly TerminalLine[]>([]);
  clearCount = $state(0);
  connected = $state(false);
  protocol = $state<Protocol>('pop3');
  trace = $state.raw<readonly TraceEvent[]>([]);
  view = $state.raw<WorldView | null>(null);
  outcome = $state.raw<Outcome | null>(null);
  /** The session as a run for the player's stage (a new one after each command). */
  run = $state.raw<TerminalRun | null>(null);
  /** Lines the learner has submitted (0 until they type). */
  typed = $state(0);
  readonly #onChange: ((session: TerminalSession) => void) | undefined;

  constructor(makeConfig: () => WorldConfig, options: TerminalSessionOptions = {}) {
    this.#onChange = options.onChange;
    this.history = options.history ?? new History();
    this.core = new TerminalSessionCore(makeConfig, {
      ...(options.manualDevice ? { manualDevice: options.manualDevice } : {}),
      onChange: () => this.#sync(),
    });
    this.#sync();
  }

  submit(line: string): void {
    this.history.add(line);
    this.core.submit(line);
  }

  reset(): void {
    this.core.reset();
  }

  #sync(): void {
    this.lines = [...this.core.lines];
    this.clearCount = this.core.clearCount;
    this.connected = this.core.connected;
    this.protocol = this.core.protocol;
    this.trace = this.core.trace.slice();
    this.view = this.core.view();
    this.outcome = this.core.outcome();
    this.run = this.core.run();
    this.typed = this.core.typed;
    this.#onChange?.(this);
  }
}
