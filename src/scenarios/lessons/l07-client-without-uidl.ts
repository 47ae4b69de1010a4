import type { Lesson } from './types.ts';

export const CLIENT_WITHOUT_UIDL: Lesson = {
  id: 'client-without-uidl',
  title: 'A client without UIDL',
  summary:
    'This client leaves mail on the server but never asks UIDL, so it cannot tell old messages from new ones: every poll downloads everything again (failure catalogue F15). (Thunderbird refuses to leave mail on a server that does not offer UIDL; this lesson is the other side: a server that offers UIDL, and a client that never asks.)',
  start: { scenario: 'f15-client-without-uidl' },
  steps: [
    'Press Play and watch the second poll: LIST and RETR for every message, no UIDL.',
    'Read the Outcome: every message is duplicated.',
    'This client cannot be taught UIDL. Find the one retention setting in which it gets each message exactly once.',
  ],
  goal: {
    text: 'Without UIDL, get every message to the laptop exactly once.',
    all: [
      { type: 'no-event', match: { kind: 'command', where: { keyword: 'UIDL' } } },
      { type: 'count', verdict: 'delivered', min: 3 },
      { type: 'count', verdict: 'duplicated', max: 0 },
    ],
  },
  hints: [
    'Message numbers last only one session (RFC 1939 §4): "message 2" next time may be another message.',
    'If the server forgets a message once it is safely stored, there is nothing to download twice.',
  ],
  solution: {
    actions: [{ do: 'set-mode', mode: 'delete' }],
    text: 'Set Retention to "Delete on download". Without a stable identity, only removing downloaded messages (DELE + QUIT) prevents duplicates; that is the use POP3 was designed for.',
  },
  checkpoints: [
    {
      id: 'client-without-uidl.second-poll',
      trigger: { match: { kind: 'session-start', where: { session: 2 } }, pause: 'after' },
      question: 'The laptop polls again. If it leaves mail on the server and never sends UIDL, what will it download?',
      choices: [
        { id: 'nothing', text: 'Nothing: LIST shows the same sizes as last time.' },
        { id: 'all', text: 'Every message again: it has no way to know which ones it already has.' },
        { id: 'new', text: 'Only new mail: message numbers continue from the last session.' },
      ],
      answer: 'all',
      explanation:
        'Message numbers are assigned afresh in each session, and sizes are not identities. Only the unique-id of UIDL persists across sessions; UIDL is optional, so a client or a server without it turns leave-on-server into download-everything-every-time.',
      rfc: 'RFC 1939 §4, §7',
    },
  ],
};
