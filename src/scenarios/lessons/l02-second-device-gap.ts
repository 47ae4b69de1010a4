import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import type { Lesson } from './types.ts';

export const SECOND_DEVICE_GAP = (): Lesson => ({
  id: 'second-device-gap',
  title: m.lesson_l02Title(),
  summary: m.lesson_l02Summary(),
  start: { scenario: 'f10-two-devices-delete' },
  steps: [
    m.lesson_l02Step1(),
    m.lesson_l02Step2(),
    m.lesson_l02Step3(),
  ],
  goal: {
    text: m.lesson_l02Goal(),
    all: [
      // A drop before the laptop's QUIT also leaves the mail for the phone (no UPDATE, RFC 1939 §6), by accident.
      { type: 'no-event', match: { kind: 'fault' }, say: m.lesson_l02GoalSay1() },
      { type: 'count', verdict: 'gap', max: 0, say: m.lesson_l02GoalSay2() },
      { type: 'count', verdict: 'duplicated', max: 0, say: m.lesson_l02GoalSay3() },
      { type: 'count', verdict: 'delivered', min: 3, say: m.lesson_l02GoalSay4() },
    ],
  },
  hints: [
    m.lesson_l02Hint1(),
    m.lesson_l02Hint2(),
  ],
  solution: {
    actions: [{ do: 'set-mode', mode: 'keep' }],
    text: m.lesson_l02Solution(),
  },
  checkpoints: [
    {
      id: 'second-device-gap.phone',
      trigger: { match: { kind: 'send', where: { device: 'Laptop', direction: 'c2s' }, pattern: '^QUIT' }, pause: 'before' },
      question: m.lesson_l02Cp1Question(),
      choices: [
        { id: 'all', text: m.lesson_l02Cp1ChoiceAll() },
        { id: 'none', text: m.lesson_l02Cp1ChoiceNone() },
        { id: 'new', text: m.lesson_l02Cp1ChoiceNew() },
      ],
      answer: 'none',
      explanation: m.lesson_l02Cp1Explanation(),
      rfc: 'RFC 1939 §6, §8',
      spoilers: spoilers(m.lesson_l02Cp1Spoilers()),
    },
    {
      id: 'second-device-gap.how-server-knows',
      trigger: { match: { kind: 'send', where: { device: 'Phone', direction: 'c2s' }, pattern: '^RETR' }, pause: 'before' },
      question: m.lesson_l02Cp2Question(),
      choices: [
        { id: 'server', text: m.lesson_l02Cp2ChoiceServer() },
        { id: 'uids', text: m.lesson_l02Cp2ChoiceUids() },
        { id: 'flag', text: m.lesson_l02Cp2ChoiceFlag() },
      ],
      answer: 'uids',
      explanation: m.lesson_l02Cp2Explanation(),
      rfc: 'RFC 1939 §7, §8',
      spoilers: spoilers(m.lesson_l02Cp2Spoilers()),
    },
  ],
});
