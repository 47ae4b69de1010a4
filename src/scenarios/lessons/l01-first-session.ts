import { THREE_MESSAGES } from '../library/common.ts';
import type { Lesson } from './types.ts';

export const FIRST_SESSION_BY_HAND: Lesson = {
  id: 'first-session-by-hand',
  title: 'Your first POP3 session, typed by hand',
  summary:
    'Log in to the simulated server from the terminal, look at the maildrop, read a message, mark it for deletion and end the session. You will see that DELE only marks: the server removes the message in the UPDATE state, after QUIT (RFC 1939 §6).',
  start: {
    scenario: {
      version: 1,
      id: 'lesson-first-session-by-hand',
      title: 'A maildrop to explore by hand',
      summary: 'Three messages wait for alice (password tanstaaf). The terminal is the only client.',
      maildrop: THREE_MESSAGES,
      devices: [{ name: 'Terminal', retention: 'keep', polls: [] }],
    },
    live: { manualDevice: 'Terminal' },
  },
  steps: [
    'Open the terminal. The server greets you with +OK: the session is in the AUTHORIZATION state (RFC 1939 §4).',
    'Type USER alice, then PASS tanstaaf. The server locks the maildrop and enters TRANSACTION.',
    'Type STAT (count and total size) and LIST (the size of each message).',
    'Type RETR 1 to read message 1. The reply ends with a line holding a single dot (RFC 1939 §3).',
    'Type DELE 1. Look at the maildrop: message 1 is marked, not removed.',
    'Type QUIT. Now the server enters UPDATE and removes message 1.',
  ],
  goal: {
    text: 'Log in, read a message, delete it and end the session so that the server really removes it.',
    all: [
      { type: 'event', match: { kind: 'server-state', where: { to: 'TRANSACTION' } } },
      { type: 'event', match: { kind: 'command', where: { keyword: 'STAT' } } },
      { type: 'event', match: { kind: 'command', where: { keyword: 'LIST' } } },
      { type: 'event', match: { kind: 'command', where: { keyword: 'RETR' } } },
      { type: 'event', match: { kind: 'marked' } },
      { type: 'order', first: { kind: 'command', where: { keyword: 'DELE' } }, then: { kind: 'removed', where: { reason: 'update' } } },
    ],
  },
  hints: [
    'Commands are case-insensitive, but the argument of USER is the user name: alice.',
    'The password is tanstaaf (the example secret of RFC 1939 §7).',
    'If DELE did not seem to do anything, that is the point: look for the word "marked" in the maildrop, then type QUIT.',
  ],
  solution: {
    actions: [
      { do: 'type', line: 'USER alice' },
      { do: 'type', line: 'PASS tanstaaf' },
      { do: 'type', line: 'STAT' },
      { do: 'type', line: 'LIST' },
      { do: 'type', line: 'RETR 1' },
      { do: 'type', line: 'DELE 1' },
      { do: 'type', line: 'QUIT' },
    ],
    text: 'Type USER alice, PASS tanstaaf, STAT, LIST, RETR 1, DELE 1 and QUIT, one per line.',
  },
  checkpoints: [
    {
      id: 'first-session-by-hand.dele-marks',
      trigger: { match: { kind: 'marked' }, pause: 'after' },
      question: 'You typed DELE 1 and the server answered +OK. Where is message 1 now?',
      choices: [
        { id: 'gone', text: 'Gone from the server: +OK means it was deleted.' },
        { id: 'marked', text: 'Still on the server, marked; it is removed only if the session ends with QUIT.' },
        { id: 'terminal', text: 'Moved into the terminal: RETR moved it and DELE confirmed the move.' },
      ],
      answer: 'marked',
      explanation:
        'DELE only marks the message. The server removes marked messages in the UPDATE state, which it enters only when QUIT arrives in TRANSACTION. Until then RSET can unmark it, and a dropped connection leaves it on the server.',
      rfc: 'RFC 1939 §5, §6',
    },
    {
      id: 'first-session-by-hand.no-copy',
      trigger: { match: { kind: 'removed', where: { reason: 'update' } }, pause: 'after' },
      question: 'The server has removed message 1. Your terminal printed it but saved it nowhere. What does the custody ledger say about message 1?',
      choices: [
        { id: 'delivered', text: 'Delivered: you read it on screen.' },
        { id: 'lost', text: 'Lost: no complete copy survives anywhere.' },
        { id: 'pending', text: 'Still pending: the server keeps a backup for a day.' },
      ],
      answer: 'lost',
      explanation:
        'A terminal is a person, not a mail client: it keeps no copy. POP3 trusts the client to have stored the message before it sends DELE and QUIT; the server keeps nothing after UPDATE. This is why real clients save durably first.',
      rfc: 'RFC 1939 §6, §8',
    },
  ],
};
