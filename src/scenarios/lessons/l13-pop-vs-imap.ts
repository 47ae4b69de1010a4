import type { Lesson } from './types.ts';

export const POP_VS_IMAP: Lesson = {
  id: 'pop-vs-imap',
  title: 'What POP does not do: POP against IMAP',
  summary:
    'Mail reaches alice\'s server by SMTP, and her mail server files it in the maildrop; her clients send new mail by submission, on port 587 or 465. POP and IMAP only read the maildrop, in very different ways. Here a laptop and a phone read one maildrop with POP3: find the setting in which both get every message, and predict what POP cannot share between them.',
  start: { scenario: 'f10-two-devices-delete' },
  steps: [
    'Press Play and watch the laptop\'s session, then the phone\'s.',
    'Change one setting so that both devices get every message, and play again.',
    'Watch the phone\'s session closely: what does the server tell it about what the laptop did?',
  ],
  goal: {
    text: 'Without faults, let both devices get all three messages, each once, while the server keeps them.',
    all: [
      { type: 'no-event', match: { kind: 'fault' }, say: 'Solve it with a setting, not a fault: press Reset.' },
      { type: 'count', verdict: 'gap', max: 0, say: 'The phone still misses mail the laptop took. Look at the Retention setting, and at the server.' },
      { type: 'count', verdict: 'duplicated', max: 0, say: 'A device got a message twice: each should get it once.' },
      { type: 'count', verdict: 'delivered', min: 3, say: 'Play the run to its end, past the phone\'s poll.' },
      { type: 'maildrop', status: 'present', min: 3, say: 'The messages should still be on the server at the end.' },
    ],
  },
  hints: ['The Retention setting decides whether the laptop removes what it has read.', 'A server that removes mail once it has been downloaded defeats that setting.'],
  solution: {
    actions: [{ do: 'set-mode', mode: 'keep' }],
    text: 'Set Retention to "Leave on server": each device downloads each message once, remembering UIDs. But that is all POP shares: read state, flags, folders and deletions stay on each device. IMAP keeps them on the server for every device, and tells a connected client about new mail at once (IDLE).',
  },
  checkpoints: [
    {
      id: 'pop-vs-imap.imap-instead',
      trigger: { match: { kind: 'send', where: { device: 'Laptop', direction: 'c2s' }, pattern: '^RETR' }, pause: 'before' },
      question: 'The laptop is about to download message 1 with POP3 and, in this setting, delete it from the server afterwards. What would an IMAP client typically do instead?',
      choices: [
        { id: 'same', text: 'The same: download it and delete it from the server.' },
        { id: 'flag', text: 'Leave it on the server and set its "seen" flag there, so every device shows it as read.' },
        { id: 'copy', text: 'Copy it to each of the user\'s devices by itself.' },
      ],
      answer: 'flag',
      explanation:
        'IMAP is built for mail that stays on the server: flags such as \\Seen, folders (mailboxes) and deletions are kept there and seen by every client. RFC 1939 §8 says so itself: POP3 is for downloading, and a client that wants to keep mail on the server should use IMAP.',
      rfc: 'RFC 1939 §8; RFC 9051 §2.3.2',
      spoilers: ['seen', 'flag there', 'flags'],
    },
    {
      id: 'pop-vs-imap.read-state',
      trigger: { match: { kind: 'send', where: { device: 'Phone', direction: 'c2s' }, pattern: '^RETR' }, pause: 'before' },
      question: 'An hour ago the user read message 1 on the laptop and filed it in a folder called "Lunch". The phone is about to download it with POP3. How will the phone show it?',
      choices: [
        { id: 'read', text: 'As read, in a "Lunch" folder: the server passes the laptop\'s changes on.' },
        { id: 'unread', text: 'As a new, unread message in its inbox: POP has one maildrop and no read state or folders on the server.' },
        { id: 'none', text: 'Not at all: a message the laptop has read is hidden from the phone.' },
      ],
      answer: 'unread',
      explanation:
        'The POP3 server knows nothing of what a client has read or where it filed a message; it offers one maildrop, and each client keeps its own state. The UIDs tell a client only which messages it already has.',
      rfc: 'RFC 1939 §7, §8',
      spoilers: ['unread', 'no read state', 'knows nothing'],
    },
    {
      id: 'pop-vs-imap.new-mail',
      trigger: { match: { kind: 'session-end', where: { device: 'Phone' } }, pause: 'after', after: { kind: 'send', where: { device: 'Phone', direction: 'c2s' }, pattern: '^RETR' } },
      question: 'The phone has ended its session. A new message arrives for alice one minute later. When does the phone learn about it?',
      choices: [
        { id: 'now', text: 'At once: the server pushes it to the phone.' },
        { id: 'poll', text: 'At its next poll, whenever that is: POP has no way to tell a client about new mail.' },
        { id: 'never', text: 'Never: the phone already downloaded the maildrop.' },
      ],
      answer: 'poll',
      explanation:
        'A POP client must reconnect to see new mail; a session even fixes the list of messages at login. IMAP clients can stay connected and be told at once with IDLE (RFC 2177, now part of IMAP4rev2).',
      rfc: 'RFC 1939 §4, §8; RFC 2177; RFC 9051',
      spoilers: ['next poll', 'IDLE', 'reconnect'],
    },
  ],
};
