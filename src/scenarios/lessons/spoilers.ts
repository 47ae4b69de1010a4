/**
 * The honesty rule of predict–observe–explain (review C1): what a learner can
 * read before a checkpoint is asked must not contain its answer. This module
 * lists that text, in the order the lesson panel shows it, so a test can
 * check every checkpoint's `spoilers` against it.
 */
import type { Checkpoint, Claim, Lesson } from './types.ts';

/**
 * Everything the panel can show before `lesson.checkpoints[index]` is asked:
 * the title, summary, goal, every step and every hint (hints can be opened at
 * any time), the claims as quoted (not their verdicts or facts), and the
 * earlier checkpoints with their choices and explanations. The solution is
 * not included: opening it is asking for the answers.
 */
export function textShownBefore(lesson: Lesson, index: number): readonly string[] {
  const texts = [lesson.title, lesson.summary, lesson.goal.text, ...lesson.steps, ...lesson.hints, ...(lesson.variants ?? []).map((v) => v.label)];
  for (const claim of lesson.claims ?? []) texts.push(claim.claim);
  for (const earlier of lesson.checkpoints.slice(0, index)) texts.push(...checkpointTexts(earlier));
  const current = lesson.checkpoints[index];
  // The question is shown with the checkpoint (its choices hold the answer by design).
  if (current) texts.push(current.question);
  return texts;
}

function checkpointTexts(cp: Checkpoint): readonly string[] {
  return [cp.question, ...cp.choices.map((c) => c.text), cp.explanation];
}

/**
 * Before a claim's prediction the learner sees the lesson's own text and the
 * quoted claims, never a claim's verdict, facts or what its demonstration
 * will show (`watch`, shown once the prediction is made).
 */
export function textShownBeforeClaim(lesson: Lesson): readonly string[] {
  return [lesson.title, lesson.summary, ...lesson.steps, ...(lesson.claims ?? []).map((c: Claim) => c.claim)];
}

/** The spoilers of a checkpoint found in some text, with where: empty when the checkpoint is honest. */
export function spoilersFound(spoilers: readonly string[], texts: readonly string[]): readonly string[] {
  const found: string[] = [];
  for (const s of spoilers) {
    const needle = s.toLowerCase();
    const hit = texts.find((t) => t.toLowerCase().includes(needle));
    if (hit !== undefined) found.push(`"${s}" in: ${hit}`);
  }
  return found;
}
