/**
 * Languages (issue 11): the browser's language by default, the Language
 * select in the header's Tools menu (remembered), `lang` on <html>, and the
 * language in share links (`&lang=es`); links without it keep working.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

async function open(page: Page, path = '/'): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  await page.goto(path);
}

test.describe('a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('a claim of the myths lesson is quoted with Spanish quotation marks (« »), as the lesson\'s own text quotes', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page);
    // The lessons panel is one of the lazy panels: there once the app is ready.
    await expect(page.getByRole('button', { name: /^(Reproducir|Pausa)$/ }).first()).not.toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByRole('heading', { name: 'Lecciones', level: 2 })).toBeVisible({ timeout: 15_000 });
    await page.getByRole('button', { name: /^Mitos y hechos/ }).click();
    const claim = page.getByRole('listitem').filter({ has: page.locator('q') }).first();
    await expect(claim.locator('q')).toHaveCSS('quotes', /«.*»/);
  });

  test('opens in Spanish, with lang="es", and the Tools menu switches to German for good', async ({ page }) => {
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('button', { name: /^(Reproducir|Pausa)$/ }).first()).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Conservación' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Resultado' })).toBeVisible();

    const tools = page.getByRole('button', { name: 'Herramientas' });
    await tools.click();
    const select = page.getByRole('combobox', { name: 'Idioma' });
    await expect(select).toHaveValue('es');
    // The switcher is axe-clean, as the rest of the Tools menu.
    const axe = await new AxeBuilder({ page }).include('#tools-panel').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // Mark the parts of the page, to see below that they are the same elements.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('header.top, .controls, .outcome')) el.dataset.before = 'es';
    });
    await select.selectOption('de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    // The page re-words itself in place: same run, same step, new words, and
    // the same elements (the app's start and its islands are not made again:
    // they were on a page that is not hydrated, as a Spanish one is not).
    await expect(page.getByRole('button', { name: 'Werkzeuge' })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Aufbewahrung' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(await page.locator('[data-before="es"]').count()).toBe(3);
    await expect(page.getByRole('button', { name: 'Werkzeuge' })).toHaveAttribute('aria-expanded', 'true');

    // The choice is remembered over the browser's language.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('button', { name: /^(Abspielen|Pause)$/ }).first()).toBeVisible();
  });
});

test('a share link names its language (&lang=de), and a link without one opens in the reader\'s language', async ({ page }) => {
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const tools = page.getByRole('button', { name: 'Tools' });
  await tools.click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('button', { name: 'Teilen' }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#s=[^&]+&lang=de&step=\d+$/);
  const hash = await page.evaluate(() => location.hash);

  // A reader whose browser and choice say English opens the link in German, for this visit.
  const reader = await page.context().browser()!.newPage({ locale: 'en-US' });
  await open(reader, `/${hash}`);
  await expect(reader.locator('html')).toHaveAttribute('lang', 'de');
  await expect(reader.getByRole('button', { name: 'Werkzeuge' })).toBeVisible();

  // The same link without its language (as links made before languages were) opens in English.
  const older = await page.context().browser()!.newPage({ locale: 'en-US' });
  await open(older, `/${hash.replace('&lang=de', '')}`);
  await expect(older.locator('html')).toHaveAttribute('lang', 'en');
  await expect(older.getByRole('button', { name: 'Tools' })).toBeVisible();
  await reader.close();
  await older.close();
});
