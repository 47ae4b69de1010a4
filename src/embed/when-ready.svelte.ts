/**
 * Resolves once the player's first run is built (Player.preparing is false):
 * the embed's first run is simulated in slices after the first frame is on
 * screen (source.ts), and "ready" (the event and postMessage) means the run
 * is there: `last` is its last step and seek reaches every step.
 */
import type { Player } from '../ui/player.svelte.ts';

export function whenReady(player: Player): Promise<void> {
  if (!player.preparing) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = $effect.root(() => {
      $effect(() => {
        if (player.preparing) return;
        resolve();
        queueMicrotask(() => stop());
      });
    });
  });
}
