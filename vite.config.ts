import { defineConfig, type Plugin } from 'vite';
import path from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { APP_ENTRY, prerender } from './src/node/prerender.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from './src/i18n/language.ts';
import { stylesheetsOnly } from './src/node/preload.ts';
import { firstLoadChunk } from './src/node/first-load-chunk.ts';

// The app's first load in one chunk, not ~18 (src/node/first-load-chunk.ts).
const firstLoad = firstLoadChunk('src/main.ts', 'src/ui/boot.ts');

/**
 * The pseudo-locale build (POP_LAB_PSEUDO=1, test/browser/pseudo.spec.ts):
 * every import of the compiled catalogue is served from a copy in which every
 * language speaks the pseudo-locale (scripts/i18n.mjs --pseudo), so any word
 * on screen that is not wrapped in ⟦ ⟧ did not come from the catalogue.
 */
export const PSEUDO_CATALOGUE = 'node_modules/.pseudo-paraglide';
function pseudoLocale(): Plugin {
  const real = path.resolve('src/i18n/paraglide');
  const pseudo = path.resolve(PSEUDO_CATALOGUE);
  return {
    name: 'pop-lab-pseudo-locale',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && resolved.id.startsWith(real + path.sep)) return pseudo + resolved.id.slice(real.length);
      return null;
    },
  };
}

export default defineConfig({
  // Relative asset URLs (issue 8 item 10, issue 14): the same build works at a
  // domain root and under any sub-path (GitHub Pages project sites, a docs
  // site's /tools/pop-lab/), with no rebuild per deployment.
  base: './',
  plugins: [
    ...(process.env.POP_LAB_PSEUDO === '1' ? [pseudoLocale()] : []),
    svelte(),
    // The first screen as HTML in dist/index.html, hydrated by src/ui/boot.ts
    // (issue 12), in English and, in templates, in the other languages
    // (src/main.ts puts the page's into place: src/ui/first-language.ts).
    prerender(APP_ENTRY, DEFAULT_LANGUAGE, LANGUAGES),
    firstLoad.plugin,
    // Offline (issue 5): a Workbox service worker precaches the app shell and
    // every lazy chunk (the terminal included), so a classroom keeps working
    // without network after the first visit. The app registers it itself
    // (src/ui/offline.ts) once its first run is ready: registered at the
    // page's load event (registerSW.js), the worker downloaded every chunk
    // while a slow phone was still fetching the ones Play needs, and its
    // script was one more task right after the first paint (issue 12).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'POP Lab',
        short_name: 'POP Lab',
        description: 'See how POP mail clients and servers talk, and how mail gets duplicated or lost.',
        theme_color: '#1d4f91',
        background_color: '#ffffff',
        display: 'standalone',
        // PNG, not the SVG they are drawn from (public/favicon.svg): Chromium
        // renders an SVG icon as a document on the page's main thread, and the
        // tab's icon and the install check's made two tasks of ~0.1 s at 4x CPU
        // right after the first paint (issue 12). A PNG is only decoded.
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,png,woff2}'],
        // Workbox tests pathname + search, which under a sub-path is e.g.
        // /docs/tools/pop-lab/embed.html: match the embed page and the element
        // wherever the app is served, so a frame never gets the app shell.
        navigateFallbackDenylist: [/\/embed(\.html|\/)/],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Every browser that runs ES2022 modules supports <link rel=modulepreload>;
    // the polyfill would only cost first-load bytes.
    // A dynamic import() preloads only its stylesheets (src/node/preload.ts).
    modulePreload: { polyfill: false, resolveDependencies: stylesheetsOnly },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            firstLoad.group,
            // Modules only lazy chunks use (the transcript: export, terminal,
            // compare) would otherwise be merged into the entry chunk because
            // several lazy chunks share them; their own chunk keeps them out
            // of the first load.
            { name: 'lazy-shared', test: /\/src\/sim\/transcript\.ts$/, includeDependenciesRecursively: false },
          ],
        },
      },
    },
    // Only the app here. embed.html (iframes) and the <pop-lab> element are
    // separate builds (vite.embed-page.config.ts, vite.embed.config.ts) so the
    // app's first load shares no chunks with them.
  },
});
