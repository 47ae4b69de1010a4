/**
 * First-load size: the gzip size of the JS and CSS that index.html pulls in
 * before anything is imported lazily (design.md budget: 60 kB).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readCatalogue } from '../scripts/i18n.mjs';

export interface SizeReport {
  readonly files: ReadonlyArray<{ file: string; gzipBytes: number }>;
  readonly firstLoadGzipBytes: number;
  /**
   * The simulator (src/ui/simulator.ts's chunk and the chunks it imports
   * statically, minus the first load's): not needed for the first paint, but
   * loaded right after it, before Play works (issue 12 item 2). Part of lazyGzipBytes.
   */
  readonly simulatorGzipBytes: number;
  readonly lazyGzipBytes: number;
}

/** A chunk and every chunk it imports statically (`from"./x.js"` / `import"./x.js"` in Vite's output), as assets/ paths. */
function staticClosure(distDir: string, entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) todo.push(`assets/${m[1]}`);
  }
  return seen;
}

export function measureFirstLoad(distDir = 'dist'): SizeReport {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const referenced = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="(?:\.?\/)?([^"]+\.(?:js|css))"/g)) referenced.add(match[1]!);
  // The app itself (src/ui/boot.ts's chunk and what it imports statically),
  // which the entry imports right after the first paint: not in the HTML, but
  // part of every first visit.
  const boot = existsSync(join(distDir, 'assets')) ? readdirSync(join(distDir, 'assets')).find((n) => /^boot-[^.]*\.js$/.test(n)) : undefined;
  if (boot) for (const file of staticClosure(distDir, `assets/${boot}`)) referenced.add(file);
  const gz = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  const files = [...referenced].map((file) => ({ file, gzipBytes: gz(file) }));
  let lazy = 0;
  let simulator = 0;
  const assets = join(distDir, 'assets');
  if (existsSync(assets)) {
    const names = readdirSync(assets);
    for (const name of names) {
      const file = `assets/${name}`;
      if (/\.(js|css)$/.test(name) && !referenced.has(file)) lazy += gz(file);
    }
    const entry = names.find((n) => /^simulator-[^.]*\.js$/.test(n));
    if (entry) for (const file of staticClosure(distDir, `assets/${entry}`)) if (!referenced.has(file)) simulator += gz(file);
  }
  return { files, firstLoadGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0), simulatorGzipBytes: simulator, lazyGzipBytes: lazy };
}

/** The embeds' own sizes (gzip): the element script, the resizer, and embed.html's JS+CSS. */
export function measureEmbed(distDir = 'dist'): { elementGzipBytes: number; resizerGzipBytes: number; framePageGzipBytes: number } {
  const gz = (file: string) => (existsSync(join(distDir, file)) ? gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length : 0);
  const html = existsSync(join(distDir, 'embed.html')) ? readFileSync(join(distDir, 'embed.html'), 'utf8') : '';
  const files = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="(?:\.?\/)?([^"]+\.(?:js|css))"/g)) files.add(match[1]!);
  // The player itself (embed-page.ts's chunk and what it imports statically),
  // which the small entry imports once the first screen is painted: not in
  // the HTML, but part of every embed's load (as the app's boot.ts above).
  for (const file of [...files]) {
    if (!file.endsWith('.js') || !existsSync(join(distDir, file))) continue;
    const player = /["'`]\.\/(embed-embed-page-[\w-]+\.js)["'`]/.exec(readFileSync(join(distDir, file), 'utf8'))?.[1];
    if (player) for (const chunk of staticClosure(distDir, `assets/${player}`)) files.add(chunk);
  }
  let page = 0;
  for (const file of files) page += gz(file);
  return { elementGzipBytes: gz('embed/pop-lab.js'), resizerGzipBytes: gz('embed/pop-lab-resizer.js'), framePageGzipBytes: page };
}

/**
 * The catalogue's bytes per language (issue 11): for each language, the gzip
 * size of the text of every message in its whole catalogue (the app's and
 * every lesson's files), and of the messages the first load carries. Paraglide compiles one module per message holding all of its
 * languages, so a first-screen message brings its Spanish and German text
 * into the first load too; this says how much that is. A message counts as
 * first-load when its English text (or, for a message with variants, its
 * first variant's) appears in the first load's JS.
 */
export function measureLanguages(distDir = 'dist', projectDir?: string): {
  readonly firstLoadKeys: number;
  readonly allKeys: number;
  readonly perLanguage: ReadonlyArray<{ language: string; firstLoadGzipBytes: number; allGzipBytes: number }>;
} {
  type Catalogue = Record<string, string | Array<{ match: Record<string, string> }>>;
  // The whole catalogue of a language: the app's messages and every lesson's
  // (project.inlang/settings.json lists the files; scripts/i18n.mjs reads them).
  const read = (language: string) => readCatalogue(language, projectDir) as Catalogue;
  const texts = (value: Catalogue[string]) => (typeof value === 'string' ? [value] : value.flatMap((v) => Object.values(v.match)));
  const en = read('en');
  const keys = Object.keys(en);
  const { files } = measureFirstLoad(distDir);
  const firstLoadJs = files.filter((f) => f.file.endsWith('.js')).map((f) => readFileSync(join(distDir, f.file), 'utf8')).join('\n');
  // The compiler writes placeholders as ${i?.name}; look for the longest literal run of the text.
  const literal = (text: string) => text.split(/\{[A-Za-z_]\w*\}/).sort((a, b) => b.length - a.length)[0] ?? '';
  const inFirstLoad = keys.filter((k) => {
    const probe = literal(texts(en[k]!)[0] ?? '');
    return probe.length >= 6 && firstLoadJs.includes(probe.replace(/`/g, '\\`'));
  });
  // A language's own text: a message it does not have yet (a lesson still to
  // translate) falls back to English at run time and adds no bytes of its own.
  const own = (c: Catalogue, ks: readonly string[]) => ks.flatMap((k) => (c[k] === undefined ? [] : texts(c[k])));
  const gz = (values: string[]) => gzipSync(Buffer.from(values.join('\n')), { level: 9 }).length;
  const perLanguage = ['en', 'es', 'de'].map((language) => {
    const c = read(language);
    return {
      language,
      firstLoadGzipBytes: gz(own(c, inFirstLoad)),
      allGzipBytes: gz(own(c, keys)),
    };
  });
  return { firstLoadKeys: inFirstLoad.length, allKeys: keys.length, perLanguage };
}
