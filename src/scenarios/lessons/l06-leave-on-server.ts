import { TWO_POLLS_DELETE } from './common.ts';
import type { Lesson } from './types.ts';

export const LEAVE_ON_SERVER: Lesson = {
  id: 'leave-on-server',
  title: 'Leave on server with UIDL',
  summary:
    'Keeping mail on the server is a client setting, not a protocol version. The client never sends DELE and remembers the unique-id (UIDL) of every message it has saved, so the next poll downloads only what is new (RFC 1939 §7). It is not free: RFC 1939 §8 calls it a weak version of IMAP, mail piles up against the server\'s quota, and a client that deletes after N days brings back the gap for a device that polls less often.',
  start: TWO_POLLS_DELETE,
  steps: [
    'Play once in delete-on-download mode: after the first session the maildrop is empty.',
    'Switch Retention to "Leave on server" and play again.',
    'Watch the laptop\'s UID memory fill as each copy becomes durable.',
    'On the second poll, watch UIDL: the laptop compares the list with its memory and retrieves nothing.',
  ],
  goal: {
    text: 'Poll twice, keep every message on the server, and download each message only once.',
    all: [
      { type: 'maildrop', status: 'present', min: 3 },
      { type: 'event', match: { kind: 'uid-memory', where: { change: 'remembered' } }, min: 3 },
      { type: 'event', match: { kind: 'command', where: { keyword: 'UIDL', session: 2 } } },
      { type: 'count', verdict: 'delivered', min: 3 },
      { type: 'count', verdict: 'duplicated', max: 0 },
    ],
  },
  hints: ['The protocol is the same POP3; only the client\'s behaviour changes.', 'Look at the Retention setting.'],
  solution: {
    actions: [{ do: 'set-mode', mode: 'keep' }],
    text: 'Set Retention to "Leave on server". The laptop sends no DELE, remembers UIDs, and on the second poll retrieves nothing because UIDL lists only UIDs it already has.',
  },
  checkpoints: [
    {
      id: 'leave-on-server.second-poll',
      trigger: { match: { kind: 'session-start', where: { session: 2 } }, pause: 'after' },
      question: 'The laptop polls again. In leave-on-server mode it already has all three messages and remembers their UIDs. What will it download?',
      choices: [
        { id: 'all', text: 'All three again: POP3 servers do not know what a client has read.' },
        { id: 'none', text: 'Nothing: it asks UIDL and every UID is already in its memory.' },
        { id: 'last', text: 'Only the last message, found with the LAST command.' },
      ],
      answer: 'none',
      explanation:
        'The server indeed keeps no per-client memory. The client does: UIDL gives each message a unique-id that persists across sessions, and the client skips those it has stored. (LAST did this on the server side in RFC 1081-1460 and was dropped in RFC 1725.)',
      rfc: 'RFC 1939 §7',
    },
  ],
};
