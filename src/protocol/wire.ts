/**
 * Wire layer shared by every engine: incremental line framing, POP3
 * byte-stuffing for multi-line replies, and count framing for POP1 (`#xxx`)
 * and POP2 (`=ccc`).
 *
 * Rules of this module:
 * - Input may arrive split at any octet; "need more input" is a value
 *   (an empty result), never an exception.
 * - A peer's over-long line is reported as an `overlong` item so the engine
 *   can answer `-ERR`; the decoder then skips to the next line end. It never
 *   throws on peer input and never buffers without bound.
 */
import { CRLF, TERMINATOR, type Octets } from './octets.ts';

/** RFC 1939 §3 and RFC 2449 §4 limits, in octets or characters as the RFCs count them. */
export const POP3_LIMITS = {
  /** RFC 2449 §4: a command line is at most 255 octets including CRLF. */
  commandOctets: 255,
  /** RFC 1939 §3: each argument is at most 40 characters. */
  argumentChars: 40,
  /** RFC 1939 §3, RFC 2449 §4: a status line is at most 512 octets including CRLF. */
  statusLineOctets: 512,
} as const;

/** RFC 937 "Sizes": POP2 commands and replies are at most 512 characters including CRLF. */
export const POP2_LIMITS = { commandOctets: 512, replyOctets: 512 } as const;

export type LineItem =
  | { readonly type: 'line'; readonly line: Octets }
  | { readonly type: 'overlong'; readonly octets: number };

export interface LineDecoderOptions {
  /** Longest line accepted, including its line end. */
  readonly maxLineOctets: number;
  /**
   * Accept a bare LF as a line end. Servers do (popa3d documents it) so
   * that `nc` and hand-typed sessions work; CRLF is still what we send.
   */
  readonly acceptBareLf?: boolean;
}

/**
 * Splits an octet stream into lines without their line ends.
 * Feed it any chunking of the input; it returns the lines completed so far.
 */
export class LineDecoder {
  #buffer = '';
  #discarding = false;
  #discardedOctets = 0;
  readonly #max: number;
  readonly #bareLf: boolean;

  constructor(options: LineDecoderOptions) {
    if (options.maxLineOctets < 3) throw new RangeError('maxLineOctets must allow at least one octet and CRLF');
    this.#max = options.maxLineOctets;
    this.#bareLf = options.acceptBareLf ?? false;
  }

  /** Octets held while waiting for a line end. */
  get pendingOctets(): number {
    return this.#buffer.length;
  }

  push(octets: Octets): LineItem[] {
    const items: LineItem[] = [];
    this.#buffer += octets;
    for (;;) {
      const end = this.#findLineEnd();
      if (end === undefined) break;
      const line = this.#buffer.slice(0, end.index);
      this.#buffer = this.#buffer.slice(end.index + end.length);
      if (this.#discarding) {
        items.push({ type: 'overlong', octets: this.#discardedOctets + line.length + end.length });
        this.#discarding = false;
        this.#discardedOctets = 0;
      } else if (line.length + end.length > this.#max) {
        items.push({ type: 'overlong', octets: line.length + end.length });
      } else {
        items.push({ type: 'line', line });
      }
    }
    // Bound the buffer: keep at most one line's worth; the rest is known overlong.
    // Keep a trailing CR, which may be the first half of a CRLF split across pushes.
    if (this.#buffer.length > this.#max) {
      const keep = this.#buffer.endsWith('\r') ? 1 : 0;
      this.#discardedOctets += this.#buffer.length - keep;
      this.#buffer = keep ? '\r' : '';
      this.#discarding = true;
    }
    return items;
  }

  #findLineEnd(): { index: number; length: number } | undefined {
    if (this.#bareLf) {
      const lf = this.#buffer.indexOf('\n');
      if (lf < 0) return undefined;
      return lf > 0 && this.#buffer[lf - 1] === '\r' ? { index: lf - 1, length: 2 } : { index: lf, length: 1 };
    }
    const crlf = this.#buffer.indexOf(CRLF);
    return crlf < 0 ? undefined : { index: crlf, length: 2 };
  }
}

/**
 * RFC 1939 §3: byte-stuffs a message (already in CRLF form) into the lines of
 * a multi-line response, including the final `.` CRLF. Any line that begins
 * with `.` gets one more `.` in front. A body that does not end in CRLF gets
 * one, because the terminator must start on a line of its own.
 */
export function stuffMultiline(body: Octets): Octets {
  if (body.length === 0) return TERMINATOR;
  let text = body.endsWith(CRLF) ? body : body + CRLF;
  text = (text.startsWith('.') ? '.' : '') + text.replace(/\r\n\./g, '\r\n..');
  return text + TERMINATOR;
}

/** Inverse of {@link stuffMultiline} for complete data (without the `.` CRLF line). */
export function unstuffLines(lines: readonly Octets[]): Octets {
  return lines.map((line) => (line.startsWith('.') ? line.slice(1) : line) + CRLF).join('');
}

export type MultilineItem =
  | { readonly type: 'line'; readonly line: Octets }
  | { readonly type: 'end' };

/**
 * Client side of RFC 1939 §3 multi-line responses: yields data lines with the
 * stuffed dot removed, then `end` when the lone `.` line arrives. Octets after
 * the terminator are kept in `rest` for the next response (pipelining,
 * RFC 2449 §6.6). A data line longer than `maxLineOctets` is skipped (message
 * lines have no RFC limit; this only bounds memory).
 */
export class MultilineDecoder {
  readonly #max: number;
  #buffer = '';
  #discarding = false;
  #done = false;
  #rest = '';

