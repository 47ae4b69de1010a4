/**
 * Shared pieces of the built-in scenarios: the three-message maildrop every
 * lesson starts from, and the times at which devices poll.
 */
import { MIN_AUTOLOGOUT_TICKS, TICKS_PER_DAY } from '../../protocol/engine.ts';
import type { ScenarioInput } from '../format.ts';

export const THREE_MESSAGES: NonNullable<ScenarioInput['maildrop']> = [
  { subject: 'Lunch on Friday?', from: 'Bob <bob@example.org>', body: 'Shall we try the new place on the corner?' },
  { subject: 'Minutes of the meeting', from: 'Carol <carol@example.org>', body: 'Attached below, in plain text:\n\n1. POP3 commits in UPDATE.\n2. Nothing else.' },
  { subject: 'Your parcel', from: 'Post Office <noreply@post.example>', body: 'Your parcel is waiting for you at the counter.' },
];

/**
 * A poll after any stale session has surely been closed by autologout
 * (RFC 1939 §3: at least 10 minutes), so the lock (RFC 1939 §4) is free again.
 */
export const LATER = MIN_AUTOLOGOUT_TICKS + 60_000;
export const MUCH_LATER = 2 * LATER;
export const day = (n: number): number => n * TICKS_PER_DAY;
