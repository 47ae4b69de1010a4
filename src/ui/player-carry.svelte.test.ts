/**
 * A settings change that carries the learner's faults and place loads
 * fault-carry.ts the first time. Until the new run is there the controls
 * wait (found by CI: End pressed in that moment moved the cursor of the run
 * about to be replaced, and was lost); once the code is loaded a change
 * carries in the same task. Its own file: the first load is the module's
 * first import in this test file.
 */
import { describe, expect, it, vi } from 'vitest';
import { Player } from './player.svelte.ts';
import { createSource, loadSimulator } from './wiring.ts';

const until = (check: () => void) => vi.waitFor(check, { timeout: 20_000, interval: 20 });

describe('a retention change with a fault to carry', () => {
  it('waits for the carrying code the first time, with the controls saying so; later changes carry at once', async () => {
    await loadSimulator();
    const player = new Player(createSource());
    await until(() => expect(player.preparing).toBe(false));
    player.select(4);
    player.inject('drop-connection');
    expect(player.userFaults).toHaveLength(1);
    const faulted = player.run;

    player.setRetention(player.settings.retention === 'delete' ? 'keep' : 'delete');
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
    player.setRetention(player.settings.retention === 'delete' ? 'keep' : 'delete');
    expect(player.run).not.toBe(carried);
    expect(player.preparing).toBe(false);
    expect(player.userFaults).toHaveLength(1);
  });

  it('Play asked for while the carrying code loads is taken back by a second press (Space twice)', async () => {
    await loadSimulator();
    const player = new Player(createSource());
    await until(() => expect(player.preparing).toBe(false));
    player.select(4);
    player.inject('drop-connection');
    const faulted = player.run;
    player.setRetention(player.settings.retention === 'delete' ? 'keep' : 'delete');
    expect(player.preparing).toBe(true);
    player.togglePlay();
    player.togglePlay();
    await until(() => expect(player.run).not.toBe(faulted));
    expect(player.playing).toBe(false);
  });
});
