/**
 * The app in the pseudo-locale (scripts/pseudo-locale.mjs): every message of
 * the catalogue accented, ~30 % longer and wrapped in ⟦ ⟧. Built here, once,
 * into its own folder (POP_LAB_PSEUDO=1, vite.config.ts), served at /pseudo/.
 *
 * (a) Every visible word must come from the catalogue: once the ⟦…⟧ parts are
 *     taken out, what is left on screen may only be what no language
 *     translates: numbers, punctuation and symbols; protocol keywords and
 *     acronyms (written in capitals: USER, RETR, +OK, -ERR [IN-USE], RFC,
 *     TCP); the state tables' own names (SAVE_WAIT, "(await-save)"); whole
 *     wire lines ("C: RETR 1"); and the scenario's own data (its device
 *     names, user, host, message subjects and addresses).
 * (b) No label clips or overflows with the longer text: buttons, labels,
 *     headings, tabs and summaries keep scrollWidth ≤ clientWidth, at
 *     1280×800 and 390×844 (a line styled to end in an ellipsis on purpose
 *     is not clipping).
 */
import { spawnSync } from 'node:child_process';
import { test, expect, type Page } from '@playwright/test';
import { PSEUDO, PSEUDO_DIR } from './paths.ts';
import { DEFAULT_SCENARIO } from '../../src/scenarios/library/default.ts';
import { readCatalogue } from '../../scripts/i18n.mjs';
import { pseudoPattern } from '../../scripts/pseudo-locale.mjs';

/** The English catalogue, app and lessons: the pseudo-locale's names are made from it. */
const EN = readCatalogue('en') as Record<string, string>;

/** A message as the pseudo-locale shows it (no placeholders): an accessible name to find a control by. */
function say(key: string): string {
  const text = EN[key];
  if (typeof text !== 'string') throw new Error(`no English message ${key}`);
  return pseudoPattern(text);
}

/** A pseudo message with placeholders, as a pattern: each placeholder's value is any text. */
function sayPattern(key: string): RegExp {
  const parts = say(key).split(/\{[A-Za-z_]\w*\}/);
  return new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?'));
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(() => {
  // Two builds' worth of work on a shared machine.
  test.setTimeout(600_000);
  const compiled = spawnSync('node', ['scripts/i18n.mjs', '--pseudo', 'node_modules/.pseudo-paraglide'], { encoding: 'utf8' });
  expect(compiled.status, compiled.stderr).toBe(0);
  const built = spawnSync('npx', ['vite', 'build', '--outDir', PSEUDO_DIR, '--emptyOutDir'], { encoding: 'utf8', env: { ...process.env, POP_LAB_PSEUDO: '1' } });
  expect(built.status, built.stderr).toBe(0);
});

/** The scenario's own data, shown as its author wrote it in every language. */
const SCENARIO_DATA = new Set(
  [
    ...DEFAULT_SCENARIO.devices.map((d) => d.name),
    DEFAULT_SCENARIO.server.user,
    DEFAULT_SCENARIO.server.hostname,
    ...DEFAULT_SCENARIO.maildrop.flatMap((m) => [m.subject ?? '', m.from ?? '']),
  ].flatMap((s) => s.split(/\s+/)).map(bare).filter(Boolean),
);

function bare(word: string): string {
  return word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
}

/** A word that no language translates. */
function untranslatable(word: string): boolean {
  const w = bare(word);
  if (w === '') return true; // punctuation and symbols only
  if (/^[\d.,:×x%-]+$/u.test(w)) return true; // numbers, times, counts
  if (/^[+-]?[A-Z][A-Z0-9]*(?:[-/_][A-Z0-9]+)*$/u.test(w)) return true; // USER, +OK, -ERR, IN-USE, RFC, CRAM-MD5, POP3, SAVE_WAIT
  // A state table's own pseudo-step, written as the engine names it: "(await-save)", "(end)" (protocol/pop3/client.ts).
  if (/^\([a-z]+(?:-[a-z]+)*\)$/u.test(word)) return true;
  if (/^§\d/.test(w)) return true; // an RFC section
  return SCENARIO_DATA.has(w);
}

/** A whole line as it is on the wire: a client or server line. */
const WIRE_LINE = /^(?:[CS]: |[+-](?:OK|ERR)\b|[A-Z]{3,4}(?: \S+)*$)/;

interface Shown {
  readonly text: string;
  readonly where: string;
}

async function visibleTexts(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const out: Array<{ text: string; where: string }> = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[aria-hidden="true"], script, style, noscript, template, .xterm');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (text && el && shown(el)) out.push({ text, where: describe(el) });
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!shown(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const text = el.getAttribute(attr)?.trim();
        if (text) out.push({ text, where: `${describe(el)}[${attr}]` });
      }
    }
    return out;
  });
}

/** The words of a text that did not come from the catalogue. */
function foreign(text: string): string[] {
  // Take out catalogue messages, innermost first (a message may hold another as a parameter).
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '\u0000');
  }
  // What is left between messages: a wire line as a whole, or words that no language translates.
  return rest
    .split('\u0000')
    .map((part) => part.replace(/^[\s:;,.–—-]+/, '').trim())
    .filter((part) => part !== '' && !WIRE_LINE.test(part))
    .flatMap((part) => part.split(/\s+/).filter((w) => !untranslatable(w)));
}

