/**
 * Starts and stops the playback loop (loop.ts) with the player's `playing`
 * flag. The loop itself loads on the first Play: a page that is only read,
 * or opened with reduced motion, never loads it.
 */
import type { Player } from '../player.svelte.ts';
import { later } from '../later.ts';

export function runPlaybackLoop(player: Player): void {
  $effect(() => {
    if (!player.playing) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void later(() => import('./loop.ts')).then((m) => {
      if (!cancelled) stop = m.playLoop(player);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  });
}
