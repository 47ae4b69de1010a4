/**
 * The animation-frame loop. It only turns wall-clock time into simulated
 * time (ticks) and moves the player's cursor to the last step whose tick has
 * come; the model itself has no clock. Speed is a view setting: simulated
 * ticks per millisecond, plus how long a step must at least stay on screen so
 * that a learner can read it, and at most, so that idle gaps are skipped.
 */
import { untrack } from 'svelte';
import { SPEEDS, type Player } from '../player.svelte.ts';
import type { TraceEvent } from '../../sim/types.ts';

/** Bound on steps taken in one frame, so a frame stays short even at the fastest speed. */
const MAX_STEPS_PER_FRAME = 64;
/**
 * How long a step stays on screen, relative to the speed's minimum: a new
 * command or reply and a fault get the full time (they start something the
 * learner should watch), bookkeeping steps less.
 */
const DWELL_WEIGHT: Partial<Record<TraceEvent['kind'], number>> = { send: 1, fault: 2, 'segment-lost': 1.5, removed: 1, deliver: 0.6 };
const OTHER_WEIGHT = 0.4;

/** The text panels follow playback at most this often (see Player.panelCursor). */
const PANEL_INTERVAL_MS = 100;

export function runPlaybackLoop(player: Player): void {
  $effect(() => {
    if (!player.playing) return;
    let raf = 0;
    let lastTime = performance.now();
    let dwellMs = 0;
    let cursor = untrack(() => player.cursor);
    let simTick = untrack(() => player.index.ticks[cursor] ?? 0);
    let panelsAt = 0;

    const frame = (now: number) => {
      const dt = Math.min(100, Math.max(0, now - lastTime));
      lastTime = now;
      const speed = SPEEDS[player.speed] ?? SPEEDS[1]!;
      const ticks = player.index.ticks;
      const last = player.last;
      if (player.cursor !== cursor) {
        // The learner moved the cursor while playing: continue from there.
        cursor = player.cursor;
        simTick = ticks[cursor] ?? 0;
        dwellMs = 0;
      }
      simTick += dt * speed.ticksPerMs;
      dwellMs += dt;
      let steps = 0;
      while (cursor < last && steps < MAX_STEPS_PER_FRAME) {
        const next = ticks[cursor + 1] ?? Infinity;
        const kind = player.trace[cursor + 1]?.kind;
        const minMs = speed.minStepMs * ((kind && DWELL_WEIGHT[kind]) ?? OTHER_WEIGHT);
        if (simTick >= next && dwellMs >= minMs) {
          // The next step's time has come (and the last one was on screen long enough).
          cursor++;
          steps++;
          if (speed.minStepMs > 0) {
            dwellMs = 0;
            break;
          }
          continue;
        }
        if (dwellMs >= speed.maxStepMs) {
          // Nothing happens for a long (simulated) while: skip the idle gap.
          cursor++;
          steps++;
          simTick = next;
          dwellMs = 0;
        }
        break;
      }
      if (steps > 0 && speed.minStepMs === 0) dwellMs = 0;
      // Never run ahead of the cursor by more than one frame's worth of steps.
      if (steps >= MAX_STEPS_PER_FRAME) simTick = ticks[cursor] ?? simTick;
      if (steps > 0) {
        player.cursor = cursor;
        if (now - panelsAt >= PANEL_INTERVAL_MS) {
          player.panelCursor = cursor;
          panelsAt = now;
        }
      }
      if (cursor >= last) {
        player.pause();
        return;
      }
      if (!player.reducedMotion && speed.minStepMs > 0) {
        const t0 = ticks[cursor] ?? 0;
        const t1 = ticks[cursor + 1] ?? t0;
        const byTick = t1 > t0 ? (simTick - t0) / (t1 - t0) : 1;
        const kind = player.trace[cursor + 1]?.kind;
        const byDwell = dwellMs / (speed.minStepMs * ((kind && DWELL_WEIGHT[kind]) ?? OTHER_WEIGHT));
        player.phase = Math.min(1, Math.max(0, Math.min(byTick, byDwell)));
      }
      raf = requestAnimationFrame(frame);
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  });
}
