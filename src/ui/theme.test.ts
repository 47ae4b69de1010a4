/**
 * Reduced motion without a blanket rule (theme.css): every CSS transition,
 * animation or smooth scroll in the app's and the embed's styles sits in a
 * file that also says what happens under prefers-reduced-motion. A rule on
 * every element (`*`, `*::before`, `*::after`) tripled the cost of each
 * style recalculation of the page, so each style that moves stops itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(css|svelte)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The CSS of a file: a stylesheet whole, a component's <style> blocks. */
function css(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.css')) return text;
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

const MOVES = /(^|[\s;{])(transition(-property|-duration)?|animation(-name|-duration)?)\s*:\s*(?!none\b|0s\b)|scroll-behavior\s*:\s*smooth/m;

describe('reduced motion (theme.css)', () => {
  const styles = files(ROOT).map((path) => ({ path, css: css(path).replace(/\/\*[\s\S]*?\*\//g, '') }));

  it('finds the styles it checks, the presenter fade among them', () => {
    expect(styles.length).toBeGreaterThan(50);
    expect(styles.filter((s) => MOVES.test(s.css)).map((s) => s.path.slice(ROOT.length + 1))).toContain('ui/presenter/presenter.css');
  });

  it('every style that moves says what it does under prefers-reduced-motion', () => {
    const unguarded = styles.filter((s) => MOVES.test(s.css) && !/prefers-reduced-motion/.test(s.css)).map((s) => s.path.slice(ROOT.length + 1));
    expect(unguarded).toEqual([]);
  });

  it('the theme has no rule for every element that only reduced motion needs', () => {
    const theme = css(join(ROOT, 'ui/theme.css')).replace(/\/\*[\s\S]*?\*\//g, '');
    expect(theme).not.toMatch(/\*::?(before|after)/);
    expect(theme).not.toMatch(/prefers-reduced-motion/);
  });
});
