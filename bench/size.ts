/**
 * First-load size: the gzip size of the JS and CSS that index.html pulls in
 * before anything is imported lazily (design.md budget: 60 kB).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export interface SizeReport {
  readonly files: ReadonlyArray<{ file: string; gzipBytes: number }>;
  readonly firstLoadGzipBytes: number;
  readonly lazyGzipBytes: number;
}

export function measureFirstLoad(distDir = 'dist'): SizeReport {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const referenced = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="(?:\.?\/)?([^"]+\.(?:js|css))"/g)) referenced.add(match[1]!);
  // Chunks statically imported by the entry are preloaded by Vite (modulepreload links), so they are in `referenced`.
  const gz = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  const files = [...referenced].map((file) => ({ file, gzipBytes: gz(file) }));
  let lazy = 0;
  const assets = join(distDir, 'assets');
  if (existsSync(assets)) {
    for (const name of readdirSync(assets)) {
      const file = `assets/${name}`;
      if (/\.(js|css)$/.test(name) && !referenced.has(file)) lazy += gz(file);
    }
  }
  return { files, firstLoadGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0), lazyGzipBytes: lazy };
}

/** The embeds' own sizes (gzip): the element script, the resizer, and embed.html's JS+CSS. */
export function measureEmbed(distDir = 'dist'): { elementGzipBytes: number; resizerGzipBytes: number; framePageGzipBytes: number } {
  const gz = (file: string) => (existsSync(join(distDir, file)) ? gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length : 0);
  const html = existsSync(join(distDir, 'embed.html')) ? readFileSync(join(distDir, 'embed.html'), 'utf8') : '';
  let page = 0;
  for (const match of html.matchAll(/(?:src|href)="(?:\.?\/)?([^"]+\.(?:js|css))"/g)) page += gz(match[1]!);
  return { elementGzipBytes: gz('embed/pop-lab.js'), resizerGzipBytes: gz('embed/pop-lab-resizer.js'), framePageGzipBytes: page };
}
