/**
 * The terminal's line editing, without a DOM: what xterm's onData delivers
 * (keystrokes, pasted text, escape sequences) goes in, and what to echo and
 * which lines were submitted come out. The Svelte component only forwards
 * data to this and writes the echo to xterm, so the editing is testable in
 * Node. The echo never contains a control character from the input: they
 * are shown printably (visible.ts).
 */
import { columns, isControl, visible } from './visible.ts';

/** Command history with ↑/↓ recall; the line being typed is kept while browsing. */
export class History {
  readonly #entries: string[] = [];
  #cursor = 0;
  #draft = '';
  readonly maxEntries: number;

  constructor(maxEntries = 200) {
    this.maxEntries = maxEntries;
  }

  get entries(): readonly string[] {
    return this.#entries;
  }

  add(line: string): void {
    if (line.trim() !== '' && this.#entries[this.#entries.length - 1] !== line) {
      this.#entries.push(line);
      if (this.#entries.length > this.maxEntries) this.#entries.shift();
    }
    this.#cursor = this.#entries.length;
    this.#draft = '';
  }

  /** The previous entry (↑), or null at the oldest. `current` is what is typed now, kept as the draft. */
  previous(current: string): string | null {
    if (this.#cursor === 0) return null;
    if (this.#cursor === this.#entries.length) this.#draft = current;
    this.#cursor -= 1;
    return this.#entries[this.#cursor]!;
  }

  /** The next entry (↓), the draft after the newest, or null when already there. */
  next(): string | null {
    if (this.#cursor >= this.#entries.length) return null;
    this.#cursor += 1;
    return this.#cursor === this.#entries.length ? this.#draft : this.#entries[this.#cursor]!;
  }
}

export interface EditorOutput {
  /** Text to write to the terminal (echo, erase, redraw). */
  readonly echo: string;
  /** Lines the learner submitted with Enter, in order. */
  readonly submitted: readonly string[];
}

export interface EditorHooks {
  /** Tab: the completed line and, when ambiguous, the candidates to list. */
  complete(line: string): { readonly line: string; readonly candidates: readonly string[] };
  /** Shown after listing completions, before the line is redrawn. */
  readonly prompt: string;
}

const MAX_LINE = 510; // RFC 1939 §4 / RFC 2449 §4: a command line is at most 512 octets with CRLF.

/** Bracketed paste markers (xterm, DEC private mode 2004). */
export const PASTE_START = '\x1b[200~';
export const PASTE_END = '\x1b[201~';
/** Exactly one key's escape sequence: CSI (ECMA-48 §5.4), SS3, or ESC plus one character (Alt+key). */
const KEY_SEQUENCE = /^\x1b(?:\[[0-?]*[ -/]*[@-~]|O[@-~]|[^[O])?$/;

/** One-line editor with history and completion; the cursor is always at the end of the line. */
export class LineEditor {
  buffer = '';
  readonly history: History;
  readonly #hooks: EditorHooks;

  constructor(hooks: EditorHooks, history = new History()) {
    this.#hooks = hooks;
    this.history = history;
  }

  /** Handles one onData chunk (a key, an escape sequence, or pasted text). */
  feed(data: string): EditorOutput {
    let echo = '';
    const submitted: string[] = [];
    // Bracketed paste (xterm sends it once the view enables mode 2004): the
    // markers say for certain that this is pasted text, whatever it starts with.
    if (data.startsWith(PASTE_START)) {
      const end = data.lastIndexOf(PASTE_END);
      return this.#text(data.slice(PASTE_START.length, end < 0 ? undefined : end), true);
    }
    switch (data) {
      case '\x1b[A': // ↑
        return { echo: this.#replace(this.history.previous(this.buffer)), submitted };
      case '\x1b[B': // ↓
        return { echo: this.#replace(this.history.next()), submitted };
      case '\t': {
        const result = this.#hooks.complete(this.buffer);
        if (result.candidates.length > 1) {
          echo += `\r\n${result.candidates.join('  ')}\r\n${this.#hooks.prompt}${visible(result.line)}`;
          this.buffer = result.line;
          return { echo, submitted };
        }
        return { echo: this.#replace(result.line), submitted };
      }
      case '\x03': // Ctrl+C: abandon the line
        this.buffer = '';
        return { echo: `^C\r\n${this.#hooks.prompt}`, submitted };
      default:
        break;
    }
    // One key's escape sequence (←, →, Home, F-keys, Alt+key): nothing to do.
    if (KEY_SEQUENCE.test(data)) return { echo: '', submitted };
    // Several characters at once are pasted text (or text from an input
    // method): its lines are kept even when it starts with ESC, and its
    // control characters are kept and shown (visible.ts).
    return this.#text(data, data.length > 1);
  }

  /**
   * Typed or pasted text, possibly several lines; CRLF, CR or LF each end one
   * line. A typed control key other than Enter and Backspace does nothing;
   * in pasted text every control character is kept, shown as ^[ or <9B>.
   * Only characters up to U+00FF are kept: a command line is octets.
   */
  #text(data: string, pasted: boolean): EditorOutput {
    let echo = '';
    const submitted: string[] = [];
    for (const ch of data.replace(/\r\n?/g, '\n')) {
      const code = ch.charCodeAt(0);
      if (ch === '\n') {
        echo += '\r\n';
        submitted.push(this.buffer);
        this.history.add(this.buffer);
        this.buffer = '';
      } else if (!pasted && (ch === '\x7f' || ch === '\b')) {
        const last = this.buffer.slice(-1);
        if (last !== '') {
          this.buffer = this.buffer.slice(0, -1);
          echo += '\b \b'.repeat(columns(visible(last)));
        }
      } else if (ch.length === 1 && code <= 0xff && (pasted || !isControl(code)) && this.buffer.length < MAX_LINE) {
        this.buffer += ch;
        echo += visible(ch);
      }
    }
    return { echo, submitted };
  }

  /** Replaces the typed line (null: leave it), erasing what was shown. */
  #replace(line: string | null): string {
    if (line === null || line === this.buffer) return '';
    const erase = '\b \b'.repeat(columns(visible(this.buffer)));
    this.buffer = line;
    return erase + visible(line);
  }
}
