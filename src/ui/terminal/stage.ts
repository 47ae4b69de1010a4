/**
 * The terminal on the stage (issue 8): while the learner types, the run on
 * screen is the terminal session's (stage, maildrop and device stores,
 * sequence diagram, transcript and Outcome), the cursor on its newest step.
 * The scenario's run and the learner's faults on it are kept and come back
 * when the learner shows the scenario again; Reset or a change of scenario
 * or knob rebuilds the scenario's run anyway (Player.rebuild clears
 * `player.terminal`).
 */
import type { Player, UserFault } from '../player.svelte.ts';
import type { RunLike } from '../run.ts';

const before = new WeakMap<Player, { readonly run: RunLike; readonly userFaults: readonly UserFault[] }>();

/** Shows a terminal session's run on the stage, at its newest step. */
export function showOnStage(player: Player, run: RunLike): void {
  if (player.terminal === null) before.set(player, { run: player.run, userFaults: player.userFaults });
  player.pause();
  player.terminal = run;
  player.run = run;
  player.userFaults = [];
  player.error = null;
  player.select(run.trace.length - 1);
}

/** Puts the scenario's run back (as it was, with the learner's faults), at its start. */
export function leaveStage(player: Player): void {
  if (player.terminal === null) return;
  const kept = before.get(player);
  before.delete(player);
  player.pause();
  player.terminal = null;
  if (kept) {
    player.run = kept.run;
    player.userFaults = kept.userFaults;
  }
  player.select(0);
}
