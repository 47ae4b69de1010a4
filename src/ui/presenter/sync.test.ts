import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { builtinScenarios } from '../../scenarios/library/index.ts';
import { toWorldConfig } from '../../scenarios/format.ts';
import { simulate } from '../../sim/index.ts';
import {
  applyCommand,
  connectMain,
  connectNotes,
  parseMessage,
  type ChannelLike,
  type PresenterCommand,
  type PresenterState,
  type RemotePlayer,
} from './sync.ts';
import { snapshotOf, countsSoFar } from './snapshot.ts';
import type { WorldView } from '../../sim/types.ts';
import { stepEnds } from '../../sim/steps.ts';
import { presenterAction, presenterKeys, type KeyTarget } from './keys.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';

/** A BroadcastChannel stand-in: a message reaches every other end of the same bus (never the sender), as a structured clone. */
class FakeBus {
  readonly ends: FakeChannel[] = [];
  open(): FakeChannel {
    const end = new FakeChannel(this);
    this.ends.push(end);
    return end;
  }
}
class FakeChannel implements ChannelLike {
  private listeners = new Set<(e: { data: unknown }) => void>();
  closed = false;
  sent: unknown[] = [];
  constructor(private readonly bus: FakeBus) {}
  postMessage(message: unknown): void {
    if (this.closed) throw new Error('posted on a closed channel');
    this.sent.push(message);
    for (const end of this.bus.ends) if (end !== this && !end.closed) end.receive(structuredClone(message));
  }
  receive(data: unknown): void {
    for (const l of this.listeners) l({ data });
  }
  addEventListener(_type: 'message', l: (e: { data: unknown }) => void): void {
    this.listeners.add(l);
  }
  removeEventListener(_type: 'message', l: (e: { data: unknown }) => void): void {
    this.listeners.delete(l);
  }
  close(): void {
    this.closed = true;
  }
}

function realRun(id = 'f3-drop-before-quit') {
  const scenario = builtinScenarios().find((s) => s.id === id)!;
  return simulate(toWorldConfig(scenario, { mode: 'delete' }), { engines: ALL_ENGINES });
}

/** The lab at learner step k (Detail = Commands), as the Player computes its steps. */
function sourceAt(run: ReturnType<typeof realRun>, k: number, playing = false) {
  const ends = stepEnds(run.trace, 'commands');
  const positions = ends[0] === 0 ? ends : Int32Array.from([0, ...ends]);
  const stepNo = Math.min(k, positions.length - 1);
  const cursor = positions[stepNo]!;
  return { cursor, playing, trace: run.trace, view: run.viewAt(cursor), outcome: run.outcome(), positions, stepNo, stepCount: positions.length - 1, detail: 'commands' as const };
}
const settings = { retention: 'Delete on download', protocol: 'POP3', personality: 'RFC-conformant', scenario: 'F3' };

