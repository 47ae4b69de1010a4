/**
 * The transcript's notes (the `-- … --` lines and the [cut] marks) come from
 * the message catalogue: English by default (the golden transcripts), the
 * page's language in an export. Wire lines and codes never change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from './run.ts';
import { device, world } from './testkit.ts';
import { toTranscript } from './transcript.ts';
import { ALL_ENGINES } from './engines-all.ts';
import { MIN_AUTOLOGOUT_TICKS } from '../protocol/engine.ts';
import { setLocale } from '../i18n/paraglide/runtime.js';

const LATER = MIN_AUTOLOGOUT_TICKS + 60_000;
const dropped = () =>
  simulate(world({ devices: [device('Laptop', {}, { pollAtTicks: [0, LATER] })], faults: [{ kind: 'drop-connection', placement: { onCommand: 'DELE', when: 'replied' } }] }), { engines: ALL_ENGINES }).trace;

afterEach(() => setLocale('en', { reload: false }));

describe('transcript notes in the catalogue', () => {
  it('English by default: session, fault and drop notes, and the wire lines as sent', () => {
    const text = toTranscript(dropped());
    expect(text).toContain('-- session 1 --');
    expect(text).toMatch(/-- fault: drop-connection \(connection-reset\) --/);
    expect(text).toContain('-- connection dropped --');
    expect(text).toContain('C: RETR 1');
  });

  it('Spanish and German: the notes follow the language, the wire lines and codes do not', () => {
    setLocale('es', { reload: false });
    const es = toTranscript(dropped());
    expect(es).toContain('-- sesión 1 --');
    expect(es).toContain('-- fallo: drop-connection (connection-reset) --');
    expect(es).toContain('-- conexión cortada --');
    expect(es).toContain('C: RETR 1');
    setLocale('de', { reload: false });
    const de = toTranscript(dropped());
    expect(de).toContain('-- Sitzung 1 --');
    expect(de).toContain('-- Verbindung abgebrochen --');
    expect(de).toContain('S: +OK');
  });
});
