/**
 * The first screen in the learner's language (issue 12 item 1). The build
 * prerenders the app's first screen in English into #app and in each other
 * language into a <template data-first-screen="xx"> beside it
 * (src/node/prerender.ts). The page's entry (src/main.ts), the first of our
 * code to run, picks the page's language and puts that language's screen
 * into #app, so the app hydrates it: nothing is rendered twice and nothing
 * moves (a client render of the whole app had shifted the page by a whole
 * screen, CLS 0.4-1.0). The entry runs once the HTML is parsed, usually
 * before the first paint (the stylesheets come first); otherwise the English
 * screen shows for that moment, and is replaced whole, which moves nothing.
 *
 * Not an inline script in the HTML: in Lighthouse's traces one made the
 * page's start-up later (its compile, and the parser waiting for the
 * stylesheets before running it). This module stays small: the entry
 * carries it.
 */

/** Where the app keeps the learner's language (src/i18n/language.ts LANGUAGE_STORAGE_KEY; first-language.test.ts checks they agree). */
export const LANGUAGE_KEY = 'pop-lab.lang';

/**
 * The page's language, as src/i18n/language.ts chooses it (and
 * first-language.test.ts checks they agree): the link's `lang` (the
 * fragment's, then the query's), then the learner's stored choice, then the
 * browser's languages by primary subtag, then the first of `supported`.
 */
export function pageLanguage(doc: Document, supported: readonly string[], storageKey: string): string {
  const match = (tag: string | null | undefined): string | null => {
    if (!tag) return null;
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    return supported.find((l) => l === primary) ?? null;
  };
  const where = doc.defaultView?.location;
  const requested = where ? (new URLSearchParams(where.hash.replace(/^#/, '')).get('lang') ?? new URLSearchParams(where.search).get('lang')) : null;
  let stored: string | null = null;
  try {
    stored = doc.defaultView?.localStorage.getItem(storageKey) ?? null;
  } catch {
    // No storage: the browser's languages decide.
  }
  const preferred = doc.defaultView?.navigator.languages ?? [];
  return match(requested) ?? match(stored) ?? preferred.map(match).find((l) => l !== null) ?? supported[0]!;
}

/**
 * Puts `language`'s prerendered first screen into #app when it holds
 * another one (the English by default). True when #app then holds that
 * language's first screen, to be hydrated; false when there is none for it
 * (nothing prerendered, as in `vite dev`).
 */
export function firstScreenIn(doc: Document, language: string): boolean {
  const app = doc.getElementById('app');
  if (!app || !app.firstElementChild) return false;
  if ((app.getAttribute('data-first-screen') ?? 'en') === language) return true;
  const screen = doc.querySelector(`template[data-first-screen="${language}"]`);
  if (!screen || !('content' in screen)) return false;
  app.replaceChildren((screen as HTMLTemplateElement).content.cloneNode(true));
  app.setAttribute('data-first-screen', language);
  doc.documentElement.lang = language;
  return true;
}

/**
 * For the entry: the page's language among those prerendered (English and
 * the templates'), its screen put into #app. Never throws: at worst the
 * English screen stays, and boot.ts decides again.
 */
export function showPageLanguage(doc: Document): void {
  try {
    const others = [...doc.querySelectorAll('template[data-first-screen]')].map((t) => t.getAttribute('data-first-screen') ?? '');
    if (others.length === 0) return;
    firstScreenIn(doc, pageLanguage(doc, ['en', ...others], LANGUAGE_KEY));
  } catch {
    // The English screen stays; boot.ts tries again with the app's own choice.
  }
}
