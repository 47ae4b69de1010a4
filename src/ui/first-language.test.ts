/**
 * The entry's choice of language (first-language.ts pageLanguage, run by
 * src/main.ts before the app's code is loaded) is the app's
 * (src/i18n/language.ts chooseLanguage, which boot.ts uses): if they
 * disagreed, the page would show one language's first screen and then
 * hydrate it with another's words.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseLanguage, LANGUAGES, LANGUAGE_STORAGE_KEY } from '../i18n/language.ts';
import { LANGUAGE_KEY, pageLanguage } from './first-language.ts';

interface Sources {
  readonly hash: string | null;
  readonly query: string | null;
  readonly stored: string | null;
  readonly preferred: readonly string[];
  readonly storage: boolean;
}

/** A document as the inline script sees it: the location, storage (or none) and the browser's languages. */
function documentWith(s: Sources): Document {
  const param = (name: string | null, lead: string) => (name === null ? '' : `${lead}lang=${encodeURIComponent(name)}`);
  return {
    defaultView: {
      location: { hash: param(s.hash, '#s=abc&'), search: param(s.query, '?') },
      get localStorage() {
        if (!s.storage) throw new Error('SecurityError');
        return { getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? s.stored : null) };
      },
      navigator: { languages: s.preferred },
    },
  } as unknown as Document;
}

const tag = fc.oneof(
  fc.constantFrom('en', 'es', 'de', 'fr', 'de-AT', 'es-419', 'EN-gb', ' de ', 'pt_BR', 'zh-Hant', '', 'x'),
  fc.string({ maxLength: 6 }),
);
const sources: fc.Arbitrary<Sources> = fc.record({
  hash: fc.option(tag),
  query: fc.option(tag),
  stored: fc.option(tag),
  preferred: fc.array(tag, { maxLength: 4 }),
  storage: fc.boolean(),
});

describe('pageLanguage (the entry, before the app is loaded)', () => {
  it('chooses as the app does: link (fragment, then query), stored choice, browser languages, English', () => {
    fc.assert(
      fc.property(sources, (s) => {
        const requested = s.hash ?? s.query;
        const expected = chooseLanguage({ requested, stored: s.storage ? s.stored : null, preferred: s.preferred });
        expect(pageLanguage(documentWith(s), LANGUAGES, LANGUAGE_STORAGE_KEY)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('examples: a German link, a Spanish browser, a stored choice over the browser, an unknown language', () => {
    const none: Sources = { hash: null, query: null, stored: null, preferred: [], storage: true };
    expect(pageLanguage(documentWith({ ...none, query: 'de' }), LANGUAGES, LANGUAGE_STORAGE_KEY)).toBe('de');
    expect(pageLanguage(documentWith({ ...none, preferred: ['fr-FR', 'es-419'] }), LANGUAGES, LANGUAGE_STORAGE_KEY)).toBe('es');
    expect(pageLanguage(documentWith({ ...none, stored: 'de', preferred: ['es'] }), LANGUAGES, LANGUAGE_STORAGE_KEY)).toBe('de');
    expect(pageLanguage(documentWith({ ...none, hash: 'fr', preferred: ['fr'] }), LANGUAGES, LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it("reads the learner's stored choice under the app's own key", () => {
    expect(LANGUAGE_KEY).toBe(LANGUAGE_STORAGE_KEY);
  });
});
