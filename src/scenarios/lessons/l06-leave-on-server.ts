import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import { TWO_POLLS_DELETE } from './common.ts';
import type { Lesson } from './types.ts';

export const LEAVE_ON_SERVER = (): Lesson => ({
  id: 'leave-on-server',
  title: m.lesson_l06Title(),
  summary: m.lesson_l06Summary(),
  start: TWO_POLLS_DELETE,
  steps: [
    m.lesson_l06Step1(),
    m.lesson_l06Step2(),
    m.lesson_l06Step3(),
    m.lesson_l06Step4(),
  ],
  goal: {
    text: m.lesson_l06Goal(),
    all: [
      { type: 'maildrop', status: 'present', min: 3, say: m.lesson_l06GoalSay1() },
      { type: 'event', match: { kind: 'uid-memory', where: { change: 'remembered' } }, min: 3, say: m.lesson_l06GoalSay2() },
      { type: 'event', match: { kind: 'command', where: { keyword: 'UIDL', session: 2 } }, say: m.lesson_l06GoalSay3() },
      { type: 'count', verdict: 'delivered', min: 3, say: m.lesson_l06GoalSay4() },
      { type: 'count', verdict: 'duplicated', max: 0, say: m.lesson_l06GoalSay5() },
    ],
  },
  hints: [m.lesson_l06Hint1(), m.lesson_l06Hint2()],
  solution: {
    actions: [{ do: 'set-mode', mode: 'keep' }],
    text: m.lesson_l06Solution(),
  },
  checkpoints: [
    {
      id: 'leave-on-server.second-poll',
      // Only in leave-on-server mode does the laptop remember UIDs (RFC 1939 §7).
      trigger: { match: { kind: 'session-start', where: { session: 2 } }, pause: 'after', after: { kind: 'uid-memory', where: { change: 'remembered' } } },
      question: m.lesson_l06Cp1Question(),
      choices: [
        { id: 'all', text: m.lesson_l06Cp1ChoiceAll() },
        { id: 'none', text: m.lesson_l06Cp1ChoiceNone() },
        { id: 'last', text: m.lesson_l06Cp1ChoiceLast() },
      ],
      answer: 'none',
      explanation: m.lesson_l06Cp1Explanation(),
      rfc: 'RFC 1939 §7',
      spoilers: spoilers(m.lesson_l06Cp1Spoilers()),
    },
    {
      id: 'leave-on-server.not-free',
      trigger: { match: { kind: 'command', where: { keyword: 'UIDL', session: 2 } }, pause: 'after', after: { kind: 'uid-memory', where: { change: 'remembered' } } },
      question: m.lesson_l06Cp2Question(),
      choices: [
        { id: 'all', text: m.lesson_l06Cp2ChoiceAll() },
        { id: 'gap', text: m.lesson_l06Cp2ChoiceGap() },
        { id: 'dups', text: m.lesson_l06Cp2ChoiceDups() },
      ],
      answer: 'gap',
      explanation: m.lesson_l06Cp2Explanation(),
      rfc: 'RFC 1939 §8',
      spoilers: spoilers(m.lesson_l06Cp2Spoilers()),
    },
  ],
});
