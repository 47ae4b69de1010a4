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

/**
 * The catalogue's files for one language, as project.inlang/settings.json
 * lists them: the app's messages, then one file per lesson
 * (messages/lessons/<lesson file>/{locale}.json), so a translator works on a
 * lesson's three languages side by side.
 */
export function catalogueFiles(locale, projectDir = root) {
  const settings = JSON.parse(fs.readFileSync(path.join(projectDir, 'project.inlang/settings.json'), 'utf8'));
  const patterns = [settings['plugin.inlang.messageFormat'].pathPattern].flat();
  return patterns.map((p) => path.join(projectDir, p.replace('{locale}', locale)));
}

/**
 * One language's messages from all its files (a key in two files is an
 * error); `{ only: 'app' }` reads the app's file alone, without the lessons.
 */
export function readCatalogue(locale, projectDir = root, { only } = {}) {
  const all = {};
  const files = catalogueFiles(locale, projectDir);
  for (const file of only === 'app' ? files.slice(0, 1) : files) {
    const messages = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const [key, value] of Object.entries(messages)) {
      if (key === '$schema') continue;
      if (key in all) throw new Error(`${path.relative(projectDir, file)}: the key ${key} is in another catalogue file too`);
      all[key] = value;
    }
  }
  return all;
}

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
      fs.cpSync(path.join(root, 'project.inlang'), path.join(scratch, 'project.inlang'), { recursive: true });
      const targets = catalogueFiles('en').map((en) => path.relative(root, en));
      for (const en of targets) {
        const pseudo = JSON.stringify(pseudoCatalogue(JSON.parse(fs.readFileSync(path.join(root, en), 'utf8'))), null, 2);
        for (const locale of ['en', 'es', 'de']) {
          const file = path.join(scratch, en.replace(/en\.json$/, `${locale}.json`));
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, pseudo);
        }
      }
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
