// Draws the PNG icons (public/icon-{32,192,512}.png) from public/favicon.svg with
// the system Chromium: run it after changing the SVG.
//   node scripts/icons.mjs
// PNG because Chromium renders an SVG icon as a document on the page's main
// thread (issue 12: two ~0.1 s tasks at 4x CPU right after the first paint).
import { chromium } from '@playwright/test';
import fs from 'node:fs';
const svg = fs.readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [32, 192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
