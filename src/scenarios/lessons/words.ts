/**
 * Lesson text comes from the message catalogue (messages/lessons/<file>/),
 * so each lesson file is a builder: `LESSON()` returns the lesson in the
 * page's language (getLocale()), and `lessons()` in index.ts builds them all.
 *
 * A checkpoint's spoilers are language data too: the words that would give
 * its answer away differ per language, so each language lists its own, as
 * one catalogue message separated by "|" (spoilers.test.ts checks every
 * language).
 */
export function spoilers(list: string): readonly string[] {
  return list
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}
