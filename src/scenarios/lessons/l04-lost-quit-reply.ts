import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import { TWO_POLLS_DELETE } from './common.ts';
import type { Lesson } from './types.ts';

export const LOST_QUIT_REPLY = (): Lesson => ({
  id: 'lost-quit-reply',
  title: m.lesson_l04Title(),
  summary: m.lesson_l04Summary(),
  start: TWO_POLLS_DELETE,
  steps: [
    m.lesson_l04Step1(),
    m.lesson_l04Step2(),
    m.lesson_l04Step3(),
  ],
  goal: {
    text: m.lesson_l04Goal(),
    all: [
      { type: 'event', match: { kind: 'fault' }, say: m.lesson_l04GoalSay1() },
      { type: 'no-event', match: { kind: 'session-end', where: { device: 'Laptop', session: 1, ok: true } }, say: m.lesson_l04GoalSay2() },
      { type: 'event', match: { kind: 'removed', where: { reason: 'update', session: 1 } }, min: 3, say: m.lesson_l04GoalSay3() },
      { type: 'count', verdict: 'delivered', min: 3, say: m.lesson_l04GoalSay4() },
      { type: 'count', verdict: 'lost', max: 0, say: m.lesson_l04GoalSay5() },
    ],
  },
  hints: [
    m.lesson_l04Hint1(),
    m.lesson_l04Hint2(),
  ],
  solution: {
    actions: [{ do: 'fault', kind: 'drop-connection', placement: { onCommand: 'QUIT', when: 'delivered' } }],
    text: m.lesson_l04Solution(),
  },
  checkpoints: [
    {
      id: 'lost-quit-reply.update',
      trigger: { match: { kind: 'command', where: { keyword: 'QUIT', session: 1 } }, pause: 'after' },
      question: m.lesson_l04Cp1Question(),
      choices: [
        { id: 'kept', text: m.lesson_l04Cp1ChoiceKept() },
        { id: 'removed', text: m.lesson_l04Cp1ChoiceRemoved() },
        { id: 'half', text: m.lesson_l04Cp1ChoiceHalf() },
      ],
      answer: 'removed',
      explanation: m.lesson_l04Cp1Explanation(),
      rfc: 'RFC 1939 §6',
      spoilers: spoilers(m.lesson_l04Cp1Spoilers()),
    },
    {
      id: 'lost-quit-reply.second-poll',
      trigger: { match: { kind: 'session-start', where: { session: 2 } }, pause: 'after', after: { kind: 'fault' } },
      question: m.lesson_l04Cp2Question(),
      choices: [
        { id: 'again', text: m.lesson_l04Cp2ChoiceAgain() },
        { id: 'empty', text: m.lesson_l04Cp2ChoiceEmpty() },
        { id: 'locked', text: m.lesson_l04Cp2ChoiceLocked() },
      ],
      answer: 'empty',
      explanation: m.lesson_l04Cp2Explanation(),
      rfc: 'RFC 1939 §6',
      spoilers: spoilers(m.lesson_l04Cp2Spoilers()),
    },
  ],
});
