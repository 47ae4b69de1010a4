import { THREE_MESSAGES } from '../library/common.ts';
import type { Lesson } from './types.ts';

export const FIRST_SESSION_BY_HAND: Lesson = {
  id: 'first-session-by-hand',
  title: 'Your first POP3 session, typed by hand',
  summary:
    'Log in to the simulated server from the terminal, look at the maildrop, read a message, ask the server to delete it, and end the session. Keep an eye on the server\'s maildrop after each command.',
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
    'Type DELE 1 and look at the maildrop.',
    'Type QUIT and look at the maildrop again.',
  ],
  goal: {
    text: 'Log in, list the maildrop, read message 1, delete it, and end the session.',
    all: [
      { type: 'event', match: { kind: 'server-state', where: { to: 'TRANSACTION' } }, say: 'Log in: type USER alice, then PASS tanstaaf.' },
      { type: 'event', match: { kind: 'command', where: { keyword: 'STAT' } }, say: 'Ask for the size of the maildrop: type STAT.' },
      { type: 'event', match: { kind: 'command', where: { keyword: 'LIST' } }, say: 'List the messages: type LIST.' },
      { type: 'event', match: { kind: 'command', where: { keyword: 'RETR' } }, say: 'Read a message: type RETR 1.' },
      { type: 'event', match: { kind: 'marked' }, say: 'Ask the server to delete message 1: type DELE 1.' },
      { type: 'order', first: { kind: 'command', where: { keyword: 'DELE' } }, then: { kind: 'removed', where: { reason: 'update' } }, say: 'Delete message 1 with DELE 1, then end the session properly with QUIT.' },
    ],
  },
  hints: [
    'Commands are case-insensitive, but the argument of USER is the user name: alice.',
    'The password is tanstaaf (the example secret of RFC 1939 §7).',
    'If the goal is not reached after DELE 1, think about which command ends a session properly.',
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
    text: 'Type USER alice, PASS tanstaaf, STAT, LIST, RETR 1, DELE 1 and QUIT, one per line. DELE only marks message 1; the server removes it in the UPDATE state, after QUIT (RFC 1939 §6).',
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
        'DELE only marks the message. The server removes marked messages in the UPDATE state, which it enters only when QUIT arrives in TRANSACTION. Until then RSET can unmark it, and a session that ends any other way leaves it on the server.',
      rfc: 'RFC 1939 §5, §6',
      spoilers: ['marked', 'UPDATE', 'RSET', 'only marks', 'not removed'],
    },
    {
      id: 'first-session-by-hand.no-copy',
      trigger: { match: { kind: 'marked' }, pause: 'after' },
      question: 'Your terminal printed message 1 but saved it nowhere. When you type QUIT, the server will remove it. What will the custody ledger then say about message 1?',
      choices: [
        { id: 'delivered', text: 'Delivered: you read it on screen.' },
        { id: 'lost', text: 'Lost: no complete copy survives anywhere.' },
        { id: 'pending', text: 'Still pending: the server keeps a backup for a day.' },
      ],
      answer: 'lost',
      explanation:
        'A terminal is a person, not a mail client: it keeps no copy. POP3 trusts the client to have stored the message before it sends DELE and QUIT; the server keeps nothing after UPDATE. This is why real clients save durably first. Type QUIT and watch the ledger.',
      rfc: 'RFC 1939 §6, §8',
      spoilers: ['lost', 'no copy', 'no complete copy', 'keeps nothing'],
    },
  ],
};
