/**
 * Builds the floor page (bench/floor/) with the project's own Vite and
 * Svelte, into a temporary folder (bench/lighthouse.ts passes --outDir).
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  root: 'bench/floor',
  base: './',
  publicDir: false,
  plugins: [svelte()],
  build: { target: 'es2022', emptyOutDir: true, modulePreload: { polyfill: false } },
});
