/**
 * Keeps the presenter's two windows in step: the lab on the projector (the
 * "main" window) and the presenter notes on the laptop (the "notes" window).
 *
 * They talk over a BroadcastChannel named CHANNEL_NAME with a small protocol:
 *
 *   notes -> main  { type: 'hello' }                      "send me the state now"
 *   main  -> notes { type: 'hello' }                      "a lab window (re)started": notes answer hello
 *   main  -> notes { type: 'state', step, last, ... }     after every change
 *   notes -> main  { type: 'command', command, step? }    a remote button
 *
 * Everything that arrives is data from another window (possibly another
 * version of the app, or a stray tab): parseMessage() checks every field and
 * returns null for anything malformed, which the listeners then ignore. No
 * incoming message can throw.
 *
 * This module has no DOM: the channel is injected (ChannelLike), so the logic
 * runs and is tested in Node with a fake channel.
 */
import type { FaultKind } from '../../sim/types.ts';
import { DROP_BUTTON_FAULT } from '../controls/controls-props.ts';

export const CHANNEL_NAME = 'pop-lab-presenter';

/** Bounds on incoming data, so a hostile or broken sender cannot make us render megabytes. */
export const LIMITS = { text: 4000, name: 200, step: 10_000_000 } as const;

export interface OutcomeCounts {
  readonly delivered: number;
  readonly duplicated: number;
  readonly lost: number;
  readonly gap: number;
  readonly pending: number;
}

export interface PresenterSettings {
  readonly retention: string;
  readonly protocol: string;
  readonly personality: string;
  readonly scenario: string;
}

export interface PresenterState {
  readonly type: 'state';
  readonly step: number;
  readonly last: number;
  readonly playing: boolean;
  readonly settings: PresenterSettings;
  /** The narration sentence of the current step. */
  readonly narration: string;
  /** The explanation of the current step (the event in its own words), or ''. */
  readonly why: string;
  /** The RFC section the current step comes from, or ''. */
  readonly rfc: string;
  /** The narration of the next step, or '' at the end. */
  readonly next: string;
  /** Verdicts so far, at the cursor. */
  readonly outcome: OutcomeCounts;
  /** Faults can be injected here (not at the last step). */
  readonly canFault: boolean;
  /** "Predict first" hides the Outcome until the end of the run: the notes window hides it too. */
  readonly hidden?: boolean;
}

const COMMANDS = ['next', 'prev', 'play', 'pause', 'drop', 'crash', 'seek'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type PresenterCommand =
  | { readonly type: 'command'; readonly command: Exclude<CommandName, 'seek'> }
  | { readonly type: 'command'; readonly command: 'seek'; readonly step: number };

export interface Hello {
  readonly type: 'hello';
}

export type PresenterMessage = PresenterState | PresenterCommand | Hello;

// ---------------------------------------------------------------------------
// Validation

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStep = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= LIMITS.step;
const isText = (v: unknown, max: number = LIMITS.text): v is string => typeof v === 'string' && v.length <= max;

function parseCounts(v: unknown): OutcomeCounts | null {
  if (!isRecord(v)) return null;
  const { delivered, duplicated, lost, gap, pending } = v;
  if (!isStep(delivered) || !isStep(duplicated) || !isStep(lost) || !isStep(gap) || !isStep(pending)) return null;
  return { delivered, duplicated, lost, gap, pending };
}

function parseSettings(v: unknown): PresenterSettings | null {
  if (!isRecord(v)) return null;
  const { retention, protocol, personality, scenario } = v;
  if (!isText(retention, LIMITS.name) || !isText(protocol, LIMITS.name) || !isText(personality, LIMITS.name) || !isText(scenario, LIMITS.name))
    return null;
  return { retention, protocol, personality, scenario };
}

function parseState(m: Rec): PresenterState | null {
  const { step, last, playing, narration, why, rfc, next, canFault } = m;
  if (!isStep(step) || !isStep(last) || step > last) return null;
  if (typeof playing !== 'boolean' || typeof canFault !== 'boolean') return null;
  if (!isText(narration) || !isText(why) || !isText(rfc, LIMITS.name) || !isText(next)) return null;
  const settings = parseSettings(m['settings']);
  const outcome = parseCounts(m['outcome']);
  if (!settings || !outcome) return null;
  // A fresh object: nothing of the sender's (prototype, extra fields) survives.
  return { type: 'state', step, last, playing, settings, narration, why, rfc, next, outcome, canFault, ...(m['hidden'] === true ? { hidden: true } : {}) };
}

function parseCommand(m: Rec): PresenterCommand | null {
  const command = m['command'];
  if (typeof command !== 'string' || !(COMMANDS as readonly string[]).includes(command)) return null;
  if (command === 'seek') {
    const step = m['step'];
    return isStep(step) ? { type: 'command', command, step } : null;
  }
  return { type: 'command', command: command as Exclude<CommandName, 'seek'> };
}

/** The message if it is well-formed, else null. Never throws, whatever `data` is. */
export function parseMessage(data: unknown): PresenterMessage | null {
  try {
    if (!isRecord(data)) return null;
    switch (data['type']) {
      case 'hello':
        return { type: 'hello' };
      case 'state':
        return parseState(data);
      case 'command':
        return parseCommand(data);
      default:
        return null;
    }
  } catch {
    // A getter on a hostile object may throw; a structured clone never has
    // getters, but a same-window caller could pass anything. Malformed: ignore.
    return null;
  }
}

// ---------------------------------------------------------------------------
// The two ends

/** What we need of a BroadcastChannel (a fake one in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  close(): void;
}

export interface MainEnd {
  /** Sends the state to the notes window(s), if any has said hello; remembers it for late joiners. */
  publish(state: Omit<PresenterState, 'type'>): void;
  close(): void;
}

