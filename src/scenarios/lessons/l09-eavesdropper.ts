import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import type { Lesson } from './types.ts';

/** AUTH PLAIN's initial response for alice/tanstaaf: base64 of "\0alice\0tanstaaf" (RFC 4616 §2), readable by anyone. */
const PLAIN_ALICE = 'AGFsaWNlAHRhbnN0YWFm';

export const EAVESDROPPER = (): Lesson => ({
  id: 'eavesdropper',
  title: m.lesson_l09Title(),
  summary: m.lesson_l09Summary(),
  start: { scenario: 'first-session' },
  steps: [
    m.lesson_l09Step1(),
    m.lesson_l09Step2(),
    m.lesson_l09Step3(),
    m.lesson_l09Step4(),
  ],
  goal: {
    text: m.lesson_l09Goal(),
    all: [
      { type: 'event', match: { kind: 'server-state', where: { to: 'TRANSACTION' } }, say: m.lesson_l09GoalSay1() },
      { type: 'no-event', match: { kind: 'command', where: { keyword: 'PASS' } }, say: m.lesson_l09GoalSay2() },
      { type: 'no-event', match: { kind: 'send', where: { direction: 'c2s' }, pattern: 'tanstaaf' }, say: m.lesson_l09GoalSay3() },
      { type: 'no-event', match: { kind: 'send', where: { direction: 'c2s' }, pattern: PLAIN_ALICE }, say: m.lesson_l09GoalSay4() },
      { type: 'count', verdict: 'delivered', min: 3, say: m.lesson_l09GoalSay5() },
    ],
  },
  hints: [
    m.lesson_l09Hint1(),
    m.lesson_l09Hint2(),
  ],
  solution: {
    actions: [{ do: 'patch', patch: { devices: [{ name: 'Laptop', retention: 'delete', auth: 'apop' }] } }],
    text: m.lesson_l09Solution(),
  },
  checkpoints: [
    {
      id: 'eavesdropper.pass',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^PASS ' }, pause: 'before' },
      question: m.lesson_l09Cp1Question(),
      choices: [
        { id: 'hash', text: m.lesson_l09Cp1ChoiceHash() },
        { id: 'clear', text: m.lesson_l09Cp1ChoiceClear() },
        { id: 'encrypted', text: m.lesson_l09Cp1ChoiceEncrypted() },
      ],
      answer: 'clear',
      explanation: m.lesson_l09Cp1Explanation(),
      rfc: 'RFC 1939 §7, §13',
      spoilers: spoilers(m.lesson_l09Cp1Spoilers()),
    },
    {
      id: 'eavesdropper.apop',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^(APOP |AUTH CRAM-MD5)' }, pause: 'before' },
      question: m.lesson_l09Cp2Question(),
      choices: [
        { id: 'password', text: m.lesson_l09Cp2ChoicePassword() },
        { id: 'replay', text: m.lesson_l09Cp2ChoiceReplay() },
        { id: 'mail', text: m.lesson_l09Cp2ChoiceMail() },
        { id: 'nothing', text: m.lesson_l09Cp2ChoiceNothing() },
      ],
      answer: 'mail',
      explanation: m.lesson_l09Cp2Explanation(),
      rfc: 'RFC 1939 §7, §13; RFC 2195 §2',
      spoilers: spoilers(m.lesson_l09Cp2Spoilers()),
    },
  ],
});
