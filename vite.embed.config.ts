/**
 * The <pop-lab> custom element as ONE standalone ES module:
 * dist/embed/pop-lab.js (CSS compiled into the module and injected into each
 * element's shadow root). Run after the main build, which empties dist/:
 *   npx vite build && npx vite build --config vite.embed.config.ts
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [
    svelte({
      // Component styles travel inside the JS and are appended to the shadow
      // root the component is mounted in (not to the host page's <head>).
      compilerOptions: { css: 'injected' },
      emitCss: false,
    }),
  ],
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: false,
    lib: {
      entry: 'src/embed/element.ts',
      formats: ['es'],
      fileName: () => 'pop-lab.js',
    },
    rollupOptions: {
      output: { codeSplitting: false },
    },
  },
});
