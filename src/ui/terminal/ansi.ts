/**
 * How transcript lines look in xterm: ANSI colours by kind. Colour never
 * carries meaning alone: the text itself says +OK / -ERR (or POP2's + / -),
 * and the learner's lines carry the prompt. Control characters from the wire
 * are shown in caret notation (^[), so a message body cannot drive the
 * terminal (move the cursor, change colours, clear the screen).
 */
import type { TerminalLine } from './session.ts';

export const PROMPT = '> ';

const SGR: Readonly<Record<TerminalLine['kind'], string>> = {
  command: '\x1b[36m', // cyan: the client's colour
  ok: '\x1b[32m',
  err: '\x1b[31m',
  data: '',
  info: '\x1b[90m',
  error: '\x1b[1;31m',
};

export function visible(text: string): string {
  return text.replace(/[\x00-\x08\x0a-\x1f\x7f]/g, (c) => (c === '\x7f' ? '^?' : `^${String.fromCharCode(c.charCodeAt(0) + 64)}`));
}

/** One line for xterm, without the line ending. */
export function ansiLine(line: TerminalLine): string {
  const text = line.kind === 'command' ? PROMPT + visible(line.text) : visible(line.text);
  const sgr = SGR[line.kind];
  return sgr ? `${sgr}${text}\x1b[0m` : text;
}
