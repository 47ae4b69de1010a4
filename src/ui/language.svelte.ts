/**
 * The language of the page, as a rune. Paraglide's compiled messages ask
 * `getLocale()` for the language each time they run; we point it at this
 * rune (overwriteGetLocale), so every template and `$derived` that shows a
 * message re-renders when the learner picks another language, with no
 * reload and nothing of their work lost.
 *
 * Prerendering hook: the first screen is prerendered in every language at
 * build. `initialLanguage()` is the language the page will speak; the entry
 * hydrates that language's screen (first-language.ts, src/ui/boot.ts).
 */
import { overwriteGetLocale } from '../i18n/paraglide/runtime.js';
import { chooseLanguage, matchLanguage, DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, type Language } from '../i18n/language.ts';


let current = $state<Language>(DEFAULT_LANGUAGE);
overwriteGetLocale(() => current);

/** `lang=` of a share link's fragment (#s=…&lang=es) or of the query (?lang=es). */
function requestedInLocation(): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('lang');
  return fromHash ?? new URLSearchParams(location.search).get('lang');
}

function stored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // No storage (privacy mode): the browser's languages decide.
  }
}

/** The page's language from the link, the learner's choice and the browser; sets <html lang>. */
export function initialLanguage(requested: string | null = requestedInLocation()): Language {
  const language = chooseLanguage({ requested, stored: stored(), preferred: navigator.languages });
  apply(language);
  return language;
}

function apply(language: Language, ownsDocument = true): void {
  current = language;
  // Only a change: in Chromium, writing the same lang again restyles every
  // element of the page (measured: 4,003 of 4,003), and hydration did so (issue 12).
  if (ownsDocument && document.documentElement.lang !== language) document.documentElement.lang = language;
}

export const language = {
  get current(): Language {
    return current;
  },
  /** The learner's choice from the Tools menu: remembered for the next visit. */
  choose(tag: string): void {
    const language = matchLanguage(tag);
    if (!language) return;
    apply(language);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Not remembered; this page still speaks it.
    }
  },
  /** A share link's language: spoken for this visit, not remembered. */
  follow(tag: string): void {
    const language = matchLanguage(tag);
    if (language) apply(language);
  },
  /**
   * For the <pop-lab> element: the host page's `lang` attribute, else the
   * browser's languages; never stored, and the host's <html lang> is not ours
   * to change (the element sets `lang` on itself).
   */
  set(tag: string | null): Language {
    const language = matchLanguage(tag) ?? chooseLanguage({ preferred: navigator.languages });
    apply(language, false);
    return language;
  },
};
