/**
 * The MD5 digests are passed in with the engines (digests.ts): the browser
 * app loads them before a run with APOP or CRAM-MD5 devices; a run that needs
 * them without them is a caller bug.
 */
import { describe, expect, it } from 'vitest';
import { device, world } from '../sim/testkit.ts';
import { simulate } from '../sim/run.ts';
import { POP3_ENGINES } from '../sim/engines-pop3.ts';
import { DigestsNotLoadedError } from './digests.ts';
import { NOBLE_DIGESTS } from './digests-noble.ts';
import { apopDigest } from './sasl.ts';

describe('digests passed in (RFC 1939 §7 APOP, RFC 2195 §2 CRAM-MD5)', () => {
  for (const auth of ['apop', 'cram-md5'] as const) {
    it(`simulating a ${auth} device without digests throws DigestsNotLoadedError; with them the device logs in and downloads`, () => {
      const config = world({ devices: [device('Laptop', { auth })] });
      let thrown: unknown;
      try {
        simulate(config, { engines: { pop3: POP3_ENGINES } });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DigestsNotLoadedError);
      expect((thrown as Error).message).toMatch(auth === 'apop' ? /APOP \(RFC 1939 §7\)/ : /CRAM-MD5 \(RFC 2195 §2\)/);
      expect((thrown as Error).message).toContain('NOBLE_DIGESTS');

      const run = simulate(config, { engines: { pop3: POP3_ENGINES, digests: NOBLE_DIGESTS } });
      const verdicts = run.outcome().messages.map((m) => m.verdict);
      expect(verdicts.length).toBeGreaterThan(0);
      expect(verdicts.every((v) => v === 'delivered')).toBe(true);
    });
  }

  it('a user-pass device needs no digests', () => {
    const run = simulate(world({ devices: [device('Laptop', { auth: 'user-pass' })] }), { engines: { pop3: POP3_ENGINES } });
    expect(run.outcome().messages.every((m) => m.verdict === 'delivered')).toBe(true);
  });

  it('RFC 1939 §7: the noble MD5 gives the RFC example digest; none passed in is DigestsNotLoadedError', () => {
    expect(apopDigest(NOBLE_DIGESTS, '<1896.697170952@dbc.mtview.ca.us>', 'tanstaaf')).toBe('c4c9334bac560ecc979e58001b3e22fb');
    expect(() => apopDigest(undefined, '<1.1@host>', 'x')).toThrow(DigestsNotLoadedError);
  });

  it('the app: ready() is false for an APOP scenario until prepare() loads the digests; then runFor runs', async () => {
    const wiring = await import('../ui/wiring.ts');
    const { DEFAULT_SCENARIO } = await import('../scenarios/library/default.ts');
    const source = wiring.createSource();
    const entry = source.add({ ...DEFAULT_SCENARIO, id: 'apop-test', devices: DEFAULT_SCENARIO.devices.map((d) => ({ ...d, auth: 'apop' as const })) });
    const settings = { ...source.defaults(entry.id), scenarioId: entry.id, pollAgain: false } as Parameters<typeof wiring.ready>[0];
    const plain = { ...settings, scenarioId: DEFAULT_SCENARIO.id };
    // The simulator itself is a lazy chunk too: nothing is ready before it loads.
    expect(wiring.ready(plain)).toBe(false);
    await wiring.loadSimulator();
    expect(wiring.ready(plain)).toBe(DEFAULT_SCENARIO.devices.every((d) => d.auth !== 'apop' && d.auth !== 'cram-md5'));
    expect(wiring.ready(settings)).toBe(false);
    await wiring.prepare(settings);
    expect(wiring.ready(settings)).toBe(true);
    expect(source.runFor(settings).trace.length).toBeGreaterThan(0);
  });
});
