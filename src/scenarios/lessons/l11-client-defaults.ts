import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
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

export const CLIENT_DEFAULTS = (): Lesson => ({
  id: 'client-defaults',
  title: m.lesson_l11Title(),
  summary: m.lesson_l11Summary(),
  start: {
    scenario: {
      version: 1,
      id: 'lesson-client-defaults',
      title: m.lesson_l11ScenarioTitle(),
      summary: m.lesson_l11ScenarioSummary(),
      maildrop: THREE_MESSAGES,
      devices: [laptop(14), PHONE],
    },
  },
  steps: [
    m.lesson_l11Step1(),
    m.lesson_l11Step2(),
    m.lesson_l11Step3(),
    m.lesson_l11Step4(),
  ],
  goal: {
    text: m.lesson_l11Goal(),
    all: [
      { type: 'no-event', match: { kind: 'fault' }, say: m.lesson_l11GoalSay1() },
      { type: 'count', verdict: 'gap', max: 0, say: m.lesson_l11GoalSay2() },
      { type: 'count', verdict: 'duplicated', max: 0, say: m.lesson_l11GoalSay3() },
      { type: 'count', verdict: 'delivered', min: 3, say: m.lesson_l11GoalSay4() },
    ],
  },
  hints: [
    m.lesson_l11Hint1(),
    m.lesson_l11Hint2(),
  ],
  solution: {
    actions: [{ do: 'patch', patch: { devices: [laptop(30), PHONE] } }],
    text: m.lesson_l11Solution(),
  },
  variants: [
    { id: 'keep-7', label: m.lesson_l11VariantKeep7(), actions: [{ do: 'patch', patch: { devices: [laptop(7), PHONE] } }] },
    { id: 'keep-14', label: m.lesson_l11VariantKeep14(), actions: [] },
    { id: 'keep-30', label: m.lesson_l11VariantKeep30(), actions: [{ do: 'patch', patch: { devices: [laptop(30), PHONE] } }] },
    { id: 'keep-forever', label: m.lesson_l11VariantKeepForever(), actions: [{ do: 'patch', patch: { devices: [laptop(undefined), PHONE] } }] },
    {
      id: 'deleted-here',
      label: m.lesson_l11VariantDeletedHere(),
      actions: [{ do: 'patch', patch: { devices: [LAPTOP_DELETES_HERE, PHONE] } }],
    },
  ],
  checkpoints: [
    {
      id: 'client-defaults.day-15',
      trigger: { match: { kind: 'session-start', where: { device: 'Laptop', session: 2 } }, pause: 'after' },
      question: m.lesson_l11Cp1Question(),
      choices: [
        { id: 'nothing', text: m.lesson_l11Cp1ChoiceNothing() },
        { id: 'delete', text: m.lesson_l11Cp1ChoiceDelete() },
        { id: 'again', text: m.lesson_l11Cp1ChoiceAgain() },
      ],
      answer: 'delete',
      explanation: m.lesson_l11Cp1Explanation(),
      rfc: 'RFC 1939 §6, §7',
      spoilers: spoilers(m.lesson_l11Cp1Spoilers()),
    },
    {
      id: 'client-defaults.phone',
      trigger: { match: { kind: 'session-start', where: { device: 'Phone' } }, pause: 'after' },
      question: m.lesson_l11Cp2Question(),
      choices: [
        { id: 'all', text: m.lesson_l11Cp2ChoiceAll() },
        { id: 'gap', text: m.lesson_l11Cp2ChoiceGap() },
        { id: 'locked', text: m.lesson_l11Cp2ChoiceLocked() },
      ],
      answer: 'gap',
      explanation: m.lesson_l11Cp2Explanation(),
      rfc: 'RFC 1939 §7, §8',
      spoilers: spoilers(m.lesson_l11Cp2Spoilers()),
    },
  ],
});
