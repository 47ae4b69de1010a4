import { TWO_POLLS_DELETE } from './common.ts';
import type { Lesson } from './types.ts';

export const DROP_BEFORE_QUIT: Lesson = {
  id: 'drop-before-quit',
  title: 'A drop before QUIT: duplicates, not loss',
  summary:
    'Popular articles say a broken connection loses mail. On a conformant POP3 server the opposite happens: without QUIT there is no UPDATE, the DELE marks are forgotten, and the next poll downloads the same messages again (RFC 1939 §6; failure catalogue F3).',
  start: TWO_POLLS_DELETE,
  steps: [
    'Step forward until the laptop has saved and marked (DELE) all three messages, just before it sends QUIT.',
    'Predict what a dropped connection would do to the marked messages.',
    'Press "Drop connection" there, then play to the end.',
    'Read the Outcome: how many messages are duplicated, and how many lost?',
  ],
  goal: {
    text: 'Drop the connection after the DELE commands and before QUIT, and see that the mail is duplicated, never lost.',
    all: [
      { type: 'event', match: { kind: 'fault', where: { fault: 'drop-connection' } } },
      { type: 'event', match: { kind: 'unmarked' }, min: 1 },
      { type: 'count', verdict: 'duplicated', min: 1 },
      { type: 'count', verdict: 'lost', max: 0 },
    ],
  },
  hints: [
    'The moment you want is after the reply "+OK message 3 deleted" and before "QUIT" leaves the laptop.',
    'If nothing is duplicated, the drop came too early (before any DELE) or too late (after QUIT was answered).',
  ],
  solution: {
    actions: [{ do: 'fault', kind: 'drop-connection', placement: { onCommand: 'QUIT', when: 'sent' } }],
    text: 'Pause just before the laptop sends QUIT and press "Drop connection". The server never sees QUIT, so it never enters UPDATE: the three marks are dropped, and the second poll downloads all three again.',
  },
  checkpoints: [
    {
      id: 'drop-before-quit.message-2',
      trigger: { match: { kind: 'send', where: { direction: 'c2s', session: 1 }, pattern: '^QUIT' }, pause: 'before' },
      question: 'The laptop has saved all three messages and marked them with DELE. What happens to message 2 if the connection drops now?',
      choices: [
        { id: 'removed', text: 'It is removed: the server already accepted DELE 2.' },
        { id: 'duplicate', text: 'It stays on the server, unmarked, and is downloaded again on the next poll: a duplicate.' },
        { id: 'lost', text: 'It is lost: the server deletes it and the laptop\'s copy is incomplete.' },
        { id: 'timeout', text: 'It is removed later, when the server\'s autologout timer fires.' },
      ],
      answer: 'duplicate',
      explanation:
        'The server enters UPDATE only when QUIT arrives in TRANSACTION. If the session ends any other way, it MUST NOT remove any message. The laptop already has a durable copy, so the next poll brings a second one: a duplicate, never a loss.',
      rfc: 'RFC 1939 §6',
    },
  ],
};
