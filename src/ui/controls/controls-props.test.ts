import { describe, expect, it } from 'vitest';
import type { FaultKind, TraceEvent } from '../../sim/types.ts';
import type { Detail } from '../../sim/steps.ts';
import { controlsProps, DROP_BUTTON_FAULT, stepTextFor, type ControlsPlayer } from './controls-props.ts';

const send = { kind: 'send', step: 7, tick: 5, device: 'laptop', direction: 'c2s', segment: 1, label: 'RETR 1', octets: 'RETR 1\r\n', explain: 'send.c2s' } as unknown as TraceEvent;
const deliver = { kind: 'deliver', step: 8, tick: 15, device: 'laptop', direction: 'c2s', segment: 1, offset: 0, octets: 'RETR 1\r\n', final: true, explain: 'deliver.final' } as unknown as TraceEvent;

function fakePlayer(current: TraceEvent | undefined, detail: Detail = 'octets') {
  const calls: string[] = [];
  const player: ControlsPlayer = {
    playing: false,
    cursor: 8,
    last: 10,
    atEnd: false,
    current,
    trace: [send, deliver],
    index: {
      segments: [{ index: 0, device: 'laptop', direction: 'c2s', segment: 1, label: 'RETR 1', octets: 'RETR 1\r\n', sendStep: 7, endStep: 8, fate: 'delivered' }],
      segmentOfStep: Int32Array.from([-1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0]),
    },
    stepNo: 3,
    stepCount: 4,
    detail,
    faultNotes: [],
    speed: 1,
    play: () => calls.push('play'),
    pause: () => calls.push('pause'),
    stepForward: () => calls.push('forward'),
    stepBack: () => calls.push('back'),
    reset: () => calls.push('reset'),
    select: (s) => calls.push(`select ${s}`),
    selectStep: (k) => calls.push(`step ${k}`),
    setDetail: (d) => calls.push(`detail ${d}`),
  };
  return { player, calls };
}

describe('controlsProps', () => {
  it('maps every control to the player, the timeline to steps, and the fault buttons to inject', () => {
    const { player, calls } = fakePlayer(undefined);
    const injected: FaultKind[] = [];
    const p = controlsProps(player, (k) => injected.push(k));
    expect({ playing: p.playing, step: p.step, last: p.last, canFault: p.canFault, canPlay: p.canPlay, speed: p.speed }).toEqual({ playing: false, step: 3, last: 4, canFault: true, canPlay: true, speed: 1 });
    p.onplay();
    p.onpause();
    p.onstepforward();
    p.onstepback();
    p.onreset();
    p.onseek(2);
    p.ondetail('segments');
    p.ondrop();
    p.oncrash();
    p.onspeed(4);
    expect(calls).toEqual(['play', 'pause', 'forward', 'back', 'reset', 'step 2', 'detail segments']);
    expect(injected).toEqual([DROP_BUTTON_FAULT, 'crash-client']);
    expect(player.speed).toBe(4);
  });
  it('an empty run cannot be played', () => {
    const { player } = fakePlayer(undefined);
    expect(controlsProps({ ...player, trace: [] }, () => {}).canPlay).toBe(false);
  });
  it('step text names the wire line of a send at Octets, and the step\'s command at Commands', () => {
    expect(stepTextFor(fakePlayer(send).player)).toBe('Step 3 of 4: C: RETR 1');
    expect(stepTextFor(fakePlayer(deliver).player)).toBe('Step 3 of 4');
    expect(stepTextFor(fakePlayer(deliver, 'commands').player)).toBe('Step 3 of 4: C: RETR 1');
  });
});
