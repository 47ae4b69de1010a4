/**
 * The build's prerender step (issue 12 item 1): a Vite plugin that renders a
 * page's first screen with Svelte's server renderer and writes it into the
 * built HTML, between the markers
 *   <!--prerender-->…<!--/prerender-->
 * of index.html / embed.html. The browser then hydrates that markup
 * (src/ui/boot.ts, src/embed/embed-page.ts, each loaded by the page's small
 * entry once the first screen is painted): the learner sees the stage, the
 * controls and the Outcome before any JavaScript has run.
 *
 * The render runs the page's own modules through a Vite SSR server (with the
 * Svelte plugin, compiled for the server), so every `vite build` of the app
 * or of embed.html gets the prerendered HTML: `npm run build`,
 * scripts/test-all.mjs and .ci/run alike. Node-only.
 */
import { createServer, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export interface PrerenderEntry {
  /** The module (from the project root) that renders the first screen. */
  readonly module: string;
  /** Its export: (locale) => { html, lang }. */
  readonly render: string;
  /**
   * The module the page's small entry imports once the first screen is
   * painted (src/main.ts → src/ui/boot.ts): its stylesheets are linked from
   * the HTML, so the prerendered screen is styled from the start. Its code is
   * not preloaded: every request the page starts before its first paint
   * shares the slow phone's bandwidth with the HTML and the stylesheets, and
   * the ~60 kB of the app's code delayed that paint by about half a second
   * in Lighthouse's mobile simulation (issue 12). The entry asks for it right
   * after the paint.
   */
  readonly boot?: string;
}

export const APP_ENTRY: PrerenderEntry = { module: '/src/ui/first-screen.ts', render: 'renderFirstScreen', boot: 'src/ui/boot.ts' };
export const EMBED_ENTRY: PrerenderEntry = { module: '/src/embed/first-screen.ts', render: 'renderEmbedFirstScreen', boot: 'src/embed/embed-page.ts' };

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

/** The stylesheets of the boot module's chunk and of the chunks it imports statically: as tags for the page's head. */
export function bootTags(bundle: Rollup.OutputBundle, boot: string): HtmlTagDescriptor[] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const root = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${boot}`));
  if (!root) throw new Error(`prerender: no chunk for ${boot}`);
  const files = new Set<string>();
  const css = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk) => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const sheet of (chunk as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) css.add(sheet);
    for (const name of chunk.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(root);
  return [...css].map((href): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${href}` }, injectTo: 'head' }));
}

const OTHERS = /<!--other-languages-->/;

/**
 * Puts each other language's first screen into a <template
 * data-first-screen="xx"> at the page's <!--other-languages--> marker (after
 * #app), where the page's entry finds the learner's (src/ui/first-language.ts).
 */
export function injectOtherLanguages(page: string, screens: readonly { html: string; lang: string }[]): string {
  if (!OTHERS.test(page)) throw new Error('prerender: the page has no <!--other-languages--> marker');
  return page.replace(OTHERS, () => screens.map((s) => `<template data-first-screen="${s.lang}">${s.html}</template>`).join(''));
}

/**
 * The Vite plugin: in a build, the page's HTML gets its prerendered first
 * screen in `locale`, and, with `others`, one more per language in templates.
 */
export function prerender(entry: PrerenderEntry, locale = 'en', others?: readonly string[]): Plugin {
  return {
    name: 'pop-lab-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        let page = injectFirstScreen(html, await renderEntry(entry, locale));
        if (others) {
          const screens = [];
          for (const language of others.filter((l) => l !== locale)) screens.push(await renderEntry(entry, language));
          page = injectOtherLanguages(page, screens);
        }
        if (!entry.boot || !ctx.bundle) return page;
        // Tags already in the page (the entry's own stylesheet and preloads) are not added twice.
        const tags = bootTags(ctx.bundle, entry.boot).filter((t) => !page.includes(`"${String(t.attrs?.href)}"`));
        return { html: page, tags };
      },
    },
  };
}
