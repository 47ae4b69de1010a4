import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    svelte(),
    // Offline (issue 5): a Workbox service worker precaches the app shell and
    // every lazy chunk (the terminal included), so a classroom keeps working
    // without network after the first visit. Registration is an external
    // script (registerSW.js), never inline, so strict CSPs still hold.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: {
        name: 'POP Lab',
        short_name: 'POP Lab',
        description: 'See how POP mail clients and servers talk, and how mail gets duplicated or lost.',
        theme_color: '#1d4f91',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,png,woff2}'],
        navigateFallbackDenylist: [/^\/embed/],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Two pages: the app, and embed.html for iframes (issue 5). The <pop-lab>
    // custom element is a separate library build (vite.embed.config.ts).
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
});