describe('presenter sync protocol', () => {
  it('accepts a state the lab builds from a real run, unchanged', () => {
    const run = realRun();
    const state: PresenterState = { type: 'state', ...snapshotOf(sourceAt(run, 10), settings) };
    expect(parseMessage(structuredClone(state))).toEqual(state);
  });

  it('accepts every command, and seek only with a whole, non-negative step', () => {
    for (const command of ['next', 'prev', 'play', 'pause', 'drop', 'crash'] as const) {
      expect(parseMessage({ type: 'command', command })).toEqual({ type: 'command', command });
    }
    expect(parseMessage({ type: 'command', command: 'seek', step: 7 })).toEqual({ type: 'command', command: 'seek', step: 7 });
    expect(parseMessage({ type: 'command', command: 'seek' })).toBeNull();
    expect(parseMessage({ type: 'command', command: 'seek', step: -1 })).toBeNull();
    expect(parseMessage({ type: 'command', command: 'seek', step: 1.5 })).toBeNull();
    expect(parseMessage({ type: 'command', command: 'seek', step: '3' })).toBeNull();
    expect(parseMessage({ type: 'command', command: 'explode' })).toBeNull();
  });

  it('rejects malformed states: wrong types, step past the end, missing or oversized fields', () => {
    const run = realRun();
    const good = { type: 'state', ...snapshotOf(sourceAt(run, 3), settings) } as Record<string, unknown>;
    const bad = [
      { ...good, step: good['last'] as number + 1 },
      { ...good, playing: 'yes' },
      { ...good, narration: 42 },
      { ...good, narration: 'x'.repeat(5000) },
      { ...good, outcome: { delivered: 1 } },
      { ...good, settings: null },
      { ...good, step: Number.NaN },
      Object.fromEntries(Object.entries(good).filter(([k]) => k !== 'rfc')),
    ];
    for (const b of bad) expect(parseMessage(b)).toBeNull();
  });

  it('never throws on arbitrary data, and whatever it accepts is a known message type', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('state', 'command', 'hello'), command: fc.string(), step: fc.anything() })), (data) => {
        const m = parseMessage(data);
        expect(m === null || ['state', 'command', 'hello'].includes(m.type)).toBe(true);
      }),
      { numRuns: 300 },
    );
    const hostile = { get type(): string { throw new Error('boom'); } };
    expect(parseMessage(hostile)).toBeNull();
  });

  it('the lab sends nothing until a notes window says hello, then sends the latest state at once', () => {
    const bus = new FakeBus();
    const mainCh = bus.open();
    const main = connectMain(mainCh, () => {});
    const run = realRun();
    main.publish(snapshotOf(sourceAt(run, 1), settings));
    // Only its own greeting: no state, as nobody listens yet.
    expect(mainCh.sent).toEqual([{ type: 'hello' }]);

    const received: PresenterState[] = [];
    connectNotes(bus.open(), (s) => received.push(s));
    expect(received.map((s) => s.step)).toEqual([1]);
    main.publish(snapshotOf(sourceAt(run, 2), settings));
    expect(received.map((s) => s.step)).toEqual([1, 2]);
    expect(received[1]!.narration.length).toBeGreaterThan(0);
  });

  it('the lab is told once when a notes window first listens, so it can leave its state unmade until then', () => {
    const bus = new FakeBus();
    let told = 0;
    connectMain(bus.open(), () => {}, () => told++);
    bus.open().postMessage({ type: 'state', step: 3 });
    expect(told).toBe(0);
    const notes = connectNotes(bus.open(), () => {});
    expect(told).toBe(1);
    notes.hello();
    notes.send({ type: 'command', command: 'next' });
    expect(told).toBe(1);
  });

  it('a lab window that reloads while the notes window is open is found again', () => {
    const bus = new FakeBus();
    const received: PresenterState[] = [];
    connectNotes(bus.open(), (s) => received.push(s));
    const run = realRun();
    const firstLab = connectMain(bus.open(), () => {});
    firstLab.publish(snapshotOf(sourceAt(run, 4), settings));
    firstLab.close();
    expect(received.map((s) => s.step)).toEqual([4]);
    const reloaded = connectMain(bus.open(), () => {});
    reloaded.publish(snapshotOf(sourceAt(run, 0), settings));
    expect(received.map((s) => s.step)).toEqual([4, 0]);
  });

  it('commands from the notes window reach the lab; garbage on the channel is ignored on both ends', () => {
    const bus = new FakeBus();
    const commands: PresenterCommand[] = [];
    const main = connectMain(bus.open(), (c) => commands.push(c));
    const states: PresenterState[] = [];
    const notes = connectNotes(bus.open(), (s) => states.push(s));
    const stranger = bus.open();
    stranger.postMessage({ type: 'command', command: 'rm -rf' });
    stranger.postMessage('next');
    stranger.postMessage({ type: 'state', step: 'one' });
    stranger.postMessage(null);
    notes.send({ type: 'command', command: 'next' });
    notes.send({ type: 'command', command: 'seek', step: 12 });
    expect(commands).toEqual([
      { type: 'command', command: 'next' },
      { type: 'command', command: 'seek', step: 12 },
    ]);
    expect(states).toEqual([]);
    main.close();
    notes.close();
  });

  it('applyCommand drives the player; faults are ignored at the last step', () => {
    const calls: string[] = [];
    const player: RemotePlayer & { atEnd: boolean } = {
      atEnd: false,
      stepForward: () => calls.push('forward'),
      stepBack: () => calls.push('back'),
      play: () => calls.push('play'),
      pause: () => calls.push('pause'),
      selectStep: (s) => calls.push(`select ${s}`),
      inject: (k) => calls.push(k),
    };
    const run = (command: PresenterCommand) => applyCommand(player, command);
    run({ type: 'command', command: 'next' });
    run({ type: 'command', command: 'prev' });
    run({ type: 'command', command: 'play' });
    run({ type: 'command', command: 'seek', step: 5 });
    run({ type: 'command', command: 'drop' });
    run({ type: 'command', command: 'crash' });
    player.atEnd = true;
    run({ type: 'command', command: 'drop' });
    expect(calls).toEqual(['forward', 'back', 'play', 'pause', 'select 5', 'connection-silent', 'crash-client']);
  });
});

