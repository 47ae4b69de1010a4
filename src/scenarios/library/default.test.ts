import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, DEFAULT_SCENARIO_ID, loadLibrary } from './default.ts';
import { builtinScenarios, builtinScenario } from './index.ts';
import { parseScenario } from '../parse.ts';
import { toWorldConfig } from '../scenario.ts';
import { simulate } from '../../sim/index.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';

describe('default scenario (trusted, unvalidated on first load)', () => {
  it('is already normalised: parseScenario accepts it and returns it unchanged', () => {
    const result = parseScenario(DEFAULT_SCENARIO);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.scenario).toEqual(DEFAULT_SCENARIO);
    // Also as JSON text, the way a share link or file would arrive.
    const fromText = parseScenario(JSON.stringify(DEFAULT_SCENARIO));
    expect(fromText.ok && fromText.scenario).toEqual(DEFAULT_SCENARIO);
  });

  it('is the library entry of the same id, first in builtinScenarios()', () => {
    expect(DEFAULT_SCENARIO.id).toBe(DEFAULT_SCENARIO_ID);
    expect(builtinScenarios()[0]).toEqual(DEFAULT_SCENARIO);
    expect(builtinScenario(DEFAULT_SCENARIO_ID)).toEqual(DEFAULT_SCENARIO);
  });

  it('RFC 1939 §6: simulated without validation (lean sim), it produces the outcome it expects', () => {
    const outcome = simulate(toWorldConfig(DEFAULT_SCENARIO), { engines: ALL_ENGINES }).outcome();
    const { delivered, duplicated, lost, gap } = outcome;
    expect({ delivered, duplicated, lost, gap }).toEqual(DEFAULT_SCENARIO.expect);
  });

  it('loadLibrary resolves to the whole built-in library, the default first', async () => {
    let between = 0;
    const library = await loadLibrary(async () => void (between += 1));
    expect(library).toEqual(builtinScenarios());
    // Validated one by one, with the caller's pause after each newly checked scenario.
    expect(between).toBeLessThanOrEqual(library.length);
    expect(library.every((s, i) => s === builtinScenarios()[i])).toBe(true);
    expect(library[0]?.id).toBe(DEFAULT_SCENARIO_ID);
    expect(library.length).toBeGreaterThan(10);
  });
});
