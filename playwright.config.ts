import { defineConfig } from '@playwright/test';
import { PSEUDO, PSEUDO_DIR, SCRATCH, SCRATCH_DIR, SITE_DIRS, SITES, SUBPATH } from './test/browser/paths.ts';

// Playwright cannot download browsers here: we drive the system Chromium
// (Debian's package) and serve the production build, as a user would get it.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.POP_LAB_TEST_PORT ?? 4179);

/**
 * Where the tests find things. The production build is served both at the
 * root and under a sub-path (design.md: the build works from any path), and
 * the example documentation sites under their own sub-paths, by a plain
 * static server (scripts/static-server.mjs: no SPA fallback, 404 for a wrong
 * path, as GitHub Pages or a docs host would answer). Specs that use
 * page.goto('/') are unchanged; the sub-path specs use test/browser/paths.ts.
 */
const mounts = ['/=dist', `${SUBPATH}=dist`, `${SITES.vitepress}=${SITE_DIRS.vitepress}`, `${SITES.mkdocs}=${SITE_DIRS.mkdocs}`, `${SCRATCH}=${SCRATCH_DIR}`, `${PSEUDO}=${PSEUDO_DIR}`];

export default defineConfig({
  testDir: 'test/browser',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `node scripts/static-server.mjs --host 127.0.0.1 --port ${port} ${mounts.map((m) => `--mount ${m}`).join(' ')}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
