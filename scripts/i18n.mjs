#!/usr/bin/env node
// Compiles the message catalogue (messages/{en,es,de}.json, inlang message
// format) into typed, tree-shakable functions with Paraglide JS 2.
//
// The compiled output is committed (src/i18n/paraglide/), so a fresh clone
// runs `npm run dev`, `npm test`, svelte-check and the tsx CLIs with no
// compile step in front of each; src/i18n/catalogue.test.ts fails when the
// committed output is not what this script would write. After editing a
// catalogue file run `npm run i18n`.
//
//   node scripts/i18n.mjs            write src/i18n/paraglide/
//   node scripts/i18n.mjs --pseudo D write a pseudo-locale build of it to D:
//                                    every language speaks the pseudo-locale
//                                    (test/browser/pseudo.spec.ts)
//
// The inlang SDK would fetch the message-format plugin from a CDN; the plugin
// is an npm dev dependency instead and is handed to the SDK directly, so the
// compiler never touches the network.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProjectFromDirectory } from '@inlang/sdk';
import { compileProject } from '@inlang/paraglide-js';
import messageFormat from '@inlang/plugin-message-format';
import { pseudoCatalogue } from './pseudo-locale.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTDIR = path.join(root, 'src/i18n/paraglide');

/** The compiler options, in one place for the script and the up-to-date test. */
export const COMPILER_OPTIONS = {
  // One module per message, holding its three languages: the bundler then puts
  // each message in the chunk that uses it (first load or a lazy panel). With
  // one module per locale, every message used anywhere landed in one chunk
  // that the first load pulled in (73.6 kB instead of 43 kB).
  outputStructure: 'message-modules',
  // The browser sets the language through overwriteGetLocale (src/ui/language.svelte.ts);
  // Node (the CLIs, tests) uses the global variable that setLocale writes.
  strategy: ['globalVariable', 'baseLocale'],
  emitGitIgnore: false,
  emitPrettierIgnore: false,
  includeEslintDisableComment: true,
  // The compiled JS carries JSDoc types; tsconfig's allowJs lets TypeScript
  // read them, so no .d.ts per message (and no tsc run) is needed.
  emitTsDeclarations: false,
};

/** Compiles the project at `projectDir` into a map of file name to text. */
export async function compileCatalogue(projectDir = root, options = {}) {
  const project = await loadProjectFromDirectory({
    path: path.join(projectDir, 'project.inlang'),
    fs,
    providePlugins: [messageFormat],
  });
  try {
    const files = await compileProject({ project, compilerOptions: { ...COMPILER_OPTIONS, ...options } });
    // The README describes Paraglide in general; ours is this script's header.
    delete files['README.md'];
    // server.js is Paraglide's SSR middleware; the prerender renders with the same runtime.
    for (const name of Object.keys(files)) if (name.startsWith('server.')) delete files[name];
    return files;
  } finally {
    await project.close();
  }
}

function writeFiles(dir, files) {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

async function main() {
  const pseudoAt = process.argv.indexOf('--pseudo');
  if (pseudoAt >= 0) {
    const target = path.resolve(process.argv[pseudoAt + 1] ?? '.pseudo/paraglide');
    // A scratch project whose every language is the pseudo-locale made from en.json.
    const scratch = fs.mkdtempSync(path.join(root, 'node_modules/.pseudo-project-'));
    try {
      fs.mkdirSync(path.join(scratch, 'messages'));
      fs.cpSync(path.join(root, 'project.inlang'), path.join(scratch, 'project.inlang'), { recursive: true });
      const en = JSON.parse(fs.readFileSync(path.join(root, 'messages/en.json'), 'utf8'));
      const pseudo = JSON.stringify(pseudoCatalogue(en), null, 2);
      for (const locale of ['en', 'es', 'de']) fs.writeFileSync(path.join(scratch, 'messages', `${locale}.json`), pseudo);
      writeFiles(target, await compileCatalogue(scratch));
      console.log(`pseudo-locale catalogue written to ${path.relative(root, target)}`);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    return;
  }
  writeFiles(OUTDIR, await compileCatalogue());
  console.log(`catalogue compiled to ${path.relative(root, OUTDIR)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
