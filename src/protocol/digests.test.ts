/**
 * The lazy MD5 digests (digests.ts): the browser app loads them before a run
 * with APOP or CRAM-MD5 devices; asking for one before that is a caller bug.
 *
 * Vitest registers the digests statically (test/setup-digests.ts), so each
 * test here starts from a fresh module graph where nothing is registered yet.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { device, world } from '../sim/testkit.ts';

beforeEach(() => {
  vi.resetModules();
});

async function fresh() {
  const digests = await import('./digests.ts');
  const { simulate } = await import('../sim/run.ts');
  return { ...digests, simulate };
}

describe('lazy digests (RFC 1939 §7 APOP, RFC 2195 §2 CRAM-MD5)', () => {
  for (const auth of ['apop', 'cram-md5'] as const) {
    it(`simulating a ${auth} device without the digests throws DigestsNotLoadedError; after loadDigests() the device logs in and downloads`, async () => {
      const { simulate, digestsLoaded, loadDigests, DigestsNotLoadedError } = await fresh();
      const config = world({ devices: [device('Laptop', { auth })] });
      expect(digestsLoaded()).toBe(false);
      let thrown: unknown;
      try {
        simulate(config);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DigestsNotLoadedError);
      expect((thrown as Error).message).toMatch(auth === 'apop' ? /APOP \(RFC 1939 §7\)/ : /CRAM-MD5 \(RFC 2195 §2\)/);
      expect((thrown as Error).message).toContain('await loadDigests()');

      await loadDigests();
      expect(digestsLoaded()).toBe(true);
      const run = simulate(config);
      const verdicts = run.outcome().messages.map((m) => m.verdict);
      expect(verdicts.length).toBeGreaterThan(0);
      expect(verdicts.every((v) => v === 'delivered')).toBe(true);
    });
  }

  it('a user-pass device needs no digests', async () => {
    const { simulate, digestsLoaded } = await fresh();
    const run = simulate(world({ devices: [device('Laptop', { auth: 'user-pass' })] }));
    expect(digestsLoaded()).toBe(false);
    expect(run.outcome().messages.every((m) => m.verdict === 'delivered')).toBe(true);
  });

  it('RFC 1939 §7: the registered MD5 gives the RFC example digest', async () => {
    const { loadDigests } = await fresh();
    const { apopDigest } = await import('./sasl.ts');
    await loadDigests();
    expect(apopDigest('<1896.697170952@dbc.mtview.ca.us>', 'tanstaaf')).toBe('c4c9334bac560ecc979e58001b3e22fb');
  });

  it('the app: ready() is false for an APOP scenario until prepare() loads the digests; then runFor runs', async () => {
    const { digestsLoaded } = await fresh();
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
    expect(digestsLoaded()).toBe(true);
    expect(wiring.ready(settings)).toBe(true);
    expect(source.runFor(settings).trace.length).toBeGreaterThan(0);
  });
});
