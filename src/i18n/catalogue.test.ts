/**
 * The message catalogue: three languages, one set of keys, and compiled
 * output that is what the catalogue says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCatalogue, OUTDIR, readCatalogue } from '../../scripts/i18n.mjs';
import { pseudoCatalogue } from '../../scripts/pseudo-locale.mjs';

type Variant = { declarations: string[]; selectors: string[]; match: Record<string, string> };
type Catalogue = Record<string, string | Variant[]>;

const root = path.resolve(import.meta.dirname, '../..');
const read = (locale: string): Catalogue => readCatalogue(locale) as Catalogue;
const catalogues = { en: read('en'), es: read('es'), de: read('de') };
const keys = (c: Catalogue) => Object.keys(c).filter((k) => k !== '$schema');

/** Every text of a message (one, or one per plural variant). */
function texts(value: string | Variant[]): string[] {
  return typeof value === 'string' ? [value] : value.flatMap((v) => Object.values(v.match));
}
/** The parameters a message takes: its placeholders and its declared inputs. */
function params(value: string | Variant[]): string[] {
  const found = new Set(texts(value).flatMap((t) => [...t.matchAll(/\{([A-Za-z_]\w*)\}/g)].map((m) => m[1]!)));
  if (typeof value !== 'string') for (const v of value) for (const d of v.declarations) if (d.startsWith('input ')) found.add(d.slice(6));
  return [...found].sort();
}
/**
 * Words that are on the wire and never translated: commands, status
 * indicators, capabilities. (RFC 2119's MUST NOT is a requirement, said in
 * each language's own capitals, not a wire word.)
 */
const RFC_2119 = new Set(['MUST', 'SHALL', 'SHOULD', 'NOT']);
function protocolWords(text: string): string[] {
  return [...text.matchAll(/(?<![\w-])(?:[+-](?:OK|ERR)|[A-Z]{4}(?:-[A-Z]+)?|TOP)(?!\w)/g)].map((m) => m[0]).filter((w) => !RFC_2119.has(w)).sort();
}

const FEATURES = ['app', 'header', 'personality', 'stage', 'outcome', 'controls', 'narration', 'fault', 'faults', 'shortcuts', 'diagram', 'states', 'explain', 'transcript', 'export', 'glossaryui', 'glossary', 'layout', 'lessons', 'lesson', 'library', 'predict', 'presenter', 'compare', 'embed', 'terminal', 'why', 'describe', 'faultmap', 'ending', 'format'];

describe('message catalogue', () => {
  it('every key is sectioned by a feature prefix', () => {
    for (const key of keys(catalogues.en)) {
      expect(FEATURES, key).toContain(key.split('_')[0]);
    }
  });

  for (const locale of ['es', 'de'] as const) {
    it(`${locale}: has every English key and no other, with the same parameters`, () => {
      expect(keys(catalogues[locale]).sort()).toEqual(keys(catalogues.en).sort());
      for (const key of keys(catalogues.en)) {
        expect(params(catalogues[locale][key]!), `${locale} ${key}`).toEqual(params(catalogues.en[key]!));
        // Plural messages keep English's selectors; each language picks its own forms by Intl.PluralRules.
        expect(typeof catalogues[locale][key], `${locale} ${key}`).toBe(typeof catalogues.en[key]);
      }
    });
    it(`${locale}: protocol keywords (USER, RETR, +OK, -ERR) stay as they are on the wire`, () => {
      for (const key of keys(catalogues.en)) {
        const en = texts(catalogues.en[key]!).flatMap(protocolWords);
        const other = texts(catalogues[locale][key]!).flatMap(protocolWords);
        for (const word of new Set(en)) expect(other, `${locale} ${key}: ${word}`).toContain(word);
      }
    });
    it(`${locale}: no message is left in English (a translation that equals the English is a name, a symbol or a keyword)`, () => {
      const same = keys(catalogues.en).filter((k) => {
        const en = JSON.stringify(catalogues.en[k]);
        return en === JSON.stringify(catalogues[locale][k]) && /[a-z]{4,}/.test(en.replace(/\{\w+\}/g, ''));
      });
      // Words the same in both languages (checked by hand): loan words and names.
      const allowed = new Set(['app_name', 'controls_speedNormal', 'stage_connectionOffline', 'embed_iframeLabel', 'terminal_panelTitle', 'layout_terminalTab', 'stage_server', 'diagram_serverLane', 'layout_personality', 'presenter_rfc', 'terminal_error', 'controls_detail', 'personality_loginDelay', 'controls_pause', 'diagram_clientLane', 'faultmap_shortDropConnection']);
      expect(same.filter((k) => !allowed.has(k))).toEqual([]);
    });
  }

  it('the pseudo-locale has every key and parameter, wrapped and about 30 % longer', () => {
    const pseudo = pseudoCatalogue(catalogues.en) as Catalogue;
    for (const key of keys(catalogues.en)) {
      expect(params(pseudo[key]!), key).toEqual(params(catalogues.en[key]!));
      for (const text of texts(pseudo[key]!)) if (text.replace(/\{\w+\}/g, '').trim()) expect(text, key).toMatch(/^⟦[\s\S]*⟧$/);
    }
    expect(pseudo.controls_play).toBe('⟦Þĺáý··⟧');
  });

  /**
   * A lesson that says 'press "Drop connection"' must, in another language,
   * name the button as that language's page does: a learner looks for the
   * words on screen. Every quoted English UI label in a lesson message is
   * looked up in the app's catalogue, and one of its translations must be in
   * the translated lesson message.
   */
  for (const locale of ['es', 'de'] as const) {
    it(`${locale}: lessons name the buttons and labels they quote as the ${locale} page does`, () => {
      const app = readCatalogue('en', root, { only: 'app' }) as Catalogue;
      const byLabel = new Map<string, string[]>();
      for (const [key, value] of Object.entries(app)) if (typeof value === 'string' && !value.includes('{')) byLabel.set(value, [...(byLabel.get(value) ?? []), key]);
      const problems: string[] = [];
      for (const key of keys(catalogues.en).filter((k) => k.startsWith('lesson_'))) {
        const en = texts(catalogues.en[key]!).join(' ');
        const translated = texts(catalogues[locale][key] ?? '').join(' ');
        for (const [, label] of en.matchAll(/"([^"]+)"/g)) {
          const uiKeys = byLabel.get(label!);
          if (!uiKeys) continue;
          const names = [...new Set(uiKeys.map((k) => catalogues[locale][k] as string))];
          if (!names.some((n) => translated.includes(n))) problems.push(`${key}: "${label}" should read one of ${names.map((n) => `"${n}"`).join(', ')}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('the committed compiled output (src/i18n/paraglide) is what the catalogue compiles to: run `npm run i18n` after editing messages/', async () => {
    const files = (await compileCatalogue(root, { emitTsDeclarations: false })) as Record<string, string>;
    const stale = Object.entries(files).filter(([name, text]) => {
      try {
        return readFileSync(path.join(OUTDIR as string, name), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    expect(stale.map(([name]) => name)).toEqual([]);
  }, 60_000);
});
