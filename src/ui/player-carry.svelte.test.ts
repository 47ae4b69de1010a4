/**
 * A settings change that carries the learner's faults and place loads
 * fault-carry.ts the first time. Until the new run is there the controls
 * wait (found by CI: End pressed in that moment moved the cursor of the run
 * about to be replaced, and was lost); once the code is loaded a change
 * carries in the same task. A Player keeps the module once loaded, so each
 * test's fresh Player goes through the wait once.
 */
import { describe, expect, it, vi } from 'vitest';
import { Player } from './player.svelte.ts';
import { createSource, loadSimulator } from './wiring.ts';

const until = (check: () => void) => vi.waitFor(check, { timeout: 20_000, interval: 20 });

/** A fresh lab with the learner's fault at step 4: a setting change now has something to carry. */
async function faultedLab(): Promise<Player> {
  await loadSimulator();
  const player = new Player(createSource());
  await until(() => expect(player.preparing).toBe(false));
  player.select(4);
  player.inject('drop-connection');
  expect(player.userFaults).toHaveLength(1);
  return player;
}
const flipRetention = (player: Player) => player.setRetention(player.settings.retention === 'delete' ? 'keep' : 'delete');

describe('a retention change with a fault to carry', () => {
  it('waits for the carrying code the first time, with the controls saying so; later changes carry at once', async () => {
    const player = await faultedLab();
    const faulted = player.run;

    flipRetention(player);
    // The old run is still on screen, and nothing may act on it.
    expect(player.run).toBe(faulted);
    expect(player.preparing).toBe(true);
    // End and the steps wait as Play does: on the old run they would be lost.
    const cursor = player.cursor;
    player.toEnd();
    player.stepForward();
    expect(player.cursor).toBe(cursor);
    player.play();
    expect(player.playing).toBe(false);
    await until(() => expect(player.run).not.toBe(faulted));
    expect(player.preparing).toBe(false);
    expect(player.userFaults).toHaveLength(1);
    // Play pressed while waiting plays the new run.
    expect(player.playing).toBe(true);
    player.pause();

    expect(player.cursor).toBeLessThan(player.last);

    const carried = player.run;
    flipRetention(player);
    expect(player.run).not.toBe(carried);
    expect(player.preparing).toBe(false);
    expect(player.userFaults).toHaveLength(1);
  });

  it('Play asked for while the carrying code loads is taken back by a second press (Space twice)', async () => {
    const player = await faultedLab();
    const faulted = player.run;
    flipRetention(player);
    expect(player.preparing).toBe(true);
    player.togglePlay();
    player.togglePlay();
    await until(() => expect(player.run).not.toBe(faulted));
    expect(player.playing).toBe(false);
  });
});
