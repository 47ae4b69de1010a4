import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import type { Lesson, SolutionAction } from './types.ts';

type Auth = 'user-pass' | 'apop' | 'sasl-plain' | 'cram-md5';
const loginWith = (auth: Auth): readonly SolutionAction[] => [{ do: 'patch', patch: { devices: [{ name: 'Laptop', retention: 'delete', auth }] } }];

/** AUTH PLAIN's initial response for alice/tanstaaf: base64 of "\0alice\0tanstaaf" (RFC 4616 §2). */
const PLAIN_ALICE = 'AGFsaWNlAHRhbnN0YWFm';

export const AUTH_ON_THE_WIRE = (): Lesson => ({
  id: 'auth-on-the-wire',
  title: m.lesson_l12Title(),
  summary: m.lesson_l12Summary(),
  start: { scenario: 'first-session', patch: { devices: [{ name: 'Laptop', retention: 'delete', auth: 'sasl-plain' }] } },
  steps: [
    m.lesson_l12Step1(),
    m.lesson_l12Step2(),
    m.lesson_l12Step3(),
  ],
  goal: {
    text: m.lesson_l12Goal(),
    all: [
      { type: 'event', match: { kind: 'command', where: { keyword: 'AUTH' }, pattern: '^AUTH CRAM-MD5' }, say: m.lesson_l12GoalSay1() },
      { type: 'no-event', match: { kind: 'send', where: { direction: 'c2s' }, pattern: PLAIN_ALICE }, say: m.lesson_l12GoalSay2() },
      { type: 'no-event', match: { kind: 'command', where: { keyword: 'PASS' } }, say: m.lesson_l12GoalSay3() },
      { type: 'event', match: { kind: 'server-state', where: { to: 'TRANSACTION' } }, say: m.lesson_l12GoalSay4() },
      { type: 'count', verdict: 'delivered', min: 3, say: m.lesson_l12GoalSay5() },
    ],
  },
  hints: [m.lesson_l12Hint1(), m.lesson_l12Hint2()],
  solution: {
    actions: loginWith('cram-md5'),
    text: m.lesson_l12Solution(),
  },
  variants: [
    { id: 'user-pass', label: m.lesson_l12VariantUserPass(), actions: loginWith('user-pass') },
    { id: 'sasl-plain', label: m.lesson_l12VariantSaslPlain(), actions: [] },
    { id: 'apop', label: m.lesson_l12VariantApop(), actions: loginWith('apop') },
    { id: 'cram-md5', label: m.lesson_l12VariantCramMd5(), actions: loginWith('cram-md5') },
  ],
  checkpoints: [
    {
      id: 'auth-on-the-wire.stls',
      trigger: { match: { kind: 'reply', pattern: '^\\+OK POP3 server ready' }, pause: 'after' },
      question: m.lesson_l12Cp1Question(),
      choices: [
        { id: 'refuse', text: m.lesson_l12Cp1ChoiceRefuse() },
        { id: 'strip', text: m.lesson_l12Cp1ChoiceStrip() },
        { id: 'server', text: m.lesson_l12Cp1ChoiceServer() },
      ],
      answer: 'strip',
      explanation: m.lesson_l12Cp1Explanation(),
      rfc: 'RFC 2595 §4; RFC 8314 §3, §4.1',
      spoilers: spoilers(m.lesson_l12Cp1Spoilers()),
    },
    {
      id: 'auth-on-the-wire.plain',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^AUTH PLAIN' }, pause: 'before' },
      question: m.lesson_l12Cp2Question(),
      choices: [
        { id: 'nothing', text: m.lesson_l12Cp2ChoiceNothing() },
        { id: 'password', text: m.lesson_l12Cp2ChoicePassword() },
        { id: 'digest', text: m.lesson_l12Cp2ChoiceDigest() },
      ],
      answer: 'password',
      explanation: m.lesson_l12Cp2Explanation(),
      rfc: 'RFC 4616 §2; RFC 5034 §4',
      spoilers: spoilers(m.lesson_l12Cp2Spoilers()),
    },
    {
      id: 'auth-on-the-wire.challenge',
      trigger: { match: { kind: 'reply', pattern: '^\\+ ' }, pause: 'after' },
      question: m.lesson_l12Cp3Question(),
      choices: [
        { id: 'replay', text: m.lesson_l12Cp3ChoiceReplay() },
        { id: 'offline', text: m.lesson_l12Cp3ChoiceOffline() },
        { id: 'nothing', text: m.lesson_l12Cp3ChoiceNothing() },
      ],
      answer: 'offline',
      explanation: m.lesson_l12Cp3Explanation(),
      rfc: 'RFC 2195 §2, §5; RFC 8314 §1',
      spoilers: spoilers(m.lesson_l12Cp3Spoilers()),
    },
  ],
});
