import { describe, expect, it } from 'vitest';
import { octetLines } from './octet-lines.ts';

describe('octetLines', () => {
  const reply = '+OK 30 octets\r\nSubject: x\r\n\r\n..dot line\r\n.\r\n';

  it('RFC 1939 §3: marks the stuffed dot of a data line and names the terminator', () => {
    const { lines, more } = octetLines(reply, true);
    expect(more).toBe(0);
    expect(lines.map((l) => l.text)).toEqual(['+OK 30 octets', 'Subject: x', '', '..dot line', '.']);
    expect(lines.map((l) => l.stuffed)).toEqual([false, false, false, true, false]);
    expect(lines.at(-1)!.terminator).toBe(true);
    expect(lines.every((l) => l.ending === '␍␊')).toBe(true);
  });

  it('counts octets and offsets so that they add up to the segment', () => {
    const { lines } = octetLines(reply, true);
    expect(lines.reduce((n, l) => n + l.octets, 0)).toBe(reply.length);
    for (let i = 1; i < lines.length; i++) expect(lines[i]!.offset).toBe(lines[i - 1]!.offset + lines[i - 1]!.octets);
  });

  it('does not treat count-framed (POP1/POP2) data as stuffed, and shows a bare LF as a framing error', () => {
    const { lines } = octetLines('=12\r\n..not stuffed\nbare\r\n', false);
    expect(lines.some((l) => l.stuffed)).toBe(false);
    expect(lines[1]!.ending).toBe('␊');
  });

  it('a status line is never a data line, even if it starts with a dot', () => {
    expect(octetLines('..\r\n', true).lines[0]!.stuffed).toBe(false);
  });

  it('keeps at most maxLines lines and counts the rest', () => {
    const many = Array.from({ length: 50 }, (_, i) => `line ${i}\r\n`).join('');
    const { lines, more } = octetLines(many, false, 10);
    expect(lines.length).toBe(10);
    expect(more).toBe(40);
  });

  it('shows a line without its end yet (a partial delivery)', () => {
    const { lines } = octetLines('+OK 12 oct', true);
    expect(lines[0]).toMatchObject({ text: '+OK 12 oct', ending: '', octets: 10 });
  });
});
