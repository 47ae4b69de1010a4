/**
 * Splits a segment's octets into display lines for the explanation panel:
 * CR and LF made visible as ␍ and ␊, the stuffed dot of a POP3 multi-line
 * response marked (RFC 1939 §3), and the CRLF.CRLF terminator named.
 */
import { octetsToUtf8, type Octets } from '../../protocol/octets.ts';

export interface OctetLine {
  /** The line's text without its line end. */
  readonly text: string;
  /** The visible line end: "␍␊", "␊" (bare LF: a framing error), or "" (no end yet). */
  readonly ending: string;
  /** A leading dot added by byte-stuffing: the receiver removes it. */
  readonly stuffed: boolean;
  /** The lone "." that ends a multi-line response. */
  readonly terminator: boolean;
  /** Octet offset of the line's first octet in the segment. */
  readonly offset: number;
  /** Octets in the line including its ending. */
  readonly octets: number;
}

export function octetLines(octets: Octets, multilinePop3: boolean, maxLines = 40): { lines: OctetLine[]; more: number } {
  const lines: OctetLine[] = [];
  let offset = 0;
  let index = 0;
  let more = 0;
  while (offset < octets.length) {
    const lf = octets.indexOf('\n', offset);
    const endOfLine = lf < 0 ? octets.length : lf + 1;
    const raw = octets.slice(offset, endOfLine);
    const crlf = raw.endsWith('\r\n');
    const bare = !crlf && raw.endsWith('\n');
    const body = raw.slice(0, raw.length - (crlf ? 2 : bare ? 1 : 0));
    if (lines.length < maxLines) {
      const dataLine = multilinePop3 && index > 0;
      lines.push({
        text: octetsToUtf8(body),
        ending: crlf ? '␍␊' : bare ? '␊' : '',
        stuffed: dataLine && body.startsWith('..'),
        terminator: dataLine && body === '.' && endOfLine === octets.length,
        offset,
        octets: raw.length,
      });
    } else more++;
    offset = endOfLine;
    index++;
  }
  return { lines, more };
}
