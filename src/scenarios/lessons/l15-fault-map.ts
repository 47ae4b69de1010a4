import * as m from '../../i18n/paraglide/messages.js';
import { spoilers } from './words.ts';
import { LATER } from './common.ts';
import type { ScenarioInput } from '../format.ts';
import type { Lesson } from './types.ts';

type DeviceEntryInput = NonNullable<ScenarioInput['devices']>[number];

/** The laptop of lesson 5: a slow disk, and a commit order the learner changes with the variants. */
const laptop = (commitOrder: 'safe' | 'unsafe'): DeviceEntryInput => ({ name: 'Laptop', retention: 'delete', commitOrder, writeDelayTicks: 100_000, polls: [0, LATER] });

/**
 * Issue 13: the fault map as a lesson. The learner guesses where a crash
 * costs mail, reveals the map (Tools, "Fault map"), then changes one client
 * setting, the commit order, and sees the loss zone go. The goal checks the
 * second half by a run: a crash in the zone the map showed, and nothing lost.
 */
export const FAULT_MAP = (): Lesson => ({
  id: 'fault-map',
  title: m.lesson_l15Title(),
  summary: m.lesson_l15Summary(),
  start: { scenario: 'first-session', patch: { devices: [laptop('unsafe')] } },
  steps: [
    m.lesson_l15Step1(),
    m.lesson_l15Step2(),
    m.lesson_l15Step3(),
    m.lesson_l15Step4(),
  ],
  goal: {
    text: m.lesson_l15Goal(),
    all: [
      { type: 'event', match: { kind: 'fault' }, say: m.lesson_l15GoalSay1() },
      { type: 'order', first: { kind: 'removed', where: { reason: 'update' } }, then: { kind: 'fault' }, say: m.lesson_l15GoalSay2() },
      { type: 'count', verdict: 'lost', max: 0, say: m.lesson_l15GoalSay3() },
      { type: 'count', verdict: 'delivered', min: 3, say: m.lesson_l15GoalSay4() },
    ],
  },
  hints: [
    m.lesson_l15Hint1(),
    m.lesson_l15Hint2(),
  ],
  solution: {
    actions: [
      { do: 'patch', patch: { devices: [laptop('safe')] } },
      { do: 'fault', kind: 'crash-client', placement: { onCommand: 'QUIT', when: 'replied' } },
    ],
    text: m.lesson_l15Solution(),
  },
  variants: [
    { id: 'unsafe', label: m.lesson_l15VariantUnsafe(), actions: [] },
    { id: 'safe', label: m.lesson_l15VariantSafe(), actions: [{ do: 'patch', patch: { devices: [laptop('safe')] } }] },
  ],
  checkpoints: [
    {
      id: 'fault-map.guess',
      trigger: { match: { kind: 'send', where: { direction: 'c2s', session: 1 }, pattern: '^DELE' }, pause: 'before' },
      question: m.lesson_l15Cp1Question(),
      choices: [
        { id: 'retr', text: m.lesson_l15Cp1ChoiceRetr() },
        { id: 'dele', text: m.lesson_l15Cp1ChoiceDele() },
        { id: 'update', text: m.lesson_l15Cp1ChoiceUpdate() },
        { id: 'nowhere', text: m.lesson_l15Cp1ChoiceNowhere() },
      ],
      answer: 'update',
      explanation: m.lesson_l15Cp1Explanation(),
      rfc: 'RFC 1939 §6',
      spoilers: spoilers(m.lesson_l15Cp1Spoilers()),
    },
    {
      id: 'fault-map.after-update',
      trigger: { match: { kind: 'reply', where: { session: 1 }, pattern: 'signing off' }, pause: 'after' },
      question: m.lesson_l15Cp2Question(),
      choices: [
        { id: 'unsafe', text: m.lesson_l15Cp2ChoiceUnsafe() },
        { id: 'safe', text: m.lesson_l15Cp2ChoiceSafe() },
        { id: 'either', text: m.lesson_l15Cp2ChoiceEither() },
      ],
      answer: 'safe',
      explanation: m.lesson_l15Cp2Explanation(),
      rfc: 'RFC 1939 §6, §8',
      spoilers: spoilers(m.lesson_l15Cp2Spoilers()),
    },
  ],
});
