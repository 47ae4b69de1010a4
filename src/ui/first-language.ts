/**
 * The first screen in the learner's language (issue 12 item 1). The build
 * prerenders the app's first screen in English into #app and in each other
 * language into a <template data-first-screen="xx"> beside it
 * (src/node/prerender.ts). Before the first paint, a small script inlined
 * after those templates picks the page's language and puts that language's
 * screen into #app, so a German or Spanish learner sees their own words from
 * the first paint and the app hydrates them: nothing is rendered twice and
 * nothing moves (a client render of the whole app had shifted the page by a
 * whole screen, CLS 0.4-1.0).
 *
 * Both functions are inlined by their source text (`inlineScript`), so they
 * use nothing but their arguments and the browser's globals. boot.ts calls
 * `firstScreenIn` again: under a policy that refuses inline scripts the
 * screen is swapped there, before hydration (the English one shows until
 * then, but nothing moves).
 */

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

/** The inline script the build puts after the templates: picks the language and swaps the screen before the first paint. */
export function inlineScript(supported: readonly string[], storageKey: string): string {
  return `try{(${String(firstScreenIn)})(document,(${String(pageLanguage)})(document,${JSON.stringify(supported)},${JSON.stringify(storageKey)}))}catch(e){}`;
}
