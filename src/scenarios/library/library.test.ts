import { describe, expect, it } from 'vitest';
import { builtinScenarios, builtinScenario, DEFAULT_SCENARIO_ID } from './index.ts';
import { decodeScenario, encodeScenario } from '../url-codec.ts';
import { parseScenario } from '../format.ts';

describe('built-in scenario library', () => {
  it('has unique ids and starts with the default first session', () => {
    const ids = builtinScenarios().map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(DEFAULT_SCENARIO_ID);
    expect(builtinScenario('f3-drop-before-quit')?.catalogue).toBe('F3');
    expect(builtinScenario('no-such-scenario')).toBeUndefined();
  });

  it('first-session: alice, three messages, POP3, delete on download, rfc, safe order, no faults, all delivered', () => {
    const s = builtinScenario(DEFAULT_SCENARIO_ID);
    expect(s?.server.user).toBe('alice');
    expect(s?.maildrop).toHaveLength(3);
    expect([s?.protocol, s?.personality, s?.devices[0]?.retention, s?.devices[0]?.commitOrder]).toEqual(['pop3', 'rfc', 'delete', 'safe']);
    expect(s?.faults).toEqual([]);
    expect(s?.expect).toEqual({ delivered: 3, duplicated: 0, lost: 0, gap: 0 });
  });

  it('covers the applicable rows of the failure catalogue (reference §8), each with expected verdicts', () => {
    const rows = new Set(builtinScenarios().flatMap((s) => (s.catalogue ?? '').split('/')).filter(Boolean));
    for (const row of ['F1', 'F2', 'F3', 'F4', 'F5', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12', 'F13', 'F14', 'F15', 'F18']) {
      expect(rows, row).toContain(row);
    }
    for (const s of builtinScenarios()) expect(s.expect, s.id).toBeDefined();
    for (const protocol of ['pop1', 'pop2', 'pop3'] as const) {
      expect(builtinScenarios().some((s) => s.protocol === protocol && s.catalogue === 'F1')).toBe(true);
    }
  });

  it('every built-in scenario fits in a share link under 2,000 characters and round-trips', () => {
    for (const s of builtinScenarios()) {
      const link = `https://pop-lab.example/#s=${encodeScenario(s)}`;
      expect(link.length, s.id).toBeLessThan(2_000);
      expect(decodeScenario(link.slice(link.indexOf('#')))).toEqual({ ok: true, scenario: s });
    }
  });

  it('every built-in scenario is valid as a JSON file too', () => {
    for (const s of builtinScenarios()) expect(parseScenario(JSON.stringify(s))).toEqual({ ok: true, scenario: s });
  });
});

describe('docs/scenarios.md', () => {
  it('lists every built-in scenario with its expected verdicts', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../../docs/scenarios.md', import.meta.url), 'utf8');
    for (const s of builtinScenarios()) {
      const e = s.expect!;
      expect(doc, s.id).toContain(`| \`${s.id}\` |`);
      expect(doc, s.id).toMatch(new RegExp(`\\| \`${s.id}\` \\|.*\\| ${e.delivered} / ${e.duplicated} / ${e.lost} / ${e.gap} \\|`));
    }
  });
});

describe('validated when asked for (issue 12: no long task while the library loads)', () => {
  it('builtinScenariosBetween validates each scenario once and pauses after each one it checks', async () => {
    const { builtinScenariosBetween, BUILTIN_IDS } = await import('./index.ts');
    const pauses: number[] = [];
    let n = 0;
    const all = await builtinScenariosBetween(async () => void pauses.push(n++));
    expect(all.map((s) => s.id)).toEqual(BUILTIN_IDS);
    // The same objects again: nothing is validated twice, and no pause is needed.
    const again = await builtinScenariosBetween(async () => void pauses.push(-1));
    expect(again.every((s, i) => s === all[i])).toBe(true);
    expect(pauses).not.toContain(-1);
  });
});
