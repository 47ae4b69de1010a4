/**
 * A text panel's step (sight.svelte.ts): it follows the player's panel
 * cursor while in sight or while no run plays; out of sight during a run it
 * holds, and nothing that reads it runs again; it catches up when it comes
 * into sight, when the run changes, and some tasks after the run stops.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { Player } from '../player.svelte.ts';
import { createSource, loadSimulator } from '../wiring.ts';
import { emptyRun } from '../first-frame.ts';
import { viewOf } from '../run.ts';
import { nextTask } from '../later.ts';
import { PanelSight } from './sight.svelte.ts';

async function readyPlayer(): Promise<Player> {
  await loadSimulator();
  const player = new Player(createSource());
  await vi.waitFor(() => expect(player.preparing).toBe(false), { timeout: 20_000, interval: 20 });
  expect(player.last).toBeGreaterThan(20);
  return player;
}

/** A sight inside an effect root, as in Sight.svelte, counting the runs of an effect that reads its step. */
function watched(player: Player, after: number): { sight: PanelSight; reads: () => number; stop: () => void } {
  const sight = new PanelSight(player);
  let reads = 0;
  const stop = $effect.root(() => {
    $effect(() => {
      void sight.cursor;
      reads++;
    });
    $effect(() => sight.holdWhilePlaying(after));
  });
  flushSync();
  return { sight, reads: () => reads, stop };
}

function moveTo(player: Player, step: number): void {
  player.cursor = step;
  player.panelCursor = step;
  flushSync();
}

describe('PanelSight', () => {
  it('follows the panel cursor while no run plays, in sight or not', async () => {
    const player = await readyPlayer();
    const { sight, stop } = watched(player, 1);
    moveTo(player, 5);
    expect(sight.cursor).toBe(5);
    sight.inSight = false;
    moveTo(player, 7);
    expect(sight.cursor).toBe(7);
    expect(sight.view).toBe(viewOf(player.run, 7));
    expect(sight.event).toBe(player.run.trace[7]);
    stop();
  });

  it('holds out of sight while a run plays: nothing reading it runs again', async () => {
    const player = await readyPlayer();
    const { sight, reads, stop } = watched(player, 1);
    moveTo(player, 3);
    sight.inSight = false;
    player.playing = true;
    flushSync();
    const before = reads();
    for (const step of [6, 9, 12, 15]) moveTo(player, step);
    expect(sight.cursor).toBe(3);
    expect(sight.view).toBe(viewOf(player.run, 3));
    expect(reads()).toBe(before);
    // In sight again (the learner scrolled to it): it catches up at once, and follows.
    sight.inSight = true;
    flushSync();
    expect(sight.cursor).toBe(15);
    moveTo(player, 18);
    expect(sight.cursor).toBe(18);
    stop();
  });

  it('catches up some tasks after the run stops, not in the stopping task', async () => {
    const player = await readyPlayer();
    const { sight, stop } = watched(player, 2);
    sight.inSight = false;
    player.playing = true;
    flushSync();
    moveTo(player, 10);
    expect(sight.cursor).toBe(0);
    player.pause();
    flushSync();
    expect(sight.cursor).toBe(0);
    await nextTask();
    flushSync();
    expect(sight.cursor).toBe(0);
    await vi.waitFor(() => expect(sight.cursor).toBe(10));
    // Stopped, it follows each step at once.
    moveTo(player, 11);
    expect(sight.cursor).toBe(11);
    stop();
  });

  it('follows a new run at once, even out of sight during play', async () => {
    const player = await readyPlayer();
    const { sight, stop } = watched(player, 1);
    moveTo(player, 12);
    sight.inSight = false;
    player.playing = true;
    flushSync();
    player.run = emptyRun('pop3');
    player.cursor = 0;
    player.panelCursor = 0;
    flushSync();
    expect(sight.cursor).toBe(0);
    expect(sight.view).toBe(viewOf(player.run, 0));
    stop();
  });
});
