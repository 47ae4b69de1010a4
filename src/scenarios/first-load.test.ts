// Guards the app's first-load split (design.md: at most 60 kB gzip): the lean
// entries must not statically reach the POP1/POP2 engines, the scenario
// library or valibot, and the app's start (src/ui/boot.ts, through App.svelte and
// everything it imports) must not reach the simulator at all: it paints the
// first frame from the scenario data and loads the simulator lazily (issue 12
// item 2, src/ui/simulator.ts). It follows static imports only (`import ...
// from` and side-effect `import '...'`, in .ts files and Svelte components'
// scripts); dynamic `import()` is the lazy edge we want.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every module reachable from `entry` by static, value-level imports (type-only imports are erased). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [resolve(SRC, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts') && !file.endsWith('.svelte')) continue;
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      if (m[2]) continue; // import type / export type
      const spec = m[3]!;
      todo.push(spec.startsWith('.') ? resolve(dirname(file), spec) : `package:${spec}`);
    }
  }
  return new Set([...seen].map((f) => (f.startsWith(SRC) ? f.slice(SRC.length + 1) : f.replace(/^.*package:/, 'package:'))));
}

const FORBIDDEN = [/^protocol\/pop1\//, /^protocol\/pop2\//, /^scenarios\/library\/(index|pop1|pop2|pop3)\.ts$/, /^scenarios\/(format|parse)\.ts$/, /^package:valibot/, /^sim\/engines-all\.ts$/];

/** The simulator proper: the app loads it after the first paint (src/ui/simulator.ts). */
const SIMULATOR = [/^sim\/(world|run|ledger|invariants|channel|engines|engines-pop3|live|index|prng)\.ts$/, /^protocol\/pop[123]\//, /^protocol\/digests\.ts$/, /^ui\/simulator\.ts$/];

describe('the app paints before the simulator loads', () => {
  it('main.ts, the page entry, is small: it imports the first screen\'s code only after the first paint', () => {
    // first-paint.ts says when (the first-contentful-paint entry), and
    // first-language.ts puts the page's language's prerendered screen in
    // place; both import nothing.
    expect([...staticGraph('main.ts')].filter((f) => f.endsWith('.ts') || f.endsWith('.svelte')).sort()).toEqual(['main.ts', 'ui/first-language.ts', 'ui/first-paint.ts']);
  });

  it("embed.html's entry is small too: the player's code comes after the first paint", () => {
    // It also puts the page's language's prerendered player in place (first-language.ts).
    const graph = [...staticGraph('embed/main.ts')].filter((f) => f.endsWith('.ts') || f.endsWith('.svelte')).sort();
    expect(graph).toEqual(['embed/main.ts', 'embed/prerendered.ts', 'i18n/language.ts', 'scenarios/library/default-id.ts', 'ui/first-language.ts', 'ui/first-paint.ts']);
  });

  it("embed.html's player (embed-page.ts) does not statically reach the whole library or its words", () => {
    // The default scenario's words are in title.ts's table; another built-in's
    // come with the library (scenario-text.ts, loaded only for one).
    const graph = staticGraph('embed/embed-page.ts');
    expect(graph.has('embed/title.ts')).toBe(true);
    expect([...graph].filter((f) => ['i18n/library-text.ts', 'scenarios/library/index.ts', 'embed/scenario-text.ts'].includes(f))).toEqual([]);
  });

  it('boot.ts (App.svelte, the stage, controls and Outcome) does not statically reach the simulator', () => {
    const graph = staticGraph('ui/boot.ts');
    // The walker does read the components: the first screen is in the graph.
    expect(['ui/App.svelte', 'ui/stage/Stage.svelte', 'ui/controls/Controls.svelte', 'ui/ledger/Outcome.svelte', 'ui/first-frame.ts'].filter((f) => !graph.has(f))).toEqual([]);
    expect([...graph].filter((f) => SIMULATOR.some((re) => re.test(f)) || FORBIDDEN.some((re) => re.test(f)))).toEqual([]);
  });

  it('the lazy simulator chunk does reach the world, the engines and the invariant checker', () => {
    const lazy = staticGraph('ui/simulator.ts');
    expect(['sim/world.ts', 'sim/invariants.ts', 'sim/ledger.ts', 'protocol/pop3/server.ts'].filter((f) => !lazy.has(f))).toEqual([]);
  });
});

describe('first-load entries stay lean', () => {
  for (const entry of ['ui/simulator.ts', 'sim/index.ts', 'scenarios/scenario.ts', 'scenarios/library/default.ts', 'scenarios/library/common.ts']) {
    it(`${entry} does not statically import POP1/POP2, the library or valibot`, () => {
      const graph = staticGraph(entry);
      expect(graph.has('protocol/pop3/server.ts')).toBe(entry === 'ui/simulator.ts');
      // The MD5 code is its own chunk too: only APOP and CRAM-MD5 devices need it.
      expect(graph.has('protocol/digests-noble.ts')).toBe(false);
      expect([...graph].filter((f) => FORBIDDEN.some((re) => re.test(f)))).toEqual([]);
    });
  }

  it('the full entries still reach everything (the walker sees what it must forbid)', () => {
    const full = staticGraph('sim/engines-all.ts');
    expect(full.has('protocol/pop1/server.ts') && full.has('protocol/pop2/client.ts')).toBe(true);
    const format = staticGraph('scenarios/format.ts');
    expect(format.has('package:valibot')).toBe(true);
  });
});
