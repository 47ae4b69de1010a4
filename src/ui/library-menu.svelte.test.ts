/**
 * The scenario menu's library (issue 12): not start-up's work. The Player
 * says the rest of the menu is still to come until it has loaded.
 */
import { describe, expect, it } from 'vitest';
import { Player } from './player.svelte.ts';
import { createSource } from './wiring.ts';
import { singleScenarioSource } from '../embed/source.ts';
import { DEFAULT_SCENARIO } from '../scenarios/library/default.ts';

describe('the scenario menu before and after the library', () => {
  it('the app\'s menu starts with the default scenario and says more are coming; loading the library fills it once', async () => {
    const player = new Player(createSource());
    expect(player.scenarios.map((s) => s.id)).toEqual([DEFAULT_SCENARIO.id]);
    expect(player.libraryPending).toBe(true);
    const first = player.loadBuiltins();
    expect(player.loadBuiltins()).toBe(first); // reaching again does not load it twice
    await first;
    expect(player.libraryPending).toBe(false);
    expect(player.scenarios.length).toBeGreaterThan(40);
    expect(player.scenarios[0]?.id).toBe(DEFAULT_SCENARIO.id);
  });

  it('a source without a library (the embed\'s single scenario) has nothing to come', () => {
    const player = new Player(singleScenarioSource(DEFAULT_SCENARIO));
    expect(player.libraryPending).toBe(false);
  });
});
