/**
 * The build's prerender step (issue 12 item 1): a Vite plugin that renders a
 * page's first screen with Svelte's server renderer and writes it into the
 * built HTML, between the markers
 *   <!--prerender-->…<!--/prerender-->
 * of index.html / embed.html. The browser then hydrates that markup
 * (src/main.ts, src/embed/embed-page.ts): the learner sees the stage, the
 * controls and the Outcome before any JavaScript has run.
 *
 * The render runs the page's own modules through a Vite SSR server (with the
 * Svelte plugin, compiled for the server), so every `vite build` of the app
 * or of embed.html gets the prerendered HTML: `npm run build`,
 * scripts/test-all.mjs and .ci/run alike. Node-only.
 */
import { createServer, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export interface PrerenderEntry {
  /** The module (from the project root) that renders the first screen. */
  readonly module: string;
  /** Its export: (locale) => { html, lang }. */
  readonly render: string;
}

export const APP_ENTRY: PrerenderEntry = { module: '/src/ui/first-screen.ts', render: 'renderFirstScreen' };
export const EMBED_ENTRY: PrerenderEntry = { module: '/src/embed/first-screen.ts', render: 'renderEmbedFirstScreen' };

const MARKED = /<!--prerender-->[\s\S]*?<!--\/prerender-->/;

/** Renders an entry's first screen in a throwaway Vite SSR server. */
export async function renderEntry(entry: PrerenderEntry, locale = 'en'): Promise<{ html: string; lang: string }> {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    appType: 'custom',
    // As in the build: production Svelte, whoever calls (vite build, or a test under NODE_ENV=test).
    mode: 'production',
    plugins: [svelte({ compilerOptions: { dev: false } })],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await server.ssrLoadModule(entry.module)) as Record<string, (locale: string) => { html: string; lang: string }>;
    const render = mod[entry.render];
    if (typeof render !== 'function') throw new Error(`${entry.module} has no export ${entry.render}`);
    return render(locale);
  } finally {
    await server.close();
  }
}

/** Puts the rendered first screen between the page's markers (and its lang on <html>). */
export function injectFirstScreen(page: string, screen: { html: string; lang: string }): string {
  if (!MARKED.test(page)) throw new Error('prerender: the page has no <!--prerender-->…<!--/prerender--> markers');
  return page.replace(MARKED, () => screen.html).replace(/<html lang="[^"]*"/, `<html lang="${screen.lang}"`);
}

/** The Vite plugin: in a build, the page's HTML gets its prerendered first screen. */
export function prerender(entry: PrerenderEntry, locale = 'en'): Plugin {
  return {
    name: 'pop-lab-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        return injectFirstScreen(html, await renderEntry(entry, locale));
      },
    },
  };
}
