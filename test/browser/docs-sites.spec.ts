/**
 * Embedding in real documentation sites (issue 14 item 5): the example sites
 * in examples/ are built here with their own generators (VitePress from npm,
 * MkDocs + mkdocs-material from Debian's packages) by
 * scripts/build-examples.mjs, which copies only the embed files of dist/ into
 * them, as docs/embedding.md tells an author to. They are served under a
 * sub-path by the tests' static server (playwright.config.ts), and each is
 * checked as a reader would use it: the element renders and plays, the iframe
 * resizes so the Outcome shows with no inner scrollbar, the text below does
 * not move while playing, the site's own dark toggle switches both widgets
 * without resetting them, client-side navigation away and back leaves one
 * working widget, and nothing is logged to the console. Motion is on.
 */
import { test, expect, type Page, type Locator, type FrameLocator } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { SITES } from './paths.ts';

// Whole sites on a shared two-CPU machine: generous time per test (no timing is asserted).
test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(() => {
  // Building VitePress takes a while on a busy machine.
  test.setTimeout(600_000);
  // POP_LAB_EXAMPLES_BUILT=1: the sites were just built by hand (saves a minute while iterating).
  if (process.env.POP_LAB_EXAMPLES_BUILT === '1') return;
  const built = spawnSync('node', ['scripts/build-examples.mjs'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building the example sites failed:\n${built.stdout}\n${built.stderr}`);
});

interface Site {
  readonly name: keyof typeof SITES;
  /** The page with the embeds, relative to the site's root. */
  readonly embedPage: string;
  /** The site's own light → dark control. */
  readonly toDark: (page: Page) => Locator;
  /** Links of the site's own navigation. */
  readonly nav: (page: Page, name: string) => Locator;
}

const SITE_LIST: readonly Site[] = [
  {
    name: 'vitepress',
    embedPage: 'embed.html',
    toDark: (page) => page.getByRole('switch', { name: 'Switch to dark theme' }).locator('visible=true').first(),
    nav: (page, name) => page.getByRole('navigation').getByRole('link', { name, exact: true }).locator('visible=true').first(),
  },
  {
    name: 'mkdocs',
    embedPage: 'embed/',
    toDark: (page) => page.getByTitle('Switch to dark mode').locator('visible=true').first(),
    nav: (page, name) => page.getByRole('navigation').getByRole('link', { name, exact: true }).locator('visible=true').first(),
  },
];

function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  return errors;
}

const element = (page: Page) => page.locator('pop-lab');
const frameOf = (page: Page): FrameLocator => page.frameLocator('iframe[title^="POP Lab"]');

/** The timeline's value, as a number. */
async function stepOf(scope: Locator | FrameLocator): Promise<number> {
  return Number(await scope.getByRole('slider', { name: 'Timeline' }).inputValue());
}

/** Waits until the element has measured its run and reserved its height. */
async function reserved(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.querySelector('pop-lab')?.shadowRoot?.querySelector<HTMLElement>('.stage-box')?.style.minHeight ?? ''), { timeout: 30_000 })
    .not.toBe('');
}

async function shownTheme(page: Page): Promise<{ element: string | null; frame: string | null }> {
  const el = await page.evaluate(() => document.querySelector('pop-lab')?.shadowRoot?.querySelector('.pop-lab')?.getAttribute('data-theme') ?? null);
  const frame = await frameOf(page).locator('html').getAttribute('data-theme');
  return { element: el, frame };
}

for (const site of SITE_LIST) {
  test.describe(`${site.name} example site`, () => {
    const url = `${SITES[site.name]}${site.embedPage}`;

    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      test(`at ${viewport.width}×${viewport.height}: the element plays with its text below still, the iframe shows the Outcome with no inner scrollbar`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
        const errors = consoleErrors(page);
        await page.goto(url);

        // The element: rendered (fallback replaced), sized in its own px, not the site's rem.
        const lab = element(page);
        await expect(lab.getByRole('region', { name: 'Outcome' })).toBeVisible();
        await expect(lab.getByText('Open this scenario in POP Lab')).toBeHidden();
        const play = lab.getByRole('button', { name: 'Play' });
        const playBox = await play.boundingBox();
        expect(playBox!.height, 'the Play button is sized by the widget, not by the site root font size').toBeLessThan(44);
        await reserved(page);

        // Plays; the paragraph right below does not move while it does.
        const below = page.getByText('Text right below the element');
        // Position in the document (boundingBox is relative to the viewport, which clicks may scroll).
        const top = () => below.evaluate((p) => Math.round(p.getBoundingClientRect().top + window.scrollY));
        const before = await top();
        await play.click();
        await expect(lab.getByRole('button', { name: 'Pause' })).toBeVisible();
        const seen = new Set<number>();
        for (let i = 0; i < 8; i++) {
          seen.add(await top());
          await expect.poll(() => stepOf(lab)).toBeGreaterThan(i);
        }
        expect([...seen]).toEqual([before]);
        await lab.getByRole('button', { name: 'Pause' }).click();

        // The iframe: sized by pop-lab-resizer.js to its content, the Outcome inside it, no scrollbar.
        const iframe = page.locator('iframe[title^="POP Lab"]');
        await iframe.scrollIntoViewIfNeeded();
        const frame = frameOf(page);
        await expect(frame.getByRole('region', { name: 'Outcome' })).toBeVisible();
        await expect.poll(() => iframe.evaluate((f) => (f as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
        await expect
          .poll(() => frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight))
          .toBeLessThanOrEqual(0);
        const frameBox = (await iframe.boundingBox())!;
        const outcomeBox = (await frame.getByRole('region', { name: 'Outcome' }).boundingBox())!;
        expect(outcomeBox.y + outcomeBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height + 0.5);
        expect(errors).toEqual([]);
      });
    }

    test("the site's dark toggle switches both widgets live, without resetting the run", async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
      const errors = consoleErrors(page);
      await page.goto(url);
      const lab = element(page);
      await expect(lab.getByRole('region', { name: 'Outcome' })).toBeVisible();
      await page.locator('iframe[title^="POP Lab"]').scrollIntoViewIfNeeded();
      await expect(frameOf(page).getByRole('region', { name: 'Outcome' })).toBeVisible();
      await expect.poll(() => shownTheme(page)).toEqual({ element: 'light', frame: 'light' });

      // Somewhere in the run, and playing.
      for (let i = 0; i < 3; i++) await lab.getByRole('button', { name: 'Step forward' }).click();
      await expect.poll(() => stepOf(lab)).toBe(3);
      await frameOf(page).getByRole('button', { name: 'Step forward' }).click();
      await expect.poll(() => stepOf(frameOf(page))).toBe(1);
      await lab.getByRole('button', { name: 'Play' }).click();

      await site.toDark(page).click();
      await expect.poll(() => shownTheme(page)).toEqual({ element: 'dark', frame: 'dark' });
      // Still playing from where it was: nothing was reset.
      await expect(lab.getByRole('button', { name: 'Pause' })).toBeVisible();
      expect(await stepOf(lab)).toBeGreaterThanOrEqual(3);
      expect(await stepOf(frameOf(page))).toBe(1);
      await lab.getByRole('button', { name: 'Pause' }).click();

      const shots = process.env.POP_LAB_SHOTS_DIR;
      if (shots) {
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: `${shots}/${site.name}-dark-1280.png`, fullPage: true });
      }
      expect(errors).toEqual([]);
    });

    test('client-side navigation away and back leaves exactly one working widget of each kind', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
      const errors = consoleErrors(page);
      await page.goto(url);
      await expect(element(page).getByRole('region', { name: 'Outcome' })).toBeVisible();
      const shots = process.env.POP_LAB_SHOTS_DIR;
      if (shots) {
        mkdirSync(shots, { recursive: true });
        await reserved(page);
        await page.locator('iframe[title^="POP Lab"]').scrollIntoViewIfNeeded();
        await expect(frameOf(page).getByRole('region', { name: 'Outcome' })).toBeVisible();
        await page.screenshot({ path: `${shots}/${site.name}-light-1280.png`, fullPage: true });
      }
      // A marker that only survives client-side navigation (a full load would drop it).
      await page.evaluate(() => ((window as unknown as { popLabMarker: number }).popLabMarker = 1));

      await site.nav(page, 'Another page').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Another page' })).toBeVisible();
      await expect(element(page)).toHaveCount(0);
      await site.nav(page, 'Embedded lab').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Embedded lab' })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { popLabMarker?: number }).popLabMarker)).toBe(1);

      await expect(element(page)).toHaveCount(1);
      await expect(page.locator('iframe[title^="POP Lab"]')).toHaveCount(1);
      const lab = element(page);
      await expect(lab.getByRole('region', { name: 'Outcome' })).toHaveCount(1);
      await expect(lab.getByRole('button', { name: 'Play' })).toHaveCount(1);
      await lab.getByRole('button', { name: 'Step forward' }).click();
      await expect.poll(() => stepOf(lab)).toBe(1);
      await lab.getByRole('button', { name: 'Play' }).click();
      await expect.poll(() => stepOf(lab)).toBeGreaterThan(1);
      await lab.getByRole('button', { name: 'Pause' }).click();

      const iframe = page.locator('iframe[title^="POP Lab"]');
      await iframe.scrollIntoViewIfNeeded();
      await expect(frameOf(page).getByRole('region', { name: 'Outcome' })).toBeVisible();
      await frameOf(page).getByRole('button', { name: 'Step forward' }).click();
      await expect.poll(() => stepOf(frameOf(page))).toBe(1);
      expect(errors).toEqual([]);
    });
  });
}
