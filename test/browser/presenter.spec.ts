/**
 * Presenter mode and the presenter notes window (src/ui/presenter/).
 * Needs PresenterControls mounted in App's header and NotesView mounted for
 * ?view=notes.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openStill, openTools, timeline, stopDemo } from './helpers.ts';

test('presenter mode: the toggle hides the chrome, clicker keys step once each, b blanks the screen', async ({ page }) => {
  await openStill(page);
  await openTools(page);
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
  // The Tools menu closes so nothing covers the lab; the toggle inside it says it is on.
  await expect(page.getByRole('button', { name: 'Tools' })).toHaveAttribute('aria-expanded', 'false');
  await openTools(page);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Tools' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Protocol' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Outcome' })).toBeVisible();

  await expect(timeline(page)).toHaveValue('0');
  await page.keyboard.press('PageDown');
  await expect(timeline(page)).toHaveValue('1');
  await page.keyboard.press('PageDown');
  await expect(timeline(page)).toHaveValue('2');
  await page.keyboard.press('PageUp');
  await expect(timeline(page)).toHaveValue('1');
  // The lab's own arrow shortcut must not step a second time.
  await page.keyboard.press('ArrowRight');
  await expect(timeline(page)).toHaveValue('2');

  await page.keyboard.press('b');
  const resume = page.getByRole('button', { name: 'Show the lab' });
  await expect(resume).toBeVisible();
  await page.keyboard.press('b');
  await expect(resume).toBeHidden();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
  }

  await openTools(page);
  await toggle.click();
  await expect(page.locator('html')).not.toHaveAttribute('data-presenter', 'on');
  await expect(page.getByRole('combobox', { name: 'Protocol' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(timeline(page)).toHaveValue('2');
});

test('presenter notes: a second window follows the lab, and its remote drives it', async ({ page, context }) => {
  await openStill(page);
  await openTools(page);
  const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open presenter notes' }).click()]);
  await notes.waitForLoadState();
  expect(new URL(notes.url()).searchParams.get('view')).toBe('notes');
  await expect(notes.getByText(/^Step 0 of \d+$/)).toBeVisible();
  await expect(notes.getByRole('heading', { name: 'Next step' })).toBeVisible();

  await notes.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(timeline(page)).toHaveValue('1');
  await expect(notes.getByText(/^Step 1 of \d+$/)).toBeVisible();

  // The lab moves: the notes follow.
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(notes.getByText(/^Step 2 of \d+$/)).toBeVisible();
  await notes.getByRole('button', { name: 'Previous' }).click();
  await expect(timeline(page)).toHaveValue('1');

  // A clicker plugged into the presenter's laptop works in the notes window too.
  await notes.keyboard.press('PageDown');
  await expect(timeline(page)).toHaveValue('2');

  // Faults from the remote.
  await notes.getByRole('button', { name: 'Drop connection' }).click();
  await expect(page.getByText(/Faults you added/)).toBeVisible();

  // Jump to a step.
  await notes.getByRole('spinbutton', { name: 'Go to step' }).fill('5');
  await notes.getByRole('button', { name: 'Go' }).click();
  await expect(timeline(page)).toHaveValue('5');

  const results = await new AxeBuilder({ page: notes }).analyze();
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([]);
});

/**
 * Measures the page in presenter mode: whether the document scrolls, every
 * visible element that leaves the viewport or its panel, the smallest
 * visible text (SVG text at its drawn size), and the drawn area of the stage
 * against the other blocks.
 */
