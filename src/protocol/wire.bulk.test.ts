// Tests for the bulk and pull forms of the wire decoders (LineDecoder.shiftLine/takePending,
// MultilineDecoder.pushData and overlong:'stop'): they must read exactly what the per-line forms read.
import { describe, expect, it } from 'vitest';
import { LineDecoder, MultilineDecoder, type LineItem } from './wire.ts';

const SAMPLE = 'USER a\r\nPASS b c\r\n' + 'x'.repeat(40) + '\r\nSTAT\r\n\r\nLIST\r';

function splits(text: string): string[][] {
  const out: string[][] = [[text]];
  for (let i = 1; i < text.length; i++) out.push([text.slice(0, i), text.slice(i)]);
  out.push([...text]);
  return out;
}

describe('LineDecoder pull form', () => {
  it('RFC 1939 §3: shiftLine until null reads the same lines as push, at every split point', () => {
    for (const chunks of splits(SAMPLE)) {
      const pushed = new LineDecoder({ maxLineOctets: 20 });
      const pulled = new LineDecoder({ maxLineOctets: 20 });
      const a: LineItem[] = [];
      const b: LineItem[] = [];
      for (const chunk of chunks) {
        a.push(...pushed.push(chunk));
        for (let item = pulled.shiftLine(chunk); item !== null; item = pulled.shiftLine()) b.push(item);
        expect(pulled.pendingOctets).toBe(pushed.pendingOctets);
      }
      expect(b).toEqual(a);
      expect(a.filter((i) => i.type === 'overlong')).toEqual([{ type: 'overlong', octets: 42 }]);
    }
  });

  it('takePending hands over the octets after a line and empties the decoder', () => {
    const lines = new LineDecoder({ maxLineOctets: 100 });
    expect(lines.shiftLine('+OK 2 octets\r\nab\r\n.\r')).toEqual({ type: 'line', line: '+OK 2 octets' });
    expect(lines.takePending()).toBe('ab\r\n.\r');
    expect(lines.pendingOctets).toBe(0);
    expect(lines.shiftLine('\n')).toBeNull(); // a bare LF ends no line here
    expect(lines.shiftLine('\r\n')).toEqual({ type: 'line', line: '\n' });
  });

  it('takePending while an over-long line is being skipped is a caller bug', () => {
    const lines = new LineDecoder({ maxLineOctets: 5 });
    expect(lines.shiftLine('abcdefgh')).toBeNull();
    expect(() => lines.takePending()).toThrow(/caller bug/);
  });
});

describe('MultilineDecoder bulk form', () => {
  const response = '..dot\r\nplain\r\n' + 'k'.repeat(12) + '\r\n.\r\n..\r\n.\r\n+OK next\r\n';

  it('RFC 1939 §3: pushData returns the un-stuffed lines that push yields, then the same rest, at every split point', () => {
    for (const chunks of splits(response)) {
      const lineByLine = new MultilineDecoder(10);
      const bulk = new MultilineDecoder(10);
      let a = '';
      let b = '';
      for (const chunk of chunks) {
        if (lineByLine.done) break;
        for (const item of lineByLine.push(chunk)) if (item.type === 'line') a += item.line + '\r\n';
        b += bulk.pushData(chunk);
        expect(bulk.done).toBe(lineByLine.done);
      }
      expect(b).toBe(a);
      expect(b).toBe('.dot\r\nplain\r\n'); // the 14-octet line is skipped; the lone `.` ends the data
      expect(bulk.rest).toBe(lineByLine.rest);
      // `rest` holds what arrived with the terminator; later chunks were never pushed.
      expect('..\r\n.\r\n+OK next\r\n'.startsWith(bulk.rest)).toBe(true);
    }
  });

  it("overlong:'stop' stops at the over-long line and reports its whole size, CRLF included", () => {
    for (const chunks of splits(response)) {
      const bulk = new MultilineDecoder(10, { overlong: 'stop' });
      let data = '';
      for (const chunk of chunks) {
        data += bulk.pushData(chunk);
        if (bulk.overlongOctets !== null) break;
      }
      expect(data).toBe('.dot\r\nplain\r\n');
      expect(bulk.overlongOctets).toBe(14);
      expect(bulk.done).toBe(false);
      expect(() => bulk.pushData('more')).toThrow(/caller bug/);
    }
  });
});
