import type { Lesson } from './types.ts';

export const SECOND_DEVICE_GAP: Lesson = {
  id: 'second-device-gap',
  title: 'Delete on download with a second device: the gap',
  summary:
    'A laptop and a phone both check the same maildrop, both set to delete on download. Whoever polls first takes everything; the other device never sees the mail. Nothing is lost, but one device has a gap (failure catalogue F10).',
  start: { scenario: 'f10-two-devices-delete' },
  steps: [
    'Press Play. The laptop polls first: it retrieves, saves and deletes all three messages.',
    'Watch the phone poll later: the maildrop is empty.',
    'Read the Outcome: Gap counts messages one device never got although a copy exists elsewhere.',
    'Now change one setting so that both devices get every message, and play again.',
  ],
  goal: {
    text: 'Without injecting any fault, make both the laptop and the phone get all three messages, with no gap and no duplicate.',
    all: [
      // A drop before the laptop's QUIT also leaves the mail for the phone (no UPDATE, RFC 1939 §6), by accident.
      { type: 'no-event', match: { kind: 'fault' } },
      { type: 'count', verdict: 'gap', max: 0 },
      { type: 'count', verdict: 'duplicated', max: 0 },
      { type: 'count', verdict: 'delivered', min: 3 },
    ],
  },
  hints: [
    'The problem is not a fault: nothing goes wrong on the wire.',
    'Look at the Retention setting at the top.',
  ],
  solution: {
    actions: [{ do: 'set-mode', mode: 'keep' }],
    text: 'Set Retention to "Leave on server". Each device then remembers the UIDs it has (RFC 1939 §7) and downloads each message once.',
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
        'The server keeps one maildrop per user, not one per device. QUIT commits the laptop\'s DELE marks in UPDATE, so the messages are gone for every other client. POP3 was designed for download-and-delete to one client; several devices need leave-on-server (or IMAP).',
      rfc: 'RFC 1939 §6; RFC 2449 §7',
    },
  ],
};
