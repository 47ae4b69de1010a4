/**
 * Node, with modules compiled as for the browser (Vite's client environment):
 * the runes tests then run Svelte's client runtime, where $derived tracks
 * and $effect runs, as in the app; the default Node environment compiles
 * .svelte.ts for the server, where effects never run.
 */
import type { Environment } from 'vitest/environments';

export default {
  name: 'node-client',
  viteEnvironment: 'client',
  setup() {
    return { teardown() {} };
  },
} satisfies Environment;
