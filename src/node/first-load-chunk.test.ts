/**
 * The app's first load in one chunk (issue 12, src/node/first-load-chunk.ts),
 * checked on a build of a project in miniature: an entry that imports boot
 * once painted, boot's static imports, and a lazy chunk sharing some of them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { COMPILE_HINT, firstLoadChunk } from './first-load-chunk.ts';

const root = mkdtempSync(join(tmpdir(), 'pop-lab-first-load-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files: Record<string, string> = {
  'index.html': '<!doctype html><html><body><script type="module" src="/src/main.ts"></script></body></html>',
  // The entry: a module of its own (paint.ts, which boot also uses), then boot, dynamically.
  'src/main.ts': "import { painted } from './paint.ts';\npainted(() => void import('./boot.ts'));\n",
  'src/paint.ts': 'export function painted(then: () => void): void { setTimeout(then, 0); }\n',
  'src/boot.ts': "import { painted } from './paint.ts';\nimport { player } from './player.ts';\nimport { words } from './words.ts';\nglobalThis.started = player(words);\npainted(() => void import('./panels.ts'));\n",
  'src/player.ts': "import { steps } from './steps.ts';\nexport function player(w: string): string { return steps(w) + ' player'; }\n",
  'src/steps.ts': "export function steps(w: string): string { return w + ' steps'; }\n",
  'src/words.ts': "export const words = 'words';\n",
  // A lazy chunk that shares steps.ts and words.ts with the first load.
  'src/panels.ts': "import { steps } from './steps.ts';\nimport { words } from './words.ts';\nglobalThis.panels = steps(words) + ' panels';\n",
};

async function chunks(): Promise<Rollup.OutputChunk[]> {
  for (const [file, text] of Object.entries(files)) {
    const path = join(root, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  const firstLoad = firstLoadChunk('src/main.ts', 'src/boot.ts');
  const out = await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [firstLoad.plugin],
    build: { outDir: join(root, 'dist'), minify: false, rolldownOptions: { output: { codeSplitting: { groups: [firstLoad.group] } } } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  return outputs.flatMap((o) => o.output).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
}

describe('first-load chunk: the modules boot imports statically, in one chunk', () => {
  it('puts boot\'s static imports in "first-load", shared ones included, and leaves boot, the entry\'s own and the lazy chunk apart', async () => {
    const all = await chunks();
    const holding = (module: string) => all.filter((c) => Object.keys(c.modules).some((id) => id.endsWith(`/src/${module}`))).map((c) => c.name);
    expect(holding('player.ts')).toEqual(['first-load']);
    // Shared with the lazy panels: without the group each would be a chunk of its own.
    expect(holding('steps.ts')).toEqual(['first-load']);
    expect(holding('words.ts')).toEqual(['first-load']);
    // boot.ts starts the app at its top level: never in a chunk another one imports.
    expect(holding('boot.ts')).toEqual(['boot']);
    // The entry's own import stays out, so "first-load" is not fetched before the first paint.
    expect(holding('paint.ts')).not.toContain('first-load');
    expect(holding('panels.ts')).toEqual(['panels']);
    const entry = all.find((c) => c.isEntry)!;
    expect(entry.imports.some((file) => file.includes('first-load'))).toBe(false);
  });

  it('the written first-load and boot chunks begin with V8\'s compile hint (all their functions run at start-up); the others do not', async () => {
    const all = await chunks();
    const written = (name: string) => readFileSync(join(root, 'dist', all.find((c) => c.name === name)!.fileName), 'utf8');
    expect(written('first-load').startsWith(`${COMPILE_HINT}\n`)).toBe(true);
    expect(written('boot').startsWith(`${COMPILE_HINT}\n`)).toBe(true);
    expect(written('panels')).not.toContain(COMPILE_HINT);
    expect(written('index')).not.toContain(COMPILE_HINT);
  });
});
