#!/usr/bin/env node
// Builds the example documentation sites in examples/ with POP Lab embedded,
// exactly as docs/embedding.md tells a docs author to:
//   1. copy only the embed files of the production build (not the whole app)
//      into the site's static folder, under pop-lab/;
//   2. build the site with its own generator.
// Run after `npm run build` (dist/ must hold embed.html and dist/embed/).
//
//   node scripts/build-examples.mjs            # both sites
//   node scripts/build-examples.mjs vitepress  # one of them
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

const DIST = 'dist';

/** The files a docs site needs, relative to dist/ (docs/embedding.md lists the same). */
export function embedFiles(dist = DIST) {
  const files = ['embed/pop-lab.js', 'embed/pop-lab-resizer.js', 'embed.html', 'icon-32.png', 'favicon.svg'];
  for (const name of readdirSync(join(dist, 'assets'))) if (/^embed-.*\.(js|css)$/.test(name)) files.push(`assets/${name}`);
  return files;
}

function copyEmbed(into) {
  rmSync(into, { recursive: true, force: true });
  for (const file of embedFiles()) {
    const to = join(into, file);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(DIST, file), to);
  }
}

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.error) throw new Error(`${cmd} could not start: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status}`);
}

const SITES = {
  vitepress() {
    copyEmbed('examples/vitepress/public/pop-lab');
    run('npx', ['vitepress', 'build', 'examples/vitepress']);
  },
  mkdocs() {
    const probe = spawnSync('mkdocs', ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      throw new Error('mkdocs is not installed: apt-get install mkdocs mkdocs-material (Debian packages; .ci/run installs them)');
    }
    console.log(probe.stdout.trim());
    copyEmbed('examples/mkdocs/docs/pop-lab');
    run('mkdocs', ['build', '--clean', '--config-file', 'examples/mkdocs/mkdocs.yml']);
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted) if (!(name in SITES)) throw new Error(`unknown site "${name}"; use ${Object.keys(SITES).join(' or ')}`);
if (!existsSync(join(DIST, 'embed/pop-lab.js')) || !existsSync(join(DIST, 'embed.html'))) {
  console.error('dist/ has no embed files: run `npm run build` first');
  process.exit(1);
}
try {
  for (const name of wanted.length > 0 ? wanted : Object.keys(SITES)) SITES[name]();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
