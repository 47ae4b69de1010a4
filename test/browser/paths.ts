/**
 * Where the browser tests' static server (playwright.config.ts,
 * scripts/static-server.mjs) serves things besides the root: the same
 * production build under a sub-path, and the example documentation sites
 * (examples/) under theirs, as a docs host would.
 */
export const SUBPATH = '/docs/tools/pop-lab/';
export const SITES = { vitepress: '/sites/vitepress/', mkdocs: '/sites/mkdocs/' } as const;
/** Folders the server maps to those paths (relative to the repository root). */
export const SITE_DIRS = { vitepress: 'examples/vitepress/.vitepress/dist', mkdocs: 'examples/mkdocs/site' } as const;
/** A folder the tests write host pages into, served at SCRATCH (real pages, so Chromium lets them frame the lab). */
export const SCRATCH = '/scratch/';
export const SCRATCH_DIR = 'test-results/scratch';
/** The pseudo-locale build (test/browser/pseudo.spec.ts builds it) and where it is served. */
export const PSEUDO = '/pseudo/';
export const PSEUDO_DIR = 'test-results/dist-pseudo';
