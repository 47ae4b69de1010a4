import { describe, expect, it } from 'vitest';
import { chooseLanguage, matchLanguage } from './language.ts';

describe('choosing the language', () => {
  it('matches a BCP 47 tag by its primary subtag, any case', () => {
    expect(matchLanguage('es-419')).toBe('es');
    expect(matchLanguage('DE_at')).toBe('de');
    expect(matchLanguage('en')).toBe('en');
    expect(matchLanguage('fr-CA')).toBeNull();
    expect(matchLanguage('')).toBeNull();
    expect(matchLanguage(null)).toBeNull();
  });
  it('a link or attribute wins, then the learner\'s stored choice, then the browser, then English', () => {
    expect(chooseLanguage({ requested: 'de', stored: 'es', preferred: ['en-US'] })).toBe('de');
    expect(chooseLanguage({ requested: 'fr', stored: 'es', preferred: ['de'] })).toBe('es');
    expect(chooseLanguage({ stored: 'garbage', preferred: ['fr-FR', 'de-CH', 'es'] })).toBe('de');
    expect(chooseLanguage({ preferred: ['fr', 'it'] })).toBe('en');
    expect(chooseLanguage({})).toBe('en');
  });
});
