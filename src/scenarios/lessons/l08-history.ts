import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import type { Lesson } from './types.ts';

export const HISTORY_POP1_POP2 = (): Lesson => ({
  id: 'history-pop1-pop2',
  title: m.lesson_l08Title(),
  summary: m.lesson_l08Summary(),
  start: { scenario: 'pop2-ackd-session' },
  steps: [
    m.lesson_l08Step1(),
    m.lesson_l08Step2(),
    m.lesson_l08Step3(),
    m.lesson_l08Step4(),
  ],
  goal: {
    text: m.lesson_l08Goal(),
    all: [
      { type: 'protocol', protocol: 'pop1', say: m.lesson_l08GoalSay1() },
      { type: 'order', first: { kind: 'command', where: { keyword: 'RDEL' } }, then: { kind: 'command', where: { keyword: 'RCVD' } }, say: m.lesson_l08GoalSay2() },
      { type: 'event', match: { kind: 'removed', where: { reason: 'rcvd' } }, min: 3, say: m.lesson_l08GoalSay3() },
    ],
  },
  hints: [m.lesson_l08Hint1(), m.lesson_l08Hint2()],
  solution: {
    actions: [{ do: 'patch', patch: { protocol: 'pop1' } }],
    text: m.lesson_l08Solution(),
  },
  checkpoints: [
    {
      id: 'history-pop1-pop2.ackd',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^ACKD' }, pause: 'before' },
      question: m.lesson_l08Cp1Question(),
      choices: [
        { id: 'now', text: m.lesson_l08Cp1ChoiceNow() },
        { id: 'release', text: m.lesson_l08Cp1ChoiceRelease() },
        { id: 'never', text: m.lesson_l08Cp1ChoiceNever() },
      ],
      answer: 'release',
      explanation: m.lesson_l08Cp1Explanation(),
      rfc: 'RFC 937 "ACKD"',
      spoilers: spoilers(m.lesson_l08Cp1Spoilers()),
    },
    {
      id: 'history-pop1-pop2.rcvd',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^RCVD' }, pause: 'before' },
      question: m.lesson_l08Cp2Question(),
      choices: [
        { id: 'all', text: m.lesson_l08Cp2ChoiceAll() },
        { id: 'nothing', text: m.lesson_l08Cp2ChoiceNothing() },
        { id: 'read', text: m.lesson_l08Cp2ChoiceRead() },
      ],
      answer: 'nothing',
      explanation: m.lesson_l08Cp2Explanation(),
      rfc: 'RFC 918 "The Protocol"',
      spoilers: spoilers(m.lesson_l08Cp2Spoilers()),
    },
  ],
});
