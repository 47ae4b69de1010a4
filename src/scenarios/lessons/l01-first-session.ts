import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import { THREE_MESSAGES } from '../library/common.ts';
import type { Lesson } from './types.ts';

export const FIRST_SESSION_BY_HAND = (): Lesson => ({
  id: 'first-session-by-hand',
  title: m.lesson_l01Title(),
  summary: m.lesson_l01Summary(),
  start: {
    scenario: {
      version: 1,
      id: 'lesson-first-session-by-hand',
      title: m.lesson_l01ScenarioTitle(),
      summary: m.lesson_l01ScenarioSummary(),
      maildrop: THREE_MESSAGES,
      devices: [{ name: 'Terminal', retention: 'keep', polls: [] }],
    },
    live: { manualDevice: 'Terminal' },
  },
  steps: [
    m.lesson_l01Step1(),
    m.lesson_l01Step2(),
    m.lesson_l01Step3(),
    m.lesson_l01Step4(),
    m.lesson_l01Step5(),
    m.lesson_l01Step6(),
  ],
  goal: {
    text: m.lesson_l01Goal(),
    all: [
      { type: 'event', match: { kind: 'server-state', where: { to: 'TRANSACTION' } }, say: m.lesson_l01GoalSay1() },
      { type: 'event', match: { kind: 'command', where: { keyword: 'STAT' } }, say: m.lesson_l01GoalSay2() },
      { type: 'event', match: { kind: 'command', where: { keyword: 'LIST' } }, say: m.lesson_l01GoalSay3() },
      { type: 'event', match: { kind: 'command', where: { keyword: 'RETR' } }, say: m.lesson_l01GoalSay4() },
      { type: 'event', match: { kind: 'marked' }, say: m.lesson_l01GoalSay5() },
      { type: 'order', first: { kind: 'command', where: { keyword: 'DELE' } }, then: { kind: 'removed', where: { reason: 'update' } }, say: m.lesson_l01GoalSay6() },
    ],
  },
  hints: [
    m.lesson_l01Hint1(),
    m.lesson_l01Hint2(),
    m.lesson_l01Hint3(),
  ],
  solution: {
    actions: [
      { do: 'type', line: 'USER alice' },
      { do: 'type', line: 'PASS tanstaaf' },
      { do: 'type', line: 'STAT' },
      { do: 'type', line: 'LIST' },
      { do: 'type', line: 'RETR 1' },
      { do: 'type', line: 'DELE 1' },
      { do: 'type', line: 'QUIT' },
    ],
    text: m.lesson_l01Solution(),
  },
  checkpoints: [
    {
      id: 'first-session-by-hand.dele-marks',
      trigger: { match: { kind: 'marked' }, pause: 'after' },
      question: m.lesson_l01Cp1Question(),
      choices: [
        { id: 'gone', text: m.lesson_l01Cp1ChoiceGone() },
        { id: 'marked', text: m.lesson_l01Cp1ChoiceMarked() },
        { id: 'terminal', text: m.lesson_l01Cp1ChoiceTerminal() },
      ],
      answer: 'marked',
      explanation: m.lesson_l01Cp1Explanation(),
      rfc: 'RFC 1939 §5, §6',
      spoilers: spoilers(m.lesson_l01Cp1Spoilers()),
    },
    {
      id: 'first-session-by-hand.no-copy',
      trigger: { match: { kind: 'marked' }, pause: 'after' },
      question: m.lesson_l01Cp2Question(),
      choices: [
        { id: 'delivered', text: m.lesson_l01Cp2ChoiceDelivered() },
        { id: 'lost', text: m.lesson_l01Cp2ChoiceLost() },
        { id: 'pending', text: m.lesson_l01Cp2ChoicePending() },
      ],
      answer: 'lost',
      explanation: m.lesson_l01Cp2Explanation(),
      rfc: 'RFC 1939 §6, §8',
      spoilers: spoilers(m.lesson_l01Cp2Spoilers()),
    },
  ],
});
