import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import { LATER } from './common.ts';
import type { Lesson } from './types.ts';

export const MYTHS_VS_FACTS = (): Lesson => ({
  id: 'myths-vs-facts',
  title: m.lesson_l10Title(),
  summary: m.lesson_l10Summary(),
  start: { scenario: 'pop1-rdel-session' },
  steps: [
    m.lesson_l10Step1(),
    m.lesson_l10Step2(),
    m.lesson_l10Step3(),
  ],
  goal: {
    text: m.lesson_l10Goal(),
    all: [
      { type: 'protocol', protocol: 'pop1', say: m.lesson_l10GoalSay1() },
      { type: 'event', match: { kind: 'command', where: { keyword: 'RETR' } }, say: m.lesson_l10GoalSay2() },
      { type: 'no-event', match: { kind: 'removed' }, say: m.lesson_l10GoalSay3() },
      { type: 'maildrop', status: 'present', min: 3, say: m.lesson_l10GoalSay4() },
    ],
  },
  hints: [m.lesson_l10Hint1()],
  solution: {
    actions: [{ do: 'set-mode', mode: 'keep' }],
    text: m.lesson_l10Solution(),
  },
  checkpoints: [
    {
      id: 'myths-vs-facts.pop1-rdel',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^RDEL' }, pause: 'before' },
      question: m.lesson_l10Cp1Question(),
      choices: [
        { id: 'no', text: m.lesson_l10Cp1ChoiceNo() },
        { id: 'retr', text: m.lesson_l10Cp1ChoiceRetr() },
        { id: 'pop2', text: m.lesson_l10Cp1ChoicePop2() },
      ],
      answer: 'retr',
      explanation: m.lesson_l10Cp1Explanation(),
      rfc: 'RFC 918 "The Protocol"',
      spoilers: spoilers(m.lesson_l10Cp1Spoilers()),
    },
    {
      id: 'myths-vs-facts.pop1-rcvd',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^RCVD' }, pause: 'before', after: { kind: 'command', where: { keyword: 'RETR' } } },
      question: m.lesson_l10Cp2Question(),
      choices: [
        { id: 'all', text: m.lesson_l10Cp2ChoiceAll() },
        { id: 'nothing', text: m.lesson_l10Cp2ChoiceNothing() },
        { id: 'read', text: m.lesson_l10Cp2ChoiceRead() },
      ],
      answer: 'nothing',
      explanation: m.lesson_l10Cp2Explanation(),
      rfc: 'RFC 918 "The Protocol"',
      spoilers: spoilers(m.lesson_l10Cp2Spoilers()),
    },
  ],
  claims: [
    {
      id: 'keeps-mail',
      claim: m.lesson_l10ClaimKeepsMailClaim(),
      verdict: 'wrong',
      facts: m.lesson_l10ClaimKeepsMailFacts(),
      rfc: 'RFC 918; RFC 937 "ACKD"; RFC 1939 §6, §7, §8; RFC 2449 §6.7',
      demo: {
        start: { scenario: 'pop2-ackd-session' },
        actions: [{ do: 'set-mode', mode: 'keep' }],
        watch: m.lesson_l10ClaimKeepsMailWatch(),
        goal: {
          text: m.lesson_l10ClaimKeepsMailGoal(),
          all: [
            { type: 'protocol', protocol: 'pop2', say: m.lesson_l10ClaimKeepsMailGoalSay1() },
            { type: 'event', match: { kind: 'command', where: { keyword: 'ACKS' } }, min: 1, say: m.lesson_l10ClaimKeepsMailGoalSay2() },
            { type: 'maildrop', status: 'present', min: 3, say: m.lesson_l10ClaimKeepsMailGoalSay3() },
          ],
        },
      },
    },
    {
      id: 'ports',
      claim: m.lesson_l10ClaimPortsClaim(),
      verdict: 'wrong',
      facts: m.lesson_l10ClaimPortsFacts(),
      rfc: 'RFC 937 "Introduction"; RFC 1939 §3; RFC 8314 §3.1',
      demo: null,
      whyNoDemo: m.lesson_l10ClaimPortsWhyNoDemo(),
    },
    {
      id: 'stateless',
      claim: m.lesson_l10ClaimStatelessClaim(),
      verdict: 'wrong',
      facts: m.lesson_l10ClaimStatelessFacts(),
      rfc: 'RFC 937 "Server State Diagram"; RFC 1939 §3',
      demo: {
        start: { scenario: 'pop2-ackd-session' },
        actions: [],
        watch: m.lesson_l10ClaimStatelessWatch(),
        goal: {
          text: m.lesson_l10ClaimStatelessGoal(),
          all: [
            { type: 'protocol', protocol: 'pop2', say: m.lesson_l10ClaimStatelessGoalSay1() },
            { type: 'event', match: { kind: 'connection', where: { change: 'opened' } }, min: 1, max: 1, say: m.lesson_l10ClaimStatelessGoalSay2() },
            { type: 'event', match: { kind: 'server-state' }, min: 3, say: m.lesson_l10ClaimStatelessGoalSay3() },
          ],
        },
      },
    },
    {
      id: 'persistent',
      claim: m.lesson_l10ClaimPersistentClaim(),
      verdict: 'wrong',
      facts: m.lesson_l10ClaimPersistentFacts(),
      rfc: 'RFC 1939 §3, §4, §8',
      demo: {
        start: { scenario: 'f9-idle-autologout' },
        actions: [],
        watch: m.lesson_l10ClaimPersistentWatch(),
        goal: {
          text: m.lesson_l10ClaimPersistentGoal(),
          all: [
            { type: 'event', match: { kind: 'command', where: { session: 1 } }, min: 8, say: m.lesson_l10ClaimPersistentGoalSay1() },
            { type: 'event', match: { kind: 'server-state', where: { explain: 'server.autologout' } }, say: m.lesson_l10ClaimPersistentGoalSay2() },
          ],
        },
      },
    },
    {
      id: 'encryption',
      claim: m.lesson_l10ClaimEncryptionClaim(),
      verdict: 'half true',
      facts: m.lesson_l10ClaimEncryptionFacts(),
      rfc: 'RFC 1939 §13; RFC 2595 §4, §7; RFC 8314 §3.1',
      demo: {
        start: { scenario: 'first-session' },
        actions: [],
        watch: m.lesson_l10ClaimEncryptionWatch(),
        goal: {
          text: m.lesson_l10ClaimEncryptionGoal(),
          all: [
            { type: 'protocol', protocol: 'pop3', say: m.lesson_l10ClaimEncryptionGoalSay1() },
            { type: 'event', match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^PASS tanstaaf$' }, say: m.lesson_l10ClaimEncryptionGoalSay2() },
          ],
        },
      },
    },
    {
      id: 'error-handling',
      claim: m.lesson_l10ClaimErrorHandlingClaim(),
      verdict: 'misleading',
      facts: m.lesson_l10ClaimErrorHandlingFacts(),
      rfc: 'RFC 937 "NACK", "ACKD"; RFC 1939 §6, §7, §9; RFC 2449 §8',
      demo: {
        start: { scenario: 'f12-in-use' },
        actions: [],
        watch: m.lesson_l10ClaimErrorHandlingWatch(),
        goal: {
          text: m.lesson_l10ClaimErrorHandlingGoal(),
          all: [{ type: 'event', match: { kind: 'reply', pattern: '^-ERR \\[IN-USE\\]' }, say: m.lesson_l10ClaimErrorHandlingGoalSay1() }],
        },
      },
    },
    {
      id: 'authentication',
      claim: m.lesson_l10ClaimAuthenticationClaim(),
      verdict: 'half true',
      facts: m.lesson_l10ClaimAuthenticationFacts(),
      rfc: 'RFC 937 "HELO"; RFC 1939 §7, §13; RFC 2195; RFC 5034; RFC 8314',
      demo: {
        start: { scenario: 'pop2-ackd-session' },
        actions: [],
        watch: m.lesson_l10ClaimAuthenticationWatch(),
        goal: {
          text: m.lesson_l10ClaimAuthenticationGoal(),
          all: [
            { type: 'protocol', protocol: 'pop2', say: m.lesson_l10ClaimAuthenticationGoalSay1() },
            { type: 'event', match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^HELO alice tanstaaf' }, say: m.lesson_l10ClaimAuthenticationGoalSay2() },
          ],
        },
      },
    },
    {
      id: 'multi-device',
      claim: m.lesson_l10ClaimMultiDeviceClaim(),
      verdict: 'misleading',
      facts: m.lesson_l10ClaimMultiDeviceFacts(),
      rfc: 'RFC 1939 §7, §8',
      demo: {
        start: { scenario: 'f10-two-devices-delete' },
        actions: [],
        watch: m.lesson_l10ClaimMultiDeviceWatch(),
        goal: {
          text: m.lesson_l10ClaimMultiDeviceGoal(),
          all: [{ type: 'count', verdict: 'gap', min: 1, say: m.lesson_l10ClaimMultiDeviceGoalSay1() }],
        },
      },
    },
    {
      id: 'integrity',
      claim: m.lesson_l10ClaimIntegrityClaim(),
      verdict: 'misleading',
      facts: m.lesson_l10ClaimIntegrityFacts(),
      rfc: 'RFC 1939 §3, §6, §8',
      demo: {
        start: {
          scenario: 'first-session',
          patch: { devices: [{ name: 'Laptop', retention: 'delete', commitOrder: 'unsafe', writeDelayTicks: 100_000, polls: [0, LATER] }] },
        },
        actions: [{ do: 'fault', kind: 'crash-client', placement: { onCommand: 'QUIT', when: 'replied' } }],
        watch: m.lesson_l10ClaimIntegrityWatch(),
        goal: {
          text: m.lesson_l10ClaimIntegrityGoal(),
          all: [{ type: 'count', verdict: 'lost', min: 1, say: m.lesson_l10ClaimIntegrityGoalSay1() }],
        },
      },
    },
  ],
});
