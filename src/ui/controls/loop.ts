/**
 * The animation-frame loop. It moves the player's cursor step by step (the
 * steps of the chosen Detail, see src/sim/steps.ts); the model itself has no
 * clock. Each step gets the same time on screen at a given speed, so a class
 * can read it: first the command or reply travels (the cursor walks the
 * step's events, the packet moves), then the step's end holds still.
 * With reduced motion the cursor jumps from step end to step end.
 *
 * Loaded on the first Play (playback.svelte.ts), so the first paint does not carry it.
 */
import { DETAIL_PACE, GENTLE_SPEED, MIN_ANIMATED_MS, SPEEDS, type Player } from '../player.svelte.ts';

/** Bound on steps taken in one frame, so a frame stays short even at the fastest speed. */
const MAX_STEPS_PER_FRAME = 64;
/** At the fastest speed a whole run takes about this many frames. */
const FASTEST_FRAMES = 60;
/** The share of a step spent travelling; the rest holds the arrived step still. */
const TRAVEL = 0.55;
/** Idle simulated time inside a step (a save delay, a timeout) counts at most this many ticks, so the packet's trip gets the time. */
const GAP_CAP = 20;
/** The text panels follow fast playback at most this often (see Player.panelCursor). */
const PANEL_INTERVAL_MS = 100;

/** The end of the step after trace index `from` (or of the step it is inside). */
function nextEnd(player: Player, from: number): number {
  const k = player.stepNumberOf(from);
  const at = player.positions[k] ?? player.last;
  return at > from ? at : (player.positions[k + 1] ?? player.last);
}

/**
 * Where the cursor is a fraction `f` of the way through the step (from, to]:
 * the events are spread over the step's simulated time (idle gaps capped),
 * and `phase` is how far towards the next event (the packet's motion).
 */
function within(ticks: Float64Array, from: number, to: number, f: number): { cursor: number; phase: number } {
  let total = 0;
  for (let i = from + 2; i <= to; i++) total += Math.min(GAP_CAP, Math.max(0, ticks[i]! - ticks[i - 1]!));
  const goal = f * total;
  let at = from + 1;
  let v = 0;
  while (at < to) {
    const gap = Math.min(GAP_CAP, Math.max(0, ticks[at + 1]! - ticks[at]!));
    if (v + gap > goal) return { cursor: at, phase: gap > 0 ? (goal - v) / gap : 0 };
    v += gap;
    at++;
  }
  return { cursor: to, phase: 0 };
}

/** Plays until the end or until stopped; returns the stop function. Reads made here are not tracked (no effect is running). */
export function playLoop(player: Player): () => void {
  {
    let raf = 0;
    let lastTime = performance.now();
    let elapsed = 0;
    let panelsAt = 0;
    // `from`: the step end already shown; `shown`: where this loop last put the cursor.
    let from = player.cursor;
    let shown = from;
    let run = player.run;
    let detail = player.detail;

    const frame = (now: number) => {
      const dt = Math.min(100, Math.max(0, now - lastTime));
      lastTime = now;
      if (player.run !== run || player.detail !== detail || player.cursor !== shown) {
        // The learner moved the cursor, or the run or detail changed: continue from there.
        run = player.run;
        detail = player.detail;
        from = player.cursor;
        shown = from;
        elapsed = 0;
      }
      const last = player.last;
      const speed = SPEEDS[player.speed] ?? SPEEDS[GENTLE_SPEED]!;
      const stepMs = speed.stepMs * DETAIL_PACE[detail];
      elapsed += dt;
      let steps = 0;
      // Fastest (stepMs 0): any run in about FASTEST_FRAMES frames, at least one step a frame.
      const budget = stepMs > 0 ? MAX_STEPS_PER_FRAME : Math.min(MAX_STEPS_PER_FRAME, Math.max(1, Math.ceil(player.stepCount / FASTEST_FRAMES)));
      while (from < last && elapsed >= stepMs && steps < budget) {
        from = nextEnd(player, from);
        elapsed -= stepMs;
        steps++;
      }
      if (steps >= budget) elapsed = 0;
      let cursor = from;
      let phase = 0;
      if (from < last) {
        const to = nextEnd(player, from);
        const travelMs = player.reducedMotion || stepMs < MIN_ANIMATED_MS ? 0 : stepMs * TRAVEL;
        if (elapsed < travelMs) ({ cursor, phase } = within(player.index.ticks, from, to, elapsed / travelMs));
        else cursor = to;
      }
      if (cursor !== shown) {
        player.cursor = cursor;
        shown = cursor;
        if (stepMs >= MIN_ANIMATED_MS || now - panelsAt >= PANEL_INTERVAL_MS || cursor >= last) {
          player.panelCursor = cursor;
          panelsAt = now;
        }
      }
      player.phase = phase;
      if (cursor >= last) {
        // The run is over: stop there and stay.
        player.pause();
        return;
      }
      raf = requestAnimationFrame(frame);
    };
    // A lead-in (the first-visit demo's) holds the first step still first:
    // no frame is asked for meanwhile, so nothing is drawn.
    const leadIn = player.takeLeadIn();
    const begin = () => {
      lastTime = performance.now();
      raf = requestAnimationFrame(frame);
    };
    let wait: ReturnType<typeof setTimeout> | undefined;
    if (leadIn > 0) wait = setTimeout(begin, leadIn);
    else begin();
    return () => {
      clearTimeout(wait);
      cancelAnimationFrame(raf);
    };
  }
}
