import { TWO_POLLS_DELETE } from './common.ts';
import type { Lesson } from './types.ts';

export const LOST_QUIT_REPLY: Lesson = {
  id: 'lost-quit-reply',
  title: 'The lost +OK to QUIT',
  summary:
    'QUIT reaches the server, which removes the marked messages in UPDATE, but its +OK never reaches the client. The client cannot tell whether its deletions happened. With copies already durable, no harm is done (failure catalogue F5).',
  start: TWO_POLLS_DELETE,
  steps: [
    'Step forward until the server has read the laptop\'s QUIT (the command appears on the server side).',
    'Predict what has happened to the messages on the server.',
    'Use the fault menu there: "Lose segment" on the server-to-client direction, then play to the end.',
    'Compare the server maildrop with what the laptop saw: it got no +OK, yet the messages were removed.',
  ],
  goal: {
    text: 'Lose the server\'s reply to QUIT and see that the deletions still happened, with no mail lost.',
    all: [
      { type: 'event', match: { kind: 'fault', where: { fault: 'drop-connection' } } },
      { type: 'event', match: { kind: 'segment-lost', where: { direction: 's2c', session: 1 } } },
      { type: 'event', match: { kind: 'removed', where: { reason: 'update', session: 1 } }, min: 3 },
      { type: 'count', verdict: 'delivered', min: 3 },
      { type: 'count', verdict: 'lost', max: 0 },
    ],
  },
  hints: [
    'Losing the QUIT command itself is a different story (F4): the server would never enter UPDATE.',
    'The segment to lose travels from the server to the client, after the server handled QUIT.',
  ],
  solution: {
    // A lost segment is resent by TCP; the reply goes missing only when the connection dies.
    actions: [{ do: 'fault', kind: 'drop-connection', placement: { onCommand: 'QUIT', when: 'delivered' } }],
    text: 'Pause right after the server reads QUIT and lose the next server-to-client segment: the "+OK ... signing off" reply. The server has already removed the three messages in UPDATE.',
  },
  checkpoints: [
    {
      id: 'lost-quit-reply.update',
      trigger: { match: { kind: 'command', where: { keyword: 'QUIT', session: 1 } }, pause: 'after' },
      question: 'The server has read QUIT. Its +OK reply will be lost on the way back. What has happened to the three marked messages on the server?',
      choices: [
        { id: 'kept', text: 'They are kept: the client never confirmed that it saw the +OK.' },
        { id: 'removed', text: 'They are removed: QUIT from TRANSACTION started UPDATE; the client just cannot tell.' },
        { id: 'half', text: 'They stay marked until the client reconnects and sends QUIT again.' },
      ],
      answer: 'removed',
      explanation:
        'The commit point is the server receiving QUIT in TRANSACTION, not the client receiving +OK. Servers such as Dovecot remove the messages before replying. This is safe only because the client saved each copy durably before sending DELE.',
      rfc: 'RFC 1939 §6',
    },
  ],
};
