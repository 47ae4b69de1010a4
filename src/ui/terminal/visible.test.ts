/**
 * Issue 10 item 2 (terminal escape injection) and issue 8's word wrap:
 * every one of the 65 control characters is shown, never obeyed, in the
 * rows written to xterm, in the echo of typed or pasted text, and the rows
 * break at spaces. The terminal fuzzer is here (seeded, fixed budget).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ansiRows } from './ansi.ts';
import { complete } from './commands.ts';
import { LineEditor, PASTE_END, PASTE_START } from './line-editor.ts';
import type { LineKind } from './session.ts';
import { columns, controlPicture, isControl, visible, wrapWords } from './visible.ts';

/** All 65: C0 U+0000–U+001F, DEL U+007F, C1 U+0080–U+009F. */
const CONTROLS = [...Array.from({ length: 32 }, (_, i) => i), 0x7f, ...Array.from({ length: 32 }, (_, i) => 0x80 + i)];

/** What xterm receives, minus what the terminal itself writes on purpose: colours, row ends, backspace-erase. */
function strayControls(written: string): string[] {
  const ours = written.replace(/\x1b\[[0-9;]*m/g, '').replace(/\r\n/g, '').replace(/\x08 \x08/g, '');
  return [...ours].filter((c) => isControl(c.charCodeAt(0))).map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const KINDS: readonly LineKind[] = ['command', 'ok', 'err', 'data', 'info', 'error'];

const editor = () => new LineEditor({ complete: (line) => complete('pop3', line), prompt: '> ' });

describe('control characters are shown, not obeyed (ECMA-48 C0/C1)', () => {
  it('there are 65 of them and each has its own printable form', () => {
    expect(CONTROLS).toHaveLength(65);
    const pictures = CONTROLS.map(controlPicture);
    expect(new Set(pictures).size).toBe(65);
    for (const p of pictures) expect(strayControls(p)).toEqual([]);
    expect(controlPicture(0x1b)).toBe('^[');
    expect(controlPicture(0x00)).toBe('^@');
    expect(controlPicture(0x7f)).toBe('^?');
    expect(controlPicture(0x9b)).toBe('<9B>');
    expect(controlPicture(0x85)).toBe('<85>');
  });

  it.each(CONTROLS.map((c) => [c.toString(16).padStart(2, '0'), c]))('U+00%s in a body line never reaches xterm as a control, in any line kind', (_hex, code) => {
    const text = `before${String.fromCharCode(code)}2J after`;
    for (const kind of KINDS) {
      const rows = ansiRows({ id: 1, kind, text }, 80);
      expect(strayControls(rows.join('\r\n'))).toEqual([]);
      expect(rows.join('')).toContain(controlPicture(code));
    }
    expect(visible(text)).toBe(`before${controlPicture(code)}2J after`);
  });

  it('8-bit CSI "2J" (clear screen) and SGR recolouring arrive as text', () => {
    expect(ansiRows({ id: 0, kind: 'data', text: '\u009b2J\u009b31mred\u001b[3J' }, 80)).toEqual(['<9B>2J<9B>31mred^[[3J']);
  });

  it('pasted text that starts with ESC keeps its lines and shows its controls, bracketed or not', () => {
    const e = editor();
    const out = e.feed('\x1b[2J\u009b2J\r\nUSER alice\r\nPASS x\tx\r\nST');
    expect(out.submitted).toEqual(['\x1b[2J\u009b2J', 'USER alice', 'PASS x\tx']);
    expect(e.buffer).toBe('ST');
    expect(out.echo).toBe('^[[2J<9B>2J\r\nUSER alice\r\nPASS x^Ix\r\nST');
    const b = editor();
    const bracketed = b.feed(`${PASTE_START}\x1b]0;title\x07\nQUIT\n${PASTE_END}`);
    expect(bracketed.submitted).toEqual(['\x1b]0;title\x07', 'QUIT']);
    expect(strayControls(bracketed.echo)).toEqual([]);
  });

  it('typed keys keep working: arrow and function keys do nothing, Backspace erases what a control took on screen', () => {
    const e = editor();
    expect(e.feed('\x1b[D').echo).toBe('');
    expect(e.feed('\x1bOP').echo).toBe('');
    expect(e.feed('\x1b').echo).toBe('');
    expect(e.feed('\x01').echo).toBe('');
    e.feed(`${PASTE_START}A\u009b${PASTE_END}`);
    expect(e.buffer).toBe('A\u009b');
    expect(e.feed('\x7f').echo).toBe('\b \b'.repeat(4));
    expect(e.buffer).toBe('A');
  });

  it('terminal fuzzer: arbitrary input chunks and body lines never put a stray control on the screen (seeded)', () => {
    const chunk = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('\x1b[A', '\x1b[B', '\t', '\x03', '\x7f', '\r', '\x1b', PASTE_START, PASTE_END, '\u009b2J', '\x1b[2J\nSTAT\n'),
    );
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 120 }), (chunks, body, width) => {
        const e = editor();
        for (const c of chunks) {
          const out = e.feed(c);
          expect(strayControls(out.echo.replace(/^\r\n.*\r\n> /s, ''))).toEqual([]);
        }
        for (const kind of KINDS) {
          const rows = ansiRows({ id: 0, kind, text: body }, width);
          expect(strayControls(rows.join('\r\n'))).toEqual([]);
          for (const row of rows) expect(columns(row.replace(/\x1b\[[0-9;]*m/g, ''))).toBeLessThanOrEqual(Math.max(width, 2));
        }
      }),
      { seed: 8, numRuns: 200 },
    );
  });
});

describe('word wrap at the terminal width (issue 8, review item 15)', () => {
  it('breaks at spaces, never inside a word that fits on a row', () => {
    expect(wrapWords('the quick brown fox jumps over the lazy dog', 12)).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy dog']);
    expect(wrapWords('short', 12)).toEqual(['short']);
    expect(wrapWords('', 12)).toEqual(['']);
  });

  it('keeps indentation at the start of a line and drops only the spaces where it breaks', () => {
    expect(wrapWords('    indented text that wraps', 14)).toEqual(['    indented', 'text that', 'wraps']);
  });

  it('breaks only a token wider than a row (a base64 line), filling rows', () => {
    expect(wrapWords('key: QUJDREVGR0hJSktMTU5PUA== end', 10)).toEqual(['key:', 'QUJDREVGR0', 'hJSktMTU5P', 'UA== end']);
  });

  it('counts wide characters as two columns and control pictures as their width', () => {
    expect(columns('日本')).toBe(4);
    expect(wrapWords('日本語 テキスト', 8)).toEqual(['日本語', 'テキスト']);
    expect(ansiRows({ id: 0, kind: 'data', text: 'a\u009b b' }, 5)).toEqual(['a<9B>', 'b']);
  });

  it('every row of a wrapped line is made of whole words (property, seeded)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghij'), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 10, max: 80 }), (words, width) => {
        const rows = wrapWords(words.join(' '), width);
        expect(rows.join(' ')).toBe(words.join(' '));
        for (const row of rows) {
          expect(columns(row)).toBeLessThanOrEqual(width);
          for (const token of row.split(' ')) expect(words).toContain(token);
        }
      }),
      { seed: 15, numRuns: 200 },
    );
  });
});
