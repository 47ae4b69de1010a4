/**
 * Control characters made visible, and long lines wrapped at word
 * boundaries, for the terminal (xterm and the DOM log).
 *
 * Rules of this module:
 * - Whatever arrives (a message body from a scenario file or a share link,
 *   a pasted line) is shown, never obeyed: all 65 control characters, C0
 *   U+0000–U+001F, DEL U+007F and C1 U+0080–U+009F, become printable text.
 *   C0 and DEL use caret notation (ESC is ^[, DEL is ^?), as terminals
 *   echo them; C1 has no caret form, so it is shown as its code in angle
 *   brackets (CSI U+009B is <9B>). Without this, U+009B "2J" is a complete
 *   8-bit CSI sequence (ECMA-48 §5.3) that clears xterm's screen.
 * - Only the terminal's own line ends (the CR LF it writes between lines)
 *   are control characters on the screen; a CR or LF inside a line's text
 *   is shown as ^M or ^J like any other control.
 * - xterm breaks a line wherever the columns run out, mid-word. Lines are
 *   wrapped here first, at spaces, at the terminal's column count when they
 *   are written; a word longer than a whole row is the only thing broken
 *   (lines already written are not re-wrapped on resize).
 */

/** True for the 65 control characters: C0, DEL and C1. */
export function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

/** The printable form of one control character: ^@ … ^_, ^?, or <80> … <9F>. */
export function controlPicture(code: number): string {
  if (code <= 0x1f) return `^${String.fromCharCode(code + 0x40)}`;
  if (code === 0x7f) return '^?';
  return `<${code.toString(16).toUpperCase()}>`;
}

const CONTROLS = /[\x00-\x1f\x7f-\x9f]/g;

/** The text with every control character replaced by its printable form. */
export function visible(text: string): string {
  return text.replace(CONTROLS, (c) => controlPicture(c.charCodeAt(0)));
}

/** Columns a character takes in xterm: 2 for East Asian wide and emoji, else 1. */
function charColumns(codePoint: number): number {
  return (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
    ? 2
    : 1;
}

/** Columns a string of visible text takes. */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += charColumns(ch.codePointAt(0) ?? 0);
  return n;
}

/** Splits a word that is wider than a row into row-sized pieces. */
function hardBreak(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const ch of word) {
    const w = charColumns(ch.codePointAt(0) ?? 0);
    if (used + w > width && piece !== '') {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += ch;
    used += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Wraps one line of visible text (no control characters) into rows of at
 * most `width` columns, breaking at spaces. The spaces where a row breaks
 * are dropped; indentation at the start of the line is kept. A word wider
 * than a row is broken into row-sized pieces, and only such a word.
 */
export function wrapWords(text: string, width: number): string[] {
  const cols = Math.max(1, Math.floor(width));
  if (columns(text) <= cols) return [text];
  const rows: string[] = [];
  let row = '';
  let used = 0;
  // Tokens alternate: a run of spaces, then a word (the first may be either).
  for (const [, spaces = '', word = ''] of text.matchAll(/( *)([^ ]*)/g)) {
    if (spaces === '' && word === '') continue;
    const wordCols = columns(word);
    const spaceCols = spaces.length;
    if (used + spaceCols + wordCols <= cols) {
      row += spaces + word;
      used += spaceCols + wordCols;
      continue;
    }
    if (used === 0 && rows.length === 0 && spaceCols + wordCols > cols && spaceCols < cols) {
      // Indentation at the start of the line stays; the word follows it as far as it can.
      row = spaces;
      used = spaceCols;
    } else if (row !== '') {
      rows.push(row);
      row = '';
      used = 0;
    }
    if (wordCols <= cols - used) {
      row += word;
      used += wordCols;
      continue;
    }
    // An unbreakable token wider than what is left: break it, filling rows.
    const pieces = hardBreak(word, cols);
    if (used > 0) {
      const first = hardBreak(word, cols - used)[0] ?? '';
      row += first;
      rows.push(row);
      const rest = word.slice(first.length);
      pieces.splice(0, pieces.length, ...hardBreak(rest, cols));
      row = '';
      used = 0;
    }
    for (const [i, piece] of pieces.entries()) {
      if (i < pieces.length - 1) rows.push(piece);
      else {
        row = piece;
        used = columns(piece);
      }
    }
  }
  if (row !== '' || rows.length === 0) rows.push(row);
  return rows;
}
