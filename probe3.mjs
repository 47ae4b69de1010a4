import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const w of [360, 390, 412, 600, 768, 900, 1024, 1280, 1440, 1920]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 800 }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4182/');
  const h0 = await page.evaluate(() => { const n = document.querySelector('.narration-slot'); const o = document.querySelector('.outcome'); return [n.getBoundingClientRect().height, o.getBoundingClientRect().height, parseFloat(getComputedStyle(document.querySelector('.narration')).fontSize)]; });
  await page.waitForTimeout(2500);
  const h1 = await page.evaluate(() => { const n = document.querySelector('.narration-slot'); const o = document.querySelector('.outcome'); return [n.getBoundingClientRect().height, o.getBoundingClientRect().height]; });
  console.log(w, JSON.stringify(h0), JSON.stringify(h1));
  await ctx.close();
}
await browser.close();
