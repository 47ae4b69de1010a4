/**
 * A text panel's step (sight.svelte.ts): it follows the player's panel
 * cursor while in sight, while no run plays, or while one plays at a
 * readable speed; out of sight during a hurried run it holds, and nothing
 * that reads it runs again; it catches up when it comes into sight, when
 * the run changes, and some tasks after the run stops.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GENTLE_SPEED, Player, SPEEDS } from '../player.svelte.ts';
import { createSource, loadSimulator } from '../wiring.ts';
import { emptyRun } from '../first-frame.ts';
import { viewOf } from '../run.ts';
import { nextTask } from '../later.ts';
import { PanelSight } from './sight.svelte.ts';

const FASTEST = SPEEDS.length - 1;
const roots: (() => void)[] = [];
afterEach(() => {
  for (const stop of roots.splice(0)) stop();
});

/** The default scenario's run, ready, at Fastest (a hurried speed) unless told. */
async function readyPlayer(speed = FASTEST): Promise<Player> {
  await loadSimulator();
  const player = new Player(createSource());
  await vi.waitFor(() => expect(player.preparing).toBe(false), { timeout: 20_000, interval: 20 });
  expect(player.last).toBeGreaterThan(20);
  player.speed = speed;
  return player;
}

/** A sight inside an effect root, as in Sight.svelte, counting the runs of an effect that reads its step. */
function watched(player: Player, after: number): { sight: PanelSight; reads: () => number } {
  const sight = new PanelSight(player);
  let reads = 0;
  const stop = $effect.root(() => {
    $effect(() => {
      void sight.cursor;
      reads++;
    });
    $effect(() => sight.holdWhilePlaying(after));
  });
  roots.push(stop);
  flushSync();
  expect(reads).toBe(1);
  return { sight, reads: () => reads };
}

function moveTo(player: Player, step: number): void {
  player.cursor = step;
  player.panelCursor = step;
  flushSync();
}

describe('PanelSight', () => {
  it('follows the panel cursor while no run plays, in sight or not', async () => {
    const player = await readyPlayer();
    const { sight } = watched(player, 1);
    moveTo(player, 5);
    expect(sight.cursor).toBe(5);
    sight.inSight = false;
    moveTo(player, 7);
    expect(sight.cursor).toBe(7);
    expect(sight.view).toBe(viewOf(player.run, 7));
    expect(sight.event).toBe(player.run.trace[7]);
  });

  it('holds out of sight while a run plays in a hurry: nothing reading it runs again', async () => {
    const player = await readyPlayer();
    const { sight, reads } = watched(player, 1);
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
    expect(reads()).toBe(before + 1);
    moveTo(player, 18);
    expect(sight.cursor).toBe(18);
  });

  it('catches up some tasks after the run stops, not in the stopping task', async () => {
    const player = await readyPlayer();
    const { sight } = watched(player, 2);
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
  });

  it('follows every step out of sight while a run plays at a readable speed (a screen reader hears the log)', async () => {
    const player = await readyPlayer(GENTLE_SPEED);
    expect(player.hurried).toBe(false);
    const { sight, reads } = watched(player, 1);
    sight.inSight = false;
    player.playing = true;
    flushSync();
    for (const step of [2, 4, 6]) {
      moveTo(player, step);
      expect(sight.cursor).toBe(step);
    }
    expect(reads()).toBe(4);
  });

  it('Play from the end holds from step 0, where the run starts again', async () => {
    const player = await readyPlayer();
    const { sight } = watched(player, 1);
    moveTo(player, player.last);
    sight.inSight = false;
    flushSync();
    // As Player.play() does at the end: back to the start, then playing, in one batch.
    player.select(0);
    player.playing = true;
    flushSync();
    expect(sight.cursor).toBe(0);
    moveTo(player, 9);
    expect(sight.cursor).toBe(0);
  });

  it('a Play soon after a Pause holds from the step of that Play, not an older one', async () => {
    const player = await readyPlayer();
    const { sight } = watched(player, 3);
    sight.inSight = false;
    player.playing = true;
    flushSync();
    moveTo(player, 10);
    player.pause();
    flushSync();
    // Before the panel was freed, the learner steps on and plays again.
    moveTo(player, 14);
    player.playing = true;
    flushSync();
    expect(sight.cursor).toBe(14);
    moveTo(player, 20);
    expect(sight.cursor).toBe(14);
  });

  it('follows a new run at once, even out of sight during play', async () => {
    const player = await readyPlayer();
    const { sight } = watched(player, 1);
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
  });
});
