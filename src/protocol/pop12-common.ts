/**
 * Small helpers shared by the POP1 (RFC 918) and POP2 (RFC 937) engines.
 *
 * Rules of this module:
 * - Pure functions and one output collector; no protocol state lives here
 *   (each protocol's transition table stays in its own server module).
 * - Peer input never throws here: a bad argument is a value (`null`).
 */
import { CRLF, type Octets } from './octets.ts';
import type { ProtocolEvent, ServerOutput } from './engine.ts';

/** Collects one server step's octets, events and close flag, then freezes them. */
export class OutputCollector {
  send = '';
  readonly events: ProtocolEvent[] = [];
  close = false;

  line(text: Octets): void {
    this.send += text + CRLF;
  }

  event(event: ProtocolEvent): void {
    this.events.push(event);
  }

  finish(): ServerOutput {
    return Object.freeze({ send: this.send, events: Object.freeze([...this.events]), close: this.close });
  }
}

/**
 * RFC 937 "Quoting": an argument may contain a space or a backslash when it
 * is escaped with a backslash. Splits the text after the keyword into
 * arguments; returns null for a dangling backslash at the end of the line.
 */
export function splitQuotedArgs(text: string): string[] | null {
  const args: string[] = [];
  let current = '';
  let inArg = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === undefined) return null;
      current += next;
      inArg = true;
      i++;
    } else if (ch === ' ') {
      if (inArg) args.push(current);
      current = '';
      inArg = false;
    } else {
      current += ch;
      inArg = true;
    }
  }
  if (inArg) args.push(current);
  return args;
}

/** The inverse of {@link splitQuotedArgs} for one argument (RFC 937 "Quoting"). */
export function quoteArg(arg: string): string {
  return arg.replace(/[\\ ]/g, (ch) => '\\' + ch);
}

/** Splits a command line into its upper-cased keyword and the raw rest after one space. */
export function splitKeyword(line: Octets): { readonly keyword: string; readonly rest: string } {
  const space = line.indexOf(' ');
  if (space < 0) return { keyword: line.toUpperCase(), rest: '' };
  return { keyword: line.slice(0, space).toUpperCase(), rest: line.slice(space + 1) };
}

/**
 * Our post office keeps one maildrop per user, so only names for that
 * maildrop resolve: the user name itself, `INBOX`, or a path whose last
 * component is the user name (RFC 937 example 2 uses `/usr/spool/mail/smith`).
 * Names compare case-insensitively, as the TOPS-20 and Unix hosts of the
 * time differed. Every other name is a mailbox that does not exist.
 */
export function isOwnMailbox(name: string, user: string): boolean {
  const lower = name.toLowerCase();
  const last = lower.slice(lower.lastIndexOf('/') + 1);
  return lower === 'inbox' || last === user.toLowerCase();
}

/** A strictly decimal, non-negative number without sign or spaces, else null. */
export function parseDecimal(text: string, maxDigits = 9): number | null {
  if (!/^[0-9]+$/.test(text) || text.length > maxDigits) return null;
  return Number(text);
}

/** A server step that sends nothing, changes nothing and keeps the connection open. */
export const EMPTY_SERVER_OUTPUT: ServerOutput = Object.freeze({ send: '', events: Object.freeze([]), close: false });

/**
 * Peer text made safe and short for our replies and explanations: only
 * printable ASCII, at most 40 characters (RFC 937 "Sizes": replies are at
 * most 512 characters; RFC 918 sets no limit, so POP1 uses the same bound).
 */
export function shown(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 40 ? printable.slice(0, 40) + '...' : printable;
}

/**
 * Client side of POP1/POP2 replies outside a counted transfer: takes one
 * reply line (CRLF, or a bare LF, ends it) from the front of `buffer`.
 * Returns 'more' when no line end has arrived yet, and 'overlong' when the
 * unfinished line already exceeds `maxOctets` (the peer broke the size rule).
 */
export function takeReplyLine(
  buffer: Octets,
  maxOctets: number,
): { readonly line: Octets; readonly rest: Octets } | 'more' | 'overlong' {
  const lf = buffer.indexOf('\n');
  if (lf < 0) return buffer.length > maxOctets ? 'overlong' : 'more';
  const end = lf > 0 && buffer[lf - 1] === '\r' ? lf - 1 : lf;
  return { line: buffer.slice(0, end), rest: buffer.slice(lf + 1) };
}