async function measurePresenter(page: Page) {
  return page.evaluate(() => {
    const vw = innerWidth;
    const vh = innerHeight;
    const root = document.documentElement;
    const shown = (el: Element): boolean => {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      // visually-hidden text (1×1 px, clipped) is for screen readers only.
      return r.width > 1 && r.height > 1;
    };
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;

    // Elements outside the viewport or outside their panel.
    const clipped: string[] = [];
    // Boxes that hold content (a panel the layout takes apart with display: contents has no box).
    const containers = [...document.querySelectorAll('header, main .panel, main .stores')].filter((c) => getComputedStyle(c).display !== 'contents');
    for (const el of document.querySelectorAll('body *')) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1) clipped.push(`off-screen: ${describe(el)} ${JSON.stringify([r.left, r.top, r.right, r.bottom].map(Math.round))}`);
      // The innermost box around it (ancestors come first in document order).
      const box = containers.filter((c) => c !== el && c.contains(el)).at(-1);
      if (box) {
        const b = box.getBoundingClientRect();
        if (r.left < b.left - 1 || r.top < b.top - 1 || r.right > b.right + 1 || r.bottom > b.bottom + 1) clipped.push(`outside its panel: ${describe(el)}`);
      }
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) clipped.push(`content cut inside: ${describe(el)}`);
      }
    }

    // The smallest visible text, at the size it is drawn.
    let minText = Infinity;
    let minWhat = '';
    const consider = (el: Element, text: string) => {
      let px = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) px *= el.getScreenCTM()?.a ?? 1;
      if (px < minText) {
        minText = px;
        minWhat = `${describe(el)}: "${text.slice(0, 40)}"`;
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el || el.closest('option, script, style') || !shown(el)) continue;
      consider(el, text);
    }
    for (const select of document.querySelectorAll('select')) if (shown(select)) consider(select, select.value);

    // The stage (the picture at its drawn size, the viewBox scaled to fit,
    // with its wire caption and the stores) against each other block.
    const svg = document.querySelector<SVGSVGElement>('main svg[role="img"]')!;
    const vb = svg.viewBox.baseVal;
    const sr = svg.getBoundingClientRect();
    const scale = Math.min(sr.width / vb.width, sr.height / vb.height);
    const area = (el: Element | null) => {
      if (!el || !shown(el)) return 0;
      const r = el.getBoundingClientRect();
      return r.width * r.height;
    };
    const stageArea = vb.width * scale * vb.height * scale + area(document.querySelector('main .stage > .wireline')) + area(document.querySelector('main .stores'));
    const others = {
      header: area(document.querySelector('header')),
      outcome: area(document.querySelector('main .outcome-panel')),
      controls: area(document.querySelector('main .controls-panel')),
      narration: area(document.querySelector('main .narration')),
    };
    const narration = parseFloat(getComputedStyle(document.querySelector('main .narration')!).fontSize);
    // The command or reply on the wire: the SVG label that starts with its direction arrow.
    const wire = [...svg.querySelectorAll('text')].filter((el) => /^[▶◀]/.test(el.textContent?.trim() ?? '') && shown(el));
    const wirePx = wire.map((el) => parseFloat(getComputedStyle(el).fontSize) * (el.getScreenCTM()?.a ?? 1));
    return {
      scrolls: root.scrollHeight > vh + 1 || root.scrollWidth > vw + 1 || document.body.scrollHeight > vh + 1,
      sizes: `document ${root.scrollWidth}×${root.scrollHeight}, body ${document.body.scrollWidth}×${document.body.scrollHeight}, viewport ${vw}×${vh}`,
      clipped,
      minText,
      minWhat,
      stageArea,
      others,
      narration,
      wirePx,
    };
  });
}

for (const [width, height] of [[1024, 768], [1280, 720], [1280, 800], [1920, 1080]] as const) {
  test(`presenter mode fits a ${width}×${height} projector: no scrolling, nothing clipped, no text under 16 px, the stage largest`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    // Motion on, as on a classroom machine: the first-visit demo starts; pause it.
    await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    await page.goto('/');
    await stopDemo(page);
    await openTools(page);
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
    // The menu closes so the lab is not covered; lessons and the panels below the stage are gone.
    await expect(page.getByRole('button', { name: 'Tools' })).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('heading', { name: 'Lessons' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Sequence' })).toBeHidden();

    // A step with a command on the wire: from the start, step until one is drawn.
    await page.keyboard.press('Home');
    const onWire = page.locator('main svg text').filter({ hasText: /^\s*[▶◀]/ });
    for (let i = 0; i < 12 && (await onWire.count()) === 0; i++) await page.keyboard.press('PageDown');
    await expect(onWire.first()).toBeVisible();
    // Wait for the picture to settle (a travelling label moves, but its size does not change).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: scheme });
      const m = await measurePresenter(page);
      expect(m.scrolls, `the page scrolls: ${m.sizes}`).toBe(false);
      expect(m.clipped, m.clipped.join('\n')).toEqual([]);
      expect(m.minText, `smallest text: ${m.minWhat}`).toBeGreaterThanOrEqual(16);
      for (const [name, a] of Object.entries(m.others)) expect(m.stageArea, `stage vs ${name}`).toBeGreaterThan(a);
      // The narration and the wire label are much larger than the rest.
      expect(m.narration).toBeGreaterThanOrEqual(24);
      expect(m.wirePx.length).toBeGreaterThan(0);
      for (const px of m.wirePx) expect(px).toBeGreaterThanOrEqual(20);
    }
    await page.screenshot({ path: `test-results/screenshots/presenter-${width}x${height}.png` });
  });
}
