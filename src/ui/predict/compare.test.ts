import { describe, expect, it } from 'vitest';
import { simulate } from '../../sim/index.ts';
import { DEFAULT_SCENARIO } from '../../scenarios/library/default.ts';
import { buildConfig } from '../wiring.ts';
import { compare } from './compare.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';

// As the app runs it: the device checks mail once more after its session.
const run = simulate(buildConfig(DEFAULT_SCENARIO, { retention: 'delete', protocol: 'pop3', personality: 'rfc', scenarioId: DEFAULT_SCENARIO.id, scenarioFaults: true, pollAgain: true }), { engines: ALL_ENGINES });
const quit = run.trace.findIndex((e) => e.kind === 'send' && e.label === 'QUIT');
const dropped = run.fork(quit, { kind: 'drop-connection', device: 'Laptop' });
const uids = run.outcome().messages.map((m) => m.uid);

describe('a prediction beside what happened', () => {
  it('RFC 1939 §6: the default run delivers every message once; a drop before QUIT duplicates them all', () => {
    const guess = { key: 'k', messages: new Map([[uids[0]!, 'duplicated' as const], [uids[2]!, 'delivered' as const]]), whole: 'some-duplicated' as const };
    const clean = compare(guess, run.outcome());
    expect(clean.rows.map((r) => [r.guess, r.happened, r.same])).toEqual([
      ['duplicated', 'delivered', false],
      [null, 'delivered', null],
      ['delivered', 'delivered', true],
    ]);
    expect(clean.whole).toMatchObject({ guess: 'some-duplicated', same: false, counts: { delivered: 3, duplicated: 0 } });
    expect([clean.matched, clean.answered]).toEqual([1, 3]);
    const dup = compare(guess, dropped.outcome());
    expect(dup.rows.map((r) => r.same)).toEqual([true, null, false]);
    expect(dup.whole?.same).toBe(true);
    expect([dup.matched, dup.answered]).toEqual([2, 3]);
  });

  it('a message no device holds a copy of is not "delivered" (a terminal keeps nothing), and "all delivered" then fails', () => {
    const outcome = { ...run.outcome(), messages: run.outcome().messages.map((m) => ({ ...m, copiesByDevice: {} })) };
    const r = compare({ key: 'k', messages: new Map([[uids[0]!, 'delivered' as const]]), whole: 'all-delivered' }, outcome);
    expect(r.rows[0]).toMatchObject({ happened: 'pending', same: false });
    expect(r.whole?.same).toBe(false);
  });
});
