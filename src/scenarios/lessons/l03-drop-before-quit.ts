import { TWO_POLLS_DELETE } from './common.ts';
import type { Lesson } from './types.ts';

export const DROP_BEFORE_QUIT: Lesson = {
  id: 'drop-before-quit',
  title: 'A connection that drops before QUIT',
  summary:
    'Popular articles say a broken connection loses mail. Try it: let the laptop save every message and send DELE for each, drop its connection just before it sends QUIT, and let it poll again later.',
  start: TWO_POLLS_DELETE,
  steps: [
    'Step forward until the laptop has saved all three messages and sent DELE for each, just before it sends QUIT.',
    'Answer the question, then press "Drop connection" there and play to the end.',
    'Read the Outcome.',
  ],
  goal: {
    text: 'Drop the connection after the DELE commands and before QUIT, and follow the messages to the second poll.',
    all: [
      { type: 'event', match: { kind: 'fault' }, say: 'Pause just before the laptop sends QUIT and press "Drop connection".' },
      { type: 'event', match: { kind: 'unmarked' }, min: 1, say: 'The drop must come after the DELE commands: wait for "+OK message 3 deleted", then drop before QUIT leaves.' },
      { type: 'count', verdict: 'duplicated', min: 1, say: 'Play to the end, through the laptop\'s second poll.' },
      { type: 'count', verdict: 'lost', max: 0, say: 'Mail was lost: this run has another fault in it. Press Reset and try with the one drop only.' },
    ],
  },
  hints: [
    'The moment you want is after the reply "+OK message 3 deleted" and before "QUIT" leaves the laptop.',
    'If the Outcome looks just like a run without a fault, the drop came too early (before any DELE) or too late (after QUIT was answered).',
  ],
  solution: {
    actions: [{ do: 'fault', kind: 'drop-connection', placement: { onCommand: 'QUIT', when: 'sent' } }],
    text: 'Pause just before the laptop sends QUIT and press "Drop connection". The server never sees QUIT, so it never enters UPDATE: the three marks are dropped, and the second poll downloads all three again: duplicates, never loss.',
  },
  checkpoints: [
    {
      id: 'drop-before-quit.message-2',
      trigger: { match: { kind: 'send', where: { direction: 'c2s', session: 1 }, pattern: '^QUIT' }, pause: 'before' },
      question: 'The laptop has saved all three messages and the server accepted DELE for each. What happens to message 2 on the server if the connection drops now?',
      choices: [
        { id: 'removed', text: 'It is removed: the server already accepted DELE 2.' },
        { id: 'kept', text: 'It stays on the server and its mark is forgotten: the session never reached QUIT.' },
        { id: 'timeout', text: 'It is removed later, when the server\'s autologout timer fires.' },
      ],
      answer: 'kept',
      explanation:
        'The server enters UPDATE only when QUIT arrives in TRANSACTION. If the session ends any other way (a reset, a silent connection closed by autologout, a crash), it MUST NOT remove any message: the marks are simply dropped.',
      rfc: 'RFC 1939 §6',
      spoilers: ['forgotten', 'forgets', 'unmark', 'no UPDATE', 'MUST NOT remove'],
    },
    {
      id: 'drop-before-quit.second-poll',
      trigger: { match: { kind: 'session-start', where: { session: 2 } }, pause: 'after', after: { kind: 'fault' } },
      question: 'The laptop polls again. It already holds durable copies of all three messages, and the server still has them. What will the Outcome count once this poll ends?',
      choices: [
        { id: 'lost', text: 'Lost: 3. The laptop\'s first copies are thrown away.' },
        { id: 'duplicated', text: 'Duplicated: 3, lost: 0. The laptop downloads the same three messages again.' },
        { id: 'clean', text: 'Delivered: 3 and nothing else: the laptop skips what it already has.' },
      ],
      answer: 'duplicated',
      explanation:
        'In delete-on-download mode the client keeps no memory of what it has: it downloads everything the server lists. A drop before QUIT therefore gives duplicates, never loss. Loss needs something else: a client that confirms before its copy is durable, a stale message number, or a server that deletes on its own.',
      rfc: 'RFC 1939 §6, §7',
      spoilers: ['duplicate', 'downloads the same', 'never loss'],
    },
  ],
};
