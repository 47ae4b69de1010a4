/**
 * Reduced motion without a blanket rule (theme.css). A rule on every
 * element (`*`, `*::before`, `*::after`) tripled the cost of each style
 * recalculation of the page, so instead:
 * - every CSS transition, animation or smooth scroll in the app's and the
 *   embed's styles is in a file that also has a prefers-reduced-motion rule,
 *   and so is every import of a package's stylesheet that moves (xterm's);
 * - no script moves anything by itself (Svelte transitions, Web Animations,
 *   smooth scrolling): the stage's motion is the playback loop's, which
 *   jumps under reduced motion (controls/loop.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const ROOT = join(SRC, '..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const noComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** The CSS of a file: a stylesheet whole, a component's <style> blocks. */
function css(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.css')) return noComments(text);
  return noComments([...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n'));
}

/** A declaration that moves: a transition or animation other than none or 0s, or smooth scrolling. */
const MOVES = /(^|[\s;{])(-webkit-)?(transition(-property|-duration)?|animation(-name|-duration)?)\s*:(?!\s*(none|0m?s)\b)|scroll-behavior\s*:\s*smooth/m;
const GUARDED = /prefers-reduced-motion/;

describe('reduced motion (theme.css)', () => {
  const styles = files(SRC, /\.(css|svelte)$/).map((path) => ({ path, name: relative(SRC, path), css: css(path) }));

  it('tells a declaration that moves from one that stops motion', () => {
    for (const moving of ['a { transition: opacity 0.2s; }', 'a{transition:opacity .2s}', 'a { -webkit-animation: spin 1s; }', 'a { animation-name: fade; }', 'html { scroll-behavior: smooth; }']) {
      expect(MOVES.test(moving), moving).toBe(true);
    }
    for (const still of ['a { transition: none; }', 'a { animation: none; }', 'a { transition-duration: 0s; }', 'a { scroll-behavior: auto; }', 'a { color: red; }']) {
      expect(MOVES.test(still), still).toBe(false);
    }
  });

  it('finds the styles it checks, the presenter fade among those that move', () => {
    expect(styles.length).toBeGreaterThan(50);
    expect(styles.filter((s) => MOVES.test(s.css)).map((s) => s.name)).toContain(join('ui', 'presenter', 'presenter.css'));
  });

  it('every style of ours that moves has its own prefers-reduced-motion rule', () => {
    expect(styles.filter((s) => MOVES.test(s.css) && !GUARDED.test(s.css)).map((s) => s.name)).toEqual([]);
  });

  it("a package's stylesheet that moves is imported by a file whose styles stop it (xterm's scrollbar fade)", () => {
    const importers = files(SRC, /\.(ts|svelte)$/).filter((path) => !path.endsWith('.test.ts'));
    const found: string[] = [];
    for (const path of importers) {
      const text = readFileSync(path, 'utf8');
      for (const m of text.matchAll(/import\s*\(?\s*['"]([^'"./][^'"]*\.css)['"]/g)) {
        const sheet = noComments(readFileSync(join(ROOT, 'node_modules', m[1]!), 'utf8'));
        if (!MOVES.test(sheet)) continue;
        found.push(m[1]!);
        expect(GUARDED.test(css(path)), `${relative(SRC, path)} imports ${m[1]}, which moves`).toBe(true);
      }
    }
    expect(found).toContain('@xterm/xterm/css/xterm.css');
  });

  it('no script moves anything by itself', () => {
    const scripts = files(SRC, /\.(ts|svelte)$/).filter((path) => !path.endsWith('.test.ts'));
    const moving = scripts.filter((path) => {
      const text = readFileSync(path, 'utf8').replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
      return (
        /from ['"]svelte\/(transition|animate|motion)['"]/.test(text) ||
        /\s(transition|in|out|animate):[a-z]\w*[\s=/>|]/.test(text) ||
        /\.animate\(\s*[[{]/.test(text) ||
        /behavior:\s*['"]smooth['"]/.test(text)
      );
    });
    expect(moving.map((path) => relative(SRC, path))).toEqual([]);
  });

  it('the theme has no reduced-motion rule for every element', () => {
    const theme = css(join(SRC, 'ui', 'theme.css'));
    const blocks = [...theme.matchAll(/@media[^{]*prefers-reduced-motion[^{]*\{([\s\S]*?)\n\}/g)].map((m) => m[1]!);
    expect(blocks.filter((block) => /(^|[\s,(])\*/.test(block))).toEqual([]);
    expect(theme).not.toMatch(/\*::?(before|after)\s*[,{]/);
  });
});
