/**
 * embed.html, the page for iframes, as its own build into dist/ (after the
 * main build, which empties dist/). Kept apart from the app's build so the
 * app's first load is one chunk that shares nothing with the embed page:
 * fewer, larger chunks compress better (design.md: first load <= 60 kB gzip).
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { EMBED_ENTRY, prerender } from './src/node/prerender.ts';
import { stylesheetsOnly } from './src/node/preload.ts';
import { firstLoadChunk } from './src/node/first-load-chunk.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from './src/i18n/language.ts';

// As the app's: what the player (embed-page.ts) imports statically in one
// chunk, and V8's compile hint on it and on the player's own (issue 12).
const firstLoad = firstLoadChunk('src/embed/main.ts', 'src/embed/embed-page.ts');

export default defineConfig({
  // The default player's first screen as HTML in dist/embed.html (issue 12),
  // in English and, in templates, in the other languages.
  plugins: [svelte(), prerender(EMBED_ENTRY, DEFAULT_LANGUAGE, LANGUAGES), firstLoad.plugin],
  // Relative asset URLs: embed.html works wherever dist/ is served, at a
  // domain root or under a sub-path (issue 14, review item 2).
  base: './',
  // The public folder is known (so /icon-32.png is rewritten relative) but not
  // copied again: the main build already did.
  publicDir: 'public',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    // As the app's build: the player's import() preloads only its stylesheets (src/node/preload.ts).
    modulePreload: { polyfill: false, resolveDependencies: stylesheetsOnly },
    rollupOptions: {
      input: { embed: 'embed.html' },
      output: {
        entryFileNames: 'assets/embed-[hash].js',
        chunkFileNames: 'assets/embed-[name]-[hash].js',
        assetFileNames: 'assets/embed-[name]-[hash][extname]',
        codeSplitting: { groups: [firstLoad.group] },
      },
    },
  },
});
