import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import { LATER } from './common.ts';
import type { Lesson } from './types.ts';

export const CRASH_BEFORE_DURABLE = (): Lesson => ({
  id: 'crash-before-durable',
  title: m.lesson_l05Title(),
  summary: m.lesson_l05Summary(),
  start: {
    scenario: 'first-session',
    patch: { devices: [{ name: 'Laptop', retention: 'delete', commitOrder: 'unsafe', writeDelayTicks: 100_000, polls: [0, LATER] }] },
  },
  steps: [
    m.lesson_l05Step1(),
    m.lesson_l05Step2(),
    m.lesson_l05Step3(),
    m.lesson_l05Step4(),
  ],
  goal: {
    text: m.lesson_l05Goal(),
    all: [
      { type: 'event', match: { kind: 'fault' }, say: m.lesson_l05GoalSay1() },
      { type: 'count', verdict: 'lost', min: 1, say: m.lesson_l05GoalSay2() },
    ],
  },
  hints: [
    m.lesson_l05Hint1(),
    m.lesson_l05Hint2(),
  ],
  solution: {
    actions: [{ do: 'fault', kind: 'crash-client', placement: { onCommand: 'QUIT', when: 'replied' } }],
    text: m.lesson_l05Solution(),
  },
  checkpoints: [
    {
      id: 'crash-before-durable.first-dele',
      trigger: { match: { kind: 'send', where: { direction: 'c2s', session: 1 }, pattern: '^DELE' }, pause: 'before' },
      question: m.lesson_l05Cp1Question(),
      choices: [
        { id: 'disk', text: m.lesson_l05Cp1ChoiceDisk() },
        { id: 'memory', text: m.lesson_l05Cp1ChoiceMemory() },
        { id: 'server', text: m.lesson_l05Cp1ChoiceServer() },
      ],
      answer: 'memory',
      explanation: m.lesson_l05Cp1Explanation(),
      rfc: 'RFC 1939 §6, §8',
      spoilers: spoilers(m.lesson_l05Cp1Spoilers()),
    },
    {
      id: 'crash-before-durable.after-commit',
      trigger: { match: { kind: 'reply', where: { session: 1 }, pattern: 'signing off' }, pause: 'after' },
      question: m.lesson_l05Cp2Question(),
      choices: [
        { id: 'dup', text: m.lesson_l05Cp2ChoiceDup() },
        { id: 'lost', text: m.lesson_l05Cp2ChoiceLost() },
        { id: 'safe', text: m.lesson_l05Cp2ChoiceSafe() },
      ],
      answer: 'lost',
      explanation: m.lesson_l05Cp2Explanation(),
      rfc: 'RFC 1939 §6, §8',
      spoilers: spoilers(m.lesson_l05Cp2Spoilers()),
    },
  ],
});
