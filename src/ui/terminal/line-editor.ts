/**
 * The terminal's line editing, without a DOM: what xterm's onData delivers
 * (keystrokes, pasted text, escape sequences) goes in, and what to echo and
 * which lines were submitted come out. The Svelte component only forwards
 * data to this and writes the echo to xterm, so the editing is testable in
 * Node.
 */

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
    switch (data) {
      case '\x1b[A': // ↑
        return { echo: this.#replace(this.history.previous(this.buffer)), submitted };
      case '\x1b[B': // ↓
        return { echo: this.#replace(this.history.next()), submitted };
      case '\t': {
        const result = this.#hooks.complete(this.buffer);
        if (result.candidates.length > 1) {
          echo += `\r\n${result.candidates.join('  ')}\r\n${this.#hooks.prompt}${result.line}`;
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
    if (data.startsWith('\x1b')) return { echo: '', submitted }; // other escape sequences (←, →, F-keys)
    // Typed or pasted text, possibly several lines.
    // Pasted text may end lines with CRLF, CR or LF: each ends one line.
    for (const ch of data.replace(/\r\n?/g, '\n')) {
      if (ch === '\n') {
        echo += '\r\n';
        submitted.push(this.buffer);
        this.history.add(this.buffer);
        this.buffer = '';
      } else if (ch === '\x7f' || ch === '\b') {
        if (this.buffer.length > 0) {
          this.buffer = this.buffer.slice(0, -1);
          echo += '\b \b';
        }
      } else if (ch >= ' ' && ch <= '~' && this.buffer.length < MAX_LINE) {
        this.buffer += ch;
        echo += ch;
      }
    }
    return { echo, submitted };
  }

  /** Replaces the typed line (null: leave it), erasing what was shown. */
  #replace(line: string | null): string {
    if (line === null || line === this.buffer) return '';
    const erase = '\b \b'.repeat(this.buffer.length);
    this.buffer = line;
    return erase + line;
  }
}
