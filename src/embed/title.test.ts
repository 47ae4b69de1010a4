/**
 * The embedded player's heading (title.ts): a built-in scenario in the
 * page's language and for the mode in force, as the app's menu shows it; a
 * scenario from a link says what it says.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/paraglide/runtime.js';
import { DEFAULT_SCENARIO } from '../scenarios/library/default.ts';
import { embedTitle } from './title.ts';
import { resolveScenarioText } from './scenario-text.ts';

afterEach(() => setLocale('en', { reload: false }));

describe('embedTitle', () => {
  it('the default scenario in each language, per mode (its byMode title for keep)', () => {
    expect(embedTitle(DEFAULT_SCENARIO, 'delete')).toBe('First session: download and delete');
    expect(embedTitle(DEFAULT_SCENARIO, 'keep')).toBe('First session: leave mail on the server');
    setLocale('de', { reload: false });
    expect(embedTitle(DEFAULT_SCENARIO, 'delete')).toBe('Erste Sitzung: abrufen und löschen');
    expect(embedTitle(DEFAULT_SCENARIO, 'keep')).toBe('Erste Sitzung: Mail auf dem Server lassen');
    // The frame's document title: the scenario's, whatever the mode.
    expect(embedTitle(DEFAULT_SCENARIO)).toBe('Erste Sitzung: abrufen und löschen');
    setLocale('es', { reload: false });
    expect(embedTitle(DEFAULT_SCENARIO, 'delete')).toBe('Primera sesión: descargar y borrar');
  });

  it('another built-in, once the library has loaded it, in the page\'s language', () => {
    const loaded = resolveScenarioText('f3-drop-before-quit');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const english = embedTitle(loaded.scenario, 'delete');
    expect(english).toBe(loaded.scenario.title);
    setLocale('de', { reload: false });
    const german = embedTitle(loaded.scenario, 'delete');
    expect(german).not.toBe(english);
    expect(german).toContain('QUIT');
  });

  it('a scenario from a link (even one copied from a built-in, same id) keeps its own words, per mode', () => {
    setLocale('de', { reload: false });
    const copy = { ...structuredClone(DEFAULT_SCENARIO), title: 'My own first session' };
    expect(embedTitle(copy, 'delete')).toBe('My own first session');
    expect(embedTitle(copy, 'keep')).toBe('First session: leave mail on the server');
    const plain = { ...structuredClone(DEFAULT_SCENARIO), byMode: {} };
    expect(embedTitle(plain, 'keep')).toBe('First session: download and delete');
    expect(embedTitle(copy)).toBe('My own first session');
  });
});