async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('button, label, h1, h2, h3, h4, summary, [role="tab"], legend, th, select')) {
      if (!el.checkVisibility({ visibilityProperty: true }) || el.closest('[aria-hidden="true"], .visually-hidden')) continue;
      // A line designed to end in an ellipsis (the step's words under the timeline, whose
      // full text is in the wire caption and the narration) is cut on purpose, not clipped.
      if (getComputedStyle(el).textOverflow === 'ellipsis') continue;
      const box = el as HTMLElement;
      if (box.scrollWidth > box.clientWidth + 1) out.push(`${el.tagName.toLowerCase()} "${(box.textContent ?? '').trim().slice(0, 60)}" ${box.scrollWidth}>${box.clientWidth}`);
    }
    return out;
  });
}

async function openPseudo(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  await page.goto(PSEUDO);
  // The simulator has arrived when the step counter shows (its words are pseudo too).
  await expect(page.locator('body')).toContainText('⟦', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

async function expectCatalogueOnly(page: Page, label: string): Promise<void> {
  const problems = new Set<string>();
  for (const s of await visibleTexts(page)) {
    const words = foreign(s.text);
    if (words.length > 0) problems.add(`${s.where}: ${words.slice(0, 4).join(' ')}… in "${s.text.slice(0, 100)}"`);
  }
  expect([...problems], `${label}: words not from the catalogue`).toEqual([]);
}

for (const [width, height] of [[1280, 800], [390, 844]] as const) {
  test(`pseudo-locale at ${width}×${height}: every visible word comes from the catalogue, and no label clips`, async ({ page }) => {
    await openPseudo(page, width, height);
    await expectCatalogueOnly(page, 'first screen');
    expect(await overflowing(page), 'first screen: clipped labels').toEqual([]);

    // The Tools menu (named in the pseudo-locale, so found by its toggle).
    const tools = page.locator('button.tools-toggle');
    await tools.click();
    await expect(tools).toHaveAttribute('aria-expanded', 'true');
    await expectCatalogueOnly(page, 'Tools menu');
    expect(await overflowing(page), 'Tools menu: clipped labels').toEqual([]);
  });

  test(`pseudo-locale at ${width}×${height}: the Lessons tab and a lesson, the fault map and the shortcuts dialog`, async ({ page }) => {
    await openPseudo(page, width, height);

    // The Lessons tab (or, where the panels stand side by side, the panel itself), then lesson 3:
    // its title, summary, steps and goal are the lesson's catalogue file, pseudo like the rest.
    const opener = page.getByRole('tab', { name: say('layout_lessonsTab') }).or(page.getByRole('button', { name: say('layout_lessonsTab'), exact: true }));
    const heading = page.getByRole('heading', { name: say('lessons_heading'), level: 2 });
    // The panels are lazy: wait until the tab (phone) or the panel (laptop) is there before looking
    // for the tab (the network can be idle a moment before they are drawn).
    await expect(opener.or(heading).first()).toBeVisible();
    if (await opener.count()) await opener.first().click();
    await expect(heading).toBeVisible();
    await expectCatalogueOnly(page, 'Lessons tab');
    expect(await overflowing(page), 'Lessons tab: clipped labels').toEqual([]);
    await page.getByRole('button', { name: say('lesson_l03Title') }).click();
    await expect(page.getByRole('heading', { name: say('lesson_l03Title'), exact: true })).toBeVisible();
    const lesson = page.getByRole('article');
    for (const key of ['lesson_l03Summary', 'lesson_l03Step1', 'lesson_l03Step2', 'lesson_l03Step3', 'lesson_l03Goal']) await expect(lesson, key).toContainText(say(key));
    await expectCatalogueOnly(page, 'lesson 3');
    expect(await overflowing(page), 'lesson 3: clipped labels').toEqual([]);

    // The fault map, from the Tools menu, once every cell is computed.
    await page.locator('button.tools-toggle').click();
    await page.getByRole('button', { name: say('faultmap_open'), exact: true }).click();
    const map = page.getByRole('dialog', { name: say('faultmap_title') });
    await expect(map).toBeVisible();
    await expect(map.getByRole('status').last()).toHaveText(sayPattern('faultmap_computed'), { timeout: 60_000 });
    await expectCatalogueOnly(page, 'fault map');
    expect(await overflowing(page), 'fault map: clipped labels').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(map).toHaveCount(0);

    // The keyboard shortcuts (?) dialog: its code loads on the first ?, which
    // on a loaded machine can take longer than one look (once seen in a full
    // run); a second ? while it is open does nothing (the dialog keeps keys).
    const shortcuts = page.getByRole('dialog', { name: say('shortcuts_title') });
    await expect(async () => {
      await page.keyboard.press('?');
      await expect(shortcuts).toBeVisible({ timeout: 3000 });
    }).toPass({ timeout: 20_000 });
    await expectCatalogueOnly(page, 'shortcuts dialog');
    expect(await overflowing(page), 'shortcuts dialog: clipped labels').toEqual([]);
  });
}
