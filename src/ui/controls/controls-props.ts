/**
 * The playback Controls' props for a player: the same wiring in the app
 * (App.svelte) and the embed (EmbedView.svelte). Read it in the template
 * (`<Controls {...controlsProps(player, inject)} />`) so it stays reactive.
 */
import type { FaultKind, TraceEvent } from '../../sim/types.ts';
import type { Detail } from '../../sim/steps.ts';
import { segmentLabel, type TraceIndex } from '../run.ts';
import { t } from '../messages.ts';

/** The transport buttons' props (Transport.svelte); Controls and the embed's MinimalControls take them too. */
export interface TransportProps {
  playing: boolean;
  step: number;
  last: number;
  /** False when there is nothing to play (an empty run). */
  canPlay?: boolean;
  /** The simulator is still loading: the buttons are aria-disabled, described by `waitBy`, and do nothing. */
  preparing?: boolean;
  /** The id of the status line that says why (Controls.svelte). */
  waitBy?: string | undefined;
  onplay: () => void;
  onpause: () => void;
  onstepforward: () => void;
  onstepback: () => void;
  onreset: () => void;
}

/** What the helper reads and calls on the player (the Player class has all of it). */
export interface ControlsPlayer {
  readonly playing: boolean;
  readonly cursor: number;
  readonly last: number;
  readonly atEnd: boolean;
  readonly current: TraceEvent | undefined;
  readonly trace: readonly TraceEvent[];
  readonly index: Pick<TraceIndex, 'segments' | 'segmentOfStep'>;
  /** The step the cursor is in, and how many steps the run has at this detail. */
  readonly stepNo: number;
  readonly stepCount: number;
  readonly detail: Detail;
  readonly faultNotes: readonly string[];
  /** The run on screen is the first frame while the simulator loads (Player.preparing). */
  readonly preparing?: boolean;
  speed: number;
  play(): void;
  pause(): void;
  stepForward(): void;
  stepBack(): void;
  reset(): void;
  select(step: number): void;
  selectStep(k: number): void;
  setDetail(detail: Detail): void;
}

/**
 * "Step 3 of 23: C: RETR 1": the step and what crossed the channel in it (at
 * Octets, only when the event itself is a send).
 */
export function stepTextFor(player: Pick<ControlsPlayer, 'cursor' | 'current' | 'stepNo' | 'stepCount' | 'detail' | 'index'>): string {
  const head = t.stepOf(player.stepNo, player.stepCount);
  if (player.detail === 'octets' || player.cursor === 0) {
    const ev = player.current;
    return `${head}${ev && ev.kind === 'send' ? `: ${ev.direction === 'c2s' ? 'C' : 'S'}: ${ev.label}` : ''}`;
  }
  const seg = player.index.segments[player.index.segmentOfStep[player.cursor] ?? -1];
  return seg ? `${head}: ${segmentLabel(seg)}` : head;
}

export function controlsProps(player: ControlsPlayer, inject: (kind: FaultKind) => void) {
  return {
    playing: player.playing,
    step: player.stepNo,
    last: player.stepCount,
    stepText: stepTextFor(player),
    speed: player.speed,
    detail: player.detail,
    canFault: !player.atEnd,
    canPlay: player.trace.length > 0,
    notes: player.faultNotes,
    preparing: player.preparing === true,
    onplay: () => player.play(),
    onpause: () => player.pause(),
    onstepforward: () => player.stepForward(),
    onstepback: () => player.stepBack(),
    onreset: () => player.reset(),
    ondrop: () => inject(DROP_BUTTON_FAULT),
    oncrash: () => inject('crash-client'),
    onseek: (k: number) => player.selectStep(k),
    onspeed: (s: number) => {
      player.speed = s;
    },
    ondetail: (d: Detail) => player.setDetail(d),
  };
}

/**
 * The fault the "Drop connection" button injects. The shared decision is
 * 'connection-silent' (half-open, the common real case); it switches here once
 * the simulator has that kind.
 */
export const DROP_BUTTON_FAULT: FaultKind = 'connection-silent';
