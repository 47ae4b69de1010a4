/**
 * How transcript lines look in xterm: ANSI colours by kind. Colour never
 * carries meaning alone: the text itself says +OK / -ERR (or POP2's + / -),
 * and the learner's lines carry the prompt. Control characters from the wire
 * (C0, DEL and C1) are shown printably (^[, <9B>; visible.ts), so a message
 * body cannot drive the terminal (move the cursor, change colours, clear
 * the screen).
 */
import type { TerminalLine } from './session.ts';
import { visible, wrapWords } from './visible.ts';

export const PROMPT = '> ';

const SGR: Readonly<Record<TerminalLine['kind'], string>> = {
  command: '\x1b[36m', // cyan: the client's colour
  ok: '\x1b[32m',
  err: '\x1b[31m',
  data: '',
  info: '\x1b[90m',
  error: '\x1b[1;31m',
};

export { visible } from './visible.ts';

/** One line for xterm, without the line ending. */
export function ansiLine(line: TerminalLine): string {
  return ansiRows(line, Infinity)[0] ?? '';
}

/** One line for xterm as rows of at most `columns` columns, wrapped at word boundaries (visible.ts), each coloured. */
export function ansiRows(line: TerminalLine, columns: number): string[] {
  const text = line.kind === 'command' ? PROMPT + visible(line.text) : visible(line.text);
  const sgr = SGR[line.kind];
  const rows = Number.isFinite(columns) ? wrapWords(text, columns) : [text];
  return sgr ? rows.map((row) => `${sgr}${row}\x1b[0m`) : rows;
}
