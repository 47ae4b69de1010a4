/**
 * The playback Controls' props for a player: the same wiring in the app
 * (App.svelte) and the embed (EmbedView.svelte). Read it in the template
 * (`<Controls {...controlsProps(player, inject)} />`) so it stays reactive.
 */
import type { FaultKind, TraceEvent } from '../../sim/types.ts';
import { t } from '../messages.ts';

/** What the helper reads and calls on the player (the Player class has all of it). */
export interface ControlsPlayer {
  readonly playing: boolean;
  readonly cursor: number;
  readonly last: number;
  readonly atEnd: boolean;
  readonly current: TraceEvent | undefined;
  speed: number;
  play(): void;
  pause(): void;
  stepForward(): void;
  stepBack(): void;
  reset(): void;
  select(step: number): void;
}

/** "Step 3 of 40: C: RETR 1": the cursor and, for a send, its wire text. */
export function stepTextFor(player: Pick<ControlsPlayer, 'cursor' | 'last' | 'current'>): string {
  const ev = player.current;
  return `${t.stepOf(player.cursor, player.last)}${ev && ev.kind === 'send' ? `: ${ev.direction === 'c2s' ? 'C' : 'S'}: ${ev.label}` : ''}`;
}

export function controlsProps(player: ControlsPlayer, inject: (kind: FaultKind) => void) {
  return {
    playing: player.playing,
    step: player.cursor,
    last: player.last,
    stepText: stepTextFor(player),
    speed: player.speed,
    canFault: !player.atEnd,
    onplay: () => player.play(),
    onpause: () => player.pause(),
    onstepforward: () => player.stepForward(),
    onstepback: () => player.stepBack(),
    onreset: () => player.reset(),
    ondrop: () => inject('drop-connection'),
    oncrash: () => inject('crash-client'),
    onseek: (s: number) => player.select(s),
    onspeed: (s: number) => {
      player.speed = s;
    },
  };
}
