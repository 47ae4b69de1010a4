import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          exclude: ['src/**/*.svelte.test.ts'],
          environment: 'node',
        },
      },
      {
        // The UI's state classes with runes (player.svelte.ts), compiled by
        // the Svelte plugin for the browser as the app uses them, run in Node.
        extends: true,
        plugins: [svelte({ configFile: false })],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'runes',
          include: ['src/**/*.svelte.test.ts'],
          environment: './test/env/node-client.ts',
          // Svelte through Vite too, so `svelte` (flushSync) is the same
          // client runtime as the compiled runes, not Node's server build.
          server: { deps: { inline: ['svelte'] } },
        },
      },
    ],
  },
});
