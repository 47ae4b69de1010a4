/**
 * Which language POP Lab speaks, decided without the DOM so the app, the
 * embed and the CLI choose the same way and tests can say why.
 *
 * Order: a language named in the link (share link `&lang=es`, embed
 * attribute `lang="de"`) wins, then the learner's own choice from the Tools
 * menu (kept in localStorage), then the browser's list of preferred
 * languages (navigator.languages), then English. Only the primary subtag
 * counts: "de-AT" and "es-419" find German and Spanish.
 */
import { baseLocale, locales, type Locale } from './paraglide/runtime.js';

export type Language = Locale;
export const LANGUAGES: readonly Language[] = locales;
export const DEFAULT_LANGUAGE: Language = baseLocale;

/** Where the app keeps the learner's choice (localStorage). */
export const LANGUAGE_STORAGE_KEY = 'pop-lab.lang';

/** Each language's name in itself, for the switcher (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español', de: 'Deutsch' };

/** The catalogue's language for a BCP 47 tag, or null when it has none. */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === primary) ?? null;
}

export interface LanguageSources {
  /** From a share link or an embed attribute. */
  readonly requested?: string | null;
  /** The learner's earlier choice (localStorage). */
  readonly stored?: string | null;
  /** navigator.languages, most preferred first. */
  readonly preferred?: readonly string[];
}

export function chooseLanguage(sources: LanguageSources): Language {
  return (
    matchLanguage(sources.requested) ??
    matchLanguage(sources.stored) ??
    (sources.preferred ?? []).map(matchLanguage).find((l): l is Language => l !== null) ??
    DEFAULT_LANGUAGE
  );
}
