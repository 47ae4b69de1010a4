/**
 * One chunk for the app's first load (issue 12). The modules the app's start
 * (src/ui/boot.ts) imports statically are all needed before Play works, but
 * the bundler split them into ~18 chunks by which lazy chunk shares them:
 * some of 84 and 158 bytes. Each one is a request, a response to handle and
 * a module to compile on the page's main thread; on Lighthouse's 2-CPU test
 * machine, every such task could be stretched several times over by the
 * browser's other threads, so many small ones made start-up's long tasks.
 * This plugin puts them in one chunk ("first-load"); the lazy chunks import
 * from it what they share, and it is always loaded before them.
 *
 * boot.ts itself stays in a chunk of its own: its top level starts the app,
 * and a lazy chunk that imports from "first-load" (the presenter notes
 * window's) must not run it. Node-only, used by vite.config.ts, and by
 * vite.embed-page.config.ts for embed.html's player (embed-page.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** https://v8.dev/blog/explicit-compile-hints */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The compiled catalogue (src/i18n/paraglide/): its index and each message's module. */
const CATALOGUE = /[\\/]i18n[\\/]paraglide[\\/]messages([\\/]|\.js$)/;

export interface FirstLoadChunk {
  readonly plugin: Plugin;
  /** For build.rolldownOptions.output.codeSplitting.groups. */
  readonly group: { name: string; test: (id: string) => boolean; priority: number; includeDependenciesRecursively: boolean };
}

export function firstLoadChunk(entryModule: string, bootModule: string): FirstLoadChunk {
  const members = new Set<string>();
  const plugin: Plugin = {
    name: 'pop-lab-first-load-chunk',
    apply: 'build',
    // V8's explicit compile hint (Chrome 136+): every function of these
    // chunks runs at start-up, so V8 compiles them all on the background
    // thread that streams the script, not each on the main thread at its
    // first call. App's hydration was ~20 ms of such compiling on the main
    // thread (CPU profile at 1x), ~6 ms with the hint. The comment must be
    // the file's first line: it is written last, into the written files
    // (Vite's own last touches, its preload map, go first in a chunk).
    writeBundle: {
      order: 'post',
      handler(options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !options.dir) continue;
          const boots = chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${bootModule}`) === true;
          if (chunk.name !== 'first-load' && !boots) continue;
          const file = join(options.dir, chunk.fileName);
          const code = readFileSync(file, 'utf8');
          if (!code.startsWith(COMPILE_HINT)) writeFileSync(file, `${COMPILE_HINT}\n${code}`);
        }
      },
    },
    buildEnd() {
      members.clear();
      const find = (module: string) => [...this.getModuleIds()].find((id) => id.replaceAll('\\', '/').endsWith(`/${module}`));
      // Rolldown's importedIds also lists a module's dynamic imports: those
      // are left out (dynamicallyImportedIds).
      const staticImports = (id: string) => {
        const info = this.getModuleInfo(id);
        const dynamic = new Set(info?.dynamicallyImportedIds ?? []);
        return (info?.importedIds ?? []).filter((dep) => !dynamic.has(dep));
      };
      // Not through the message catalogue's index, which names every
      // message: the lazy chunks' words would come along. The bundler
      // gives the first load's words a chunk of their own.
      const closure = (root: string) => {
        const seen = new Set<string>();
        const stack = staticImports(root);
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (seen.has(id) || id === root || CATALOGUE.test(id)) continue;
          seen.add(id);
          stack.push(...staticImports(id));
        }
        return seen;
      };
      const boot = find(bootModule);
      const entry = find(entryModule);
      if (!boot || !entry) return;
      // What the page's entry imports itself stays with it: in this chunk it
      // would be fetched before the first paint, sharing the slow phone's
      // bandwidth with the HTML and the stylesheets (LCP 1.0 s → 1.4 s in
      // Lighthouse's mobile simulation).
      const early = closure(entry);
      for (const id of closure(boot)) if (!early.has(id)) members.add(id);
    },
  };
  // Only these modules: by default a group also takes its modules'
  // dependencies, and that brought the preload helper (the entry's own).
  return { plugin, group: { name: 'first-load', test: (id) => members.has(id), priority: 20, includeDependenciesRecursively: false } };
}
