import type { Lesson } from './types.ts';

export const SECOND_DEVICE_GAP: Lesson = {
  id: 'second-device-gap',
  title: 'Two devices, one maildrop',
  summary:
    'A laptop and a phone both check the same maildrop, both set to delete on download. The laptop polls first, the phone some time later. Predict what each device ends up with, then find the one setting that gives both of them every message.',
  start: { scenario: 'f10-two-devices-delete' },
  steps: [
    'Press Play and watch the laptop\'s session.',
    'Watch the phone\'s poll, then read the Outcome.',
    'Now change one setting so that both devices get every message, and play again.',
  ],
  goal: {
    text: 'Without injecting any fault, make both the laptop and the phone get all three messages, each exactly once.',
    all: [
      // A drop before the laptop's QUIT also leaves the mail for the phone (no UPDATE, RFC 1939 §6), by accident.
      { type: 'no-event', match: { kind: 'fault' }, say: 'Solve it without faults: press Reset to clear them, and change a setting instead.' },
      { type: 'count', verdict: 'gap', max: 0, say: 'One device still misses mail that the other one has. Look at the Retention setting at the top.' },
      { type: 'count', verdict: 'duplicated', max: 0, say: 'A device got a message twice: each should get it once.' },
      { type: 'count', verdict: 'delivered', min: 3, say: 'Play the run to its end so that every message reaches a device.' },
    ],
  },
  hints: [
    'The problem is not a fault: nothing goes wrong on the wire.',
    'Look at the Retention setting at the top.',
  ],
  solution: {
    actions: [{ do: 'set-mode', mode: 'keep' }],
    text: 'Set Retention to "Leave on server". Each device then remembers the UIDs it has (RFC 1939 §7) and downloads each message once. (Not free: the mail stays on the server, against its quota, until something deletes it.)',
  },
  checkpoints: [
    {
      id: 'second-device-gap.phone',
      trigger: { match: { kind: 'send', where: { device: 'Laptop', direction: 'c2s' }, pattern: '^QUIT' }, pause: 'before' },
      question: 'The laptop is about to send QUIT. With delete on download, what will the phone find when it polls later?',
      choices: [
        { id: 'all', text: 'All three messages: each device gets its own copy from the server.' },
        { id: 'none', text: 'An empty maildrop: the laptop\'s QUIT removes the messages it marked.' },
        { id: 'new', text: 'Only the messages the laptop has not read yet.' },
      ],
      answer: 'none',
      explanation:
        'The server keeps one maildrop per user, not one per device. QUIT commits the laptop\'s DELE marks in UPDATE, so the messages are gone for every other client: the phone has a gap (nothing is lost; the laptop has the copies). POP3 was designed for download-and-delete to one client; several devices need leave-on-server, or IMAP.',
      rfc: 'RFC 1939 §6, §8',
      spoilers: ['empty', 'gap', 'gone for', 'one maildrop per user'],
    },
    {
      id: 'second-device-gap.how-server-knows',
      trigger: { match: { kind: 'send', where: { device: 'Phone', direction: 'c2s' }, pattern: '^RETR' }, pause: 'before' },
      question: 'Both devices now leave mail on the server. The phone is about to fetch messages the laptop fetched earlier. How does the phone know which messages it has not seen yet?',
      choices: [
        { id: 'server', text: 'The server keeps a list of what each device has downloaded.' },
        { id: 'uids', text: 'The phone remembers the unique-id of every message it saved, and compares them with the server\'s UIDL listing.' },
        { id: 'flag', text: 'The laptop\'s RETR set a "read" flag on the server, which the phone ignores.' },
      ],
      answer: 'uids',
      explanation:
        'A POP3 server keeps no per-client state and no flags. UIDL gives each message a unique-id that persists across sessions; each client remembers the ids it has stored and fetches only the others. Read state, flags and folders shared across devices are what IMAP adds.',
      rfc: 'RFC 1939 §7, §8',
      spoilers: ['unique-id', 'UIDL', 'remembers the'],
    },
  ],
};
