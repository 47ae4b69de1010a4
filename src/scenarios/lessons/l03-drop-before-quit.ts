import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import { TWO_POLLS_DELETE } from './common.ts';
import type { Lesson } from './types.ts';

export const DROP_BEFORE_QUIT = (): Lesson => ({
  id: 'drop-before-quit',
  title: m.lesson_l03Title(),
  summary: m.lesson_l03Summary(),
  start: TWO_POLLS_DELETE,
  steps: [
    m.lesson_l03Step1(),
    m.lesson_l03Step2(),
    m.lesson_l03Step3(),
  ],
  goal: {
    text: m.lesson_l03Goal(),
    all: [
      { type: 'event', match: { kind: 'fault' }, say: m.lesson_l03GoalSay1() },
      { type: 'event', match: { kind: 'unmarked' }, min: 1, say: m.lesson_l03GoalSay2() },
      { type: 'count', verdict: 'duplicated', min: 1, say: m.lesson_l03GoalSay3() },
      { type: 'count', verdict: 'lost', max: 0, say: m.lesson_l03GoalSay4() },
    ],
  },
  hints: [
    m.lesson_l03Hint1(),
    m.lesson_l03Hint2(),
  ],
  solution: {
    actions: [{ do: 'fault', kind: 'drop-connection', placement: { onCommand: 'QUIT', when: 'sent' } }],
    text: m.lesson_l03Solution(),
  },
  checkpoints: [
    {
      id: 'drop-before-quit.message-2',
      trigger: { match: { kind: 'send', where: { direction: 'c2s', session: 1 }, pattern: '^QUIT' }, pause: 'before' },
      question: m.lesson_l03Cp1Question(),
      choices: [
        { id: 'removed', text: m.lesson_l03Cp1ChoiceRemoved() },
        { id: 'kept', text: m.lesson_l03Cp1ChoiceKept() },
        { id: 'timeout', text: m.lesson_l03Cp1ChoiceTimeout() },
      ],
      answer: 'kept',
      explanation: m.lesson_l03Cp1Explanation(),
      rfc: 'RFC 1939 §6',
      spoilers: spoilers(m.lesson_l03Cp1Spoilers()),
    },
    {
      id: 'drop-before-quit.second-poll',
      trigger: { match: { kind: 'session-start', where: { session: 2 } }, pause: 'after', after: { kind: 'fault' } },
      question: m.lesson_l03Cp2Question(),
      choices: [
        { id: 'lost', text: m.lesson_l03Cp2ChoiceLost() },
        { id: 'duplicated', text: m.lesson_l03Cp2ChoiceDuplicated() },
        { id: 'clean', text: m.lesson_l03Cp2ChoiceClean() },
      ],
      answer: 'duplicated',
      explanation: m.lesson_l03Cp2Explanation(),
      rfc: 'RFC 1939 §6, §7',
      spoilers: spoilers(m.lesson_l03Cp2Spoilers()),
    },
  ],
});
