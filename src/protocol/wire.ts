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
 * `push` returns every completed line; `shiftLine` returns one at a time and
 * leaves the rest buffered, so that a caller can hand the octets after a line
 * to another decoder (`takePending`), e.g. a client switching to multi-line data.
 */
export class LineDecoder {
  // The unread octets are #buffer from #start on: a cursor, so that reading
  // many lines from one chunk slices the buffer once, not once per line.
  #buffer = '';
  #start = 0;
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
    return this.#buffer.length - this.#start;
  }

  push(octets: Octets): LineItem[] {
    const items: LineItem[] = [];
    this.#append(octets);
    for (let item = this.#scan(); item !== null; item = this.#scan()) items.push(item);
    return items;
  }

  /**
   * Adds `octets` (may be empty) and returns the first completed line, or
   * null when a line end is still missing. Lines after it stay buffered for
   * the next call. Calling it until null reads exactly what `push` returns.
   */
  shiftLine(octets: Octets = ''): LineItem | null {
    this.#append(octets);
    return this.#scan();
  }

  /**
   * Removes and returns the buffered octets that do not yet form a line.
   * Only valid between lines: while an over-long line is being skipped its
   * octets are gone, so asking for them is a caller bug and throws.
   */
  takePending(): Octets {
    if (this.#discarding) throw new Error('LineDecoder: takePending while skipping an over-long line (caller bug)');
    const pending = this.#buffer.slice(this.#start);
    this.#buffer = '';
    this.#start = 0;
    return pending;
  }

  #append(octets: Octets): void {
    if (octets.length === 0) return;
    if (this.#start === this.#buffer.length) this.#buffer = octets;
    else this.#buffer = (this.#start === 0 ? this.#buffer : this.#buffer.slice(this.#start)) + octets;
    this.#start = 0;
  }

  /** The next line item, or null after bounding what is left. */
  #scan(): LineItem | null {
    const buffer = this.#buffer;
    const start = this.#start;
    let index: number;
    let endLength: number;
    if (this.#bareLf) {
      const lf = buffer.indexOf('\n', start);
      if (lf < 0) return this.#bound();
      if (lf > start && buffer.charCodeAt(lf - 1) === 13 /* CR */) {
        index = lf - 1;
        endLength = 2;
      } else {
        index = lf;
        endLength = 1;
      }
    } else {
      index = buffer.indexOf(CRLF, start);
      if (index < 0) return this.#bound();
      endLength = 2;
    }
    this.#start = index + endLength;
    const lineOctets = index - start + endLength;
    if (this.#discarding) {
      const octets = this.#discardedOctets + lineOctets;
      this.#discarding = false;
      this.#discardedOctets = 0;
      return { type: 'overlong', octets };
    }
    if (lineOctets > this.#max) return { type: 'overlong', octets: lineOctets };
    return { type: 'line', line: buffer.slice(start, index) };
  }

  #bound(): null {
    // Drop what was read, then bound the rest: keep at most one line's worth; the rest is known overlong.
    // Keep a trailing CR, which may be the first half of a CRLF split across pushes.
    let buffer = this.#start === 0 ? this.#buffer : this.#buffer.slice(this.#start);
    if (buffer.length > this.#max) {
      const keep = buffer.endsWith('\r') ? 1 : 0;
      this.#discardedOctets += buffer.length - keep;
      buffer = keep ? '\r' : '';
      this.#discarding = true;
    }
    this.#buffer = buffer;
    this.#start = 0;
    return null;
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
  const text = body.endsWith(CRLF) ? body : body + CRLF;
  // A scan with indexOf rather than a regex: most messages have no line to stuff.
  let out = text.charCodeAt(0) === 46 /* . */ ? '.' : '';
  let from = 0;
  for (let at = text.indexOf('\r\n.'); at >= 0; at = text.indexOf('\r\n.', at + 3)) {
    out += text.slice(from, at + 2) + '.';
    from = at + 2;
  }
  return out + text.slice(from) + TERMINATOR;
}

/** Inverse of {@link stuffMultiline} for complete data (without the `.` CRLF line). */
export function unstuffLines(lines: readonly Octets[]): Octets {
  return lines.map((line) => (line.startsWith('.') ? line.slice(1) : line) + CRLF).join('');
}

export type MultilineItem =
  | { readonly type: 'line'; readonly line: Octets }
  | { readonly type: 'end' };

export interface MultilineDecoderOptions {
  /**
   * What to do with a data line longer than `maxLineOctets`: `skip` it (the
   * default) or `stop` there, leaving its size in `overlongOctets`, so that a
   * caller can treat it as the peer's violation. After a stop, no more input
   * is read.
   */
  readonly overlong?: 'skip' | 'stop';
}

/**
 * Client side of RFC 1939 §3 multi-line responses: yields data lines with the
 * stuffed dot removed, then `end` when the lone `.` line arrives. Octets after
 * the terminator are kept in `rest` for the next response (pipelining,
 * RFC 2449 §6.6). A data line longer than `maxLineOctets` is skipped (message
 * lines have no RFC limit; this only bounds memory), or stops the decoder
 * (option `overlong: 'stop'`). `pushData` is the bulk form of `push`: it
 * returns the data lines, each with its CRLF, as one string.
 */
export class MultilineDecoder {
  readonly #max: number;
  readonly #stopAtOverlong: boolean;
  #buffer = '';
  #discarding = false;
  #discardedOctets = 0;
  #overlongOctets: number | null = null;
  #done = false;
  #rest = '';

  constructor(maxLineOctets = 1_000_000, options: MultilineDecoderOptions = {}) {
    if (maxLineOctets < 3) throw new RangeError('maxLineOctets must allow at least one octet and CRLF');
    this.#max = maxLineOctets;
    this.#stopAtOverlong = options.overlong === 'stop';
  }

  get done(): boolean {
    return this.#done;
  }

  /** Octets that arrived after the `.` CRLF terminator (empty until `done`). */
  get rest(): Octets {
    return this.#rest;
  }

  /** With `overlong: 'stop'`: the size, CRLF included, of the over-long line it stopped at; otherwise null. */
  get overlongOctets(): number | null {
    return this.#overlongOctets;
  }

  push(octets: Octets): MultilineItem[] {
    this.#assertOpen();
    const out: MultilineItem[] = [];
    const buffer = this.#buffer + octets;
    let start = 0;
    for (;;) {
      const crlf = buffer.indexOf(CRLF, start);
      if (crlf < 0) break;
      const line = buffer.slice(start, crlf);
      start = crlf + 2;
      if (this.#discarding || line.length + 2 > this.#max) {
        if (this.#overlong(line.length + 2)) return out;
        continue;
      }
      if (line === '.') {
        this.#end(buffer.slice(start));
        out.push({ type: 'end' });
        return out;
      }
      out.push({ type: 'line', line: line.startsWith('.') ? line.slice(1) : line });
    }
    this.#keep(buffer.slice(start));
    return out;
  }

  /**
   * Bulk form of {@link push}: returns the data completed by `octets` (stuffed
   * dots removed, every line with its CRLF) as one string; check `done`
   * (then `rest`) and `overlongOctets` afterwards. Unstuffed runs of lines
   * are sliced from the input in one piece.
   */
  pushData(octets: Octets): Octets {
    this.#assertOpen();
    const buffer = this.#buffer.length === 0 ? octets : this.#buffer + octets;
    let data = '';
    let from = 0; // start of the run of data not yet copied to `data`
    let start = 0;
    for (;;) {
      const crlf = buffer.indexOf(CRLF, start);
      if (crlf < 0) break;
      const lineOctets = crlf - start + 2;
      if (this.#discarding || lineOctets > this.#max) {
        data += buffer.slice(from, start);
        from = crlf + 2;
        start = crlf + 2;
        if (this.#overlong(lineOctets)) return data;
        continue;
      }
      if (buffer.charCodeAt(start) === 46 /* . */) {
        data += buffer.slice(from, start);
        if (lineOctets === 3) {
          // The lone `.` line: the end of the response (RFC 1939 §3).
          this.#end(buffer.slice(crlf + 2));
          return data;
        }
        from = start + 1; // RFC 1939 §3: drop the stuffed dot
      }
      start = crlf + 2;
    }
    data += buffer.slice(from, start);
    this.#keep(buffer.slice(start));
    return data;
  }

  #assertOpen(): void {
    if (this.#done) throw new Error('MultilineDecoder: push after end (caller bug)');
    if (this.#overlongOctets !== null) throw new Error('MultilineDecoder: push after stopping at an over-long line (caller bug)');
  }

  /** An over-long line ended; returns true when the decoder stops there. */
  #overlong(lineOctets: number): boolean {
    const octets = this.#discardedOctets + lineOctets;
    this.#discarding = false;
    this.#discardedOctets = 0;
    if (!this.#stopAtOverlong) return false;
    this.#overlongOctets = octets;
    this.#buffer = '';
    return true;
  }

  #end(rest: Octets): void {
    this.#done = true;
    this.#rest = rest;
    this.#buffer = '';
  }

  #keep(pending: Octets): void {
    this.#buffer = pending;
    // Bound the buffer; keep a trailing CR, which may be the first half of a split CRLF.
    if (pending.length > this.#max) {
      const keep = pending.endsWith('\r') ? 1 : 0;
      this.#discardedOctets += pending.length - keep;
      this.#buffer = keep ? '\r' : '';
      this.#discarding = true;
    }
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
