/**
 * Honest predict–observe–explain (review C1): no text a learner can read
 * before a checkpoint (title, summary, goal, steps, hints, earlier
 * checkpoints) gives its answer away, and no claim's verdict is shown before
 * the learner predicts it.
 */
import { describe, expect, it } from 'vitest';
import { LESSONS } from './index.ts';
import { spoilersFound, textShownBefore, textShownBeforeClaim } from './spoilers.ts';

describe('no spoilers before a checkpoint', () => {
  for (const lesson of LESSONS) {
    lesson.checkpoints.forEach((cp, index) => {
      it(`${cp.id}: its answer does not appear in any text shown before it`, () => {
        expect(cp.spoilers.length, 'every checkpoint names the words that would give it away').toBeGreaterThan(0);
        const answer = cp.choices.find((c) => c.id === cp.answer)!;
        // The spoilers are the answer's words (some are paraphrases a hint might use): at least one is in the answer or its explanation.
        const said = `${answer.text} ${cp.explanation}`.toLowerCase();
        expect(cp.spoilers.some((s) => said.includes(s.toLowerCase())), `${cp.id}: spoilers ${cp.spoilers.join(', ')}`).toBe(true);
        const shown = textShownBefore(lesson, index);
        expect(spoilersFound(cp.spoilers, shown)).toEqual([]);
        // The right choice's text is not quoted anywhere before, either.
        expect(shown.some((t) => t.toLowerCase().includes(answer.text.toLowerCase()))).toBe(false);
      });
    });

    for (const claim of lesson.claims ?? []) {
      it(`${lesson.id}, claim "${claim.id}": its verdict and facts are not shown before the prediction`, () => {
        const shown = textShownBeforeClaim(lesson).join('\n').toLowerCase();
        expect(shown).not.toMatch(new RegExp(`\\b${claim.verdict}\\b`));
        expect(shown).not.toContain(claim.facts.slice(0, 40).toLowerCase());
        if (claim.demo) expect(shown).not.toContain(claim.demo.watch.toLowerCase());
      });
    }
  }

  it('the rule catches a spoiler: lesson 3 with its old title would fail', () => {
    const lesson = LESSONS.find((l) => l.id === 'drop-before-quit')!;
    const spoiled = { ...lesson, title: 'A drop before QUIT: duplicates, not loss' };
    const second = lesson.checkpoints.findIndex((c) => c.id === 'drop-before-quit.second-poll');
    expect(spoilersFound(lesson.checkpoints[second]!.spoilers, textShownBefore(spoiled, second))).toEqual([
      '"duplicate" in: A drop before QUIT: duplicates, not loss',
    ]);
  });
});
