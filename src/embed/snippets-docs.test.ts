/**
 * The snippets a docs author copies are the ones the app's Embed dialog
 * writes (snippets.ts) and the ones the tested example sites use: the
 * README, docs/embedding.md and examples/ are compared with snippets.ts
 * output here, so none of them can drift (issue 14 "Done when").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinScenario } from '../scenarios/library/index.ts';
import { elementSnippet, iframeSnippet } from './snippets.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const F3 = { scenarioId: 'f3-drop-before-quit', mode: 'delete' as const, title: builtinScenario('f3-drop-before-quit')!.title };
const FIRST = { scenarioId: 'first-session', mode: 'delete' as const };
const ABSOLUTE = 'https://pop-lab.example/';

/** The fenced ```html blocks of a markdown text, in order. */
function htmlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```html\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

/** The snippet without its first (script) line: sites that load the script elsewhere. */
const withoutScript = (snippet: string) => snippet.split('\n').slice(1).join('\n');

describe('documented snippets are the Embed dialog’s', () => {
  it('README: the element and iframe snippets', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Embedding'), readme.indexOf('## How it is built'));
    expect(htmlBlocks(section)).toEqual([elementSnippet({ base: ABSOLUTE, ...F3 }), iframeSnippet({ base: ABSOLUTE, ...F3 })]);
  });

  it('docs/embedding.md: the same two, and the plain-HTML recipe in relative form', () => {
    const blocks = htmlBlocks(read('docs/embedding.md'));
    expect(blocks[0]).toBe(elementSnippet({ base: ABSOLUTE, ...F3 }));
    expect(blocks[1]).toBe(iframeSnippet({ base: ABSOLUTE, ...F3 }));
    expect(blocks).toContain(`${elementSnippet({ base: '../pop-lab/', ...FIRST })}\n\n${iframeSnippet({ base: '../pop-lab/', ...F3 })}`);
  });

  it('the VitePress example and its recipe (scripts in head, the rest as the dialog writes it)', () => {
    const page = read('examples/vitepress/embed.md');
    const element = withoutScript(elementSnippet({ base: './pop-lab/', ...FIRST }));
    const iframe = withoutScript(iframeSnippet({ base: './pop-lab/', ...F3 }));
    expect(page).toContain(element);
    expect(page).toContain(iframe);
    expect(htmlBlocks(read('docs/embedding.md'))).toContain(`${element}\n\n${iframe}`);
  });

  it('the MkDocs example and its recipe (scripts in extra_javascript, HTML inside a div)', () => {
    const page = read('examples/mkdocs/docs/embed.md');
    const element = `<div class="pop-lab-embed">\n${withoutScript(elementSnippet({ base: '../pop-lab/', ...FIRST }))}\n</div>`;
    const iframe = `<div class="pop-lab-embed">\n${withoutScript(iframeSnippet({ base: '../pop-lab/', ...F3 }))}\n</div>`;
    expect(page).toContain(element);
    expect(page).toContain(iframe);
    expect(htmlBlocks(read('docs/embedding.md'))).toContain(`${element}\n\n${iframe}`);
  });
});
