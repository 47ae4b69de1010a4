/**
 * The guided lessons, in teaching order, and the functions that run and
 * grade them. Everything here is DOM-free and runs in Node (lessons.test.ts
 * runs every solution headlessly).
 */
import { FIRST_SESSION_BY_HAND } from './l01-first-session.ts';
import { SECOND_DEVICE_GAP } from './l02-second-device-gap.ts';
import { DROP_BEFORE_QUIT } from './l03-drop-before-quit.ts';
import { LOST_QUIT_REPLY } from './l04-lost-quit-reply.ts';
import { CRASH_BEFORE_DURABLE } from './l05-crash-before-durable.ts';
import { LEAVE_ON_SERVER } from './l06-leave-on-server.ts';
import { CLIENT_WITHOUT_UIDL } from './l07-client-without-uidl.ts';
import { HISTORY_POP1_POP2 } from './l08-history.ts';
import { EAVESDROPPER } from './l09-eavesdropper.ts';
import { MYTHS_VS_FACTS } from './l10-myths.ts';
import { CLIENT_DEFAULTS } from './l11-client-defaults.ts';
import { AUTH_ON_THE_WIRE } from './l12-auth-on-the-wire.ts';
import { POP_VS_IMAP } from './l13-pop-vs-imap.ts';
import { NEW_MAIL_NUMBERS } from './l14-new-mail-numbers.ts';
import { FAULT_MAP } from './l15-fault-map.ts';
import type { Lesson } from './types.ts';
import { getLocale } from '../../i18n/paraglide/runtime.js';

export type * from './types.ts';
export { CLAIM_VERDICTS } from './types.ts';
export { checkGoal, checkPredicate, gradeCheckpoint, matchesEvent, triggerStep, describeMatch, type Grade, type GoalResult, type RunSnapshot } from './goal.ts';
export { lessonLoad, runActions, runLessonSolution, runClaimDemo, type LessonLoad, type SolutionResult } from './run.ts';

/** The lesson builders in teaching order; each reads its words from the catalogue (words.ts). */
const BUILDERS: ReadonlyArray<() => Lesson> = [
  FIRST_SESSION_BY_HAND,
  SECOND_DEVICE_GAP,
  DROP_BEFORE_QUIT,
  LOST_QUIT_REPLY,
  CRASH_BEFORE_DURABLE,
  LEAVE_ON_SERVER,
  CLIENT_WITHOUT_UIDL,
  HISTORY_POP1_POP2,
  EAVESDROPPER,
  MYTHS_VS_FACTS,
  CLIENT_DEFAULTS,
  AUTH_ON_THE_WIRE,
  NEW_MAIL_NUMBERS,
  FAULT_MAP,
  POP_VS_IMAP,
];

const built = new Map<string, readonly Lesson[]>();

/**
 * Every lesson, in the page's language (Paraglide's getLocale()). Called in a
 * Svelte `$derived`, it re-runs when the learner picks another language: the
 * locale read here is the app's language rune (src/ui/language.svelte.ts).
 */
export function lessons(): readonly Lesson[] {
  const locale = getLocale();
  let list = built.get(locale);
  if (!list) {
    list = Object.freeze(BUILDERS.map((build) => build()));
    built.set(locale, list);
  }
  return list;
}

/** One lesson by id, in the page's language. */
export function lessonById(id: string): Lesson | undefined {
  return lessons().find((l) => l.id === id);
}

/** The lesson ids in teaching order (the same in every language); builds the lessons once, when first asked. */
export function lessonIds(): readonly string[] {
  return lessons().map((l) => l.id);
}
