/**
 * The lab's keyboard shortcuts, as the key table (keymap.ts) binds them. App
 * installs this on the window once the lazy panels arrive, a moment after
 * the first paint, so the handler is not in the first load.
 */
import type { FaultKind } from '../../sim/types.ts';
import { DROP_BUTTON_FAULT } from '../controls/controls-props.ts';
import { APP_KEYS, keyAction, keyTargetOf, type AppAction } from './keymap.ts';

/** What the shortcuts drive: the player's transport and the two fault buttons. */
export interface ShortcutTarget {
  togglePlay(): void;
  stepBack(): void;
  stepForward(): void;
  toStart(): void;
  toEnd(): void;
}

/**
 * Handles one key press; `openShortcuts` shows the `?` dialog. Keys belong to
 * the control that has focus first (keymap.ts says which keep which).
 */
export function appShortcut(e: KeyboardEvent, player: ShortcutTarget, inject: (kind: FaultKind) => void, openShortcuts: () => void): void {
  const action = keyAction(APP_KEYS, e, keyTargetOf(e.target));
  if (!action) return;
  e.preventDefault();
  const run: Record<AppAction, () => void> = {
    togglePlay: () => player.togglePlay(),
    stepBack: () => player.stepBack(),
    stepForward: () => player.stepForward(),
    toStart: () => player.toStart(),
    toEnd: () => player.toEnd(),
    drop: () => inject(DROP_BUTTON_FAULT),
    crash: () => inject('crash-client'),
    help: openShortcuts,
  };
  run[action]();
}
