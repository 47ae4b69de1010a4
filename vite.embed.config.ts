/**
 * The <pop-lab> custom element as ONE standalone script:
 * dist/embed/pop-lab.js (CSS compiled into it and injected into each
 * element's shadow root), plus dist/embed/pop-lab-resizer.js, the host-side
 * helper that sizes POP Lab iframes. Run after the main build, which empties
 * dist/:
 *   npx vite build && npx vite build --config vite.embed.config.ts
 *
 * Both are IIFEs: no import/export, no global, fully minified (Vite keeps
 * whitespace in "es" library output), and they run as modules or as classic
 * scripts alike. Neither loads anything else, so they work from any path.
 */
import { build, defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { PreprocessorGroup } from 'svelte/compiler';

/**
 * Inside a shadow root, `rem` is the HOST page's root font size (MkDocs
 * Material sets 20px, so buttons grew to 48px). Every `Nrem` of the component
 * styles becomes `calc(N * var(--pop-lab-rem))`, a size the element owns
 * (16px by default, set on :host in src/embed/element.ts). Only this build
 * does it: the app and embed.html are their own documents.
 */
const toLocalRem = (css: string) => css.replace(/(^|[^\w.])(-?\d*\.?\d+)rem\b/g, '$1calc($2 * var(--pop-lab-rem, 16px))');
const localRem: PreprocessorGroup = {
  name: 'pop-lab-local-rem',
  style: ({ content }) => ({ code: toLocalRem(content) }),
};
/** The same for the shared theme (src/ui/theme.css), which element.ts adopts into each shadow root. */
const localRemPostcss = {
  postcssPlugin: 'pop-lab-local-rem',
  Declaration(decl: { value: string }) {
    decl.value = toLocalRem(decl.value);
  },
};

/** Builds the resizer after the element, into the same folder. */
function resizer(): Plugin {
  return {
    name: 'pop-lab-resizer',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          // It runs on other people's pages: an older target than the app's.
          target: 'es2017',
          outDir: 'dist/embed',
          emptyOutDir: false,
          copyPublicDir: false,
          lib: { entry: 'src/embed/resizer.ts', formats: ['iife'], name: 'popLabResizer', fileName: () => 'pop-lab-resizer.js' },
        },
      });
    },
  };
}

export default defineConfig({
  plugins: [
    svelte({
      // Component styles travel inside the JS and are appended to the shadow
      // root the component is mounted in (not to the host page's <head>).
      compilerOptions: { css: 'injected' },
      emitCss: false,
      preprocess: [localRem],
    }),
    resizer(),
  ],
  css: { postcss: { plugins: [localRemPostcss] } },
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: false,
    lib: {
      entry: 'src/embed/pop-lab.ts',
      formats: ['iife'],
      name: 'popLab',
      fileName: () => 'pop-lab.js',
    },
    rollupOptions: {
      output: { codeSplitting: false },
    },
  },
});
