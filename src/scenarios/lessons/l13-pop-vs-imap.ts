import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import type { Lesson } from './types.ts';

export const POP_VS_IMAP = (): Lesson => ({
  id: 'pop-vs-imap',
  title: m.lesson_l13Title(),
  summary: m.lesson_l13Summary(),
  start: { scenario: 'f10-two-devices-delete' },
  steps: [
    m.lesson_l13Step1(),
    m.lesson_l13Step2(),
    m.lesson_l13Step3(),
  ],
  goal: {
    text: m.lesson_l13Goal(),
    all: [
      { type: 'no-event', match: { kind: 'fault' }, say: m.lesson_l13GoalSay1() },
      { type: 'count', verdict: 'gap', max: 0, say: m.lesson_l13GoalSay2() },
      { type: 'count', verdict: 'duplicated', max: 0, say: m.lesson_l13GoalSay3() },
      { type: 'count', verdict: 'delivered', min: 3, say: m.lesson_l13GoalSay4() },
      { type: 'maildrop', status: 'present', min: 3, say: m.lesson_l13GoalSay5() },
    ],
  },
  hints: [m.lesson_l13Hint1(), m.lesson_l13Hint2()],
  solution: {
    actions: [{ do: 'set-mode', mode: 'keep' }],
    text: m.lesson_l13Solution(),
  },
  checkpoints: [
    {
      id: 'pop-vs-imap.imap-instead',
      trigger: { match: { kind: 'send', where: { device: 'Laptop', direction: 'c2s' }, pattern: '^RETR' }, pause: 'before' },
      question: m.lesson_l13Cp1Question(),
      choices: [
        { id: 'same', text: m.lesson_l13Cp1ChoiceSame() },
        { id: 'flag', text: m.lesson_l13Cp1ChoiceFlag() },
        { id: 'copy', text: m.lesson_l13Cp1ChoiceCopy() },
      ],
      answer: 'flag',
      explanation: m.lesson_l13Cp1Explanation(),
      rfc: 'RFC 1939 §8; RFC 9051 §2.3.2',
      spoilers: spoilers(m.lesson_l13Cp1Spoilers()),
    },
    {
      id: 'pop-vs-imap.read-state',
      trigger: { match: { kind: 'send', where: { device: 'Phone', direction: 'c2s' }, pattern: '^RETR' }, pause: 'before' },
      question: m.lesson_l13Cp2Question(),
      choices: [
        { id: 'read', text: m.lesson_l13Cp2ChoiceRead() },
        { id: 'unread', text: m.lesson_l13Cp2ChoiceUnread() },
        { id: 'none', text: m.lesson_l13Cp2ChoiceNone() },
      ],
      answer: 'unread',
      explanation: m.lesson_l13Cp2Explanation(),
      rfc: 'RFC 1939 §7, §8',
      spoilers: spoilers(m.lesson_l13Cp2Spoilers()),
    },
    {
      id: 'pop-vs-imap.new-mail',
      trigger: { match: { kind: 'session-end', where: { device: 'Phone' } }, pause: 'after', after: { kind: 'send', where: { device: 'Phone', direction: 'c2s' }, pattern: '^RETR' } },
      question: m.lesson_l13Cp3Question(),
      choices: [
        { id: 'now', text: m.lesson_l13Cp3ChoiceNow() },
        { id: 'poll', text: m.lesson_l13Cp3ChoicePoll() },
        { id: 'never', text: m.lesson_l13Cp3ChoiceNever() },
      ],
      answer: 'poll',
      explanation: m.lesson_l13Cp3Explanation(),
      rfc: 'RFC 1939 §4, §8; RFC 2177; RFC 9051',
      spoilers: spoilers(m.lesson_l13Cp3Spoilers()),
    },
  ],
});
