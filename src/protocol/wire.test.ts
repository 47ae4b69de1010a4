import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CRLF } from './octets.ts';
import {
  CountedReader,
  LineDecoder,
  MultilineDecoder,
  POP3_LIMITS,
  parseCommand,
  stuffMultiline,
  unstuffLines,
  type LineItem,
  type MultilineItem,
} from './wire.ts';

/** Feeds `input` to a fresh decoder in the given chunks and collects everything. */
function feedLines(chunks: readonly string[], max = 20, acceptBareLf = false): LineItem[] {
  const decoder = new LineDecoder({ maxLineOctets: max, acceptBareLf });
  return chunks.flatMap((c) => decoder.push(c));
}

function splits(input: string): string[][] {
  const out: string[][] = [[input], [...input]];
  for (let i = 0; i <= input.length; i++) out.push([input.slice(0, i), input.slice(i)]);
  for (let i = 0; i <= input.length; i += 3) {
    for (let j = i; j <= input.length; j += 5) out.push([input.slice(0, i), input.slice(i, j), input.slice(j)]);
  }
  return out;
}

describe('LineDecoder', () => {
  const input = 'USER alice\r\nPASS x\r\n\r\nSTAT\r\nLIST 1\r\npartial';

  it('RFC 1939 §3: splits CRLF-ended lines and keeps a partial line for later', () => {
    const decoder = new LineDecoder({ maxLineOctets: 255 });
    expect(decoder.push(input)).toEqual([
      { type: 'line', line: 'USER alice' },
      { type: 'line', line: 'PASS x' },
      { type: 'line', line: '' },
      { type: 'line', line: 'STAT' },
      { type: 'line', line: 'LIST 1' },
    ]);
    expect(decoder.pendingOctets).toBe('partial'.length);
    expect(decoder.push('\r')).toEqual([]);
    expect(decoder.push('\n')).toEqual([{ type: 'line', line: 'partial' }]);
    expect(decoder.pendingOctets).toBe(0);
  });

  it('RFC 1939 §3: gives the same lines for every split of the input, including inside CRLF', () => {
    const whole = feedLines([input], 255);
    for (const chunks of splits(input)) expect(feedLines(chunks, 255)).toEqual(whole);
  });

  it('without acceptBareLf a bare LF is data; with it, LF ends a line', () => {
    expect(feedLines(['a\nb\r\n'], 255)).toEqual([{ type: 'line', line: 'a\nb' }]);
    expect(feedLines(['a\nb\r\nc\n'], 255, true)).toEqual([
      { type: 'line', line: 'a' },
      { type: 'line', line: 'b' },
      { type: 'line', line: 'c' },
    ]);
    const mixed = 'NOOP\nSTAT\r\nLIST\n\r\n';
    const whole = feedLines([mixed], 255, true);
    expect(whole).toHaveLength(4);
    for (const chunks of splits(mixed)) expect(feedLines(chunks, 255, true)).toEqual(whole);
  });

  it('RFC 2449 §4: a line of exactly maxLineOctets (with CRLF) passes; one more octet is overlong', () => {
    const exact = 'x'.repeat(18);
    expect(feedLines([`${exact}\r\n`])).toEqual([{ type: 'line', line: exact }]);
    expect(feedLines([`${exact}y\r\nok\r\n`])).toEqual([
      { type: 'overlong', octets: 21 },
      { type: 'line', line: 'ok' },
    ]);
  });

  it('RFC 2449 §4: an overlong line is reported once with its full length, at every split point, and memory stays bounded', () => {
    const long = `${'z'.repeat(100)}\r\nNOOP\r\n`;
    const whole = feedLines([long]);
    expect(whole).toEqual([
      { type: 'overlong', octets: 102 },
      { type: 'line', line: 'NOOP' },
    ]);
    for (const chunks of splits(long)) expect(feedLines(chunks)).toEqual(whole);
    const decoder = new LineDecoder({ maxLineOctets: 20 });
    for (let i = 0; i < 1000; i++) {
      expect(decoder.push('q'.repeat(37))).toEqual([]);
      expect(decoder.pendingOctets).toBeLessThanOrEqual(20);
    }
    expect(decoder.push('\r\n')).toEqual([{ type: 'overlong', octets: 37_002 }]);
  });

  it('an overlong line that ends in a CR split from its LF is still one overlong item', () => {
    const decoder = new LineDecoder({ maxLineOctets: 5 });
    expect(decoder.push('abcdefgh\r')).toEqual([]);
    expect(decoder.push('\nok\r\n')).toEqual([
      { type: 'overlong', octets: 10 },
      { type: 'line', line: 'ok' },
    ]);
  });

  it('rejects a nonsensical maximum (caller bug)', () => {
    expect(() => new LineDecoder({ maxLineOctets: 2 })).toThrow(RangeError);
  });

  it('property: any chunking of any input gives the same items', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', '.', ' ', '\r', '\n', '\r\n'), { maxLength: 60 }).map((parts) => parts.join('')),
        fc.array(fc.nat({ max: 60 }), { maxLength: 5 }),
        fc.boolean(),
        (input, cuts, bareLf) => {
          const points = [...new Set(cuts.map((c) => Math.min(c, input.length)))].sort((a, b) => a - b);
          const chunks: string[] = [];
          let from = 0;
          for (const p of points) {
            chunks.push(input.slice(from, p));
            from = p;
          }
          chunks.push(input.slice(from));
          expect(feedLines(chunks, 8, bareLf)).toEqual(feedLines([input], 8, bareLf));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Lines without CR or LF, biased towards the dot cases RFC 1939 §3 cares about. */
const bodyLine = fc.oneof(
  fc.constantFrom('', '.', '..', '...', '.x', '..x', ' .', 'x.', '. ', 'From: a'),
  fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, '')),
  fc.string({ maxLength: 8 }).map((s) => `.${s.replace(/[\r\n]/g, '')}`),
);
const body = fc.array(bodyLine, { maxLength: 20 }).map((ls) => (ls.length === 0 ? '' : ls.join(CRLF) + CRLF));

function decodeMultiline(chunks: readonly string[]): { lines: string[]; ended: boolean; rest: string } {
  const decoder = new MultilineDecoder();
  const out: string[] = [];
  let ended = false;
  for (const chunk of chunks) {
    if (decoder.done) break;
    for (const item of decoder.push(chunk)) {
      if (item.type === 'end') ended = true;
      else out.push(item.line);
    }
  }
  return { lines: out, ended, rest: decoder.rest };
}

describe('byte-stuffing', () => {
  it('RFC 1939 §3: lines starting with "." get one more "."; the response ends with CRLF.CRLF', () => {
    expect(stuffMultiline('a\r\n.b\r\n.\r\n..c\r\n')).toBe('a\r\n..b\r\n..\r\n...c\r\n.\r\n');
    expect(stuffMultiline('.first\r\n')).toBe('..first\r\n.\r\n');
    expect(stuffMultiline('')).toBe('.\r\n');
    expect(stuffMultiline('no final line end')).toBe('no final line end\r\n.\r\n');
    expect(stuffMultiline('\r\n')).toBe('\r\n.\r\n');
  });

  it('RFC 1939 §3: stuffed data never contains a lone "." line before the terminator', () => {
    fc.assert(
      fc.property(body, (b) => {
        const stuffed = stuffMultiline(b);
        const ls = stuffed.split(CRLF);
        expect(ls.pop()).toBe('');
        expect(ls.pop()).toBe('.');
        expect(ls.includes('.')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('RFC 1939 §3: property: stuff then unstuff is the identity for arbitrary bodies', () => {
    fc.assert(
      fc.property(body, (b) => {
        const stuffed = stuffMultiline(b);
        const dataLines = stuffed.split(CRLF).slice(0, -2);
        expect(unstuffLines(dataLines)).toBe(b);
        const decoded = decodeMultiline([stuffed]);
        expect(decoded.ended).toBe(true);
        expect(decoded.lines.map((l) => l + CRLF).join('')).toBe(b);
      }),
      { numRuns: 500 },
    );
  });

  it('RFC 1939 §3: property: the MultilineDecoder gives the same result for any chunking', () => {
    fc.assert(
      fc.property(body, fc.array(fc.nat(), { maxLength: 6 }), (b, cuts) => {
        const stuffed = stuffMultiline(b) + '+OK next\r\n';
        const points = [...new Set(cuts.map((c) => c % (stuffed.length + 1)))].sort((x, y) => x - y);
        const chunks: string[] = [];
        let from = 0;
        for (const p of points) {
          chunks.push(stuffed.slice(from, p));
          from = p;
        }
        chunks.push(stuffed.slice(from));
        const got = decodeMultiline(chunks);
        expect(got.ended).toBe(true);
        expect(got.lines.map((l) => l + CRLF).join('')).toBe(b);
        // Octets after the terminator are not lost: `rest` holds what the last push carried past it.
        expect('+OK next\r\n'.startsWith(got.rest)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('MultilineDecoder', () => {
  const wire = 'From: x\r\n..dot\r\n\r\nbody\r\n.\r\n+OK 1 2\r\n';
  const expected: MultilineItem[] = [
    { type: 'line', line: 'From: x' },
    { type: 'line', line: '.dot' },
    { type: 'line', line: '' },
    { type: 'line', line: 'body' },
    { type: 'end' },
  ];

  it('RFC 1939 §3: un-stuffs lines and ends at the lone "." at every split point, including inside CRLF.CRLF', () => {
    const terminator = wire.indexOf('\r\n.\r\n');
    for (let i = 0; i <= wire.length; i++) {
      const decoder = new MultilineDecoder();
      const items = [...decoder.push(wire.slice(0, i))];
      if (!decoder.done) items.push(...decoder.push(wire.slice(i)));
      expect(items, `split at ${i}`).toEqual(expected);
      expect(decoder.done).toBe(true);
      // What follows the terminator (the next reply, RFC 2449 §6.6) is kept, unless the first chunk already passed it.
      if (i < terminator + 5) expect(decoder.rest).toBe('+OK 1 2\r\n');
      else expect(decoder.rest).toBe(wire.slice(terminator + 5, i));
    }
  });

  it('RFC 1939 §3: one octet at a time', () => {
    const decoder = new MultilineDecoder();
    const items: MultilineItem[] = [];
    for (const octet of wire) {
      if (decoder.done) break;
      items.push(...decoder.push(octet));
    }
    expect(items).toEqual(expected);
  });

  it('push after the end is a caller bug', () => {
    const decoder = new MultilineDecoder();
    decoder.push('.\r\n');
    expect(() => decoder.push('x')).toThrow(/after end/);
  });

  it('skips a data line longer than its bound instead of buffering it', () => {
    const decoder = new MultilineDecoder(10);
    expect(decoder.push('short\r\n' + 'L'.repeat(50))).toEqual([{ type: 'line', line: 'short' }]);
    expect(decoder.push('L'.repeat(50) + '\r\nok\r\n.\r\n')).toEqual([{ type: 'line', line: 'ok' }, { type: 'end' }]);
  });
});

describe('CountedReader', () => {
  it('RFC 937 "Message Length": takes exactly the announced octets at every split point and returns the rest', () => {
    const data = 'Subject: x\r\n\r\nhi.\r\n';
    const stream = data + '+ next';
    for (let i = 0; i <= stream.length; i++) {
      const reader = new CountedReader(data.length);
      const first = reader.push(stream.slice(0, i));
      const second = reader.push(stream.slice(i));
      expect(reader.done).toBe(true);
      expect(reader.data).toBe(data);
      expect(reader.receivedOctets).toBe(data.length);
      expect(first.rest + second.rest).toBe('+ next');
    }
  });

  it('RFC 918 "#xxx": a zero count is done at once; a cut transfer is not done', () => {
    expect(new CountedReader(0).done).toBe(true);
    const reader = new CountedReader(10);
    expect(reader.push('12345').rest).toBe('');
    expect(reader.done).toBe(false);
    expect(reader.receivedOctets).toBe(5);
  });

  it('rejects a negative or fractional count (caller bug)', () => {
    expect(() => new CountedReader(-1)).toThrow(RangeError);
    expect(() => new CountedReader(1.5)).toThrow(RangeError);
  });
});

describe('parseCommand', () => {
  it('RFC 1939 §3: keywords are case-insensitive; arguments are split on single spaces', () => {
    expect(parseCommand('retr 1')).toEqual({ keyword: 'RETR', args: ['1'] });
    expect(parseCommand('TOP 1 10')).toEqual({ keyword: 'TOP', args: ['1', '10'] });
    expect(parseCommand('QUIT')).toEqual({ keyword: 'QUIT', args: [] });
    expect(parseCommand('')).toEqual({ keyword: '', args: [] });
  });

  it('RFC 1939 §3, RFC 2449 §4: the limits are 40-character arguments, 255-octet commands, 512-octet status lines', () => {
    expect(POP3_LIMITS).toEqual({ commandOctets: 255, argumentChars: 40, statusLineOctets: 512 });
  });
});
