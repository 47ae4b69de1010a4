/**
 * A teacher who imports a broken scenario file or opens a broken share link
 * with the page in Spanish or German reads the problems in that language
 * (issue 11). Each message still starts with the path of the field, which is
 * data and stays as written in the file; JSON values stay quoted as they are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, type Locale } from '../i18n/paraglide/runtime.js';
import { parseScenario } from './format.ts';
import { decodeScenario } from './url-codec.ts';

afterEach(() => setLocale('en', { reload: false }));

function errorsIn(locale: Locale, input: unknown): readonly string[] {
  setLocale(locale, { reload: false });
  const r = typeof input === 'string' && input.startsWith('#s=') ? decodeScenario(input) : parseScenario(input);
  if (r.ok) throw new Error('expected the input to be rejected');
  return r.errors;
}

const twoLaptops = { version: 2, id: 'two', title: 'Two laptops', maildrop: [{ subject: 'Hi' }], devices: [{ name: 'Laptop' }, { name: 'Laptop' }] };
const badFields = { version: 2, id: 'bad', title: 'Bad', maildrop: [{ subject: 'Hi' }], devices: [{ name: 'Laptop', commitOrder: 'fast' }], seed: -1, colour: 'red' };
const badLink = '#s=AB!C';
/** APOP is never sent by a client that logs in with USER/PASS, so this fault can never fire. */
const neverFires = { version: 2, id: 'never', title: 'Never', maildrop: [{ subject: 'Hi' }], devices: [{ name: 'Laptop' }], faults: [{ kind: 'drop-connection', device: 'Laptop', placement: { onCommand: 'APOP', when: 'sent' } }] };

const expected: Record<'es' | 'de', { taken: string; badChar: string; commitOrder: RegExp; seed: string; unknown: string; neverFires: RegExp }> = {
  es: {
    taken: 'devices[1].name: "Laptop" ya lo usa otro dispositivo; los nombres deben ser únicos',
    badChar: 'link: el carácter "!" en la posición 2 no es base64url (A-Z a-z 0-9 - _)',
    commitOrder: /^devices\[0\]\.commitOrder: se esperaba "safe" \| "unsafe" \| "pipelined", pero llegó "fast"$/,
    seed: 'seed: debe ser como mínimo 0',
    unknown: 'colour: campo desconocido',
    neverFires: /^faults\[0\]\.placement\.onCommand: "Laptop" nunca envía APOP en este escenario \(envía: [A-Z, ]+\); este fallo nunca puede producirse$/,
  },
  de: {
    taken: 'devices[1].name: "Laptop" wird schon von einem anderen Gerät verwendet; Namen müssen eindeutig sein',
    badChar: 'link: das Zeichen "!" an Position 2 ist kein base64url (A-Z a-z 0-9 - _)',
    commitOrder: /^devices\[0\]\.commitOrder: erwartet "safe" \| "unsafe" \| "pipelined", erhalten "fast"$/,
    seed: 'seed: muss mindestens 0 sein',
    unknown: 'colour: unbekanntes Feld',
    neverFires: /^faults\[0\]\.placement\.onCommand: "Laptop" sendet in diesem Szenario nie APOP \(es sendet: [A-Z, ]+\); diese Störung kann nie eintreten$/,
  },
};

describe('scenario and share-link errors in the learner\'s language', () => {
  for (const locale of ['es', 'de'] as const) {
    const want = expected[locale];
    it(`${locale}: a repeated device name, a bad link character and schema problems are reported in ${locale}, each after its field path`, () => {
      expect(errorsIn(locale, JSON.stringify(twoLaptops))).toEqual([want.taken]);
      expect(errorsIn(locale, badLink)).toEqual([want.badChar]);
      const errors = errorsIn(locale, badFields);
      expect(errors).toContain(want.seed);
      expect(errors).toContain(want.unknown);
      expect(errors.some((e) => want.commitOrder.test(e)), errors.join('\n')).toBe(true);
      const r = parseScenario(neverFires);
      expect(r.ok && r.warnings).toEqual([expect.stringMatching(want.neverFires)]);
    });
  }

  it('the language is the one of the moment the problem is found, not the one the validator was loaded in', () => {
    const spanish = errorsIn('es', badFields);
    const english = errorsIn('en', badFields);
    expect(spanish).toContain('seed: debe ser como mínimo 0');
    expect(english).toContain('seed: must be at least 0');
    expect(english).toContain('colour: unknown field');
    expect(errorsIn('en', JSON.stringify(twoLaptops))).toEqual(['devices[1].name: "Laptop" is used by another device; names must be unique']);
    expect(errorsIn('en', badLink)).toEqual(['link: character "!" at position 2 is not base64url (A-Z a-z 0-9 - _)']);
  });
});
