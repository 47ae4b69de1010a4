import { describe, expect, it } from 'vitest';
import { ansiLine, visible } from './ansi.ts';

describe('terminal line colours', () => {
  it('colours +OK and -ERR but keeps the words, and prompts the learner lines', () => {
    expect(ansiLine({ id: 0, kind: 'ok', text: '+OK 2 320' })).toBe('\x1b[32m+OK 2 320\x1b[0m');
    expect(ansiLine({ id: 1, kind: 'err', text: '-ERR no such message' })).toBe('\x1b[31m-ERR no such message\x1b[0m');
    expect(ansiLine({ id: 2, kind: 'command', text: 'STAT' })).toBe('\x1b[36m> STAT\x1b[0m');
    expect(ansiLine({ id: 3, kind: 'data', text: 'Subject: hi' })).toBe('Subject: hi');
  });

  it('a message body cannot send escape sequences to the terminal', () => {
    expect(visible('a\x1b[2Jb\x07\tc\x7f')).toBe('a^[[2Jb^G^Ic^?');
    expect(ansiLine({ id: 0, kind: 'data', text: '\x1b]0;pwned\x07' })).not.toContain('\x1b');
  });
});
