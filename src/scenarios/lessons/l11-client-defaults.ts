import { THREE_MESSAGES, day } from '../library/common.ts';
import type { ScenarioInput } from '../format.ts';
import type { Lesson } from './types.ts';

type DeviceEntryInput = NonNullable<ScenarioInput['devices']>[number];

/** The laptop runs Thunderbird with "Leave messages on server" and "at most N days" (its default is 14). */
const laptop = (keepDays: number | undefined): DeviceEntryInput => ({
  name: 'Laptop',
  retention: 'keep',
  ...(keepDays === undefined ? {} : { keepDays }),
  polls: [0, day(15)],
});
/**
 * The laptop never deletes by age, but with Thunderbird's "delete from the
 * server when I delete it here": the user reads message 2 on day 3 and
 * deletes it, so the poll on day 15 sends DELE 2 (reference §7.2).
 */
const LAPTOP_DELETES_HERE: DeviceEntryInput = {
  name: 'Laptop',
  retention: 'keep',
  deleteWhenDeletedLocally: true,
  deletesLocally: [{ message: 2, atTick: day(3) }],
  polls: [0, day(15)],
};
/** The phone leaves everything on the server and is away for 20 days. */
const PHONE: DeviceEntryInput = { name: 'Phone', retention: 'keep', polls: [day(20)] };

export const CLIENT_DEFAULTS: Lesson = {
  id: 'client-defaults',
  title: 'What real mail clients do by default',
  summary:
    'The laptop runs a client set like Thunderbird\'s defaults: "Leave messages on server" for at most 14 days. The phone leaves everything on the server, but the user is away for 20 days and it does not poll meanwhile. Predict what each device ends up with, then try other client settings.',
  start: {
    scenario: {
      version: 1,
      id: 'lesson-client-defaults',
      title: 'Thunderbird\'s 14 days and a phone away for 20',
      summary: 'The laptop leaves mail on the server for at most 14 days and polls on day 0 and day 15; the phone leaves mail on the server and polls on day 20.',
      maildrop: THREE_MESSAGES,
      devices: [laptop(14), PHONE],
    },
  },
  steps: [
    'Press Play and watch the laptop\'s first poll, on day 0.',
    'Watch its second poll, on day 15, and the server\'s maildrop.',
    'Watch the phone\'s poll on day 20, then read the Outcome.',
    'Try the laptop with other settings (the buttons below), and find one with which both devices get every message.',
  ],
  goal: {
    text: 'Without faults, let both the laptop and the phone get all three messages, each exactly once.',
    all: [
      { type: 'no-event', match: { kind: 'fault' }, say: 'Solve it with the client\'s settings, not with faults: press Reset.' },
      { type: 'count', verdict: 'gap', max: 0, say: 'The phone still misses mail. Try the laptop with another setting.' },
      { type: 'count', verdict: 'duplicated', max: 0, say: 'A device got a message twice: each should get it once.' },
      { type: 'count', verdict: 'delivered', min: 3, say: 'Play the run to its end, past the phone\'s poll on day 20.' },
    ],
  },
  hints: [
    'Compare the number of days the laptop keeps mail on the server with the number of days the phone is away.',
    'Mail kept forever is not free either: it counts against the server\'s quota.',
  ],
  solution: {
    actions: [{ do: 'patch', patch: { devices: [laptop(30), PHONE] } }],
    text: 'Let the laptop keep mail on the server longer than the phone is away (30 days), or never delete it. With 14 days it deletes everything on day 15, five days before the phone polls: the gap of delete-on-download comes back, only later.',
  },
  variants: [
    { id: 'keep-7', label: 'Laptop: delete from the server after 7 days', actions: [{ do: 'patch', patch: { devices: [laptop(7), PHONE] } }] },
    { id: 'keep-14', label: 'Laptop: delete from the server after 14 days (Thunderbird\'s default)', actions: [] },
    { id: 'keep-30', label: 'Laptop: delete from the server after 30 days', actions: [{ do: 'patch', patch: { devices: [laptop(30), PHONE] } }] },
    { id: 'keep-forever', label: 'Laptop: never delete from the server', actions: [{ do: 'patch', patch: { devices: [laptop(undefined), PHONE] } }] },
    {
      id: 'deleted-here',
      label: 'Laptop: never by age, but delete from the server what I delete here (message 2, read and deleted on day 3)',
      actions: [{ do: 'patch', patch: { devices: [LAPTOP_DELETES_HERE, PHONE] } }],
    },
  ],
  checkpoints: [
    {
      id: 'client-defaults.day-15',
      trigger: { match: { kind: 'session-start', where: { device: 'Laptop', session: 2 } }, pause: 'after' },
      question: 'Day 15: the laptop polls again. It has all three messages, saved on day 0, and its client is set to "at most 14 days". What will it do?',
      choices: [
        { id: 'nothing', text: 'Nothing: it already has every message.' },
        { id: 'delete', text: 'Send DELE for all three and QUIT: they have been on the server for more than 14 days.' },
        { id: 'again', text: 'Download all three again to refresh them.' },
      ],
      answer: 'delete',
      explanation:
        'The client remembers the day it first saw each UID and, once the limit has passed, deletes the message from the server with DELE, committed by QUIT. The server does what it is told: it cannot know another device has not read the mail yet.',
      rfc: 'RFC 1939 §6, §7',
      spoilers: ['DELE for all three', 'more than 14 days', 'limit has passed'],
    },
    {
      id: 'client-defaults.phone',
      trigger: { match: { kind: 'session-start', where: { device: 'Phone' } }, pause: 'after' },
      question: 'Day 20: the phone polls for the first time. It also leaves mail on the server. What does it find?',
      choices: [
        { id: 'all', text: 'All three messages: it leaves mail on the server, so the mail is there for it.' },
        { id: 'gap', text: 'Whatever the laptop has not deleted yet; with 14 days that is nothing: a gap, as with delete on download.' },
        { id: 'locked', text: '-ERR [IN-USE]: the laptop still holds the maildrop.' },
      ],
      answer: 'gap',
      explanation:
        'A device\'s own setting protects nothing: the server holds one maildrop for the user, and any client may delete from it. Leave-on-server with "N days" only postpones the gap of delete-on-download; Thunderbird\'s other option, "delete from the server when I delete it here", has the same effect for mail the user deletes. fetchmail, which hands mail on to the local mail server (MTA), sends DELE only after the MTA has accepted the message: the safe commit order.',
      rfc: 'RFC 1939 §7, §8',
      spoilers: ['gap', 'postpones'],
    },
  ],
};
