/**
 * The playback loop's lead-in (the first-visit demo's, App.svelte): the
 * first step holds still, with no frame asked for, then the run moves at the
 * chosen speed; the lead-in is used once, and Pause drops one not yet used.
 * Frames come from a fake clock: one every 16 ms of fake time.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Player } from '../player.svelte.ts';
import { createSource, loadSimulator } from '../wiring.ts';
import { playLoop } from './loop.ts';

let frames = 0;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  frames = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: (now: number) => void) => {
    frames++;
    return setTimeout(() => cb(performance.now()), 16) as unknown as number;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function readyPlayer(): Promise<Player> {
  vi.useRealTimers();
  await loadSimulator();
  const player = new Player(createSource());
  await vi.waitFor(() => expect(player.preparing).toBe(false), { timeout: 20_000, interval: 20 });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  return player;
}

describe('playLoop', () => {
  it('holds the first step still for the lead-in, asking for no frame, then moves', async () => {
    const player = await readyPlayer();
    player.leadInMs = 2000;
    player.playing = true;
    const stop = playLoop(player);
    expect(player.leadInMs).toBe(0);
    vi.advanceTimersByTime(1900);
    expect(frames).toBe(0);
    expect(player.cursor).toBe(0);
    expect(player.phase).toBe(0);
    // Past the lead-in, the first step's packet travels, then the step is reached.
    vi.advanceTimersByTime(3000);
    expect(frames).toBeGreaterThan(0);
    expect(player.cursor).toBeGreaterThan(0);
    stop();
    // Used once: the next playback moves at once.
    const before = frames;
    const again = playLoop(player);
    vi.advanceTimersByTime(50);
    expect(frames).toBeGreaterThan(before);
    again();
  });

  it('without a lead-in (any later Play) the run moves at once', async () => {
    const player = await readyPlayer();
    player.playing = true;
    const stop = playLoop(player);
    vi.advanceTimersByTime(50);
    expect(frames).toBeGreaterThan(0);
    vi.advanceTimersByTime(3000);
    expect(player.cursor).toBeGreaterThan(0);
    stop();
  });

  it('stopping during the lead-in asks for no frame later; Pause drops a lead-in not yet used', async () => {
    const player = await readyPlayer();
    player.leadInMs = 2000;
    const stop = playLoop(player);
    vi.advanceTimersByTime(500);
    stop();
    vi.advanceTimersByTime(5000);
    expect(frames).toBe(0);
    expect(player.cursor).toBe(0);

    player.leadInMs = 2000;
    player.pause();
    expect(player.takeLeadIn()).toBe(0);
  });
});
