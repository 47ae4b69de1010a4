/** Start states shared by several lessons. */
import { LATER } from '../library/common.ts';
import type { LessonStart } from './types.ts';

/** The first session, polling twice, so that what a fault leaves behind shows on the second poll. */
export const TWO_POLLS_DELETE: LessonStart = {
  scenario: 'first-session',
  patch: { devices: [{ name: 'Laptop', retention: 'delete', commitOrder: 'safe', polls: [0, LATER] }] },
};

export { LATER };
