import { describe, expect, it } from 'vitest';
import { complete, commandsFor, findCommand, helpLines, parseMeta, POP_COMMANDS, META_COMMANDS } from './commands.ts';

describe('terminal command table', () => {
  it('offers each protocol its own commands, and the meta-commands', () => {
    expect(POP_COMMANDS.pop3.map((c) => c.name)).toEqual(['USER', 'PASS', 'APOP', 'AUTH', 'STLS', 'CAPA', 'STAT', 'LIST', 'RETR', 'DELE', 'NOOP', 'RSET', 'TOP', 'UIDL', 'QUIT']);
    expect(POP_COMMANDS.pop2.map((c) => c.name)).toEqual(['HELO', 'FOLD', 'READ', 'RETR', 'ACKS', 'ACKD', 'NACK', 'QUIT']);
    expect(POP_COMMANDS.pop1.map((c) => c.name)).toEqual(['USER', 'PASS', 'RETR', 'RDEL', 'RCEV', 'RCVD', 'RSET', 'NOOP', 'QUIT']);
    expect(commandsFor('pop2').map((c) => c.name)).toEqual([...POP_COMMANDS.pop2, ...META_COMMANDS].map((c) => c.name));
    for (const c of commandsFor('pop3')) expect(c.help.length, c.name).toBeGreaterThan(10);
  });

  it('RFC 1939 §3: POP keywords are found in any case; meta-commands only in lower case', () => {
    expect(findCommand('pop3', 'retr')?.syntax).toBe('RETR msg');
    expect(findCommand('pop2', 'retr')?.syntax).toBe('RETR');
    expect(findCommand('pop1', 'Rdel')?.syntax).toBe('RDEL mailbox');
    expect(findCommand('pop3', 'RDEL')).toBeUndefined();
    expect(parseMeta('help')).toEqual({ type: 'help' });
    expect(parseMeta('help  dele')).toEqual({ type: 'help', topic: 'dele' });
    expect(parseMeta('clear')).toEqual({ type: 'clear' });
    expect(parseMeta('reset')).toEqual({ type: 'reset' });
    expect(parseMeta('RSET')).toBeNull();
    expect(parseMeta('HELP')).toBeNull();
    expect(parseMeta('reset now')).toBeNull();
  });

  it('help lists every command of the protocol with its syntax; help CMD explains one', () => {
    const all = helpLines('pop3').join('\n');
    for (const c of commandsFor('pop3')) expect(all).toContain(c.syntax);
    expect(all).not.toContain('RDEL');
    expect(helpLines('pop3', 'dele')).toEqual(['DELE msg', expect.stringContaining('nothing is removed before QUIT')]);
    expect(helpLines('pop2', 'ACKD')[0]).toBe('ACKD');
    expect(helpLines('pop3', 'FOLD')[0]).toMatch(/No help for "FOLD"/);
  });

  it('Tab completes a unique first word in the table case, with a space', () => {
    expect(complete('pop3', 'st')).toEqual({ line: 'st', candidates: ['STLS', 'STAT'] }); // nothing to add: the learner's letters stay
    expect(complete('pop3', 'ret')).toEqual({ line: 'RETR ', candidates: ['RETR'] });
    expect(complete('pop3', 'he')).toEqual({ line: 'help ', candidates: ['help'] });
    expect(complete('pop2', 'ac')).toEqual({ line: 'ACK', candidates: ['ACKS', 'ACKD'] });
    expect(complete('pop1', 'RC')).toEqual({ line: 'RC', candidates: ['RCEV', 'RCVD'] });
    expect(complete('pop3', 'xyz')).toEqual({ line: 'xyz', candidates: [] });
    expect(complete('pop3', 'RETR 1')).toEqual({ line: 'RETR 1', candidates: [] });
  });

  it('Tab after help completes a command name', () => {
    expect(complete('pop3', 'help ui')).toEqual({ line: 'help UIDL ', candidates: ['UIDL'] });
    expect(complete('pop3', 'help c')).toEqual({ line: 'help c', candidates: ['CAPA', 'clear', 'connect'] });
  });
});
