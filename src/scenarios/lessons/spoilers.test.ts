/**
 * Honest predict–observe–explain (review C1): no text a learner can read
 * before a checkpoint (title, summary, goal, steps, hints, earlier
 * checkpoints) gives its answer away, and no claim's verdict is shown before
 * the learner predicts it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { lessons } from './index.ts';
import { setLocale, type Locale } from '../../i18n/paraglide/runtime.js';
import * as m from '../../i18n/paraglide/messages.js';
import { spoilersFound, textShownBefore, textShownBeforeClaim } from './spoilers.ts';

/** A claim's verdict as the panel words it in a language (ClaimCard.svelte). */
const VERDICT_WORDS = {
  true: m.lessons_verdictTrue,
  'half true': m.lessons_verdictHalfTrue,
  misleading: m.lessons_verdictMisleading,
  wrong: m.lessons_verdictWrong,
} as const;

afterAll(() => setLocale('en', { reload: false }));

/** Each language writes its own lesson text, so each lists its own spoilers and is checked on its own. */
for (const locale of ['en', 'es', 'de'] as const satisfies readonly Locale[]) describe(`${locale}: no spoilers before a checkpoint`, () => {
  setLocale(locale, { reload: false });
  const built = lessons();
  const verdictWord = (v: keyof typeof VERDICT_WORDS) => VERDICT_WORDS[v]({}, { locale });
  for (const lesson of built) {
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
        expect(shown).not.toMatch(new RegExp(`(?<![\\p{L}])${verdictWord(claim.verdict).toLowerCase()}(?![\\p{L}])`, 'u'));
        expect(shown).not.toContain(claim.facts.slice(0, 40).toLowerCase());
        if (claim.demo) expect(shown).not.toContain(claim.demo.watch.toLowerCase());
      });
    }
  }

  if (locale === 'en') it('the rule catches a spoiler: lesson 3 with its old title would fail', () => {
    const lesson = built.find((l) => l.id === 'drop-before-quit')!;
    const spoiled = { ...lesson, title: 'A drop before QUIT: duplicates, not loss' };
    const second = lesson.checkpoints.findIndex((c) => c.id === 'drop-before-quit.second-poll');
    expect(spoilersFound(lesson.checkpoints[second]!.spoilers, textShownBefore(spoiled, second))).toEqual([
      '"duplicate" in: A drop before QUIT: duplicates, not loss',
    ]);
  });
});
