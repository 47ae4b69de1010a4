import { describe, expect, it } from 'vitest';
import type { FaultKind, TraceEvent } from '../../sim/types.ts';
import { controlsProps, stepTextFor, type ControlsPlayer } from './controls-props.ts';

function fakePlayer(current: TraceEvent | undefined) {
  const calls: string[] = [];
  const player: ControlsPlayer = {
    playing: false,
    cursor: 3,
    last: 10,
    atEnd: false,
    current,
    speed: 1,
    play: () => calls.push('play'),
    pause: () => calls.push('pause'),
    stepForward: () => calls.push('forward'),
    stepBack: () => calls.push('back'),
    reset: () => calls.push('reset'),
    select: (s) => calls.push(`select ${s}`),
  };
  return { player, calls };
}

describe('controlsProps', () => {
  it('maps every control to the player, and the fault buttons to inject', () => {
    const { player, calls } = fakePlayer(undefined);
    const injected: FaultKind[] = [];
    const p = controlsProps(player, (k) => injected.push(k));
    expect({ playing: p.playing, step: p.step, last: p.last, canFault: p.canFault, speed: p.speed }).toEqual({ playing: false, step: 3, last: 10, canFault: true, speed: 1 });
    p.onplay();
    p.onpause();
    p.onstepforward();
    p.onstepback();
    p.onreset();
    p.onseek(7);
    p.ondrop();
    p.oncrash();
    p.onspeed(4);
    expect(calls).toEqual(['play', 'pause', 'forward', 'back', 'reset', 'select 7']);
    expect(injected).toEqual(['drop-connection', 'crash-client']);
    expect(player.speed).toBe(4);
  });
  it('step text names the wire line of a send', () => {
    const send = { kind: 'send', tick: 5, device: 'laptop', direction: 'c2s', segment: 1, label: 'RETR 1', octets: 'RETR 1\r\n' } as unknown as TraceEvent;
    expect(stepTextFor(fakePlayer(send).player)).toMatch(/: C: RETR 1$/);
    expect(stepTextFor(fakePlayer(undefined).player)).not.toMatch(/C:/);
  });
});