/**
 * The lab window's end: publishes state, runs remote commands. State is only
 * posted once a notes window has said hello, so a lab without notes sends nothing;
 * `onListening` is told then (once), so the lab can leave its state unmade until
 * someone reads it.
 */
export function connectMain(channel: ChannelLike, onCommand: (command: PresenterCommand) => void, onListening?: () => void): MainEnd {
  let latest: PresenterState | null = null;
  let listening = false;
  const post = () => {
    if (latest && listening) channel.postMessage(latest);
  };
  const heard = () => {
    if (listening) return;
    listening = true;
    onListening?.();
  };
  const onMessage = (event: { readonly data: unknown }) => {
    const message = parseMessage(event.data);
    if (!message) return;
    if (message.type === 'hello') {
      heard();
      post();
    } else if (message.type === 'command') {
      heard();
      onCommand(message);
    }
    // 'state' from another lab window: not ours to follow.
  };
  channel.addEventListener('message', onMessage);
  // A lab window that (re)loads while a notes window is open says hello too;
  // the notes window answers with its own hello, and so starts receiving.
  channel.postMessage({ type: 'hello' } satisfies Hello);
  return {
    publish(state) {
      latest = { type: 'state', ...state };
      post();
    },
    close() {
      channel.removeEventListener('message', onMessage);
      channel.close();
    },
  };
}

export interface NotesEnd {
  send(command: PresenterCommand): void;
  /** Asks the lab window for its state again (e.g. after it reloaded). */
  hello(): void;
  close(): void;
}

/** The notes window's end: says hello at once, then follows every state the lab sends. */
export function connectNotes(channel: ChannelLike, onState: (state: PresenterState) => void): NotesEnd {
  const onMessage = (event: { readonly data: unknown }) => {
    const message = parseMessage(event.data);
    if (message?.type === 'state') onState(message);
    else if (message?.type === 'hello') end.hello();
  };
  channel.addEventListener('message', onMessage);
  const end: NotesEnd = {
    send: (command) => channel.postMessage(command),
    hello: () => channel.postMessage({ type: 'hello' } satisfies Hello),
    close() {
      channel.removeEventListener('message', onMessage);
      channel.close();
    },
  };
  end.hello();
  return end;
}

// ---------------------------------------------------------------------------
// Running a command on the player

/** The part of the Player (src/ui/player.svelte.ts) a remote command uses. */
export interface RemotePlayer {
  readonly atEnd: boolean;
  stepForward(): void;
  stepBack(): void;
  play(): void;
  pause(): void;
  /** Goes to learner step k (the lab's "Step k of n"). */
  selectStep(step: number): void;
  inject(kind: FaultKind): void;
}

/** Runs a remote command. Faults at the last step are ignored, as the lab's own fault buttons are disabled there. */
export function applyCommand(player: RemotePlayer, command: PresenterCommand): void {
  switch (command.command) {
    case 'next':
      player.stepForward();
      break;
    case 'prev':
      player.stepBack();
      break;
    case 'play':
      player.play();
      break;
    case 'pause':
      player.pause();
      break;
    case 'seek':
      player.pause();
      player.selectStep(command.step);
      break;
    case 'drop':
      if (!player.atEnd) player.inject(DROP_BUTTON_FAULT);
      break;
    case 'crash':
      if (!player.atEnd) player.inject('crash-client');
      break;
  }
}
