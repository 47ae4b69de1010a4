/**
 * Export and import (issue 5 item 6): the transcript, the sequence diagram
 * (standalone SVG) and the scenario (JSON) are downloaded and read back; a
 * scenario file is imported, and a bad one is refused with path-based
 * messages while the scenario on screen stays.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openStill, openTools } from './helpers.ts';

const DEFAULT_TITLE = 'First session: download and delete';

async function openMenu(page: Page): Promise<void> {
  await openTools(page);
  const toggle = page.getByRole('button', { name: 'Export / import' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.getByRole('button', { name: 'Export transcript' })).toBeVisible();
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  await openMenu(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test('Export transcript: the run as C:/S: lines (RFC 1939 §4: +OK greeting, then USER)', async ({ page }) => {
  await openStill(page);
  const { name, text } = await downloadText(page, 'Export transcript');
  expect(name).toMatch(/\.txt$/);
  expect(text).toContain('C: USER alice');
  expect(text).toContain('S: +OK');
  expect(text).toContain('C: QUIT');
});

test('Export diagram: a standalone SVG with the arrows\' labels', async ({ page }) => {
  await openStill(page);
  const { name, text } = await downloadText(page, 'Export diagram');
  expect(name).toMatch(/\.svg$/);
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain('<style>');
  expect(text).toContain('C: USER alice');
  expect(text).toContain('C: RETR 1');
  expect(text).toContain('C: QUIT');
  // The browser itself parses it as well-formed SVG.
  const ok = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return doc.getElementsByTagName('parsererror').length === 0 && doc.documentElement.localName === 'svg';
  }, text);
  expect(ok).toBe(true);
});

test('Export scenario: JSON in the current format version with the learner\'s settings', async ({ page }) => {
  await openStill(page);
  await page.getByRole('radio', { name: /Leave on server/ }).check();
  const { name, text } = await downloadText(page, 'Export scenario');
  expect(name).toMatch(/\.json$/);
  const scenario = JSON.parse(text) as { version: number; title: string; devices: Array<{ retention: string }> };
  expect(scenario.version).toBe(2);
  expect(scenario.title).toBe(DEFAULT_TITLE);
  expect(scenario.devices.every((d) => d.retention === 'keep')).toBe(true);
});

test('Import scenario: a valid file is opened and its title shown', async ({ page }) => {
  await openStill(page);
  const { text } = await downloadText(page, 'Export scenario');
  const scenario = JSON.parse(text) as Record<string, unknown>;
  scenario.id = 'imported-by-test';
  scenario.title = 'Imported by the test';
  await openMenu(page);
  await page.getByLabel('Import scenario').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('Imported by the test');
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('Delivered:');
});

test('Import scenario: a bad file shows path-based errors and the scenario on screen stays', async ({ page }) => {
  await openStill(page);
  const { text } = await downloadText(page, 'Export scenario');
  const scenario = JSON.parse(text) as { title: unknown; devices: Array<Record<string, unknown>> };
  scenario.title = '';
  scenario.devices[0]!.commitOrder = 'fast';
  await openMenu(page);
  await page.getByLabel('Import scenario').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'could not be imported' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('listitem').filter({ hasText: /^devices\[0\]\.commitOrder: / })).toHaveCount(1);
  await expect(alert.getByRole('listitem').filter({ hasText: /^title: / })).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText(DEFAULT_TITLE);
  await expect(page.getByRole('region', { name: 'Outcome' })).toContainText('Delivered:');

  // Not JSON at all: one message, nothing lost either.
  await page.getByLabel('Import scenario').setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await expect(alert.getByRole('listitem')).toHaveText([/^scenario: not valid JSON/]);
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText(DEFAULT_TITLE);
});
