#!/usr/bin/env node
// Runs every test runner (Vitest for unit/property/integration tests, then
// Playwright against the production build in system Chromium) and ends with
// one plain line, "N passed, N failed", summed over all runners, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('.reports', { recursive: true });
let passed = 0;
let failed = 0;
let exitCode = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) exitCode = 1;
  return result.status ?? 1;
}

function readJson(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`could not read ${path}: ${error}`);
    return undefined;
  }
}

// 0. Types: strict TypeScript over .ts and .svelte files. Not a test runner, so it adds
// nothing to "passed"; a type error counts as one failure.
if (run('svelte-check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']) !== 0) failed += 1;

// 1. Vitest (node): unit, property, golden transcripts, TCP bridge with real clients.
run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.reports/vitest.json']);
const vitest = readJson('.reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += (vitest.numFailedTests ?? 0);
  if (!vitest.success && (vitest.numFailedTests ?? 0) === 0) failed += 1; // a suite that failed to load
} else {
  failed += 1;
}

// 2. Playwright: the built app in real Chromium.
if (existsSync('test/browser') && !process.argv.includes('--unit-only')) {
  const built = run('build', 'npx', ['vite', 'build']);
  // The <pop-lab> element builds second: the main build empties dist/.
  const builtEmbed = built === 0 ? run('build:embed', 'npm', ['run', 'build:embed']) : 1;
  if (built === 0 && builtEmbed === 0) {
    run('playwright', 'npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: '.reports/playwright.json',
    });
    const pw = readJson('.reports/playwright.json');
    if (pw?.stats) {
      // A test that passed on its retry counts as passed, but is named so it gets looked at.
      passed += (pw.stats.expected ?? 0) + (pw.stats.flaky ?? 0);
      failed += pw.stats.unexpected ?? 0;
      if (pw.stats.flaky) console.log(`note: ${pw.stats.flaky} browser test(s) passed only on retry`);
      if ((pw.errors ?? []).length > 0) failed += 1;
    } else {
      failed += 1;
    }
  } else {
    failed += 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exitCode || (failed > 0 ? 1 : 0));
