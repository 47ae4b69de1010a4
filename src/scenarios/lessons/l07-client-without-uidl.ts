import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import type { Lesson } from './types.ts';

export const CLIENT_WITHOUT_UIDL = (): Lesson => ({
  id: 'client-without-uidl',
  title: m.lesson_l07Title(),
  summary: m.lesson_l07Summary(),
  start: { scenario: 'f15-client-without-uidl' },
  steps: [
    m.lesson_l07Step1(),
    m.lesson_l07Step2(),
    m.lesson_l07Step3(),
  ],
  goal: {
    text: m.lesson_l07Goal(),
    all: [
      { type: 'no-event', match: { kind: 'command', where: { keyword: 'UIDL' } }, say: m.lesson_l07GoalSay1() },
      { type: 'count', verdict: 'delivered', min: 3, say: m.lesson_l07GoalSay2() },
      { type: 'count', verdict: 'duplicated', max: 0, say: m.lesson_l07GoalSay3() },
    ],
  },
  hints: [
    m.lesson_l07Hint1(),
    m.lesson_l07Hint2(),
  ],
  solution: {
    actions: [{ do: 'set-mode', mode: 'delete' }],
    text: m.lesson_l07Solution(),
  },
  checkpoints: [
    {
      id: 'client-without-uidl.second-poll',
      trigger: { match: { kind: 'session-start', where: { session: 2 } }, pause: 'after' },
      question: m.lesson_l07Cp1Question(),
      choices: [
        { id: 'nothing', text: m.lesson_l07Cp1ChoiceNothing() },
        { id: 'all', text: m.lesson_l07Cp1ChoiceAll() },
        { id: 'new', text: m.lesson_l07Cp1ChoiceNew() },
      ],
      answer: 'all',
      explanation: m.lesson_l07Cp1Explanation(),
      rfc: 'RFC 1939 §4, §7',
      spoilers: spoilers(m.lesson_l07Cp1Spoilers()),
    },
    {
      id: 'client-without-uidl.delete-mode',
      trigger: { match: { kind: 'send', where: { direction: 'c2s', session: 1 }, pattern: '^DELE' }, pause: 'before' },
      question: m.lesson_l07Cp2Question(),
      choices: [
        { id: 'all', text: m.lesson_l07Cp2ChoiceAll() },
        { id: 'nothing', text: m.lesson_l07Cp2ChoiceNothing() },
        { id: 'half', text: m.lesson_l07Cp2ChoiceHalf() },
      ],
      answer: 'nothing',
      explanation: m.lesson_l07Cp2Explanation(),
      rfc: 'RFC 1939 §6, §8',
      spoilers: spoilers(m.lesson_l07Cp2Spoilers()),
    },
  ],
});
