import { TWO_POLLS_DELETE } from './common.ts';
import type { Lesson } from './types.ts';

export const LOST_QUIT_REPLY: Lesson = {
  id: 'lost-quit-reply',
  title: 'QUIT arrives, its reply does not',
  summary:
    'QUIT reaches the server, and then the connection dies before the server\'s +OK gets back to the laptop. The laptop cannot tell what happened. Work out what the server did, and what the laptop finds when it polls again (failure catalogue F5).',
  start: TWO_POLLS_DELETE,
  steps: [
    'Step forward until the server has read the laptop\'s QUIT (the command appears on the server side).',
    'Answer the question, then press "Drop connection" there, so that the reply never arrives, and play to the end.',
    'Compare the server\'s maildrop with what the laptop was told.',
  ],
  goal: {
    text: 'Cut the connection after the server has read QUIT and before its reply reaches the laptop, and follow the messages to the second poll.',
    all: [
      { type: 'event', match: { kind: 'fault' }, say: 'Pause right after the server reads the laptop\'s QUIT and press "Drop connection".' },
      { type: 'no-event', match: { kind: 'session-end', where: { device: 'Laptop', session: 1, ok: true } }, say: 'The laptop still got the reply to QUIT: cut the connection earlier, right after the server has read QUIT.' },
      { type: 'event', match: { kind: 'removed', where: { reason: 'update', session: 1 } }, min: 3, say: 'The server never read QUIT: cut the connection later, after QUIT has arrived.' },
      { type: 'count', verdict: 'delivered', min: 3, say: 'Play the run to its end.' },
      { type: 'count', verdict: 'lost', max: 0, say: 'Mail was lost: this run has another fault in it. Press Reset and try with the one drop only.' },
    ],
  },
  hints: [
    'Cutting the connection before QUIT arrives is a different story (F4): the server would never see QUIT.',
    'What matters is the order: the server reads QUIT, does its work, and only then sends its reply.',
  ],
  solution: {
    actions: [{ do: 'fault', kind: 'drop-connection', placement: { onCommand: 'QUIT', when: 'delivered' } }],
    text: 'Pause right after the server reads QUIT and drop the connection: the "+OK ... signing off" reply never arrives. The server has already removed the three messages in UPDATE; the laptop\'s copies were durable, so nothing is lost, and its second poll finds an empty maildrop.',
  },
  checkpoints: [
    {
      id: 'lost-quit-reply.update',
      trigger: { match: { kind: 'command', where: { keyword: 'QUIT', session: 1 } }, pause: 'after' },
      question: 'The server has read QUIT. Suppose its +OK reply never reaches the laptop. What has happened to the three marked messages on the server?',
      choices: [
        { id: 'kept', text: 'They are kept: the client never confirmed that it saw the +OK.' },
        { id: 'removed', text: 'They are removed: QUIT from TRANSACTION started UPDATE; the client just cannot tell.' },
        { id: 'half', text: 'They stay marked until the client reconnects and sends QUIT again.' },
      ],
      answer: 'removed',
      explanation:
        'The commit point is the server receiving QUIT in TRANSACTION, not the client receiving +OK. Servers such as Dovecot remove the messages before replying. This is safe only because the client saved each copy durably before sending DELE.',
      rfc: 'RFC 1939 §6',
      spoilers: ['removed', 'UPDATE', 'commit point', 'commits'],
    },
    {
      id: 'lost-quit-reply.second-poll',
      trigger: { match: { kind: 'session-start', where: { session: 2 } }, pause: 'after', after: { kind: 'fault' } },
      question: 'The laptop never heard +OK to its QUIT. It polls again. What does it find, and what does the Outcome say at the end?',
      choices: [
        { id: 'again', text: 'The same three messages again: it downloads them a second time.' },
        { id: 'empty', text: 'An empty maildrop; each message was delivered once, nothing lost.' },
        { id: 'locked', text: '-ERR: the maildrop stays locked until the missing reply is acknowledged.' },
      ],
      answer: 'empty',
      explanation:
        'The server committed at QUIT, so the messages are gone from the maildrop; the laptop\'s copies were durable before it sent DELE, so each message exists exactly once. A POP3 server never waits for the client to acknowledge a reply.',
      rfc: 'RFC 1939 §6',
      spoilers: ['empty maildrop', 'exactly once'],
    },
  ],
};
