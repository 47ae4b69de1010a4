import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
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

export const NEW_MAIL_NUMBERS = (): Lesson => ({
  id: 'new-mail-numbers',
  title: m.lesson_l14Title(),
  summary: m.lesson_l14Summary(),
  start: {
    scenario: {
      version: 2,
      id: 'lesson-new-mail-numbers',
      title: m.lesson_l14ScenarioTitle(),
      summary: m.lesson_l14ScenarioSummary(),
      maildrop: [...THREE_MESSAGES, { subject: 'Invoice 2024-117', from: 'Accounts <billing@example.com>', body: 'Please find the invoice below.', arrivesAtTick: 60 }],
      devices: [LAPTOP, phone(true)],
    },
  },
  steps: [
    m.lesson_l14Step1(),
    m.lesson_l14Step2(),
    m.lesson_l14Step3(),
    m.lesson_l14Step4(),
  ],
  goal: {
    text: m.lesson_l14Goal(),
    all: [
      { type: 'no-event', match: { kind: 'fault' }, say: m.lesson_l14GoalSay1() },
      { type: 'event', match: { kind: 'arrived' }, say: m.lesson_l14GoalSay2() },
      { type: 'no-event', match: { kind: 'command', where: { device: 'Phone', keyword: 'DELE' } }, say: m.lesson_l14GoalSay3() },
      { type: 'count', verdict: 'lost', max: 0, say: m.lesson_l14GoalSay4() },
      { type: 'event', match: { kind: 'copy', where: { device: 'Phone', uid: NEW_UID, change: 'durable' } }, say: m.lesson_l14GoalSay5() },
    ],
  },
  hints: [
    m.lesson_l14Hint1(),
    m.lesson_l14Hint2(),
  ],
  solution: {
    actions: [{ do: 'patch', patch: { devices: [LAPTOP, phone(false)] } }],
    text: m.lesson_l14Solution(),
  },
  variants: [
    { id: 'by-number', label: m.lesson_l14VariantByNumber(), actions: [] },
    { id: 'by-uid', label: m.lesson_l14VariantByUid(), actions: [{ do: 'patch', patch: { devices: [LAPTOP, phone(false)] } }] },
  ],
  checkpoints: [
    {
      id: 'new-mail-numbers.mid-session',
      trigger: { match: { kind: 'arrived' }, pause: 'after' },
      question: m.lesson_l14Cp1Question(),
      choices: [
        { id: 'yes', text: m.lesson_l14Cp1ChoiceYes() },
        { id: 'no', text: m.lesson_l14Cp1ChoiceNo() },
        { id: 'refused', text: m.lesson_l14Cp1ChoiceRefused() },
      ],
      answer: 'no',
      explanation: m.lesson_l14Cp1Explanation(),
      rfc: 'RFC 1939 §4, §8',
      spoilers: spoilers(m.lesson_l14Cp1Spoilers()),
    },
    {
      id: 'new-mail-numbers.stale-dele',
      trigger: { match: { kind: 'send', where: { device: 'Phone', direction: 'c2s' }, pattern: '^DELE' }, pause: 'before' },
      question: m.lesson_l14Cp2Question(),
      choices: [
        { id: 'lunch', text: m.lesson_l14Cp2ChoiceLunch() },
        { id: 'invoice', text: m.lesson_l14Cp2ChoiceInvoice() },
        { id: 'nothing', text: m.lesson_l14Cp2ChoiceNothing() },
      ],
      answer: 'invoice',
      explanation: m.lesson_l14Cp2Explanation(),
      rfc: 'RFC 1939 §4, §7',
      spoilers: spoilers(m.lesson_l14Cp2Spoilers()),
    },
  ],
});
