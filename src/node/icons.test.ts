import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('icons: PNG, so no SVG is rendered on the main thread at start-up (issue 12)', () => {
  it('the pages name the 32 px PNG as their icon', () => {
    for (const page of ['index.html', 'embed.html']) {
      expect(readFileSync(page, 'utf8')).toContain('<link rel="icon" href="/icon-32.png" sizes="32x32" type="image/png" />');
      expect(readFileSync(page, 'utf8')).not.toContain('favicon.svg');
    }
    expect(pngSize('public/icon-32.png')).toEqual({ width: 32, height: 32 });
  });

  it("the web app manifest's icons are PNGs of the sizes it declares", () => {
    const config = readFileSync('vite.config.ts', 'utf8');
    const icons = [...config.matchAll(/\{ src: '(icon-\d+\.png)', sizes: '(\d+)x(\d+)', type: 'image\/png' \}/g)];
    expect(icons.map((m) => m[1])).toEqual(['icon-192.png', 'icon-512.png']);
    for (const [, file, w, h] of icons) expect(pngSize(`public/${file}`)).toEqual({ width: Number(w), height: Number(h) });
  });
});
