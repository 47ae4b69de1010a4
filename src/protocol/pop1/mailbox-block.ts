/**
 * How a POP1 server joins a whole mailbox into the one block that RCEV sends
 * (RFC 918 "The Protocol"), and how a client splits it back into messages.
 *
 * RFC 918 moves "the mail" as one count-framed block and does not say how
 * messages are separated inside it: the servers of the time sent their
 * mailbox file as it was. We use the Unix mbox convention of that era, in its
 * reversible "mboxrd" form:
 * - every message is preceded by a separator line `From <host> <n>`;
 * - a message line that starts with `From ` (after any number of `>`) gets
 *   one more `>` in front, so it cannot be taken for a separator, and the
 *   client removes exactly one `>` from such lines;
 * - a message that does not end in CRLF gets one, so the next separator
 *   starts a line (the only change a round trip can make).
 * The `#xxx` count covers the whole block, separators included.
 */
import { CRLF, type Octets } from '../octets.ts';

const ESCAPE_ON_JOIN = /^(>*From )/gm;
const UNESCAPE_ON_SPLIT = /^>(>*From )/gm;

export function joinMailbox(messages: readonly Octets[], hostname: string): Octets {
  return messages
    .map((octets, index) => {
      const body = octets.endsWith(CRLF) || octets.length === 0 ? octets : octets + CRLF;
      return `From ${hostname} ${index + 1}${CRLF}` + body.replace(ESCAPE_ON_JOIN, '>$1');
    })
    .join('');
}

/**
 * Splits a block (complete or cut short) into messages. Text before the first
 * separator, which a conformant server never sends, is returned as a message
 * of its own so that no octet goes unaccounted.
 */
export function splitMailbox(block: Octets): Octets[] {
  if (block.length === 0) return [];
  const messages: Octets[] = [];
  // Separator lines start at the beginning of the block or right after CRLF.
  const starts: number[] = [];
  if (block.startsWith('From ')) starts.push(0);
  for (let at = block.indexOf('\r\nFrom '); at >= 0; at = block.indexOf('\r\nFrom ', at + 2)) starts.push(at + 2);
  const first = starts[0] ?? block.length;
  if (first > 0) messages.push(block.slice(0, first));
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    const end = starts[i + 1] ?? block.length;
    const chunk = block.slice(start, end);
    const lineEnd = chunk.indexOf(CRLF);
    const body = lineEnd < 0 ? '' : chunk.slice(lineEnd + 2);
    messages.push(body.replace(UNESCAPE_ON_SPLIT, '$1'));
  }
  return messages;
}
