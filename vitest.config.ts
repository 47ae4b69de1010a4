import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    // Register the MD5 digests (APOP, CRAM-MD5) statically, as Node code does; the browser app loads them lazily.
    setupFiles: ['test/setup-digests.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
