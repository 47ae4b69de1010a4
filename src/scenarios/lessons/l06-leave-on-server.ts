import { TWO_POLLS_DELETE } from './common.ts';
import type { Lesson } from './types.ts';

export const LEAVE_ON_SERVER: Lesson = {
  id: 'leave-on-server',
  title: 'Leave on server with UIDL',
  summary:
    'Keeping mail on the server is a client setting, not a protocol version. The laptop polls twice. Compare what it downloads on the second poll in each Retention mode, and what keeping mail costs.',
  start: TWO_POLLS_DELETE,
  steps: [
    'Play once in delete-on-download mode and look at the maildrop after the first session.',
    'Switch Retention to "Leave on server" and play again.',
    'Watch the laptop\'s UID memory as each copy becomes durable.',
    'On the second poll, watch the commands the laptop sends.',
  ],
  goal: {
    text: 'Poll twice, keep every message on the server, and download each message only once.',
    all: [
      { type: 'maildrop', status: 'present', min: 3, say: 'Keep the messages on the server: look at the Retention setting.' },
      { type: 'event', match: { kind: 'uid-memory', where: { change: 'remembered' } }, min: 3, say: 'The laptop should remember each message it saved: that happens only when it leaves mail on the server.' },
      { type: 'event', match: { kind: 'command', where: { keyword: 'UIDL', session: 2 } }, say: 'Play to the end, through the laptop\'s second poll.' },
      { type: 'count', verdict: 'delivered', min: 3, say: 'Play to the end, through the laptop\'s second poll.' },
      { type: 'count', verdict: 'duplicated', max: 0, say: 'A message was downloaded twice: the second poll should fetch only what is new.' },
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
      // Only in leave-on-server mode does the laptop remember UIDs (RFC 1939 §7).
      trigger: { match: { kind: 'session-start', where: { session: 2 } }, pause: 'after', after: { kind: 'uid-memory', where: { change: 'remembered' } } },
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
      spoilers: ['retrieves nothing', 'downloads nothing', 'only what is new', 'already in its memory', 'skips'],
    },
    {
      id: 'leave-on-server.not-free',
      trigger: { match: { kind: 'command', where: { keyword: 'UIDL', session: 2 } }, pause: 'after', after: { kind: 'uid-memory', where: { change: 'remembered' } } },
      question: 'Leave on server seems to fix everything. Real clients (Thunderbird, for one) offer to delete mail from the server after 14 days. With that setting, what does a phone that polls only once a month find?',
      choices: [
        { id: 'all', text: 'Everything: leave-on-server keeps all mail for every device.' },
        { id: 'gap', text: 'Not the mail older than 14 days, which the laptop deleted: the gap is back.' },
        { id: 'dups', text: 'Duplicates of everything the laptop downloaded.' },
      ],
      answer: 'gap',
      explanation:
        'Mail left on the server piles up against its quota, so clients delete after N days, or when the user deletes a message locally; servers expire it too. Any device that polls less often than that misses mail, as in delete-on-download. RFC 1939 §8 calls leave-on-server a weak version of IMAP\'s model.',
      rfc: 'RFC 1939 §8',
      spoilers: ['gap is back', 'quota', 'misses mail'],
    },
  ],
};
