import { LATER, THREE_MESSAGES } from '../library/common.ts';
import type { ScenarioInput } from '../format.ts';
import type { Lesson } from './types.ts';

type DeviceEntryInput = NonNullable<ScenarioInput['devices']>[number];

/** The UID the simulator gives the fourth message of the maildrop (RFC 1939 §7). */
const NEW_UID = '00000004a1b2c3d4';

/** The laptop takes the mail (delete on download) in a session during which new mail arrives. */
const LAPTOP: DeviceEntryInput = { name: 'Laptop', retention: 'delete', polls: [0] };
/**
 * The phone keeps mail on the server and already has the first three
 * messages from yesterday (their UIDs are the simulator's defaults, RFC 1939
 * §7). Yesterday the user deleted "Lunch on Friday?", then message 1, on the
 * phone; this buggy client remembers the deletion by number (catalogue F18).
 */
const phone = (staleNumber: boolean): DeviceEntryInput => ({
  name: 'Phone',
  retention: 'keep',
  polls: [LATER],
  knownUids: { '00000001a1b2c3d4': 0, '00000002a1b2c3d4': 0, '00000003a1b2c3d4': 0 },
  ...(staleNumber ? { staleDeleteNumbers: [1] } : {}),
});

export const NEW_MAIL_NUMBERS: Lesson = {
  id: 'new-mail-numbers',
  title: 'New mail during a session, and next session\'s numbers',
  summary:
    'New mail keeps arriving while clients are connected. Here a message arrives in the middle of the laptop\'s session. Later the phone connects; yesterday its user deleted "Lunch on Friday?", which was message 1 then, and the phone remembers that deletion by its number. Follow the new message. (The phone had the three older messages before this run began, so the Outcome counts them as a gap on the phone.)',
  start: {
    scenario: {
      version: 2,
      id: 'lesson-new-mail-numbers',
      title: 'New mail mid-session, and a phone that deletes by number',
      summary: 'A fourth message arrives during the laptop\'s session; the phone polls later and sends DELE 1 for a message it deleted yesterday.',
      maildrop: [...THREE_MESSAGES, { subject: 'Invoice 2024-117', from: 'Accounts <billing@example.com>', body: 'Please find the invoice below.', arrivesAtTick: 60 }],
      devices: [LAPTOP, phone(true)],
    },
  },
  steps: [
    'Press Play and watch the laptop\'s session: when does the new message arrive, and does the laptop download it?',
    'Watch the server\'s maildrop between the two sessions.',
    'Watch the phone\'s session, then read the Outcome.',
    'Try the phone with the other setting below, and play again.',
  ],
  goal: {
    text: 'Without faults, let the new message reach the phone, with nothing lost.',
    all: [
      { type: 'no-event', match: { kind: 'fault' }, say: 'Solve it without faults: press Reset.' },
      { type: 'event', match: { kind: 'arrived' }, say: 'Play until the new message arrives.' },
      { type: 'no-event', match: { kind: 'command', where: { device: 'Phone', keyword: 'DELE' } }, say: 'The phone still deletes by a message number from yesterday. Try the other setting for the phone.' },
      { type: 'count', verdict: 'lost', max: 0, say: 'A message was lost. Follow the new message from its arrival to the end.' },
      { type: 'event', match: { kind: 'copy', where: { device: 'Phone', uid: NEW_UID, change: 'durable' } }, say: 'Play the run to its end: the new message should end up on the phone.' },
    ],
  },
  hints: [
    'Message numbers are given out afresh at each login, counting what is in the maildrop then.',
    'Only the unique-id (UIDL) names the same message in every session.',
  ],
  solution: {
    actions: [{ do: 'patch', patch: { devices: [LAPTOP, phone(false)] } }],
    text: 'Let the phone delete by unique-id, as RFC 1939 §7 intends: "Lunch on Friday?" is already gone from the server, so it sends no DELE, and it downloads the new message. With DELE 1, the phone removed the new invoice, now message 1, which nobody had downloaded: lost.',
  },
  variants: [
    { id: 'by-number', label: 'Phone: remembers deletions by message number', actions: [] },
    { id: 'by-uid', label: 'Phone: remembers deletions by unique-id (UIDL)', actions: [{ do: 'patch', patch: { devices: [LAPTOP, phone(false)] } }] },
  ],
  checkpoints: [
    {
      id: 'new-mail-numbers.mid-session',
      trigger: { match: { kind: 'arrived' }, pause: 'after' },
      question: 'A new message has just arrived in the maildrop, in the middle of the laptop\'s session. Will the laptop download it in this session?',
      choices: [
        { id: 'yes', text: 'Yes: it becomes message 4 and the laptop fetches it before QUIT.' },
        { id: 'no', text: 'No: the session works on the list it got at login; the message shows up at the next login.' },
        { id: 'refused', text: 'No: the server refuses new mail while the maildrop is locked, and it bounces.' },
      ],
      answer: 'no',
      explanation:
        'A POP3 session numbers the messages at login and keeps that list until it ends; there is no way to tell a connected client about new mail (RFC 1939 §8 leaves that to a new session). The mail server still accepts the message and files it in the maildrop.',
      rfc: 'RFC 1939 §4, §8',
      spoilers: ['next login', 'list it got at login', 'numbers the messages at login'],
    },
    {
      id: 'new-mail-numbers.stale-dele',
      trigger: { match: { kind: 'send', where: { device: 'Phone', direction: 'c2s' }, pattern: '^DELE' }, pause: 'before' },
      question: 'The laptop took the three old messages and QUIT. Now the phone sends DELE 1, meaning "Lunch on Friday?", message 1 yesterday. What will it remove?',
      choices: [
        { id: 'lunch', text: '"Lunch on Friday?": message numbers belong to the message.' },
        { id: 'invoice', text: 'The new invoice, which is message 1 in this session and which no device has downloaded.' },
        { id: 'nothing', text: 'Nothing: the server sees that the phone means an old message and refuses.' },
      ],
      answer: 'invoice',
      explanation:
        'Numbers are given out afresh at each login (RFC 1939 §4): with the three old messages gone, the invoice is message 1. The server cannot know what the phone meant; DELE 1 marks the invoice and QUIT removes it. Nobody had it: lost. Only the unique-id of UIDL names the same message in every session (§7).',
      rfc: 'RFC 1939 §4, §7',
      spoilers: ['invoice, which is message 1', 'no device has downloaded'],
    },
  ],
};