  constructor(maxLineOctets = 1_000_000) {
    if (maxLineOctets < 3) throw new RangeError('maxLineOctets must allow at least one octet and CRLF');
    this.#max = maxLineOctets;
  }

  get done(): boolean {
    return this.#done;
  }

  /** Octets that arrived after the `.` CRLF terminator (empty until `done`). */
  get rest(): Octets {
    return this.#rest;
  }

  push(octets: Octets): MultilineItem[] {
    if (this.#done) throw new Error('MultilineDecoder: push after end (caller bug)');
    const out: MultilineItem[] = [];
    const buffer = this.#buffer + octets;
    let start = 0;
    for (;;) {
      const crlf = buffer.indexOf(CRLF, start);
      if (crlf < 0) break;
      const line = buffer.slice(start, crlf);
      start = crlf + 2;
      if (this.#discarding || line.length + 2 > this.#max) {
        this.#discarding = false;
        continue;
      }
      if (line === '.') {
        this.#done = true;
        this.#rest = buffer.slice(start);
        this.#buffer = '';
        out.push({ type: 'end' });
        return out;
      }
      out.push({ type: 'line', line: line.startsWith('.') ? line.slice(1) : line });
    }
    this.#buffer = buffer.slice(start);
    // Bound the buffer; keep a trailing CR, which may be the first half of a split CRLF.
    if (this.#buffer.length > this.#max) {
      this.#buffer = this.#buffer.endsWith('\r') ? '\r' : '';
      this.#discarding = true;
    }
    return out;
  }
}

/**
 * Count framing for POP1 (`#xxx`, RFC 918) and POP2 (`=ccc`, RFC 937): the
 * reply announces a length in characters (CRLF counts as two), then exactly
 * that many octets follow, with no stuffing and no terminator.
 */
export class CountedReader {
  #remaining: number;
  #data = '';

  constructor(readonly expectedOctets: number) {
    if (!Number.isSafeInteger(expectedOctets) || expectedOctets < 0) throw new RangeError('bad count');
    this.#remaining = expectedOctets;
  }

  get done(): boolean {
    return this.#remaining === 0;
  }

  get receivedOctets(): number {
    return this.#data.length;
  }

  /** Takes what belongs to this transfer; returns the octets that come after it. */
  push(octets: Octets): { readonly rest: Octets } {
    const take = Math.min(this.#remaining, octets.length);
    this.#data += octets.slice(0, take);
    this.#remaining -= take;
    return { rest: octets.slice(take) };
  }

  get data(): Octets {
    return this.#data;
  }
}

/** Splits a command line into a keyword (upper-cased, RFC 1939 §3 case-insensitive) and arguments. */
export function parseCommand(line: Octets): { readonly keyword: string; readonly args: readonly string[] } {
  const parts = line.split(' ');
  const keyword = (parts[0] ?? '').toUpperCase();
  return { keyword, args: parts.slice(1) };
}
