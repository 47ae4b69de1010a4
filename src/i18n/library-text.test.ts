import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../scenarios/library/index.ts';
import { BUILTIN_TEXT } from './library-text.ts';
import { DEFAULT_SCENARIO_TEXT } from './library-default-text.ts';
import { DEFAULT_SCENARIO_ID } from '../scenarios/library/default.ts';
import { setLocale } from './paraglide/runtime.js';

describe('built-in library text in the catalogue', () => {
  it('every built-in scenario has its title and summary (and per-mode ones) in the catalogue, and the English is the scenario file\'s own', () => {
    setLocale('en', { reload: false });
    expect(Object.keys(BUILTIN_TEXT).sort()).toEqual(builtinScenarios().map((s) => s.id).sort());
    for (const s of builtinScenarios()) {
      const text = BUILTIN_TEXT[s.id]!;
      expect(text.title(), s.id).toBe(s.title);
      expect(text.summary(), s.id).toBe(s.summary);
      for (const mode of ['delete', 'keep'] as const) {
        expect(text[mode]?.title?.(), `${s.id} ${mode}`).toBe(s.byMode?.[mode]?.title);
        expect(text[mode]?.summary?.(), `${s.id} ${mode}`).toBe(s.byMode?.[mode]?.summary);
      }
    }
  });
  it('the first load carries the default scenario\'s text only', () => {
    expect(Object.keys(DEFAULT_SCENARIO_TEXT)).toEqual([DEFAULT_SCENARIO_ID]);
  });
  it('Spanish and German titles differ from the English and keep protocol keywords', () => {
    for (const lang of ['es', 'de'] as const) {
      setLocale(lang, { reload: false });
      for (const s of builtinScenarios()) {
        const title = BUILTIN_TEXT[s.id]!.title();
        expect(title, `${lang} ${s.id}`).not.toBe(s.title);
        for (const word of s.title.match(/\b(?:RETR|DELE|QUIT|UIDL|ACKD|ACKS|RCVD|RDEL|EXPIRE 0|LOGIN-DELAY|POP[123])\b/g) ?? []) expect(title, `${lang} ${s.id}`).toContain(word);
      }
    }
    setLocale('en', { reload: false });
  });
});
