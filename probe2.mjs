import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const vp = { width: Number(process.argv[2] ?? 1280), height: 800 };
const sels = ['.narration-slot', '.stage > .stores', '.stage > .wireline', '.outcome', '.outcome p.scope', '.outcome ul.counts', '.controls-panel', '.invite', '.more-faults'];
async function rects(page) { return page.evaluate((sels) => Object.fromEntries(sels.map(s => { const e = document.querySelector(s); if (!e) return [s, null]; const r = e.getBoundingClientRect(); return [s, `${Math.round(r.top)}+${Math.round(r.height)}`]; })), sels); }
const nojs = await (await browser.newContext({ viewport: vp, javaScriptEnabled: false })).newPage();
await nojs.goto('http://127.0.0.1:4182/');
console.log('nojs ', await rects(nojs));
const ctx = await browser.newContext({ viewport: vp, reducedMotion: 'reduce' });
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:4182/');
await page.waitForTimeout(3000);
console.log('ready', await rects(page));
await browser.close();