describe('presenter snapshot', () => {
  it('RFC 1939 §6: after the drop before QUIT, the verdicts so far change from pending; the next step is previewed', () => {
    const run = realRun();
    const last = sourceAt(run, 0).stepCount;
    const start = snapshotOf(sourceAt(run, 0), settings);
    // The lab's step numbering: Commands, not trace events.
    expect(start.last).toBe(last);
    expect(last).toBeLessThan(run.trace.length - 1);
    expect(start.outcome.pending).toBe(3);
    expect(start.next.length).toBeGreaterThan(0);
    const end = snapshotOf(sourceAt(run, last), settings);
    expect(end.next).toBe('');
    expect(end.canFault).toBe(false);
    expect(end.outcome).toEqual({ ...countsSoFar(run.viewAt(run.trace.length - 1)) });
    expect(end.outcome.duplicated).toBe(run.outcome().duplicated);
    // Some step carries an RFC citation, and the snapshot passes it on.
    const cited = [...Array(last + 1).keys()].find((k) => run.trace[sourceAt(run, k).cursor]!.rfc)!;
    expect(snapshotOf(sourceAt(run, cited), settings).rfc).toBe(run.trace[sourceAt(run, cited).cursor]!.rfc);
    // Each step says its command or reply, as the lab's narration does.
    expect(snapshotOf(sourceAt(run, 3), settings).narration.length).toBeGreaterThan(0);
    expect(snapshotOf(sourceAt(run, 2), settings).next).toBe(snapshotOf(sourceAt(run, 3), settings).narration);
  });
});

describe('presenter keys', () => {
  const body: KeyTarget = { tag: 'BODY', inputType: '', inWidget: false, editable: false };
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; defaultPrevented: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    defaultPrevented: false,
    ...mods,
  });
  it('clicker keys and arrows step; b and . blank; typing and widgets keep their keys', () => {
    expect(presenterAction(key('PageDown'), body)).toBe('next');
    expect(presenterAction(key('PageUp'), body)).toBe('prev');
    expect(presenterAction(key('ArrowRight'), body)).toBe('next');
    expect(presenterAction(key('ArrowLeft'), body)).toBe('prev');
    expect(presenterAction(key('b'), body)).toBe('blank');
    expect(presenterAction(key('.'), body)).toBe('blank');
    expect(presenterAction(key('x'), body)).toBeNull();
    expect(presenterAction(key('PageDown', { ctrlKey: true }), body)).toBeNull();
    expect(presenterAction(key('PageDown', { defaultPrevented: true }), body)).toBeNull();
    expect(presenterAction(key('b'), { ...body, tag: 'INPUT', inputType: 'text' })).toBeNull();
    expect(presenterAction(key('PageDown'), { ...body, inWidget: true })).toBeNull();
    const slider = { ...body, tag: 'INPUT', inputType: 'range' };
    expect(presenterAction(key('ArrowRight'), slider)).toBeNull();
    expect(presenterAction(key('PageDown'), slider)).toBe('next');
  });

  it('presenterKeys handles a key once, prevents the default, and its teardown removes it', () => {
    const target = new EventTarget();
    const calls: string[] = [];
    const off = presenterKeys({ stepForward: () => calls.push('f'), stepBack: () => calls.push('b') }, { target, onBlank: () => calls.push('blank') });
    const press = (k: string) => {
      const e = Object.assign(new Event('keydown', { cancelable: true }), { key: k, ctrlKey: false, metaKey: false, altKey: false });
      target.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(press('PageDown')).toBe(true);
    expect(press('PageUp')).toBe(true);
    expect(press('b')).toBe(true);
    expect(press('q')).toBe(false);
    off();
    press('PageDown');
    expect(calls).toEqual(['f', 'b', 'blank']);
  });
});

describe('Predict first in the notes window', () => {
  it('the snapshot says the Outcome is hidden, the notes window reads it, and anything but true leaves it shown', () => {
    const settings = { retention: 'Delete on download', protocol: 'POP3', personality: 'RFC', scenario: 'x' };
    const source = { cursor: 0, playing: false, trace: [], view: { custody: [] } as unknown as WorldView, outcome: { delivered: 0, duplicated: 0, lost: 0, gap: 0, messages: [] }, positions: Int32Array.from([0, 1, 2, 3]), stepNo: 0, stepCount: 3, detail: 'commands' as const };
    const hidden = snapshotOf(source, settings, true);
    expect(hidden.hidden).toBe(true);
    expect(parseMessage({ type: 'state', ...hidden })).toMatchObject({ hidden: true });
    expect(parseMessage({ type: 'state', ...snapshotOf(source, settings) })).not.toHaveProperty('hidden');
    expect(parseMessage({ type: 'state', ...hidden, hidden: 'yes' })).not.toHaveProperty('hidden');
  });
});
