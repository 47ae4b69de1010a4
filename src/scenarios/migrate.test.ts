/**
 * Scenario format version 1 still loads (files and share links made before
 * the real network faults), migrated so that its outcome is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { parseScenario, SCENARIO_VERSION, toWorldConfig, type Scenario } from './format.ts';
import { decodeScenario, toBase64Url } from './url-codec.ts';
import { runScenario, verdictCounts } from './run.ts';
import { simulate } from '../sim/index.ts';
import { OLD_VERSIONS, migrateScenario } from './migrate.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';

const LATER = 660_000;
const MUCH_LATER = 1_320_000;
const THREE = [{ subject: 'One' }, { subject: 'Two' }, { subject: 'Three' }];

function parsed(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

/** A version 1 document: the three messages, one Laptop polling at `polls`, and one fault. */
function v1Doc(id: string, polls: readonly number[], fault: { readonly kind: string; readonly [field: string]: unknown }, laptop: Record<string, unknown> = {}) {
  return { version: 1, id, title: id, maildrop: THREE, devices: [{ name: 'Laptop', ...laptop, polls }], faults: [fault] };
}

/** A version 1 share link, packed the way version 1 POP Labs packed it. */
function v1Link(doc: unknown): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(doc)), { level: 9 }));
}

describe('scenario format version 1 -> 2', () => {
  it('knows exactly the old versions it migrates', () => {
    expect(OLD_VERSIONS).toEqual([1]);
    expect(SCENARIO_VERSION).toBe(2);
  });

  it("v1 'crash-client' (a half-open crash) becomes 'device-power-loss': the stale session still answers -ERR [IN-USE] (RFC 2449 §8.1.2) and the verdicts are the v1 ones", () => {
    const v1 = {
      ...v1Doc('old-crash', [0, 1_000, LATER], { kind: 'crash-client', placement: { onCommand: 'DELE', when: 'replied', occurrence: 3 } }, { commitOrder: 'unsafe', writeDelayTicks: 100_000 }),
      expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
    };
    const s = parsed(v1);
    expect(s.version).toBe(2);
    expect(s.faults[0]?.kind).toBe('device-power-loss');
    const run = runScenario(s);
    expect(run.matchesExpected).toBe(true);
    const trace = simulate(toWorldConfig(s), { engines: ALL_ENGINES }).trace;
    expect(trace.some((e) => e.kind === 'reply' && e.session === 2 && e.line.startsWith('-ERR [IN-USE]'))).toBe(true);
    // The input document is not changed by the migration.
    expect(v1.faults[0]?.kind).toBe('crash-client');
  });

  it("v1 'lose-segment' (a segment that vanished and stalled the connection) becomes 'connection-silent': F4 and F5 keep their v1 verdicts (RFC 1939 §6)", () => {
    const f4 = parsed(v1Doc('old-f4', [0, MUCH_LATER], { kind: 'lose-segment', direction: 'c2s', placement: { onCommand: 'QUIT', when: 'sent' } }));
    expect(f4.faults[0]).toEqual({ kind: 'connection-silent', placement: { onCommand: 'QUIT', when: 'sent' } });
    expect(verdictCounts(runScenario(f4).outcome)).toEqual({ delivered: 0, duplicated: 3, lost: 0, gap: 0 });
    const f5 = parsed(v1Doc('old-f5', [0, LATER], { kind: 'lose-segment', direction: 's2c', placement: { onCommand: 'QUIT', when: 'delivered' } }));
    expect(verdictCounts(runScenario(f5).outcome)).toEqual({ delivered: 3, duplicated: 0, lost: 0, gap: 0 });
  });

  it("v1 'crash-server' restarted at once: it gets downtimeTicks 0, so a poll soon after is not refused", () => {
    const s = parsed(v1Doc('old-server-crash', [0, 100_000], { kind: 'crash-server', placement: { onCommand: 'QUIT', when: 'sent' } }));
    expect(s.faults[0]).toMatchObject({ kind: 'crash-server', downtimeTicks: 0 });
    const trace = simulate(toWorldConfig(s), { engines: ALL_ENGINES }).trace;
    expect(trace.some((e) => e.kind === 'connection' && e.change === 'refused')).toBe(false);
    expect(trace.find((e) => e.kind === 'removed')?.session).toBe(2);
  });

  it('a v1 share link still decodes, migrated', () => {
    const doc = { version: 1, id: 'old-link', title: 'Old link', maildrop: THREE, faults: [{ kind: 'crash-client', placement: { atTick: 5 } }] };
    const r = decodeScenario(`#s=${v1Link(doc)}`);
    expect(r.ok && r.scenario.version).toBe(2);
    expect(r.ok && r.scenario.faults[0]?.kind).toBe('device-power-loss');
  });

  it('v1 errors are still reported with their paths, never a throw', () => {
    const r = parseScenario({ version: 1, id: 'bad', title: 'Bad', faults: [{ kind: 'crash-client' }, 'junk'] });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.join('\n')).toMatch(/faults\[0\]\.placement/);
    expect(migrateScenario({ version: 1, faults: 'not a list' }, 1)).toEqual({ version: 2, faults: 'not a list' });
  });
});
