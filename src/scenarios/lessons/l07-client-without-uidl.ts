import type { Lesson } from './types.ts';

export const CLIENT_WITHOUT_UIDL: Lesson = {
  id: 'client-without-uidl',
  title: 'A client without UIDL',
  summary:
    'This client leaves mail on the server but never sends UIDL. It polls twice. Predict what the second poll downloads, then find the one Retention setting in which it gets each message exactly once. (Thunderbird refuses to leave mail on a server that does not offer UIDL; this lesson is the other side: a server that offers it, and a client that never asks.)',
  start: { scenario: 'f15-client-without-uidl' },
  steps: [
    'Press Play and watch the commands of the second poll.',
    'Read the Outcome.',
    'This client cannot be taught UIDL. Change one setting so that it gets each message exactly once, and play again.',
  ],
  goal: {
    text: 'Without UIDL, get every message to the laptop exactly once.',
    all: [
      { type: 'no-event', match: { kind: 'command', where: { keyword: 'UIDL' } }, say: 'This lesson is about a client that never sends UIDL: keep the client as it is.' },
      { type: 'count', verdict: 'delivered', min: 3, say: 'Play the run to its end.' },
      { type: 'count', verdict: 'duplicated', max: 0, say: 'Messages still arrive twice. Look at the Retention setting.' },
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
      question: 'The laptop polls again. It leaves mail on the server and never sends UIDL. What will it download?',
      choices: [
        { id: 'nothing', text: 'Nothing: LIST shows the same sizes as last time.' },
        { id: 'all', text: 'Every message again: it has no way to know which ones it already has.' },
        { id: 'new', text: 'Only new mail: message numbers continue from the last session.' },
      ],
      answer: 'all',
      explanation:
        'Message numbers are assigned afresh in each session, and sizes are not identities. Only the unique-id of UIDL persists across sessions; UIDL is optional, so a client or a server without it turns leave-on-server into download-everything-every-time.',
      rfc: 'RFC 1939 §4, §7',
      spoilers: ['every message again', 'everything again', 'downloads everything', 'duplicated'],
    },
    {
      id: 'client-without-uidl.delete-mode',
      trigger: { match: { kind: 'send', where: { direction: 'c2s', session: 1 }, pattern: '^DELE' }, pause: 'before' },
      question: 'In this run the same client deletes on download: it is about to send DELE 1 for a message it has stored. What will its second poll download?',
      choices: [
        { id: 'all', text: 'Everything again, as before: it still cannot tell old from new.' },
        { id: 'nothing', text: 'Only mail that arrived since: whatever it downloaded is no longer on the server.' },
        { id: 'half', text: 'The messages whose DELE the server refused.' },
      ],
      answer: 'nothing',
      explanation:
        'Once QUIT commits the DELE marks, the maildrop holds only mail the client has not seen, so it needs no identity to avoid duplicates. That is the one-client, download-and-delete use POP3 was designed for (RFC 1939 §8).',
      rfc: 'RFC 1939 §6, §8',
      spoilers: ['no longer on the server', 'only mail that arrived'],
    },
  ],
};
